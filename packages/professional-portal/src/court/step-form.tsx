import { useMemo } from 'react';
import { Button, DateInput, dateParts, ErrorSummary, isDateEmpty, isoDate, Radios, Select, Textarea, TextInput, useForm, type DateParts, type Option, type Validators } from '@forever-planning/ui';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import { say } from '../i18n/i18n';

export interface StepField {
  name: string;
  label: string;
  kind: 'date' | 'text' | 'textarea' | 'select' | 'radios';
  options?: Option[];
  hint?: string;
  /** The message when it is left empty; optional fields have none. */
  required?: string;
  /** What it holds when the form opens (an ISO date for a date), when the form changes a saved record. */
  value?: string | null;
}

type Values = Record<string, string | DateParts>;
/** What the form sends: dates as ISO strings, empty answers as null. */
export type StepValues = Record<string, string | null>;

/**
 * One step of a court or family-finding record as a small form: GOV.UK
 * fields, an error summary, the API's errors shown against the field they
 * name. `onSubmit` returns the message for the page's success banner.
 */
export function StepForm({ id, title, fields, submitLabel, onSubmit, onDone, onCancel, secondary }: {
  id: string;
  title: string;
  fields: StepField[];
  submitLabel: string;
  onSubmit: (values: StepValues) => Promise<string>;
  onDone: (message: string) => void;
  /** A "Cancel" link beside the button, for a form opened by a "Change" link. */
  onCancel?: () => void;
  secondary?: boolean;
}) {
  const initial = useMemo(() => Object.fromEntries(fields.map((f) => [f.name, f.kind === 'date' ? dateParts(f.value) : (f.value ?? '')])) as Values, [fields]);
  const validators = useMemo(
    () =>
      Object.fromEntries(
        fields.map((f) => [
          f.name,
          (v: string | DateParts) => {
            if (f.kind === 'date') {
              const parts = v as DateParts;
              if (isDateEmpty(parts)) return f.required;
              return isoDate(parts) ? undefined : say('court.stepForm.mustBeA', { label: f.label });
            }
            return (v as string).trim() ? undefined : f.required;
          },
        ]),
      ) as Validators<Values>,
    [fields],
  );
  const fieldIds = useMemo(() => Object.fromEntries(fields.map((f) => [f.name, `${id}-${f.name}`])), [fields, id]);
  const form = useForm<Values>({ initialValues: initial, validators, fieldIds });
  const submit = form.handleSubmit(async (v) => {
    const out: StepValues = {};
    for (const f of fields) {
      const value = v[f.name];
      out[f.name] = f.kind === 'date' ? isoDate(value as DateParts) : (value as string).trim() || null;
    }
    try {
      const message = await onSubmit(out);
      form.reset(initial);
      onDone(message);
    } catch (e) {
      const error = apiError(e);
      const field = error.field?.split('.').pop();
      const known = fields.some((f) => f.name === field);
      form.setServerErrors([{ field: known ? field : undefined, message: error.code === 'CONFLICT' ? conflictMessage(error, 'record') : error.message }]);
    }
  });
  return (
    <form noValidate onSubmit={submit} aria-label={title} className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s">{title}</h3>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      {fields.map((f) => {
        const props = { ...form.field(f.name), label: f.required || f.kind === 'radios' ? f.label : say('court.stepForm.optional', { label: f.label }), hint: f.hint };
        switch (f.kind) {
          case 'date':
            return <DateInput key={f.name} {...props} value={props.value as DateParts} onChange={props.onChange as (v: DateParts) => void} />;
          case 'text':
            return <TextInput key={f.name} {...props} value={props.value as string} onChange={props.onChange as (v: string) => void} />;
          case 'textarea':
            return <Textarea key={f.name} {...props} rows={3} value={props.value as string} onChange={props.onChange as (v: string) => void} />;
          case 'select':
            return <Select key={f.name} {...props} options={[{ value: '', label: say('court.stepForm.choose') }, ...(f.options ?? [])]} value={props.value as string} onChange={props.onChange as (v: string) => void} />;
          case 'radios':
            return <Radios key={f.name} {...props} small options={f.options ?? []} value={props.value as string} onChange={props.onChange as (v: string) => void} />;
        }
      })}
      <div className="govuk-button-group">
        <Button type="submit" variant={secondary ? 'secondary' : undefined}>
          {submitLabel}
        </Button>
        {onCancel && (
          <button type="button" className="fp-link-button govuk-body" onClick={onCancel}>
            {say('court.stepForm.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, DateInput, ErrorSummary, Textarea, TextInput, useForm } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { useAutosave, useRestoredDraft } from '../drafts/use-draft';
import { EMPTY_OUTCOME, OUTCOME_LABELS, outcomeFormField, outcomeValidators, type OutcomeValues } from './plan-forms';
import { ChildWordsCheck } from './child-words-check';

export interface OutcomeFormProps {
  /** Prefixes field ids, so an edit form and the add form can share a page. */
  idPrefix: string;
  heading: string;
  initial?: OutcomeValues;
  submitLabel: string;
  userId: string;
  draftKey: string;
  /** Only progress may change once the plan has been submitted. */
  progressOnly?: boolean;
  onSave: (values: OutcomeValues) => Promise<void>;
  onCancel?: () => void;
  /** Tells the page whether this form has unsaved changes. */
  onDirtyChange?: (dirty: boolean) => void;
  /** The child reads the outcome in their plan: checked with the rules for a child's words. */
  childWords?: ChildWordsContext;
}

export interface ChildWordsContext {
  today?: string;
  childNames: string[];
}

/**
 * One SMART outcome in Newham's layout. Validates as the user types and on
 * submit; server errors land on their fields; the values are kept as a draft
 * on this device until saved. After adding, the form empties and the cursor
 * goes back to the first box, ready for the next outcome.
 */
export function OutcomeForm({ idPrefix, heading, initial = EMPTY_OUTCOME, submitLabel, userId, draftKey, progressOnly, onSave, onCancel, onDirtyChange, childWords }: OutcomeFormProps) {
  const ids = Object.fromEntries(Object.keys(OUTCOME_LABELS).map((k) => [k, `${idPrefix}-${k}`])) as Record<keyof OutcomeValues, string>;
  const restored = useRestoredDraft(userId, draftKey, initial);
  const form = useForm<OutcomeValues>({ initialValues: initial, startValues: restored?.values.mine, validators: outcomeValidators, fieldIds: ids });
  useAutosave(userId, draftKey, form.values, initial, form.dirty);
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => onDirtyChange?.(form.dirty), [form.dirty, onDirtyChange]);

  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    try {
      await onSave(values);
      form.reset(initial);
      first.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    } catch (error) {
      const e = apiError(error);
      form.setServerErrors([{ field: e.code === 'BAD_USER_INPUT' ? outcomeFormField(e.field) : undefined, message: e.message }]);
    } finally {
      setSaving(false);
    }
  });

  // Leaving an empty form (the cursor waits in it after each add) is not an error: only check once something is typed.
  const field = <K extends keyof OutcomeValues>(key: K) => {
    const props = form.field(key);
    return { ...props, onBlur: () => form.dirty && props.onBlur() };
  };
  return (
    <form noValidate onSubmit={submit} aria-label={heading}>
      <h3 className="govuk-heading-s">{heading}</h3>
      <ErrorSummary errors={form.summary} focusKey={form.submitCount} />
      {restored && form.dirty && <p className="govuk-inset-text">We put back what you had typed here and not saved.</p>}
      <div ref={first}>
        {!progressOnly && (
          <>
            <Textarea label={OUTCOME_LABELS.outcome} hint="What will be different for the child. The child reads this in their plan: write to them as “you”, in short sentences." rows={2} {...field('outcome')} />
            {childWords && <ChildWordsCheck id={`${idPrefix}-outcome-check`} text={form.values.outcome} today={childWords.today} childNames={childWords.childNames} />}
            <Textarea label={OUTCOME_LABELS.measure} hint="How we will know we are closer to the outcome" rows={2} {...field('measure')} />
            <Textarea label={OUTCOME_LABELS.actions} hint="What will be done to deliver the outcome" rows={3} {...field('actions')} />
            <TextInput label={OUTCOME_LABELS.byWhom} width="two-thirds" {...field('byWhom')} />
            <DateInput label={OUTCOME_LABELS.dueDate} hint="The date it should be done by, for example 1 2 2026" {...field('dueDate')} />
          </>
        )}
        <Textarea label={OUTCOME_LABELS.progress} hint="Optional. What has happened so far" rows={2} {...field('progress')} />
      </div>
      <ButtonGroup>
        <Button type="submit" variant={progressOnly ? 'secondary' : 'primary'} disabled={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <button type="button" className="fp-link-button govuk-body" onClick={onCancel}>
            Cancel
          </button>
        )}
      </ButtonGroup>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Button, ButtonGroup, Checkboxes, DateInput, ErrorSummary, Radios, Textarea, TextInput, useForm } from '@forever-planning/ui';
import { OUTCOME_TRACK_LABELS, OUTCOME_TRACKS } from '@forever-planning/shared';
import { apiError } from '../common/graphql-errors';
import { useAutosave, useRestoredDraft } from '../drafts/use-draft';
import {
  actionErrors,
  EMPTY_ACTION,
  EMPTY_OUTCOME,
  firstActionErrorId,
  OUTCOME_LABELS,
  outcomeFormField,
  outcomeValidators,
  type ActionValues,
  type OutcomeValues,
} from './plan-forms';
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
  const restored = useRestoredDraft(userId, draftKey, initial);
  const [actionsErrorId, setActionsErrorId] = useState(`${idPrefix}-action-0-action`);
  const ids = { ...(Object.fromEntries(Object.keys(OUTCOME_LABELS).map((k) => [k, `${idPrefix}-${k}`])) as Record<keyof OutcomeValues, string>), actions: actionsErrorId };
  const form = useForm<OutcomeValues>({ initialValues: initial, startValues: restored?.values.mine, validators: outcomeValidators, fieldIds: ids });
  const actions = form.values.actions;
  useEffect(() => setActionsErrorId(firstActionErrorId(idPrefix, actions)), [idPrefix, actions]);
  const setAction = (i: number, change: Partial<ActionValues>) => form.setValue('actions', actions.map((a, j) => (j === i ? { ...a, ...change } : a)));
  // An action's own errors show once the form has been submitted, or a server error names the actions.
  const showActionErrors = form.submitCount > 0 || Boolean(form.errors.actions);
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
      // "input.actions.1.withinWeeks": the summary link goes to that action's box.
      const part = e.field?.match(/actions\.(\d+)\.(\w+)$/);
      if (part) setActionsErrorId(`${idPrefix}-action-${part[1]}-${part[2]}`);
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
            <Radios
              label={OUTCOME_LABELS.optionTrack}
              small
              options={[...OUTCOME_TRACKS.map((value) => ({ value, label: OUTCOME_TRACK_LABELS[value] })), { value: '', label: 'Both, or neither' }]}
              {...field('optionTrack')}
            />
          </>
        )}
        <h4 className="govuk-heading-s">{OUTCOME_LABELS.actions}</h4>
        {!progressOnly && <p className="govuk-hint">What will be done to deliver the outcome. Each action has its own person and timescale.</p>}
        {actions.map((a, i) => {
          const errors = showActionErrors ? actionErrors(a, i + 1) : {};
          const id = (part: string) => `${idPrefix}-action-${i}-${part}`;
          return (
            <fieldset key={i} className="govuk-fieldset fp-action-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {i + 1}</legend>
              {progressOnly ? (
                <p className="govuk-body fp-pre-line">
                  {a.action}
                  <span className="fp-secondary-text fp-block">{a.byWhom}</span>
                </p>
              ) : (
                <>
                  <Textarea id={id('action')} label="What will be done" rows={2} value={a.action} onChange={(v) => setAction(i, { action: v })} error={errors.action} />
                  <TextInput id={id('byWhom')} label="By whom" width="two-thirds" value={a.byWhom} onChange={(v) => setAction(i, { byWhom: v })} error={errors.byWhom} />
                  <Radios
                    id={id('timescale')}
                    label="Timescale"
                    small
                    options={[
                      { value: 'WEEKS', label: 'Within a number of weeks of the plan’s approval' },
                      { value: 'DATE', label: 'By a date' },
                    ]}
                    value={a.timescale}
                    onChange={(v) => setAction(i, { timescale: v as ActionValues['timescale'] })}
                    error={errors.timescale}
                  />
                  {a.timescale === 'WEEKS' && (
                    <TextInput
                      id={id('withinWeeks')}
                      label="Number of weeks"
                      hint="From 1 to 104. The date is counted from the day the plan is approved."
                      width="3"
                      inputMode="numeric"
                      value={a.withinWeeks}
                      onChange={(v) => setAction(i, { withinWeeks: v })}
                      error={errors.withinWeeks}
                    />
                  )}
                  {a.timescale === 'DATE' && (
                    <DateInput id={id('dueDate')} label="Date" hint="For example 14 2 2027" value={a.dueDate} onChange={(v) => setAction(i, { dueDate: v })} error={errors.dueDate} />
                  )}
                </>
              )}
              <Textarea id={id('progress')} label={`Progress on action ${i + 1}`} hint="Optional" rows={2} value={a.progress} onChange={(v) => setAction(i, { progress: v })} />
              <Checkboxes
                id={id('completed')}
                label={<span className="govuk-visually-hidden">Action {i + 1} done</span>}
                small
                options={[{ value: 'done', label: `Action ${i + 1} is done` }]}
                value={a.completed ? ['done'] : []}
                onChange={(v) => setAction(i, { completed: v.includes('done') })}
              />
              {!progressOnly && actions.length > 1 && (
                <Button variant="secondary" onClick={() => form.setValue('actions', actions.filter((_, j) => j !== i))}>
                  Remove action {i + 1}
                </Button>
              )}
            </fieldset>
          );
        })}
        {!progressOnly && actions.length < 20 && (
          <Button type="button" variant="secondary" onClick={() => form.setValue('actions', [...actions, EMPTY_ACTION])}>
            Add another action
          </Button>
        )}
        <Textarea label={`${OUTCOME_LABELS.progress} on the outcome`} hint="Optional. What has happened so far" rows={2} {...field('progress')} />
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

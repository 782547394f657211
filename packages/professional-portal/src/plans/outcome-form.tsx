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
import { say } from '../i18n/i18n';

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
      {restored && form.dirty && <p className="govuk-inset-text">{say('plans.outcomeForm.wePutBackWhat')}</p>}
      <div ref={first}>
        {!progressOnly && (
          <>
            <Textarea label={OUTCOME_LABELS.outcome} hint={say('plans.outcomeForm.whatWillBeDifferent')} rows={2} {...field('outcome')} />
            {childWords && <ChildWordsCheck id={`${idPrefix}-outcome-check`} text={form.values.outcome} today={childWords.today} childNames={childWords.childNames} />}
            <Textarea label={OUTCOME_LABELS.measure} hint={say('plans.outcomeForm.howWeWillKnow')} rows={2} {...field('measure')} />
            <Radios
              label={OUTCOME_LABELS.optionTrack}
              small
              options={[...OUTCOME_TRACKS.map((value) => ({ value, label: OUTCOME_TRACK_LABELS[value] })), { value: '', label: say('plans.outcomeForm.bothOrNeither') }]}
              {...field('optionTrack')}
            />
          </>
        )}
        <h4 className="govuk-heading-s">{OUTCOME_LABELS.actions}</h4>
        {!progressOnly && <p className="govuk-hint">{say('plans.outcomeForm.whatWillBeDone')}</p>}
        {actions.map((a, i) => {
          const errors = showActionErrors ? actionErrors(a, i + 1) : {};
          const id = (part: string) => `${idPrefix}-action-${i}-${part}`;
          return (
            <fieldset key={i} className="govuk-fieldset fp-action-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{say('plans.outcomeForm.action', { number: String(i + 1) })}</legend>
              {progressOnly ? (
                <p className="govuk-body fp-pre-line">
                  {a.action}
                  <span className="fp-secondary-text fp-block">{a.byWhom}</span>
                </p>
              ) : (
                <>
                  <Textarea id={id('action')} label={say('plans.outcomeForm.whatWillBeDone2')} rows={2} value={a.action} onChange={(v) => setAction(i, { action: v })} error={errors.action} />
                  <TextInput id={id('byWhom')} label={say('plans.outcomeForm.byWhom')} width="two-thirds" value={a.byWhom} onChange={(v) => setAction(i, { byWhom: v })} error={errors.byWhom} />
                  <Radios
                    id={id('timescale')}
                    label={say('plans.outcomeForm.timescale')}
                    small
                    options={[
                      { value: 'WEEKS', label: say('plans.outcomeForm.withinANumberOf') },
                      { value: 'DATE', label: say('plans.outcomeForm.byADate') },
                    ]}
                    value={a.timescale}
                    onChange={(v) => setAction(i, { timescale: v as ActionValues['timescale'] })}
                    error={errors.timescale}
                  />
                  {a.timescale === 'WEEKS' && (
                    <TextInput
                      id={id('withinWeeks')}
                      label={say('plans.outcomeForm.numberOfWeeks')}
                      hint={say('plans.outcomeForm.from1To104')}
                      width="3"
                      inputMode="numeric"
                      value={a.withinWeeks}
                      onChange={(v) => setAction(i, { withinWeeks: v })}
                      error={errors.withinWeeks}
                    />
                  )}
                  {a.timescale === 'DATE' && (
                    <DateInput id={id('dueDate')} label={say('plans.outcomeForm.date')} hint={say('plans.outcomeForm.forExample142')} value={a.dueDate} onChange={(v) => setAction(i, { dueDate: v })} error={errors.dueDate} />
                  )}
                </>
              )}
              <Textarea id={id('progress')} label={say('plans.outcomeForm.progressOnAction', { number: String(i + 1) })} hint={say('plans.outcomeForm.optional')} rows={2} value={a.progress} onChange={(v) => setAction(i, { progress: v })} />
              <Checkboxes
                id={id('completed')}
                label={<span className="govuk-visually-hidden">{say('plans.outcomeForm.actionDone', { number: String(i + 1) })}</span>}
                small
                options={[{ value: 'done', label: say('plans.outcomeForm.actionIsDone', { number: String(i + 1) }) }]}
                value={a.completed ? ['done'] : []}
                onChange={(v) => setAction(i, { completed: v.includes('done') })}
              />
              {!progressOnly && actions.length > 1 && (
                <Button variant="secondary" onClick={() => form.setValue('actions', actions.filter((_, j) => j !== i))}>
                  {say('plans.outcomeForm.removeAction', { number: String(i + 1) })}
                </Button>
              )}
            </fieldset>
          );
        })}
        {!progressOnly && actions.length < 20 && (
          <Button type="button" variant="secondary" onClick={() => form.setValue('actions', [...actions, EMPTY_ACTION])}>
            {say('plans.outcomeForm.addAnotherAction')}
          </Button>
        )}
        <Textarea label={say('plans.outcomeForm.onTheOutcome', { progress: OUTCOME_LABELS.progress })} hint={say('plans.outcomeForm.optionalWhatHasHappened')} rows={2} {...field('progress')} />
      </div>
      <ButtonGroup>
        <Button type="submit" variant={progressOnly ? 'secondary' : 'primary'} disabled={saving}>
          {submitLabel}
        </Button>
        {onCancel && (
          <button type="button" className="fp-link-button govuk-body" onClick={onCancel}>
            {say('plans.outcomeForm.cancel')}
          </button>
        )}
      </ButtonGroup>
    </form>
  );
}

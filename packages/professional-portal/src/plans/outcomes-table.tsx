import { useCallback, useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, ButtonGroup, ErrorSummary, Tag } from '@forever-planning/ui';
import { OUTCOME_TRACK_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import {
  AddPlanOutcomeDocument,
  RemovePlanOutcomeDocument,
  ReorderPlanOutcomesDocument,
  UpdatePlanActionProgressDocument,
  UpdatePlanOutcomeDocument,
  type PlanDetailFragment,
  type PlanOutcomeRowFragment,
} from '../gql/graphql';
import { OutcomeForm, type ChildWordsContext } from './outcome-form';
import { outcomeInput, outcomeValues, type OutcomeValues } from './plan-forms';
import { say } from '../i18n/i18n';

/** "Within 6 weeks, by 14 February 2027" or "By 20 January 2027": Newham's timescale column. */
export function timescaleWords(a: { withinWeeks?: number | null; dueDate: string }): string {
  return a.withinWeeks ? say('plans.outcomesTable.withinWeeksBy', { count: a.withinWeeks, date: formatDate(a.dueDate) }) : say('plans.outcomesTable.byDate', { date: formatDate(a.dueDate) });
}

/** The outcome forms' element ids and draft keys: never shown. */
const formIds = {
  new: 'new-outcome',
  edit: (id: string) => `edit-${id}`,
  draft: (planId: string, id: string | null) => (id ? `plan:${planId}:outcome:${id}` : `plan:${planId}:new-outcome`),
};

/** An outcome's actions as a list: what, by whom, when, and progress. */
export function ActionList({ outcome }: { outcome: PlanOutcomeRowFragment }) {
  const actions = [...outcome.actions].sort((a, b) => a.position - b.position);
  return (
    <ol className="govuk-list govuk-list--number fp-action-list">
      {actions.map((a) => (
        <li key={a.id}>
          <span className="fp-pre-line">{a.action}</span>
          <span className="fp-secondary-text fp-block">
            {a.byWhom}. {timescaleWords(a)}
          </span>
          {(a.completed || a.progress) && (
            <span className="fp-block">
              {a.completed && <Tag colour="green">{say('plans.outcomesTable.done')}</Tag>} {a.progress && <span className="fp-pre-line">{a.progress}</span>}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

export interface OutcomesProps {
  plan: PlanDetailFragment;
  userId: string;
  /** A draft's outcomes change freely; after that only progress. */
  editable: boolean;
  progressEditable: boolean;
  onDirtyChange: (key: string, dirty: boolean) => void;
  /** The child reads each outcome in their plan: the forms check it with the rules for a child's words. */
  childWords?: ChildWordsContext;
}

/** The SMART outcomes in the layout of Newham's example plan, with add, edit, remove, reorder and progress. */
export function OutcomesTable({ plan, userId, editable, progressEditable, onDirtyChange, childWords }: OutcomesProps) {
  const outcomes = useMemo(() => [...plan.outcomes].sort((a, b) => a.position - b.position), [plan.outcomes]);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [add] = useMutation(AddPlanOutcomeDocument);
  const [update] = useMutation(UpdatePlanOutcomeDocument);
  const [updateActionProgress] = useMutation(UpdatePlanActionProgressDocument);
  // "Remove outcome" asks first: the outcome and its actions go at once.
  const [confirmingRemove, setConfirmingRemove] = useState<string | null>(null);
  const [remove] = useMutation(RemovePlanOutcomeDocument);
  const [reorder] = useMutation(ReorderPlanOutcomesDocument);
  const dirtyAdd = useCallback((d: boolean) => onDirtyChange('add-outcome', d), [onDirtyChange]);
  const dirtyEdit = useCallback((d: boolean) => onDirtyChange('edit-outcome', d), [onDirtyChange]);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      const err = apiError(e);
      setError(err.code === 'CONFLICT' ? conflictMessage(err, 'plan') : err.message);
    }
  };

  const move = (index: number, step: -1 | 1) => {
    const ids = outcomes.map((o) => o.id);
    [ids[index], ids[index + step]] = [ids[index + step], ids[index]];
    return run(() => reorder({ variables: { input: { planId: plan.id, expectedVersion: plan.version, outcomeIds: ids } } }));
  };

  const save = (o: PlanOutcomeRowFragment) => async (v: OutcomeValues) => {
    const input = outcomeInput(v);
    if (editable) {
      await update({ variables: { input: { outcomeId: o.id, expectedVersion: o.version, ...input } } });
    } else {
      // Once submitted, only progress changes: each action's, then the outcome's, each with its own version.
      const actions = [...o.actions].sort((a, b) => a.position - b.position);
      for (const [i, a] of actions.entries()) {
        const next = input.actions[i];
        if (next && ((next.progress ?? null) !== (a.progress ?? null) || next.completed !== a.completed)) {
          await updateActionProgress({ variables: { input: { actionId: a.id, expectedVersion: a.version, progress: next.progress, completed: next.completed } } });
        }
      }
      if ((input.progress ?? null) !== (o.progress ?? null)) await update({ variables: { input: { outcomeId: o.id, expectedVersion: o.version, progress: input.progress } } });
    }
    setEditing(null);
  };

  return (
    <>
      <h2 className="govuk-heading-m">{say('plans.outcomesTable.outcomesForTheChild')}</h2>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <div className="fp-table-scroll">
        <table className="govuk-table fp-responsive-table fp-outcome-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {outcomes.length === 0 ? say('plans.outcomesTable.noOutcomesYet') : say('plans.outcomesTable.outcomeCount', { count: outcomes.length })}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{say('plans.outcomesTable.plannedOutcomeForThe')}</th>
              <th scope="col" className="govuk-table__header">{say('plans.outcomesTable.measureOfProgress')}</th>
              <th scope="col" className="govuk-table__header">{say('plans.outcomesTable.actionsByWhomAnd')}</th>
              <th scope="col" className="govuk-table__header">{say('plans.outcomesTable.progress')}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {outcomes.map((o, i) => (
              <tr key={o.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header" data-label={say('plans.outcomesTable.plannedOutcomeForThe')}>
                  <span className="fp-pre-line">{o.outcome}</span>
                  {o.optionTrack && <span className="fp-secondary-text fp-block govuk-!-font-weight-regular">{say('plans.outcomesTable.worksTowards', { track: OUTCOME_TRACK_LABELS[o.optionTrack].toLowerCase() })}</span>}
                </th>
                <td className="govuk-table__cell fp-pre-line" data-label={say('plans.outcomesTable.measureOfProgress')}>
                  {o.measure}
                </td>
                <td className="govuk-table__cell" data-label={say('plans.outcomesTable.actionsByWhomAnd')}>
                  <ActionList outcome={o} />
                </td>
                <td className="govuk-table__cell" data-label={say('plans.outcomesTable.progress')}>
                  {o.completed && <Tag colour="green">{say('plans.outcomesTable.done')}</Tag>} <span className="fp-pre-line">{o.progress}</span>
                  {(editable || progressEditable) && (
                    <div className="fp-outcome-actions">
                      <button type="button" className="fp-link-button govuk-body-s" onClick={() => setEditing(o.id)}>
                        {editable ? say('plans.outcomesTable.change') : say('plans.outcomesTable.updateProgress')}
                        <span className="govuk-visually-hidden">{' '}{say('plans.outcomesTable.forOutcome', { number: String(i + 1) })}</span>
                      </button>
                      {editable && i > 0 && (
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => void move(i, -1)}>
                          {say('plans.outcomesTable.moveUp')}<span className="govuk-visually-hidden">{' '}{say('plans.outcomesTable.outcome', { number: String(i + 1) })}</span>
                        </button>
                      )}
                      {editable && i < outcomes.length - 1 && (
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => void move(i, 1)}>
                          {say('plans.outcomesTable.moveDown')}<span className="govuk-visually-hidden">{' '}{say('plans.outcomesTable.outcome', { number: String(i + 1) })}</span>
                        </button>
                      )}
                      {editable && (
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => setConfirmingRemove(o.id)}>
                          {say('plans.outcomesTable.remove')}<span className="govuk-visually-hidden">{' '}{say('plans.outcomesTable.outcome', { number: String(i + 1) })}</span>
                        </button>
                      )}
                    </div>
                  )}
                  {editable && confirmingRemove === o.id && (
                    <div className="fp-confirm-remove" role="group" aria-label={say('plans.outcomesTable.removeOutcome', { number: String(i + 1) })}>
                      <p className="govuk-body-s govuk-!-font-weight-bold">
                        {say('plans.outcomesTable.removeOutcomeAndActions', { number: String(i + 1), count: o.actions.length })}
                      </p>
                      <ButtonGroup>
                        <Button
                          variant="warning"
                          onClick={() =>
                            void run(async () => {
                              await remove({ variables: { input: { outcomeId: o.id, expectedVersion: o.version } } });
                              setConfirmingRemove(null);
                            })
                          }
                        >
                          {say('plans.outcomesTable.yesRemoveOutcome', { number: String(i + 1) })}
                        </Button>
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => setConfirmingRemove(null)}>
                          {say('plans.outcomesTable.keepOutcome', { number: String(i + 1) })}
                        </button>
                      </ButtonGroup>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editing &&
        outcomes
          .filter((o) => o.id === editing)
          .map((o) => (
            <OutcomeForm
              key={o.id}
              idPrefix={formIds.edit(o.id)}
              heading={editable ? say('plans.outcomesTable.changeOutcome', { number: String(outcomes.indexOf(o) + 1) }) : say('plans.outcomesTable.updateProgressOnOutcome', { number: String(outcomes.indexOf(o) + 1) })}
              initial={outcomeValues(o)}
              submitLabel={editable ? say('plans.outcomesTable.saveOutcome') : say('plans.outcomesTable.saveProgress')}
              userId={userId}
              draftKey={formIds.draft(plan.id, o.id)}
              progressOnly={!editable}
              onSave={save(o)}
              onCancel={() => setEditing(null)}
              onDirtyChange={dirtyEdit}
              childWords={childWords}
            />
          ))}
      {editable && (
        <OutcomeForm
          idPrefix={formIds.new}
          heading={say('plans.outcomesTable.addAnOutcome')}
          submitLabel={say('plans.outcomesTable.addOutcome')}
          userId={userId}
          draftKey={formIds.draft(plan.id, null)}
          onSave={async (v) => {
            await add({ variables: { input: { planId: plan.id, expectedVersion: plan.version, ...outcomeInput(v) } } });
          }}
          onDirtyChange={dirtyAdd}
          childWords={childWords}
        />
      )}
    </>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ErrorSummary, Tag } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { conflictMessage } from '../common/conflict-notice';
import { apiError } from '../common/graphql-errors';
import {
  AddPlanOutcomeDocument,
  RemovePlanOutcomeDocument,
  ReorderPlanOutcomesDocument,
  UpdatePlanOutcomeDocument,
  type PlanDetailFragment,
  type PlanOutcomeRowFragment,
} from '../gql/graphql';
import { OutcomeForm, type ChildWordsContext } from './outcome-form';
import { outcomeInput, outcomeValues, type OutcomeValues } from './plan-forms';

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
    await update({
      variables: {
        input: editable ? { outcomeId: o.id, expectedVersion: o.version, ...input } : { outcomeId: o.id, expectedVersion: o.version, progress: input.progress },
      },
    });
    setEditing(null);
  };

  return (
    <>
      <h2 className="govuk-heading-m">Outcomes for the child</h2>
      {error && <ErrorSummary errors={[{ message: error }]} />}
      <div className="fp-table-scroll">
        <table className="govuk-table fp-responsive-table fp-outcome-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {outcomes.length === 0 ? 'No outcomes yet' : `${outcomes.length} ${outcomes.length === 1 ? 'outcome' : 'outcomes'}`}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Planned outcome for the child</th>
              <th scope="col" className="govuk-table__header">Measure of progress</th>
              <th scope="col" className="govuk-table__header">Actions</th>
              <th scope="col" className="govuk-table__header">By whom</th>
              <th scope="col" className="govuk-table__header">Timescale</th>
              <th scope="col" className="govuk-table__header">Progress</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {outcomes.map((o, i) => (
              <tr key={o.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header fp-pre-line" data-label="Planned outcome for the child">
                  {o.outcome}
                </th>
                <td className="govuk-table__cell fp-pre-line" data-label="Measure of progress">
                  {o.measure}
                </td>
                <td className="govuk-table__cell fp-pre-line" data-label="Actions">
                  {o.actions}
                </td>
                <td className="govuk-table__cell" data-label="By whom">
                  {o.byWhom}
                </td>
                <td className="govuk-table__cell" data-label="Timescale">
                  {formatDate(o.dueDate)}
                </td>
                <td className="govuk-table__cell" data-label="Progress">
                  {o.completed && <Tag colour="green">Done</Tag>} <span className="fp-pre-line">{o.progress}</span>
                  {(editable || progressEditable) && (
                    <div className="fp-outcome-actions">
                      <button type="button" className="fp-link-button govuk-body-s" onClick={() => setEditing(o.id)}>
                        {editable ? 'Change' : 'Update progress'}
                        <span className="govuk-visually-hidden"> for outcome {i + 1}</span>
                      </button>
                      {editable && i > 0 && (
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => void move(i, -1)}>
                          Move up<span className="govuk-visually-hidden"> outcome {i + 1}</span>
                        </button>
                      )}
                      {editable && i < outcomes.length - 1 && (
                        <button type="button" className="fp-link-button govuk-body-s" onClick={() => void move(i, 1)}>
                          Move down<span className="govuk-visually-hidden"> outcome {i + 1}</span>
                        </button>
                      )}
                      {editable && (
                        <button
                          type="button"
                          className="fp-link-button govuk-body-s"
                          onClick={() => void run(() => remove({ variables: { input: { outcomeId: o.id, expectedVersion: o.version } } }))}
                        >
                          Remove<span className="govuk-visually-hidden"> outcome {i + 1}</span>
                        </button>
                      )}
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
              idPrefix={`edit-${o.id}`}
              heading={editable ? `Change outcome ${outcomes.indexOf(o) + 1}` : `Update progress on outcome ${outcomes.indexOf(o) + 1}`}
              initial={outcomeValues(o)}
              submitLabel={editable ? 'Save outcome' : 'Save progress'}
              userId={userId}
              draftKey={`plan:${plan.id}:outcome:${o.id}`}
              progressOnly={!editable}
              onSave={save(o)}
              onCancel={() => setEditing(null)}
              onDirtyChange={dirtyEdit}
              childWords={childWords}
            />
          ))}
      {editable && (
        <OutcomeForm
          idPrefix="new-outcome"
          heading="Add an outcome"
          submitLabel="Add outcome"
          userId={userId}
          draftKey={`plan:${plan.id}:new-outcome`}
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

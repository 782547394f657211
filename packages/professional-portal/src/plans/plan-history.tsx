import { PLAN_STATUS_LABELS } from '@forever-planning/shared';
import { formatDayAndTime } from '../common/dates';
import type { PlanVersionFragment } from '../gql/graphql';

const show = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '(empty)' : v);

/** Every version of the plan, newest first, each with what changed from the one before. */
export function PlanHistory({ versions }: { versions: PlanVersionFragment[] }) {
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="plan-history">
      <h2 className="govuk-heading-m" id="plan-history">
        Version history
      </h2>
      {versions.map((v) => (
        <details key={v.id} className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Plan {v.planNumber}: {PLAN_STATUS_LABELS[v.status]}, last changed {formatDayAndTime(v.updatedAt)}
            </span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">
              Started {formatDayAndTime(v.createdAt)}
              {v.createdBy ? ` by ${v.createdBy.displayName}` : ''}.
            </p>
            {v.changesFromPrevious.length === 0 ? (
              <p className="govuk-body">{v.planNumber === 1 ? 'The first version.' : 'No changes from the version before.'}</p>
            ) : (
              <table className="govuk-table fp-responsive-table">
                <caption className="govuk-table__caption govuk-table__caption--s">What changed from plan {v.planNumber - 1}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">What</th>
                    <th scope="col" className="govuk-table__header">Before</th>
                    <th scope="col" className="govuk-table__header">After</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {v.changesFromPrevious.map((c, i) => (
                    <tr key={`${c.field}-${i}`} className="govuk-table__row">
                      <th scope="row" className="govuk-table__header" data-label="What">
                        {c.field}
                        {c.outcome ? `: ${c.outcome}` : ''}
                      </th>
                      <td className="govuk-table__cell fp-pre-line" data-label="Before">
                        {show(c.before)}
                      </td>
                      <td className="govuk-table__cell fp-pre-line" data-label="After">
                        {show(c.after)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </details>
      ))}
    </section>
  );
}

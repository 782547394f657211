import type { PlanChangeRowFragment } from '../gql/graphql';
import { changeFieldWords, changeValueWords } from './plan-change-words';
import { say } from '../i18n/i18n';

/** Differences between two versions of a plan, as a table that stacks on narrow screens. */
export function PlanChangesTable({ caption, changes }: { caption: string; changes: PlanChangeRowFragment[] }) {
  return (
    <table className="govuk-table fp-responsive-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{say('plans.planChangesTable.what')}</th>
          <th scope="col" className="govuk-table__header">{say('plans.planChangesTable.before')}</th>
          <th scope="col" className="govuk-table__header">{say('plans.planChangesTable.after')}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {changes.map((c, i) => (
          <tr key={`${c.field}-${i}`} className="govuk-table__row">
            <th scope="row" className="govuk-table__header" data-label={say('plans.planChangesTable.what')}>
              {changeFieldWords(c)}
            </th>
            <td className="govuk-table__cell fp-pre-line" data-label={say('plans.planChangesTable.before')}>
              {changeValueWords(c.field, c.before)}
            </td>
            <td className="govuk-table__cell fp-pre-line" data-label={say('plans.planChangesTable.after')}>
              {changeValueWords(c.field, c.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useQuery } from '@apollo/client/react';
import { ErrorSummary, Tag, UiLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { sourceLabel, URGENCY_LABELS } from '../common/labels';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { DriftListDocument } from '../gql/graphql';
import { byUrgency, URGENCY_COLOURS } from './alert-tags';
import { MessagesNeedingAttention } from './child-messages-panels';
import { usePollInterval } from './live-updates';

/** Children with alerts, most urgent first, each alert with its reason, due date and the rule's source. */
export function DriftListPage() {
  usePageTitle('Needs attention');
  const pollInterval = usePollInterval();
  const { data, loading, error } = useQuery(DriftListDocument, { fetchPolicy: 'cache-and-network', pollInterval });
  const entries = data?.driftList ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">Needs attention</h1>
      <MessagesNeedingAttention />
      <h2 className="govuk-heading-m">Drift list</h2>
      <p className="govuk-body">Children whose plans or reviews are late or at risk of drift, most urgent first.</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {loading && !data ? (
        <Loading what="Loading the drift list" />
      ) : entries.length === 0 ? (
        <p className="govuk-body">No child has an alert.</p>
      ) : (
        <div className="fp-table-scroll">
          <table className="govuk-table fp-responsive-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {entries.length} {entries.length === 1 ? 'child' : 'children'} with alerts
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Child</th>
                <th scope="col" className="govuk-table__header">Alert and reason</th>
                <th scope="col" className="govuk-table__header">Due</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Days overdue</th>
                <th scope="col" className="govuk-table__header">Source</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {entries.flatMap((entry) =>
                byUrgency(entry.alerts).map((alert, i) => (
                  <tr key={`${entry.child.id}-${alert.code}`} className="govuk-table__row">
                    {i === 0 ? (
                      <th scope="row" rowSpan={entry.alerts.length} className="govuk-table__header" data-label="Child">
                        <UiLink href={`/children/${entry.child.id}`} className="govuk-link">
                          {entry.child.displayName}
                        </UiLink>
                        <br />
                        <span className="fp-secondary-text">
                          Age {entry.child.age}, {entry.child.socialWorker?.displayName ?? 'no social worker'}
                        </span>
                      </th>
                    ) : null}
                    <td className="govuk-table__cell" data-label="Alert">
                      <Tag colour={URGENCY_COLOURS[alert.urgency]}>{`${URGENCY_LABELS[alert.urgency]}: ${alert.title}`}</Tag>
                      <p className="govuk-body-s fp-cell-text">{alert.detail}</p>
                    </td>
                    <td className="govuk-table__cell" data-label="Due">
                      {formatDate(alert.dueDate) || '–'}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric" data-label="Days overdue">
                      {alert.daysOverdue ?? '–'}
                    </td>
                    <td className="govuk-table__cell" data-label="Source">
                      <abbr title={alert.source.text}>{sourceLabel(alert.source)}</abbr>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { BackLink, Button, ButtonGroup } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, MessagePage, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordNav } from '../children/child-record-nav';
import { ChildAuditTrailDocument } from '../gql/graphql';

/** Who did what to the child's record and when, 50 events a page, newest first. */
export function AuditTrailPage() {
  const { id = '' } = useParams();
  // The cursors of the pages before this one, so "Newer events" goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error } = useQuery(ChildAuditTrailDocument, { variables: { id, after }, fetchPolicy: 'network-only' });
  const child = data?.child;
  usePageTitle(child ? `Audit trail – ${child.displayName}` : 'Audit trail');

  if (hasCode(error, 'FORBIDDEN')) {
    return (
      <MessagePage title="You cannot see this audit trail">
        <p className="govuk-body">Audit trails are for team managers, Independent Reviewing Officers and heads of service responsible for the child.</p>
        <p className="govuk-body">If you need to know who changed this record, ask your team manager.</p>
        <BackLink href={`/children/${id}`}>Back to the child’s record</BackLink>
      </MessagePage>
    );
  }
  if (loading && !child) return <Loading what="Loading the audit trail" />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : 'The audit trail could not be loaded.'} />;
  const trail = child.auditTrail;
  const page = cursors.length;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{`Back to ${child.displayName}’s record`}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">Audit trail</h1>
      <ChildRecordNav childId={child.id} current="audit" />
      <p className="govuk-body">
        {trail.totalCount} {trail.totalCount === 1 ? 'event' : 'events'}, newest first. Page {page}.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Events on {child.displayName}’s record</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">Who</th>
            <th scope="col" className="govuk-table__header">What</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {trail.edges.map(({ node: e }) => (
            <tr key={e.id} className="govuk-table__row">
              <td className="govuk-table__cell">{formatDayAndTime(e.occurredAt)}</td>
              <td className="govuk-table__cell">
                {e.actor?.displayName ?? 'Not recorded'}
                {e.actorRole ? <span className="govuk-body-s fp-cell-text"> ({e.actorRole.toLowerCase().replace(/_/g, ' ')})</span> : null}
              </td>
              <td className="govuk-table__cell fp-audit-what">
                <strong>{e.action}</strong>
                {e.recordType ? ` ${e.recordType}` : ''}
                {e.parts.length > 0 && <p className="govuk-body-s fp-cell-text">Read: {e.parts.join(', ')}</p>}
                {e.changes.length > 0 && (
                  <ul className="govuk-list govuk-body-s fp-cell-text">
                    {e.changes.map((c) => (
                      <li key={c.field}>
                        {c.field}: {c.before ?? 'empty'} → {c.after ?? 'empty'}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ButtonGroup>
        {page > 1 && (
          <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
            Newer events
          </Button>
        )}
        {trail.pageInfo.hasNextPage && trail.pageInfo.endCursor && (
          <Button variant="secondary" onClick={() => setCursors((c) => [...c, trail.pageInfo.endCursor ?? null])}>
            Older events
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}

import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ROLE_LABELS } from '@forever-planning/shared';
import { BackLink, Button, ButtonGroup, UiLink } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError, hasCode } from '../common/graphql-errors';
import { ErrorPage, Loading, MessagePage, NotFoundPage } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ChildRecordNav } from '../children/child-record-nav';
import { ChildAuditTrailDocument } from '../gql/graphql';

/**
 * Who did what to the child's record and when, in words, 50 events a page,
 * newest first. The times the child was only seen in a list (the caseload, the
 * drift list) are one line, opened on request, so the reads of the record stand out.
 */
export function AuditTrailPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const listViews = params.get('show') === 'lists';
  // The cursors of the pages before this one, so "Newer events" goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  // The record's trail and the list views page separately.
  useEffect(() => setCursors([null]), [listViews]);
  const { data, loading, error } = useQuery(ChildAuditTrailDocument, { variables: { id, after, listViews }, fetchPolicy: 'network-only' });
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
      {listViews ? (
        <>
          <h2 className="govuk-heading-m">Seen in lists</h2>
          <p className="govuk-body">
            The times {child.displayName} was listed on someone’s caseload, the drift list or the tracker: {trail.totalCount}, newest first. Page {page}.{' '}
            <UiLink href={`/children/${child.id}/audit`} className="govuk-link">
              Back to the reads and changes of the record
            </UiLink>
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body">
            {trail.totalCount} {trail.totalCount === 1 ? 'read or change' : 'reads and changes'} of the record, newest first. Page {page}.
          </p>
          {child.listViews && child.listViews.totalCount > 0 && (
            <p className="govuk-body">
              Also seen in lists (caseloads, the drift list, the tracker) {child.listViews.totalCount} {child.listViews.totalCount === 1 ? 'time' : 'times'}.{' '}
              <UiLink href={`/children/${child.id}/audit?show=lists`} className="govuk-link">
                See when and by whom
              </UiLink>
            </p>
          )}
        </>
      )}
      <table className="govuk-table fp-responsive-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{listViews ? `When ${child.displayName} was seen in a list` : `Reads and changes of ${child.displayName}’s record`}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">When</th>
            <th scope="col" className="govuk-table__header">What happened</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {trail.edges.map(({ node: e }) => (
            <tr key={e.id} className="govuk-table__row">
              <td className="govuk-table__cell" data-label="When">
                {formatDayAndTime(e.occurredAt)}
              </td>
              <td className="govuk-table__cell fp-audit-what" data-label="What">
                {e.summary}
                {e.actorRole ? <span className="govuk-body-s fp-cell-text"> ({ROLE_LABELS[e.actorRole as keyof typeof ROLE_LABELS]?.toLowerCase() ?? e.actorRole})</span> : null}
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

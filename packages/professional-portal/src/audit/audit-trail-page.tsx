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
import { say } from '../i18n/i18n';

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
  usePageTitle(child ? say('audit.auditTrailPage.auditTrail', { displayName: child.displayName }) : say('audit.auditTrailPage.auditTrail2'));

  if (hasCode(error, 'FORBIDDEN')) {
    return (
      <MessagePage title={say('audit.auditTrailPage.youCannotSeeThis')}>
        <p className="govuk-body">{say('audit.auditTrailPage.auditTrailsAreFor')}</p>
        <p className="govuk-body">{say('audit.auditTrailPage.ifYouNeedTo')}</p>
        <BackLink href={`/children/${id}`}>{say('audit.auditTrailPage.backToTheChild')}</BackLink>
      </MessagePage>
    );
  }
  if (loading && !child) return <Loading what={say('audit.auditTrailPage.loadingTheAuditTrail')} />;
  if (hasCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (!child) return <ErrorPage message={error ? apiError(error).message : say('audit.auditTrailPage.theAuditTrailCould')} />;
  const trail = child.auditTrail;
  const page = cursors.length;
  return (
    <>
      <BackLink href={`/children/${child.id}`}>{say('audit.auditTrailPage.backToSRecord', { displayName: child.displayName })}</BackLink>
      <span className="govuk-caption-l">{child.displayName}</span>
      <h1 className="govuk-heading-l">{say('audit.auditTrailPage.auditTrail2')}</h1>
      <ChildRecordNav childId={child.id} current="audit" />
      {listViews ? (
        <>
          <h2 className="govuk-heading-m">{say('audit.auditTrailPage.seenInLists')}</h2>
          <p className="govuk-body">
            {say('audit.auditTrailPage.theTimesWasListed', { displayName: child.displayName, totalCount: trail.totalCount, page })}{' '}
            <UiLink href={`/children/${child.id}/audit`} className="govuk-link">
              {say('audit.auditTrailPage.backToTheReads')}
            </UiLink>
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body">
            {say('audit.auditTrailPage.readsAndChangesPage', { totalCount: trail.totalCount, page })}
          </p>
          {child.listViews && child.listViews.totalCount > 0 && (
            <p className="govuk-body">
              {say('audit.auditTrailPage.alsoSeenInLists', { totalCount: child.listViews.totalCount })}{' '}
              <UiLink href={`/children/${child.id}/audit?show=lists`} className="govuk-link">
                {say('audit.auditTrailPage.seeWhenAndBy')}
              </UiLink>
            </p>
          )}
        </>
      )}
      <table className="govuk-table fp-responsive-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{listViews ? say('audit.auditTrailPage.whenWasSeenIn', { displayName: child.displayName }) : say('audit.auditTrailPage.readsAndChangesOf', { displayName: child.displayName })}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{say('audit.auditTrailPage.when')}</th>
            <th scope="col" className="govuk-table__header">{say('audit.auditTrailPage.whatHappened')}</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {trail.edges.map(({ node: e }) => (
            <tr key={e.id} className="govuk-table__row">
              <td className="govuk-table__cell" data-label={say('audit.auditTrailPage.when')}>
                {formatDayAndTime(e.occurredAt)}
              </td>
              <td className="govuk-table__cell fp-audit-what" data-label={say('audit.auditTrailPage.what')}>
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
            {say('audit.auditTrailPage.newerEvents')}
          </Button>
        )}
        {trail.pageInfo.hasNextPage && trail.pageInfo.endCursor && (
          <Button variant="secondary" onClick={() => setCursors((c) => [...c, trail.pageInfo.endCursor ?? null])}>
            {say('audit.auditTrailPage.olderEvents')}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}

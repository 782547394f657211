import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { AcceptAdvocacyReferralDocument, AdvocacyReferralQueueDocument, MyAdvocacyChildrenDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** Referrals waiting for an advocate: accepting one makes the young person yours. */
export function AdvocacyReferralsPage() {
  usePageTitle(say('advocate.advocacyReferralsPage.referralsWaiting'));
  const { data, loading, error } = useQuery(AdvocacyReferralQueueDocument, { fetchPolicy: 'cache-and-network' });
  const [accept, accepting] = useMutation(AcceptAdvocacyReferralDocument, { refetchQueries: [{ query: AdvocacyReferralQueueDocument }, { query: MyAdvocacyChildrenDocument }] });
  const [accepted, setAccepted] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading && !data) return <Loading what={say('advocate.advocacyReferralsPage.loadingReferrals')} />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : say('advocate.advocacyReferralsPage.theReferralsCouldNot')} />;
  const queue = data.advocacyReferralQueue;
  return (
    <>
      {accepted && <NotificationBanner type="success" heading={say('advocate.advocacyReferralsPage.youAreNowS', { accepted })} />}
      {problem && <ErrorSummary errors={[{ message: problem }]} />}
      <h1 className="govuk-heading-l">{say('advocate.advocacyReferralsPage.referralsWaiting')}</h1>
      {queue.length === 0 ? (
        <p className="govuk-body">{say('advocate.advocacyReferralsPage.noReferralsAreWaiting')}</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{say('advocate.advocacyReferralsPage.youngPeopleWaitingFor')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{say('advocate.advocacyReferralsPage.name')}</th>
              <th scope="col" className="govuk-table__header">{say('advocate.advocacyReferralsPage.age')}</th>
              <th scope="col" className="govuk-table__header">{say('advocate.advocacyReferralsPage.asked')}</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">{say('advocate.advocacyReferralsPage.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {queue.map((r) => (
              <tr key={r.referralId} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{r.firstName}</th>
                <td className="govuk-table__cell">{r.age}</td>
                <td className="govuk-table__cell">{formatDayAndTime(r.requestedAt)}</td>
                <td className="govuk-table__cell">
                  <Button
                    variant="secondary"
                    className="govuk-!-margin-bottom-0"
                    disabled={accepting.loading}
                    onClick={async () => {
                      setProblem(null);
                      try {
                        await accept({ variables: { referralId: r.referralId } });
                        setAccepted(r.firstName);
                      } catch (e) {
                        const err = apiError(e);
                        setProblem(err.code === 'CONFLICT' ? say('advocate.advocacyReferralsPage.anotherAdvocateAcceptedThis') : err.message);
                      }
                    }}
                  >
                    {say('advocate.advocacyReferralsPage.accept')}<span className="govuk-visually-hidden">{' '}{say('advocate.advocacyReferralsPage.theReferralFor', { firstName: r.firstName })}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorSummary, NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { AcceptAdvocacyReferralDocument, AdvocacyReferralQueueDocument, MyAdvocacyChildrenDocument } from '../gql/graphql';

/** Referrals waiting for an advocate: accepting one makes the young person yours. */
export function AdvocacyReferralsPage() {
  usePageTitle('Referrals waiting');
  const { data, loading, error } = useQuery(AdvocacyReferralQueueDocument, { fetchPolicy: 'cache-and-network' });
  const [accept, accepting] = useMutation(AcceptAdvocacyReferralDocument, { refetchQueries: [{ query: AdvocacyReferralQueueDocument }, { query: MyAdvocacyChildrenDocument }] });
  const [accepted, setAccepted] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading && !data) return <Loading what="Loading referrals" />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : 'The referrals could not be loaded.'} />;
  const queue = data.advocacyReferralQueue;
  return (
    <>
      {accepted && <NotificationBanner type="success" heading={`You are now ${accepted}’s advocate.`} />}
      {problem && <ErrorSummary errors={[{ message: problem }]} />}
      <h1 className="govuk-heading-l">Referrals waiting</h1>
      {queue.length === 0 ? (
        <p className="govuk-body">No referrals are waiting for an advocate.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Young people waiting for an advocate, oldest request first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Age</th>
              <th scope="col" className="govuk-table__header">Asked</th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
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
                        setProblem(err.code === 'CONFLICT' ? 'Another advocate accepted this referral first.' : err.message);
                      }
                    }}
                  >
                    Accept<span className="govuk-visually-hidden"> the referral for {r.firstName}</span>
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

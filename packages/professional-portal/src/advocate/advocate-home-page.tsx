import { useQuery } from '@apollo/client/react';
import { UiLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { MyAdvocacyChildrenDocument } from '../gql/graphql';

/** An advocate's home: the young people with an active referral to them, first names only. */
export function AdvocateHomePage() {
  usePageTitle('Your young people');
  const { data, loading, error } = useQuery(MyAdvocacyChildrenDocument);
  if (loading && !data) return <Loading what="Loading your young people" />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : 'Your young people could not be loaded.'} />;
  const children = data.myAdvocacyChildren;
  return (
    <>
      <h1 className="govuk-heading-l">Your young people</h1>
      <p className="govuk-body">You work for the young person, not the council. You see only what they chose to share with you.</p>
      {children.length === 0 ? (
        <p className="govuk-body">
          No young people have an active referral to you. <UiLink href="/advocacy/referrals" className="govuk-link">See referrals waiting for an advocate</UiLink>.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Young people you are advocate for</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Age</th>
              <th scope="col" className="govuk-table__header">Next review</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {children.map((c) => (
              <tr key={c.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <UiLink href={`/advocate/children/${c.id}`} className="govuk-link">
                    {c.firstName}
                  </UiLink>
                </th>
                <td className="govuk-table__cell">{c.age}</td>
                <td className="govuk-table__cell">{c.nextReviewDate ? formatDate(c.nextReviewDate) : 'Not set'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

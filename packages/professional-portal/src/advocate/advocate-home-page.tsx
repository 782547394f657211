import { useQuery } from '@apollo/client/react';
import { UiLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { MyAdvocacyChildrenDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

/** An advocate's home: the young people with an active referral to them, first names only. */
export function AdvocateHomePage() {
  usePageTitle(say('advocate.advocateHomePage.yourYoungPeople'));
  const { data, loading, error } = useQuery(MyAdvocacyChildrenDocument);
  if (loading && !data) return <Loading what={say('advocate.advocateHomePage.loadingYourYoungPeople')} />;
  if (!data) return <ErrorPage message={error ? apiError(error).message : say('advocate.advocateHomePage.yourYoungPeopleCould')} />;
  const children = data.myAdvocacyChildren;
  return (
    <>
      <h1 className="govuk-heading-l">{say('advocate.advocateHomePage.yourYoungPeople')}</h1>
      <p className="govuk-body">{say('advocate.advocateHomePage.youWorkForThe')}</p>
      {children.length === 0 ? (
        <p className="govuk-body">
          {say('advocate.advocateHomePage.noYoungPeopleHave')}{' '}<UiLink href="/advocacy/referrals" className="govuk-link">{say('advocate.advocateHomePage.seeReferralsWaitingFor')}</UiLink>.
        </p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">{say('advocate.advocateHomePage.youngPeopleYouAre')}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{say('advocate.advocateHomePage.name')}</th>
              <th scope="col" className="govuk-table__header">{say('advocate.advocateHomePage.age')}</th>
              <th scope="col" className="govuk-table__header">{say('advocate.advocateHomePage.nextReview')}</th>
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
                <td className="govuk-table__cell">{c.nextReviewDate ? formatDate(c.nextReviewDate) : say('advocate.advocateHomePage.notSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

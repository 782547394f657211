import { useQuery } from '@apollo/client/react';
import { dayAndMonth, Loaded, Page } from '../common/page';
import { MyLeavingCareDocument } from '../gql/graphql';
import { PeopleList } from '../plan/people';
import { AFTER_EIGHTEEN_WORDS, say, WORDS } from '../words';

/** The ages the page is for: 16 and 17. */
export const isNearlyEighteen = (age: number) => age >= 16 && age <= 17;

/** "When I'm 18": what happens at 18, my personal adviser, Staying Put, and my pathway plan in my words. */
export function EighteenPage() {
  const { data, error } = useQuery(MyLeavingCareDocument, { fetchPolicy: 'network-only' });
  const w = WORDS.eighteen;
  return (
    <Page title={WORDS.pages.eighteen} lead={w.intro}>
      <Loaded data={data} error={error}>
        {({ myLeavingCare: me }) =>
          !isNearlyEighteen(me.age) ? (
            <p className="govuk-body">{w.notYet}</p>
          ) : (
            <>
              <h2 className="govuk-heading-m">{w.whereTitle}</h2>
              <p className="govuk-body">{AFTER_EIGHTEEN_WORDS[me.afterEighteen]}</p>
              {me.stayingPut && <p className="govuk-body">{w.stayingPut}</p>}
              <h2 className="govuk-heading-m">{w.planTitle}</h2>
              {me.hasPathwayPlan ? (
                <>
                  {me.planInMyWords && <p className="govuk-body yp-words" data-written>{me.planInMyWords}</p>}
                  {me.planLookedAtDate && <p className="govuk-body">{say('eighteen.lookedAt', { date: dayAndMonth(me.planLookedAtDate) })}</p>}
                </>
              ) : (
                <p className="govuk-body">{w.noPlan}</p>
              )}
              <p className="govuk-body">{w.planWhat}</p>
              <h2 className="govuk-heading-m">{w.adviserTitle}</h2>
              <p className="govuk-body">{w.adviserWhat}</p>
              <PeopleList people={[{ key: 'adviser', label: w.adviserLabel, person: me.personalAdviser }]} />
              <h2 className="govuk-heading-m">{w.at18Title}</h2>
              <ul className="govuk-list govuk-list--bullet">
                {[w.at18One, w.at18Two, w.at18Three, w.at18Four].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

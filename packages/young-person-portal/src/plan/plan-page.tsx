import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@forever-planning/ui';
import { Loaded, longDate, Page, WorkerWords } from '../common/page';
import { MyForeverPlanDocument, type MyForeverPlanQuery, type PlanOption } from '../gql/graphql';
import { meetingWords, PLAN_OPTION_WORDS, READER_WORDS, say, WHERE_I_LIVE_WORDS, WORDS } from '../words';
import { PeopleList } from './people';

function Plan({ plan }: { plan: NonNullable<MyForeverPlanQuery['myPlan']> }) {
  return (
    <>
      <section className="yp-card yp-card--warm">
        <h2 className="govuk-heading-m">{WORDS.plan.whereILive}</h2>
        {plan.placementType && <p className="govuk-body-l">{WHERE_I_LIVE_WORDS[plan.placementType]}</p>}
        {plan.carerFirstName && (
          <p className="govuk-body">
            {WORDS.plan.withCarer} {plan.carerFirstName}
          </p>
        )}
        {plan.mainPlanOption && (
          <>
            <h3 className="govuk-heading-s">{WORDS.plan.mainPlan}</h3>
            <p className="govuk-body">{PLAN_OPTION_WORDS[plan.mainPlanOption]}</p>
          </>
        )}
      </section>
      {(plan.whatIsBeingDecided || plan.outcomes.length > 0) && (
        <section className="yp-card">
          {plan.whatIsBeingDecided && (
            <>
              <h2 className="govuk-heading-m">{WORDS.plan.deciding}</h2>
              {/* What my worker wrote for me, marked with the language they wrote it in (lang), so "read it to me" uses the right voice. */}
              <WorkerWords words={plan.whatIsBeingDecided} language={plan.whatIsBeingDecidedLanguage} />
            </>
          )}
          {plan.outcomes.length > 0 && (
            <>
              <h2 className="govuk-heading-m">{WORDS.plan.goals}</h2>
              <ul className="govuk-list yp-list">
                {plan.outcomes.map((o) => (
                  <li key={o.whatWeWant + (o.byWhen ?? '')}>
                    <span data-written>{o.whatWeWant}</span>
                    {o.byWhen && (
                      <>
                        {' '}
                        <span className="yp-quiet">
                          ({WORDS.plan.byWhen} {longDate(o.byWhen)})
                        </span>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

/**
 * The back-up plan comes last, after the people who help, and folded away:
 * the child opens it when they want to, with the kind words first. It is never
 * straight under where they live now.
 */
function BackUpPlan({ plans }: { plans: PlanOption[] }) {
  if (plans.length === 0) return null;
  return (
    <details className="govuk-details yp-back-up">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{WORDS.plan.backUpTitle}</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">{WORDS.plan.backUpIntro}</p>
        <ul className="govuk-list yp-list">
          {plans.map((b) => (
            <li key={b}>{say('plan.backUpLine', { plan: PLAN_OPTION_WORDS[b] })}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** My Forever Plan once shared; before that, a kind sentence. The meeting and my people show either way. */
export function PlanPage() {
  const { data, error } = useQuery(MyForeverPlanDocument);
  return (
    <Page title={WORDS.pages.plan}>
      <Loaded data={data} error={error}>
        {({ myPlan, myNextMeeting, myProfile }) => (
          <>
            {myPlan ? <Plan plan={myPlan} /> : <p className="govuk-body-l yp-card yp-card--warm">{WORDS.plan.notShared}</p>}
            <section className="yp-card">
              <h2 className="govuk-heading-m">{WORDS.plan.meetingTitle}</h2>
              {myNextMeeting ? (
                <>
                  <p className="govuk-body-l">
                    {meetingWords(myNextMeeting.type)}: <strong>{longDate(myNextMeeting.date)}</strong>
                  </p>
                  <p className="govuk-body">{WORDS.plan.takePart}</p>
                  <ButtonLink href="/have-my-say/write?topic=MY_MEETING&meeting=next">{WORDS.plan.sayBeforeMeeting}</ButtonLink>
                </>
              ) : (
                <p className="govuk-body">{WORDS.plan.noMeeting}</p>
              )}
            </section>
            <section>
              <h2 className="govuk-heading-m">{WORDS.plan.peopleTitle}</h2>
              <PeopleList
                people={[
                  { key: 'worker', label: READER_WORDS.WORKER, person: myProfile.myWorker },
                  { key: 'iro', label: READER_WORDS.IRO, person: myProfile.myIro },
                  { key: 'advocate', label: READER_WORDS.ADVOCATE, person: myProfile.myAdvocate },
                ]}
              />
            </section>
            {myPlan && <BackUpPlan plans={myPlan.backUpPlanOptions} />}
          </>
        )}
      </Loaded>
    </Page>
  );
}

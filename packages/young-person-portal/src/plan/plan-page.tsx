import { useQuery } from '@apollo/client/react';
import { ButtonLink } from '@forever-planning/ui';
import { Loaded, longDate, Page, WorkerWords } from '../common/page';
import { MyForeverPlanDocument, type MyForeverPlanQuery, type PlanOption } from '../gql/graphql';
import { FAMILY_FIRST_WORDS, HOW_LONG_WORDS, meetingWords, PLAN_OPTION_WORDS, READER_WORDS, say, TRUSTED_ROLE_WORDS, WHERE_I_LIVE_WORDS, WORDS } from '../words';
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
      <HowLong howLong={plan.howLong} />
      <MovingHome moving={plan.moving} />
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
      <FamilyFirst familyFirst={plan.familyFirst} />
    </>
  );
}

type SharedPlan = NonNullable<MyForeverPlanQuery['myPlan']>;

/** Children asked to know how long the plan is for them to live somewhere: not knowing is harder. */
function HowLong({ howLong }: { howLong: SharedPlan['howLong'] }) {
  return (
    <section className="yp-card">
      <h2 className="govuk-heading-m">{WORDS.plan.howLongTitle}</h2>
      {howLong ? (
        <>
          <p className="govuk-body-l">{HOW_LONG_WORDS[howLong.duration]}</p>
          {howLong.until && <p className="govuk-body">{say('plan.until', { date: longDate(howLong.until) })}</p>}
          {howLong.inMyWords && (
            <p className="govuk-body yp-pre" data-written>
              {howLong.inMyWords}
            </p>
          )}
        </>
      ) : (
        <p className="govuk-body">{WORDS.plan.howLongNotSaid}</p>
      )}
    </section>
  );
}

/**
 * Children asked to be told about a move before it happens, and to meet a new
 * carer first. The server sends a move only once the worker has told the child.
 */
function MovingHome({ moving }: { moving: SharedPlan['moving'] }) {
  return (
    <section className="yp-card">
      <h2 className="govuk-heading-m">{WORDS.plan.movingTitle}</h2>
      {moving ? (
        <>
          <p className="govuk-body-l">{say('plan.moveOn', { date: longDate(moving.plannedFor) })}</p>
          {moving.newCarerFirstName && <p className="govuk-body">{say('plan.moveTo', { name: moving.newCarerFirstName })}</p>}
          {moving.newCarerAlreadyKnown ? (
            <p className="govuk-body">{WORDS.plan.alreadyKnow}</p>
          ) : moving.metNewCarerOn ? (
            <p className="govuk-body">{say('plan.metOn', { date: longDate(moving.metNewCarerOn) })}</p>
          ) : (
            <p className="govuk-body">{WORDS.plan.willMeet}</p>
          )}
          <p className="govuk-body">{WORDS.plan.moveFeelings}</p>
        </>
      ) : (
        <p className="govuk-body">{WORDS.plan.noMoveToTell}</p>
      )}
    </section>
  );
}

/** Children asked whether their family was thought about first, and why not where it was not safe. */
function FamilyFirst({ familyFirst }: { familyFirst: SharedPlan['familyFirst'] }) {
  return (
    <section className="yp-card">
      <h2 className="govuk-heading-m">{WORDS.plan.familyTitle}</h2>
      {familyFirst ? (
        <>
          <p className="govuk-body">{FAMILY_FIRST_WORDS[familyFirst.answer]}</p>
          {familyFirst.inMyWords && (
            <p className="govuk-body yp-pre" data-written>
              {familyFirst.inMyWords}
            </p>
          )}
        </>
      ) : (
        <p className="govuk-body">{WORDS.plan.familyNotSaid}</p>
      )}
    </section>
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
                  // Children named a teacher or a key worker at school among the adults they trust.
                  ...myProfile.trustedAdults.map((t, i) => ({
                    key: `trusted-${i}`,
                    label: TRUSTED_ROLE_WORDS[t.role ?? 'OTHER'],
                    person: { firstName: t.firstName, phone: null, email: null },
                  })),
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

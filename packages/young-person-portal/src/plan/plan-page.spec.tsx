import { screen, within } from '@testing-library/react';
import { MyForeverPlanDocument } from '../gql/graphql';
import { meMock, renderYoung } from '../testing/render-young';
import { say, WORDS } from '../words';

const profile = {
  __typename: 'MyProfile',
  firstName: 'Amira',
  age: 12,
  myWorker: { __typename: 'MyPerson', firstName: 'Sam', phone: '01234 567890', email: null },
  myIro: null,
  myAdvocate: null,
  trustedAdults: [{ __typename: 'MyTrustedAdult', firstName: 'Miss Okafor', role: 'TEACHER' }],
};

const planMock = (myPlan: unknown) => ({
  request: { query: MyForeverPlanDocument },
  result: { data: { myPlan, myNextMeeting: null, myProfile: profile } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('My Forever Plan', () => {
  it('before it is shared, says kindly that my worker will share it, and still shows who helps me', async () => {
    renderYoung('/plan', [meMock(), planMock(null)]);
    expect(await screen.findByText(WORDS.plan.notShared)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '01234 567890' })).toHaveAttribute('href', 'tel:01234567890');
    expect(screen.getByText(WORDS.plan.noMeeting)).toBeInTheDocument();
  });

  it('once shared, shows where I live, what is being decided and by when, and the back-up plan in gentle words', async () => {
    renderYoung('/plan', [
      meMock(),
      planMock({
        __typename: 'MyPlan',
        placementType: 'LONG_TERM_FOSTER',
        carerFirstName: 'Nasreen',
        mainPlanOption: 'LONG_TERM_FOSTERING',
        whatIsBeingDecided: 'Where I will live until I grow up.',
        whatIsBeingDecidedLanguage: 'cy',
        backUpPlanOptions: ['KINSHIP_CARE'],
        outcomes: [{ __typename: 'MyOutcome', whatWeWant: 'Amira stays at her school', byWhen: '2027-03-31' }],
        moving: null,
        howLong: null,
        familyFirst: null,
      }),
    ]);
    // The server sends codes; the words come from the catalogue, in the page's language.
    expect(await screen.findByText(WORDS.whereILive.LONG_TERM_FOSTER)).toBeInTheDocument();
    expect(screen.getByText(WORDS.planOptions.LONG_TERM_FOSTERING)).toBeInTheDocument();
    // The back-up plan is last, after the people who help, folded away with its kind words first.
    const backUp = screen.getByText(WORDS.plan.backUpTitle).closest('details')!;
    expect(backUp).not.toHaveAttribute('open');
    expect(within(backUp).getByText(WORDS.plan.backUpIntro)).toBeInTheDocument();
    expect(within(backUp).getByText(say('plan.backUpLine', { plan: WORDS.planOptions.KINSHIP_CARE }))).toBeInTheDocument();
    const people = screen.getByRole('heading', { name: WORDS.plan.peopleTitle });
    expect(people.compareDocumentPosition(backUp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/31 March 2027/)).toBeInTheDocument();
    // What the worker wrote says its language, for a screen reader and "read it to me".
    expect(screen.getByText('Where I will live until I grow up.')).toHaveAttribute('lang', 'cy');
    expect(screen.queryByText(WORDS.plan.notShared)).toBeNull();
  });

  it('tells me about a move I have been told of, how long I will live here, whether my family was thought about first, and shows my teacher', async () => {
    renderYoung('/plan', [
      meMock(),
      planMock({
        __typename: 'MyPlan',
        placementType: 'FOSTER_CARE',
        carerFirstName: 'Nasreen',
        mainPlanOption: 'LONG_TERM_FOSTERING',
        whatIsBeingDecided: null,
        whatIsBeingDecidedLanguage: 'en',
        backUpPlanOptions: [],
        outcomes: [],
        moving: { __typename: 'MyMove', plannedFor: '2027-01-15', newCarerFirstName: 'Joy and Sam', newCarerAlreadyKnown: false, metNewCarerOn: null },
        howLong: { __typename: 'MyHowLong', duration: 'FIXED_PERIOD', until: '2027-06-30', inMyWords: 'Until your nan is well again.' },
        familyFirst: { __typename: 'MyFamilyFirst', answer: 'CONSIDERED', inMyWords: 'We asked your nan first. She is not well enough right now.' },
      }),
    ]);
    expect(await screen.findByRole('heading', { name: WORDS.plan.movingTitle })).toBeInTheDocument();
    expect(screen.getByText(/15 January 2027/)).toBeInTheDocument();
    expect(screen.getByText(say('plan.moveTo', { name: 'Joy and Sam' }))).toBeInTheDocument();
    expect(screen.getByText(WORDS.plan.willMeet)).toBeInTheDocument();
    expect(screen.getByText(WORDS.howLong.FIXED_PERIOD)).toBeInTheDocument();
    expect(screen.getByText(/30 June 2027/)).toBeInTheDocument();
    expect(screen.getByText(WORDS.familyFirst.CONSIDERED)).toBeInTheDocument();
    expect(screen.getByText('We asked your nan first. She is not well enough right now.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: WORDS.trustedRoles.TEACHER })).toBeInTheDocument();
    expect(screen.getByText('Miss Okafor')).toBeInTheDocument();
  });

  it('with no move told yet, promises I will be told first, never that there is no move', async () => {
    renderYoung('/plan', [
      meMock(),
      planMock({
        __typename: 'MyPlan', placementType: 'FOSTER_CARE', carerFirstName: null, mainPlanOption: null, whatIsBeingDecided: null,
        whatIsBeingDecidedLanguage: 'en', backUpPlanOptions: [], outcomes: [], moving: null, howLong: null, familyFirst: null,
      }),
    ]);
    expect(await screen.findByText(WORDS.plan.noMoveToTell)).toBeInTheDocument();
    expect(screen.getByText(WORDS.plan.howLongNotSaid)).toBeInTheDocument();
    expect(screen.getByText(WORDS.plan.familyNotSaid)).toBeInTheDocument();
  });
});

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
});

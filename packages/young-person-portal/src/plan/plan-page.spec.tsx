import { screen, within } from '@testing-library/react';
import { MyForeverPlanDocument } from '../gql/graphql';
import { meMock, renderYoung } from '../testing/render-young';
import { WORDS } from '../words';

const profile = {
  __typename: 'MyProfile',
  firstName: 'Amira',
  age: 12,
  myWorker: { __typename: 'MyPerson', firstName: 'Sam', role: 'my worker', phone: '01234 567890', email: null },
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
        whereILive: 'with my foster family',
        carerFirstName: 'Nasreen',
        mainPlan: 'staying with a foster family until I grow up',
        whatIsBeingDecided: 'Where I will live until I grow up.',
        backUpPlans: ['living with someone who will look after me'],
        outcomes: [{ __typename: 'MyOutcome', whatWeWant: 'Amira stays at her school', byWhen: '2027-03-31' }],
      }),
    ]);
    expect(await screen.findByText('with my foster family')).toBeInTheDocument();
    // The back-up plan is last, after the people who help, folded away with its kind words first.
    const backUp = screen.getByText(WORDS.plan.backUpTitle).closest('details')!;
    expect(backUp).not.toHaveAttribute('open');
    expect(within(backUp).getByText(WORDS.plan.backUpIntro)).toBeInTheDocument();
    const people = screen.getByRole('heading', { name: WORDS.plan.peopleTitle });
    expect(people.compareDocumentPosition(backUp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(/31 March 2027/)).toBeInTheDocument();
    expect(screen.queryByText(WORDS.plan.notShared)).toBeNull();
  });
});

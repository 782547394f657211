import { screen } from '@testing-library/react';
import { MyHelpersDocument } from '../gql/graphql';
import { meMock, renderYoung } from '../testing/render-young';
import { WORDS } from '../words';

const person = (firstName: string, role: string) => ({ __typename: 'MyPerson', firstName, role, phone: '01632 960007', email: null });
const helpers = (myAdvocate: object | null) => ({
  request: { query: MyHelpersDocument },
  result: { data: { myProfile: { __typename: 'MyProfile', firstName: 'Amira', age: 12, mayAskForAdvocate: true, advocacyFromAge: 7, advocacyUntilAge: 18, myWorker: person('Sam', 'my worker'), myIro: null, myAdvocate } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('the advocate page', () => {
  it('with an advocate: says who and how to reach them, and does not offer to ask for one', async () => {
    renderYoung('/advocate', [meMock(), helpers(person('Ada', 'my advocate'))]);
    expect(await screen.findByText(WORDS.advocate.haveOne)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: WORDS.advocate.myTitle })).toBeInTheDocument();
    expect(screen.getByText('Ada')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '01632 960007' })).toHaveAttribute('href', 'tel:01632960007');
    expect(screen.queryByRole('button', { name: WORDS.advocate.button })).toBeNull();
    expect(screen.queryByLabelText(WORDS.advocate.reason)).toBeNull();
  });

  it('without one: offers to ask', async () => {
    renderYoung('/advocate', [meMock(), helpers(null)]);
    expect(await screen.findByRole('button', { name: WORDS.advocate.button })).toBeInTheDocument();
    expect(screen.getByLabelText(WORDS.advocate.reason)).toBeInTheDocument();
    expect(screen.queryByText(WORDS.advocate.haveOne)).toBeNull();
  });
});

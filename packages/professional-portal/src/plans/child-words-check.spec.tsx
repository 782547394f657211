import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { PlanDetailFragment } from '../gql/graphql';
import { PlanDetailsForm } from './plan-details-form';

const plan = {
  __typename: 'Plan', id: 'plan-1', version: 3, planNumber: 1, status: 'DRAFT', primaryOption: 'LONG_TERM_FOSTERING',
  contingencies: [{ __typename: 'PlanContingency', id: 'c1', option: 'SPECIAL_GUARDIANSHIP', notes: null, position: 0 }],
  outcomes: [], childWishes: '', bottomLines: '', consequenceOfNoChange: '', childFriendlySummary: '',
  updatedAt: '2026-11-24T09:00:00.000Z', updatedBy: null,
} as unknown as PlanDetailFragment;

afterEach(() => localStorage.clear());

function renderEditor() {
  render(
    <MockedProvider mocks={[]}>
      <PlanDetailsForm plan={plan} userId="me" reload={async () => plan} onDirtyChange={() => undefined} onContinue={() => undefined} today="2026-11-24" childNames={['Amira', 'Khan']} />
    </MockedProvider>,
  );
  return screen.getByLabelText('Summary for the child');
}

describe('the child’s version of the plan, checked as it is typed', () => {
  it('says what to change: about the child rather than to them, a date passed, an unexplained role name', async () => {
    const box = renderEditor();
    await userEvent.type(box, 'Amira will know her family story by 10 April 2023. Her IRO will check this.');
    const check = document.getElementById('childFriendlySummary-check')!;
    const warning = await within(check).findByText('Before the child reads this, change:', {}, { timeout: 3000 });
    expect(warning).toBeInTheDocument();
    expect(check).toHaveTextContent('talks about the child (“Amira”)');
    expect(check).toHaveTextContent('10 April 2023 has already passed');
    expect(check).toHaveTextContent('A child may not know “IRO”');
  });

  it('says nothing once the words are the child’s', async () => {
    const box = renderEditor();
    await userEvent.type(box, 'You will stay with Kim and Dan until you grow up. Your IRO (the person who runs your meetings) checks your plan.');
    await new Promise((r) => setTimeout(r, 800));
    expect(within(document.getElementById('childFriendlySummary-check')!).queryByText('Before the child reads this, change:')).toBeNull();
    expect(screen.getByRole('button', { name: 'Save the plan' })).toBeEnabled();
  });

  it('in another language, checks only dates and says who can check the rest', async () => {
    const box = renderEditor();
    await userEvent.selectOptions(screen.getByLabelText('Language of the summary', { exact: false }), 'cy');
    await userEvent.type(box, 'Byddi di’n aros gyda Kim a Dan. Mae dy gyfarfod nesaf ar 10/03/2024.');
    const check = document.getElementById('childFriendlySummary-check')!;
    expect(await within(check).findByText(/These words are in Welsh/, {}, { timeout: 3000 })).toBeInTheDocument();
    expect(check).toHaveTextContent('10/03/2024 has already passed');
    expect(check).not.toHaveTextContent('talks about the child');
    expect(check).not.toHaveTextContent('hard to read');
  });
});

describe('an outcome, which the child reads in their plan', () => {
  it('is checked as it is typed too', async () => {
    const { OutcomeForm } = await import('./outcome-form');
    render(
      <OutcomeForm idPrefix="new-outcome" heading="Add an outcome" submitLabel="Add outcome" userId="me" draftKey="plan:plan-1:new-outcome" onSave={async () => undefined} childWords={{ today: '2026-11-24', childNames: ['Amira'] }} />,
    );
    await userEvent.type(screen.getByLabelText(/Planned outcome/), 'Amira will stay in touch with her brothers.');
    const check = document.getElementById('new-outcome-outcome-check')!;
    expect(await within(check).findByText('Before the child reads this, change:', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(check).toHaveTextContent('talks about the child (“Amira”)');
  });
});

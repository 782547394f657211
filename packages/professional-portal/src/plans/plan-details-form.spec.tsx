import { useState } from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { UpdatePlanDocument, type PlanDetailFragment } from '../gql/graphql';
import { whoChanged } from '../common/conflict-notice';
import { PlanDetailsForm } from './plan-details-form';

/** Damian's draft plan as this worker opened it (version 3). */
const opened = {
  __typename: 'Plan', id: 'plan-1', version: 3, planNumber: 1, status: 'DRAFT', primaryOption: 'REUNIFICATION',
  contingencies: [{ __typename: 'PlanContingency', id: 'c1', option: 'KINSHIP_CARE', notes: null, position: 0 }],
  outcomes: [], childWishes: '', bottomLines: '', consequenceOfNoChange: '', childFriendlySummary: '',
  updatedAt: '2026-11-24T09:00:00.000Z', updatedBy: { __typename: 'PersonRef', id: 'me', displayName: 'Jo Worker' },
} as unknown as PlanDetailFragment;

/** What Sam Worker saved at 10:42 while this worker was typing: the bottom lines. */
const samsVersion = {
  ...opened, version: 4, bottomLines: 'No drugs or equipment in the home.',
  updatedAt: '2026-11-24T10:42:00.000Z', updatedBy: { __typename: 'PersonRef', id: 'sam', displayName: 'Sam Worker' },
} as PlanDetailFragment;

const conflict = new GraphQLError('Someone else changed this plan since you opened it. Reload it and make your change again.', {
  extensions: { code: 'CONFLICT', currentVersion: 4, changedBy: 'Sam Worker', changedAt: '2026-11-24T10:42:00.000Z' },
});

/** As on the plan page: reloading refetches the plan, and the form gets the newer version as its prop. */
function Editor({ reload }: { reload: () => Promise<PlanDetailFragment> }) {
  const [plan, setPlan] = useState(opened);
  const reloadIntoPage = async () => {
    const fresh = await reload();
    setPlan(fresh);
    return fresh;
  };
  return <PlanDetailsForm plan={plan} userId="me" reload={reloadIntoPage} onDirtyChange={() => undefined} onContinue={() => undefined} />;
}

describe('the plan editor when someone else saved first', () => {
  beforeEach(() => {
    localStorage.clear();
    // Only the clock is fixed (to 10:50 the same morning), so "at 10:42am" is today's time.
    jest.useFakeTimers({ now: new Date('2026-11-24T10:50:00Z'), doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'nextTick', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'hrtime', 'performance'] });
  });
  afterEach(() => jest.useRealTimers());

  it('says who changed the plan and when, then reloads and puts my words back on top of theirs', async () => {
    const user = userEvent.setup();
    const reload = jest.fn(async () => samsVersion);
    const wishes = 'Damian wants to go home to Mum.';
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: UpdatePlanDocument, variables: { input: { planId: 'plan-1', expectedVersion: 3, childWishes: wishes } } },
            result: { errors: [conflict] },
          },
          {
            request: { query: UpdatePlanDocument, variables: { input: { planId: 'plan-1', expectedVersion: 4, childWishes: wishes } } },
            result: { data: { updatePlan: { ...samsVersion, version: 5, childWishes: wishes } } },
          },
        ]}
      >
        <Editor reload={reload} />
      </MockedProvider>,
    );

    await user.type(screen.getByLabelText('The child’s wishes'), wishes);
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));

    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('heading', { name: 'Someone else changed this plan' })).toBeInTheDocument();
    expect(banner).toHaveTextContent('Sam Worker changed this plan at 10:42am, so your changes have not been saved yet.');
    expect(screen.getByRole('button', { name: 'Save the plan' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Reload and reapply my changes' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Sam Worker changed: Bottom lines\. Your changes have been put back/)).toBeInTheDocument();
    expect(screen.getByLabelText('Bottom lines')).toHaveValue('No drugs or equipment in the home.');
    expect(screen.getByLabelText('The child’s wishes')).toHaveValue(wishes);

    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    expect(await screen.findByText('The plan has been saved.')).toBeInTheDocument();
  });
});

describe('the one save path', () => {
  it('drops the new primary option from the contingencies, whose box is then hidden and could not be unticked', async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <PlanDetailsForm plan={opened} userId="me" reload={async () => opened} onDirtyChange={() => undefined} onContinue={() => undefined} />
      </MockedProvider>,
    );
    expect(screen.getByLabelText('Connected person / kinship care')).toBeChecked();
    await user.selectOptions(screen.getByLabelText('Primary option'), 'KINSHIP_CARE');
    expect(screen.queryByLabelText('Connected person / kinship care')).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Primary option'), 'ADOPTION');
    expect(screen.getByLabelText('Connected person / kinship care')).not.toBeChecked();
  });

  beforeEach(() => localStorage.clear());

  it('"Save and check before submitting" saves what was typed, then goes on; a failed save stays on the page', async () => {
    const user = userEvent.setup();
    const wishes = 'Damian wants to live with Aunt Lisa.';
    const onContinue = jest.fn();
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: UpdatePlanDocument, variables: { input: { planId: 'plan-1', expectedVersion: 3, childWishes: wishes } } },
            result: { data: { updatePlan: { ...opened, version: 4, childWishes: wishes } } },
          },
        ]}
      >
        <PlanDetailsForm plan={opened} userId="me" reload={async () => opened} onDirtyChange={() => undefined} onContinue={onContinue} />
      </MockedProvider>,
    );
    await user.type(screen.getByLabelText('The child’s wishes'), wishes);
    await user.click(screen.getByRole('button', { name: 'Save and check before submitting' }));
    // Goes on once the save has answered (waited for, not a fixed pause: a loaded machine answers later).
    await waitFor(() => expect(onContinue).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('The plan has been saved.')).not.toBeInTheDocument();
  });

  it('does not go on when the form has an error', async () => {
    const user = userEvent.setup();
    const onContinue = jest.fn();
    render(
      <MockedProvider mocks={[]}>
        <PlanDetailsForm plan={opened} userId="me" reload={async () => opened} onDirtyChange={() => undefined} onContinue={onContinue} />
      </MockedProvider>,
    );
    await user.click(screen.getByLabelText('Summary for the child'));
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Save and check before submitting' }));
    expect(await screen.findByText('The summary for the child must be 2000 characters or fewer', { selector: 'a' })).toBeInTheDocument();
    expect(onContinue).not.toHaveBeenCalled();
  });
});

describe('whoChanged', () => {
  const now = new Date('2026-11-24T10:50:00Z');
  it('gives the time for a change today and the day for an older one, in London time', () => {
    expect(whoChanged({ changedBy: 'Sam Worker', changedAt: '2026-11-24T10:42:00Z' }, 'plan', now)).toBe('Sam Worker changed this plan at 10:42am');
    expect(whoChanged({ changedBy: 'Sam Worker', changedAt: '2026-11-23T16:05:00Z' }, 'plan', now)).toMatch(/^Sam Worker changed this plan on 23 November at 4:05\s?pm$/);
    expect(whoChanged({ changedBy: 'Sam Worker', changedAt: '2026-07-01T09:15:00Z' }, 'record', new Date('2026-07-01T12:00:00Z'))).toBe('Sam Worker changed this record at 10:15am');
  });

  it('says "Someone else" when no one signed in made the change', () => {
    expect(whoChanged({ changedBy: null, changedAt: '2026-11-24T10:42:00Z' }, 'plan', now)).toBe('Someone else changed this plan at 10:42am');
  });
});

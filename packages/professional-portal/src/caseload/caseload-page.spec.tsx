import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CaseloadDocument, ChildMessagesNeedingAttentionDocument } from '../gql/graphql';
import { meMock, person, renderPortal } from '../testing/render-portal';
import { PAGE_SIZE } from './caseload-page';

const me = person('TEAM_MANAGER');

const child = (id: string, name: string, age: number) => ({
  __typename: 'Child', id, displayName: name, age,
  team: { __typename: 'TeamRef', id: 't1', name: 'Team A1' },
  socialWorker: { __typename: 'PersonRef', id: 'sw', displayName: 'Sam Worker' },
  iro: null, currentPlacement: null, currentPlan: null, draftPlan: null, nextReview: null, alerts: [],
});

const page = (children: ReturnType<typeof child>[], endCursor: string | null, hasNextPage: boolean) => ({
  data: {
    children: {
      __typename: 'ChildConnection', totalCount: 30,
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      edges: children.map((node) => ({ __typename: 'ChildEdge', node })),
    },
  },
});

const names = () => within(screen.getByRole('table')).getAllByRole('link').map((a) => a.textContent);

describe('the caseload’s sorting', () => {
  it('asks the API to sort the whole list, shows its order as given, and starts again at page 1 with the new order', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal('/?pages=name-cursor-1', [
      meMock(me),
      // Above the list: no child is waiting for an answer.
      { request: { query: ChildMessagesNeedingAttentionDocument }, result: { data: { childMessagesNeedingAttention: [] } }, maxUsageCount: 10 },
      // Page 2 by name: the rows are shown in the API's order.
      { request: { query: CaseloadDocument, variables: { filter: {}, first: PAGE_SIZE, after: 'name-cursor-1' } }, result: page([child('c26', 'Zara Young', 14), child('c27', 'Ben Zed', 9)], null, false) },
      // Sorted by age: page 1 of the whole list in that order.
      {
        request: { query: CaseloadDocument, variables: { filter: {}, sort: { by: 'AGE', direction: 'ASCENDING' }, first: PAGE_SIZE } },
        result: page([child('c5', 'Ella Lewis', 8), child('c9', 'Ivo Quinn', 9)], 'age-cursor-1', true),
      },
      {
        request: { query: CaseloadDocument, variables: { filter: {}, sort: { by: 'AGE', direction: 'ASCENDING' }, first: PAGE_SIZE, after: 'age-cursor-1' } },
        result: page([child('c1', 'Zara Young', 14)], null, false),
      },
    ]);
    await waitFor(() => expect(names()).toEqual(['Zara Young', 'Ben Zed']));
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
    // Alerts are worked out by the rules, not stored: that column is filtered on the drift list, not sorted.
    expect(within(screen.getByRole('columnheader', { name: 'Alerts' })).queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Age' }));
    await waitFor(() => expect(names()).toEqual(['Ella Lewis', 'Ivo Quinn']));
    expect(router.state.location.search).toBe('?sort=age&dir=ascending');
    expect(screen.getByRole('columnheader', { name: 'Age' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByText('Showing 1 to 2 of 30 children')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /Page 2/ }));
    await waitFor(() => expect(names()).toEqual(['Zara Young']));
    expect(router.state.location.search).toBe('?sort=age&dir=ascending&pages=age-cursor-1');
  });
});

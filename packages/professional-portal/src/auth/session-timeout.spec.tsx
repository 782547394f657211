import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeDocument, CaseloadDocument } from '../gql/graphql';
import { PAGE_SIZE } from '../caseload/caseload-page';
import { person, renderPortal } from '../testing/render-portal';

const NOW = new Date('2026-11-24T10:00:00Z').getTime();
const expiringIn = (ms: number) => person('SOCIAL_WORKER', { sessionExpiresAt: new Date(NOW + ms).toISOString() });
const meOnce = (me: ReturnType<typeof person> | null) => ({ request: { query: MeDocument }, result: { data: { me } } });
const caseload = {
  request: { query: CaseloadDocument, variables: { filter: {}, first: PAGE_SIZE } },
  result: { data: { children: { __typename: 'ChildConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

beforeEach(() => jest.useFakeTimers({ now: NOW }));
afterEach(() => jest.useRealTimers());

const advance = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

describe('session timeout', () => {
  it('warns two minutes before the end and stays signed in when asked', async () => {
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderPortal('/', [meOnce(expiringIn(3 * 60_000)), caseload, meOnce(expiringIn(30 * 60_000))]);
    await screen.findByRole('heading', { name: 'My caseload' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await advance(61_000);
    const dialog = await screen.findByRole('alertdialog', { name: 'You’re about to be signed out' });
    expect(dialog).toHaveTextContent('we will sign you out in 2 minutes');
    await advance(61_000);
    expect(dialog).toHaveTextContent(/we will sign you out in 5\d seconds/);

    await user.click(screen.getByRole('button', { name: 'Stay signed in' }));
    await advance(100);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'My caseload' })).toBeInTheDocument();
  });

  it('at the end, checks with the server and shows the signed-out page', async () => {
    renderPortal('/', [meOnce(expiringIn(90_000)), caseload, meOnce(null)]);
    await screen.findByRole('heading', { name: 'My caseload' });
    await screen.findByRole('alertdialog');
    await advance(91_000);
    expect(await screen.findByRole('heading', { name: 'You have been signed out' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in again' })).toHaveAttribute('href', '/sign-in?returnTo=%2F');
    expect(screen.queryByRole('button', { name: 'Sign out' })).toBeNull();
  });
});

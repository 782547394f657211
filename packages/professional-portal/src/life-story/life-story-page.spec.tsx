import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { LifeStoryDocument, UpdateLifeStoryItemDocument } from '../gql/graphql';
import { meMock, person, renderPortal, childAbilities } from '../testing/render-portal';

const me = person('SOCIAL_WORKER');
const PATH = '/children/child-1/life-story';

const item = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'LifeStoryItem', id: 'item-1', version: 1, kind: 'MEMORY', title: 'Our trip to the seaside', occurredOn: '2019-07-27',
  words: 'We built a sandcastle.', audience: 'PROFESSIONALS_ONLY', releaseOn: null, releaseAge: null, visibleToChildToday: false,
  withdrawn: false, withdrawnAt: null, addedByChild: false, addedBy: { __typename: 'PersonRef', id: 'sw', displayName: 'Sam Worker' }, media: null,
  ...overrides,
});

const lifeStory = (items: ReturnType<typeof item>[]) => ({
  request: { query: LifeStoryDocument, variables: { id: 'child-1' } },
  result: {
    data: {
      child: {
        __typename: 'Child', id: 'child-1', abilities: childAbilities('SOCIAL_WORKER'), displayName: 'Amira Ahmed', age: 12, lifeStory: items,
        lifeStoryReleaseSchedule: { __typename: 'LifeStoryReleaseSchedule', visibleToday: [], upcoming: [], notShared: [] },
      },
    },
  },
});

afterEach(() => localStorage.clear());

describe('life story work keeps unsaved words', () => {
  it('keeps a new item’s words while typing and opens the form with them again after a sign-out', async () => {
    const user = userEvent.setup();
    const first = renderPortal(PATH, [meMock(me), { ...lifeStory([]), maxUsageCount: Number.POSITIVE_INFINITY }]);
    await user.click(await screen.findByRole('button', { name: 'Add an item' }));
    await user.type(screen.getByLabelText('Title'), 'Meeting Nan');
    await user.type(screen.getByLabelText('Words (optional)'), 'Nan brought a cake');
    expect(localStorage.getItem(`fp:draft:${me.id}:life-story:child-1:new`)).toContain('Nan brought a cake');
    first.unmount();

    renderPortal(PATH, [meMock(me), lifeStory([])]);
    expect(await screen.findByRole('heading', { name: 'Unsaved changes restored' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Add a life story item' });
    expect(within(form).getByLabelText('Title')).toHaveValue('Meeting Nan');
    expect(within(form).getByLabelText('Words (optional)')).toHaveValue('Nan brought a cake');

    await user.click(screen.getByRole('button', { name: 'discard them' }));
    expect(within(form).getByLabelText('Title')).toHaveValue('');
    await waitFor(() => expect(localStorage.length).toBe(0));
  });

  it('asks before leaving the page with unsaved changes to an item', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal(PATH, [meMock(me), { ...lifeStory([item()]), maxUsageCount: Number.POSITIVE_INFINITY }]);
    await user.click(await screen.findByRole('button', { name: 'Change Our trip to the seaside' }));
    await user.type(screen.getByLabelText('Words (optional)'), ' Then it rained.');
    await user.click(screen.getByRole('link', { name: 'Back to Amira Ahmed’s record' }));
    expect(await screen.findByRole('alertdialog', { name: 'You have unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(PATH);
    expect(screen.getByLabelText('Words (optional)')).toHaveValue('We built a sandcastle. Then it rained.');
  });

  it('on a CONFLICT says who changed the item, reloads it and puts my words back on top of theirs', async () => {
    const user = userEvent.setup();
    const mine = 'We built a sandcastle. Then it rained.';
    const theirs = item({ version: 2, title: 'The seaside with Nan' });
    renderPortal(PATH, [
      meMock(me),
      lifeStory([item()]),
      {
        request: { query: UpdateLifeStoryItemDocument, variables: { input: { id: 'item-1', expectedVersion: 1, kind: 'MEMORY', title: 'Our trip to the seaside', occurredOn: '2019-07-27', words: mine } } },
        result: { errors: [new GraphQLError('Someone else changed this record since you opened it.', { extensions: { code: 'CONFLICT', currentVersion: 2, changedBy: 'Jo Carer-Worker', changedAt: '2026-11-20T09:05:00Z' } })] },
      },
      lifeStory([theirs]),
      {
        request: { query: UpdateLifeStoryItemDocument, variables: { input: { id: 'item-1', expectedVersion: 2, kind: 'MEMORY', title: 'The seaside with Nan', occurredOn: '2019-07-27', words: mine } } },
        result: { data: { updateLifeStoryItem: { ...theirs, version: 3, words: mine } } },
      },
      { ...lifeStory([{ ...theirs, version: 3, words: mine }]), maxUsageCount: Number.POSITIVE_INFINITY },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Change Our trip to the seaside' }));
    await user.type(screen.getByLabelText('Words (optional)'), ' Then it rained.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent(/Jo Carer-Worker changed this life story item on 20 November at 9:05\s?am, so your changes have not been saved yet\./);
    await user.click(screen.getByRole('button', { name: 'Reload and reapply my changes' }));
    expect(await screen.findByText(/Jo Carer-Worker changed the title\. Your changes have been put back/)).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('The seaside with Nan');
    expect(screen.getByLabelText('Words (optional)')).toHaveValue(mine);

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('“The seaside with Nan” has been saved.')).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
  });
});

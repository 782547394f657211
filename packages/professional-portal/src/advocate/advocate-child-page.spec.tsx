import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdvocateChildDocument, RaiseConcernToIroDocument } from '../gql/graphql';
import { meMock, person, renderPortal } from '../testing/render-portal';

const me = person('ADVOCATE', { displayName: 'Alex Advocate' });
const PATH = '/advocate/children/child-1';
const child = {
  request: { query: AdvocateChildDocument, variables: { id: 'child-1' } },
  result: { data: { advocateChild: { __typename: 'AdvocateChild', id: 'child-1', firstName: 'Amira', age: 12, lastReviewDate: null, nextReviewDate: null, sharedViews: [] } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const viewForm = () => screen.getByRole('form', { name: 'Write a view with Amira' });
const concernForm = () => screen.getByRole('form', { name: 'Raise a concern with Amira’s IRO' });

afterEach(() => localStorage.clear());

describe('the advocate’s forms keep unsaved words', () => {
  it('puts back a view and a concern left unsent, each in its own form, and a discarded one stays gone', async () => {
    const user = userEvent.setup();
    const first = renderPortal(PATH, [meMock(me), child]);
    await user.type(await within(await screen.findByRole('form', { name: 'Write a view with Amira' })).findByLabelText('What Amira wants to say'), 'I want to see my brother more');
    await user.click(within(viewForm()).getByLabelText('Their social worker'));
    await user.type(within(concernForm()).getByLabelText('Your concern'), 'Amira has not seen her brother for two months');
    first.unmount();

    renderPortal(PATH, [meMock(me), child]);
    const view = await screen.findByRole('form', { name: 'Write a view with Amira' });
    expect(within(view).getByLabelText('What Amira wants to say')).toHaveValue('I want to see my brother more');
    expect(within(view).getByLabelText('Their social worker')).not.toBeChecked();
    expect(within(view).getByLabelText('Their Independent Reviewing Officer')).toBeChecked();
    expect(within(view).getByRole('region', { name: 'Unsaved changes restored' })).toBeInTheDocument();
    expect(within(concernForm()).getByLabelText('Your concern')).toHaveValue('Amira has not seen her brother for two months');

    await user.click(within(view).getByRole('button', { name: 'discard them' }));
    expect(within(view).getByLabelText('What Amira wants to say')).toHaveValue('');
    expect(within(view).queryByRole('region', { name: 'Unsaved changes restored' })).toBeNull();
    expect(within(concernForm()).getByLabelText('Your concern')).toHaveValue('Amira has not seen her brother for two months');
    await waitFor(() => expect(Object.keys(localStorage)).toEqual([`fp:draft:${me.id}:advocate:child-1:concern`]));
  });

  it('warns before leaving with words not sent, and forgets the draft once it is sent', async () => {
    const user = userEvent.setup();
    const words = 'Amira has not seen her brother for two months';
    const { router } = renderPortal(PATH, [
      meMock(me),
      child,
      {
        request: { query: RaiseConcernToIroDocument, variables: { input: { childId: 'child-1', words } } },
        result: { data: { raiseConcernToIro: { __typename: 'ChildMessage', id: 'm1', raisedAt: '2026-11-24T10:00:00Z' } } },
      },
    ]);
    await user.type(await screen.findByLabelText('Your concern'), words);
    await user.click(screen.getByRole('link', { name: 'Back to your young people' }));
    expect(await screen.findByRole('alertdialog', { name: 'You have unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(PATH);

    await user.click(screen.getByRole('button', { name: 'Send to the IRO' }));
    expect(await screen.findByText('Your concern has been sent to Amira’s Independent Reviewing Officer.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your concern')).toHaveValue('');
    expect(localStorage.length).toBe(0);
    await user.click(screen.getByRole('link', { name: 'Back to your young people' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { writeDraft } from '../drafts/draft-store';
import { ChildDocument, UpdateChildDocument } from '../gql/graphql';
import { childAbilities, childRecord, meMock, person, renderPortal } from '../testing/render-portal';
import { toValues } from './child-details-form';
import { previousPermanenceRows } from './child-labels';

const me = person('SOCIAL_WORKER');
const childQuery = { query: ChildDocument, variables: { id: 'child-1' } };

afterEach(() => localStorage.clear());

describe('changing a child’s details', () => {
  it('on a CONFLICT, reloads the record and puts my change back on top of theirs', async () => {
    const user = userEvent.setup();
    const theirs = childRecord({ version: 4, school: 'Hillside Primary' });
    const saved = childRecord({ version: 5, school: 'Hillside Primary', religion: 'Muslim' });
    const { router } = renderPortal('/children/child-1/edit', [
      meMock(me),
      { request: childQuery, result: { data: { child: childRecord() } } },
      {
        request: { query: UpdateChildDocument, variables: { input: { id: 'child-1', expectedVersion: 3, religion: 'Muslim' } } },
        result: { errors: [new GraphQLError('Someone else changed this record since you opened it.', { extensions: { code: 'CONFLICT', currentVersion: 4 } })] },
      },
      { request: childQuery, result: { data: { child: theirs } } },
      { request: { query: UpdateChildDocument, variables: { input: { id: 'child-1', expectedVersion: 4, religion: 'Muslim' } } }, result: { data: { updateChild: saved } } },
      { request: childQuery, result: { data: { child: saved } } },
    ]);
    await user.type(await screen.findByLabelText('Religion'), 'Muslim');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('heading', { name: 'Someone else changed this record' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload and reapply my changes' }));
    expect(await screen.findByText(/The other person changed: School\./)).toBeInTheDocument();
    expect(screen.getByLabelText('School')).toHaveValue('Hillside Primary');
    expect(screen.getByLabelText('Religion')).toHaveValue('Muslim');

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1'));
    expect(localStorage.length).toBe(0);
  });

  it('keeps a draft while typing and puts it back after a sign-out', async () => {
    const user = userEvent.setup();
    const first = renderPortal('/children/child-1/edit', [meMock(me), { request: childQuery, result: { data: { child: childRecord() } } }]);
    await user.type(await screen.findByLabelText('Health needs'), 'Asthma');
    expect(localStorage.getItem(`fp:draft:${me.id}:child:child-1:details`)).toContain('Asthma');
    first.unmount();

    renderPortal('/children/child-1/edit', [meMock(me), { request: childQuery, result: { data: { child: childRecord({ version: 4, school: 'Hillside' }) } } }]);
    expect(await screen.findByRole('heading', { name: 'Unsaved changes restored' })).toBeInTheDocument();
    expect(screen.getByLabelText('Health needs')).toHaveValue('Asthma');
    expect(screen.getByLabelText('School')).toHaveValue('Hillside');
    await user.click(screen.getByRole('button', { name: 'discard them' }));
    expect(screen.getByLabelText('Health needs')).toHaveValue('');
  });

  it('does not put back another person’s draft', async () => {
    const base = toValues(childRecord());
    writeDraft('someone-else', 'child:child-1:details', { mine: { ...base, religion: 'X' }, base }, 3);
    renderPortal('/children/child-1/edit', [meMock(me), { request: childQuery, result: { data: { child: childRecord() } } }]);
    expect(await screen.findByLabelText('Religion')).toHaveValue('');
    expect(screen.queryByRole('heading', { name: 'Unsaved changes restored' })).toBeNull();
  });

  it('warns before leaving with unsaved changes', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal('/children/child-1/edit', [
      meMock(me),
      { request: childQuery, result: { data: { child: childRecord() } } },
      { request: childQuery, result: { data: { child: childRecord() } } },
    ]);
    await user.type(await screen.findByLabelText('School'), 'Hill');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(await screen.findByRole('alertdialog', { name: 'You have unsaved changes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/children/child-1/edit');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1'));
  });

  it('records previous permanence: the order, who made it and a date whose day is not known, sent together; and the record’s words for it', async () => {
    const user = userEvent.setup();
    const held = { previousPermanence: 'P2', previousPermanenceLa: '313', previousPermanenceDate: '2019-06-ZZ' };
    const saved = childRecord({ version: 4, ...held });
    const { router } = renderPortal('/children/child-1/edit', [
      meMock(me),
      { request: childQuery, result: { data: { child: childRecord() } } },
      { request: { query: UpdateChildDocument, variables: { input: { id: 'child-1', expectedVersion: 3, ...held } } }, result: { data: { updateChild: saved } } },
      { request: childQuery, result: { data: { child: saved } } },
    ]);
    await user.selectOptions(await screen.findByLabelText('Before this time in care'), 'P2');
    // An order without who made it and when is refused before it is sent (DfE rule 630).
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findAllByText(/Select the local authority that made the order/)).not.toHaveLength(0);
    await user.selectOptions(screen.getByLabelText('Local authority that made the order'), '313');
    const date = within(screen.getByRole('group', { name: /Date of the order/ }));
    await user.type(date.getByLabelText('Month'), '6');
    await user.type(date.getByLabelText('Year'), '2019');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1'));
    // What the record's Previous permanence card shows for it.
    expect(previousPermanenceRows(held)).toEqual([
      { key: 'Before this time in care', value: 'Special guardianship order (P2)' },
      { key: 'Order made by', value: 'Hounslow (313)' },
      { key: 'Date of the order', value: 'June 2019 (day not known)' },
    ]);
    expect(previousPermanenceRows({ previousPermanence: null })).toEqual([{ key: 'Before this time in care', value: 'Not recorded' }]);
  });

  it('does not offer the form to an IRO', async () => {
    renderPortal('/children/child-1/edit', [meMock(person('IRO')), { request: childQuery, result: { data: { child: childRecord({ abilities: childAbilities('IRO') }) } } }]);
    expect(await screen.findByRole('heading', { name: 'You cannot change this record' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { StartPlacementDocument, UpdatePlacementDocument } from '../gql/graphql';
import { placement, recordChild, recordMock } from '../testing/record-fixtures';
import { meMock, person, renderPortal } from '../testing/render-portal';

const me = person('SOCIAL_WORKER');
type User = ReturnType<typeof userEvent.setup>;

afterEach(() => localStorage.clear());

async function typeDate(user: User, name: RegExp, day: string, month: string, year: string) {
  const group = await screen.findByRole('group', { name });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

async function fillMove(user: User) {
  await user.selectOptions(await screen.findByLabelText('Why is the current placement ending?'), 'CREQO');
  await typeDate(user, /Date the new placement starts/, '1', '6', '2025');
  await user.click(screen.getByLabelText('Long-term foster care'));
  await user.type(screen.getByLabelText('Carer or home'), 'Kim Lee');
  await user.selectOptions(screen.getByLabelText('Who provides the placement'), 'PR4');
  await user.type(screen.getByLabelText('Ofsted number (URN) of the provider (optional)'), 'sc123456');
  await user.type(screen.getByLabelText('Postcode of the placement (optional)'), 'm4 5bb');
  await user.click(within(screen.getByRole('group', { name: 'Is it inside the council’s area?' })).getByLabelText('No'));
  await user.type(screen.getByLabelText('Weekly cost'), '£1,050.50');
}

const moveInput = {
  childId: 'child-1',
  type: 'LONG_TERM_FOSTER',
  carerName: 'Kim Lee',
  provider: 'PR4',
  urn: 'SC123456',
  postcode: 'M4 5BB',
  inArea: false,
  weeklyCost: 1050.5,
  startDate: '2025-06-01',
  reasonForChange: 'CREQO',
};

describe('recording a placement move', () => {
  it('lists every missing answer in the error summary and sends nothing', async () => {
    const user = userEvent.setup();
    renderPortal('/children/child-1/record/placements/move', [meMock(me), recordMock(recordChild())]);
    expect(await screen.findByText(/has lived with Jo and Sam Patel \(foster care\) since 15 January 2024/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the move' }));
    const summary = await screen.findByRole('alert');
    for (const message of [
      'Select why the current placement is ending',
      'Enter the date the new placement starts',
      'Select the type of placement',
      'Enter the name of the carer or home',
      'Select who provides the placement',
      'Select whether the placement is inside the council’s area',
      'Enter the weekly cost, or 0 if there is none',
    ]) {
      expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    }
    expect(document.title).toMatch(/^Error: Record a placement move/);
  });

  it('checks the answers as they are typed: a start before the current placement, a postcode, an Ofsted number, PR0 with foster care', async () => {
    const user = userEvent.setup();
    renderPortal('/children/child-1/record/placements/move', [meMock(me), recordMock(recordChild())]);
    await typeDate(user, /Date the new placement starts/, '1', '1', '2024');
    await user.tab();
    expect(await screen.findAllByText(/must be on or after the day the current placement started/)).not.toHaveLength(0);

    const postcode = screen.getByLabelText('Postcode of the placement (optional)');
    await user.type(postcode, 'not a postcode');
    await user.tab();
    expect(await screen.findAllByText(/Enter a real UK postcode/)).not.toHaveLength(0);
    await user.clear(postcode);
    await user.type(postcode, 'M4 5BB');
    await waitFor(() => expect(screen.queryByText(/Enter a real UK postcode/)).not.toBeInTheDocument());

    const urn = screen.getByLabelText('Ofsted number (URN) of the provider (optional)');
    await user.type(urn, 'SC12');
    await user.tab();
    expect(await screen.findAllByText(/Enter the Ofsted number as SC and 6 numbers/)).not.toHaveLength(0);
    await user.type(urn, '3456');
    await waitFor(() => expect(screen.queryByText(/Enter the Ofsted number as SC and 6 numbers/)).not.toBeInTheDocument());

    await user.click(screen.getByLabelText('Foster care'));
    await user.selectOptions(screen.getByLabelText('Who provides the placement'), 'PR0');
    await user.tab();
    expect(await screen.findAllByText(/Parents \(PR0\) can only provide a placement with parents/)).not.toHaveLength(0);
  });

  it('records the move with the SSDA903 fields and returns to the record with a success message', async () => {
    const user = userEvent.setup();
    const moved = placement({ id: 'placement-2', type: 'LONG_TERM_FOSTER', carerName: 'Kim Lee', startDate: '2025-06-01', provider: 'PR4', postcode: 'M4 5BB', inArea: false, weeklyCost: 1050.5 });
    const { router } = renderPortal('/children/child-1/record/placements/move', [
      meMock(me),
      recordMock(recordChild()),
      { request: { query: StartPlacementDocument, variables: { input: moveInput } }, result: { data: { startPlacement: moved } } },
    ]);
    await fillMove(user);
    expect(localStorage.getItem(`fp:draft:${me.id}:record:child-1:placement-move`)).toContain('Kim Lee');
    await user.click(screen.getByRole('button', { name: 'Record the move' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
    expect(await screen.findByText('The move to Kim Lee has been recorded.')).toBeInTheDocument();
    expect(localStorage.getItem(`fp:draft:${me.id}:record:child-1:placement-move`)).toBeNull();
  });

  it('puts the server’s error on the field it names', async () => {
    const user = userEvent.setup();
    renderPortal('/children/child-1/record/placements/move', [
      meMock(me),
      recordMock(recordChild()),
      {
        request: { query: StartPlacementDocument, variables: { input: moveInput } },
        result: { errors: [new GraphQLError('startDate overlaps the placement that ended on 2025-07-01.', { extensions: { code: 'BAD_USER_INPUT', field: 'startDate' } })] },
      },
    ]);
    await fillMove(user);
    await user.click(screen.getByRole('button', { name: 'Record the move' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'startDate overlaps the placement that ended on 2025-07-01.' })).toHaveAttribute('href', '#startDate');
  });

  it('asks no reason for a first placement', async () => {
    renderPortal('/children/child-1/record/placements/move', [meMock(me), recordMock(recordChild({ placements: [], currentPlacement: null }))]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Record a placement' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Why is the current placement ending?')).toBeNull();
  });
});

describe('changing a placement’s details', () => {
  it('sends only what changed, and on a CONFLICT reloads and puts my change back on top of theirs', async () => {
    const user = userEvent.setup();
    const theirs = recordChild({ placements: [placement({ version: 2, postcode: 'M2 2BB' })] });
    const { router } = renderPortal('/children/child-1/record/placements/placement-1', [
      meMock(me),
      recordMock(recordChild(), 1),
      {
        request: { query: UpdatePlacementDocument, variables: { input: { id: 'placement-1', expectedVersion: 1, weeklyCost: 500 } } },
        result: { errors: [new GraphQLError('Someone else changed this record since you opened it.', { extensions: { code: 'CONFLICT', currentVersion: 2 } })] },
      },
      recordMock(theirs),
      {
        request: { query: UpdatePlacementDocument, variables: { input: { id: 'placement-1', expectedVersion: 2, weeklyCost: 500 } } },
        result: { data: { updatePlacement: placement({ version: 3, postcode: 'M2 2BB', weeklyCost: 500 }) } },
      },
    ]);
    const cost = await screen.findByLabelText('Weekly cost');
    expect(cost).toHaveValue('450.00');
    await user.clear(cost);
    await user.type(cost, '500');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'Someone else changed this record' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload and reapply my changes' }));
    expect(await screen.findByText(/The other person changed: Postcode of the placement\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Postcode of the placement (optional)')).toHaveValue('M2 2BB');
    expect(screen.getByLabelText('Weekly cost')).toHaveValue('500');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
  });
});

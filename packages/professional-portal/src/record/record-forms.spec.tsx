import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import {
  AddNetworkMemberDocument,
  BrotherOrSisterCandidatesDocument,
  LinkBrotherOrSisterDocument,
  RecordLegalStatusDocument,
  RecordTogetherApartAssessmentDocument,
  SaveMatchingAreaDocument,
  SetKeepingInTouchPlanDocument,
} from '../gql/graphql';
import { networkMember, recordChild, recordMock, siblingLink } from '../testing/record-fixtures';
import { childAbilities, meMock, person, renderPortal } from '../testing/render-portal';

const me = person('SOCIAL_WORKER');
type User = ReturnType<typeof userEvent.setup>;

afterEach(() => localStorage.clear());

async function typeDate(user: User, name: RegExp, [day, month, year]: [string, string, string]) {
  const group = await screen.findByRole('group', { name });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

async function summaryLinks() {
  const summary = await screen.findByRole('alert');
  return within(summary)
    .getAllByRole('link')
    .map((a) => a.textContent);
}

describe('recording a change in legal status', () => {
  it('asks for the status and its start, then records it and returns to the record', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal('/children/child-1/record/legal-status/new', [
      meMock(me),
      recordMock(recordChild()),
      {
        request: { query: RecordLegalStatusDocument, variables: { input: { childId: 'child-1', status: 'FULL_CARE_ORDER', startDate: '2025-02-10' } } },
        result: { data: { recordLegalStatus: { __typename: 'LegalStatus', id: 'status-2', version: 1, status: 'FULL_CARE_ORDER', label: 'Full care order', startDate: '2025-02-10', endDate: null } } },
      },
    ]);
    expect(await screen.findByText(/The current legal status is interim care order, since 15 January 2024/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    expect(await summaryLinks()).toEqual(['Select the new legal status', 'Enter the date it started']);

    await user.click(screen.getByLabelText('Full care order'));
    await typeDate(user, /Date it started/, ['10', '2', '2023']);
    expect(await summaryLinks()).toEqual(['The date it started must be on or after the day the current status started']);
    const year = within(screen.getByRole('group', { name: /Date it started/ })).getByLabelText('Year');
    await user.clear(year);
    await user.type(year, '2025');
    await user.click(screen.getByRole('button', { name: 'Record the change' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
    expect(await screen.findByText('The change to full care order has been recorded.')).toBeInTheDocument();
  });
});

describe('brothers and sisters', () => {
  it('finds a brother or sister by name, links them and says so', async () => {
    const user = userEvent.setup();
    const adam = { __typename: 'Child', id: 'child-2', displayName: 'Adam Ahmed', age: 9 };
    const { router } = renderPortal('/children/child-1/record/brothers-and-sisters/new', [
      meMock(me),
      recordMock(recordChild()),
      {
        request: { query: BrotherOrSisterCandidatesDocument, variables: { name: 'Ahmed' } },
        result: { data: { children: { __typename: 'ChildConnection', edges: [{ __typename: 'ChildEdge', node: { ...adam, id: 'child-1', displayName: 'Amira Ahmed', age: 12 } }, { __typename: 'ChildEdge', node: adam }] } } },
      },
      {
        request: { query: LinkBrotherOrSisterDocument, variables: { input: { childId: 'child-1', otherChildId: 'child-2', relationship: 'HALF', livingTogether: true } } },
        result: { data: { linkBrotherOrSister: siblingLink({ relationship: 'HALF', livingTogether: true }) } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Link them' }));
    expect(await summaryLinks()).toEqual(['Find and select their brother or sister', 'Select how they are related', 'Select whether they live together']);

    // Enter in the search box searches; it does not send the form.
    await user.type(screen.getByLabelText('Find their brother or sister by name'), 'Ahmed{Enter}');
    const which = await screen.findByRole('group', { name: 'Which child?' });
    expect(within(which).queryByLabelText('Amira Ahmed, 12')).toBeNull();
    await user.click(within(which).getByLabelText('Adam Ahmed, 9'));
    await user.click(screen.getByLabelText('Half'));
    await user.click(within(screen.getByRole('group', { name: 'Do they live together?' })).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Link them' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
    expect(await screen.findByText('Adam Ahmed has been linked as Amira Ahmed’s brother or sister.')).toBeInTheDocument();
  });

  it('records a together or apart assessment', async () => {
    const user = userEvent.setup();
    const { router } = renderPortal('/children/child-1/record/brothers-and-sisters/link-1/assessment', [
      meMock(me),
      recordMock(recordChild({ brothersAndSisters: [siblingLink()] })),
      {
        request: { query: RecordTogetherApartAssessmentDocument, variables: { input: { linkId: 'link-1', assessedOn: '2025-03-03', outcome: 'TOGETHER_WHERE_POSSIBLE', reasons: 'Both children want to live together.' } } },
        result: { data: { recordTogetherApartAssessment: { __typename: 'TogetherApartAssessment', id: 'a-1', assessedOn: '2025-03-03', outcome: 'TOGETHER_WHERE_POSSIBLE', reasons: 'Both children want to live together.' } } },
      },
    ]);
    expect(await screen.findByText(/With Adam, 9\. There is no assessment yet\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }));
    expect(await summaryLinks()).toEqual(['Enter the date of the assessment', 'Select what the assessment decided', 'Enter the reasons for the decision']);
    await typeDate(user, /Date of the assessment/, ['3', '3', '2025']);
    await user.click(screen.getByLabelText('Together where possible'));
    await user.type(screen.getByLabelText('Reasons'), 'Both children want to live together.');
    await user.click(screen.getByRole('button', { name: 'Record the assessment' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
  });

  it('adds a keeping-in-touch plan, shown to the children only when chosen', async () => {
    const user = userEvent.setup();
    const input = { linkId: 'link-1', kind: 'DIRECT', frequency: 'Monthly', agreedBy: 'Review on 3 March 2026', arrangements: null, shareableWithChild: true };
    const { router } = renderPortal('/children/child-1/record/brothers-and-sisters/link-1/keeping-in-touch/new', [
      meMock(me),
      recordMock(recordChild({ brothersAndSisters: [siblingLink()] })),
      {
        request: { query: SetKeepingInTouchPlanDocument, variables: { input } },
        result: { data: { setKeepingInTouchPlan: { __typename: 'KeepingInTouchPlan', id: 'k-1', version: 1, ...input } } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Save the plan' }));
    expect(await summaryLinks()).toEqual([
      'Select how they will keep in touch',
      'Enter how often they will keep in touch',
      'Enter who agreed the plan',
      'Select whether the children can see this plan',
    ]);
    await user.click(screen.getByLabelText('Direct (seeing each other)'));
    await user.type(screen.getByLabelText('How often?'), 'Monthly');
    await user.type(screen.getByLabelText('Who agreed it?'), 'Review on 3 March 2026');
    await user.click(within(screen.getByRole('group', { name: /Can the children see this plan/ })).getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Save the plan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
  });
});

describe('family and network', () => {
  it('checks contact details as they are typed and adds the person', async () => {
    const user = userEvent.setup();
    const input = {
      childId: 'child-1',
      name: 'Fatima Ahmed',
      relationship: 'Maternal grandmother',
      kind: 'RELATIVE',
      phone: '07700 900982',
      email: null,
      address: null,
      consideredAsCarer: true,
      carerAssessmentOutcome: 'Viability assessment positive',
      sex: null,
      deceased: false,
      livesWithChild: false,
    };
    const { router } = renderPortal('/children/child-1/record/network/new', [
      meMock(me),
      recordMock(recordChild()),
      { request: { query: AddNetworkMemberDocument, variables: { input } }, result: { data: { addNetworkMember: networkMember({ phone: '07700 900982', consideredAsCarer: true }) } } },
    ]);
    const email = await screen.findByLabelText('Email address (optional)');
    await user.type(email, 'fatima@');
    await user.tab();
    expect(await screen.findAllByText('Enter an email address in the right format, like name@example.com')).not.toHaveLength(0);
    await user.clear(email);
    await waitFor(() => expect(screen.queryByText(/Enter an email address in the right format/)).toBeNull());

    await user.type(screen.getByLabelText('Name'), 'Fatima Ahmed');
    await user.type(screen.getByLabelText('Relationship to the child'), 'Maternal grandmother');
    await user.click(screen.getByLabelText('Relative'));
    await user.type(screen.getByLabelText('Phone number (optional)'), '07700 900982');
    await user.click(within(screen.getByRole('group', { name: 'Have they been considered as a carer?' })).getByLabelText('Yes'));
    await user.type(screen.getByLabelText('Outcome of the carer assessment (optional)'), 'Viability assessment positive');
    await user.click(screen.getByRole('button', { name: 'Add them' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/children/child-1/record'));
    expect(await screen.findByText('Fatima Ahmed has been added to Amira Ahmed’s family and network.')).toBeInTheDocument();
  });

  it('keeps a draft of a change and puts it back when the form opens again', async () => {
    const user = userEvent.setup();
    const child = recordChild({ familyNetwork: [networkMember()] });
    const first = renderPortal('/children/child-1/record/network/member-1', [meMock(me), recordMock(child)]);
    await user.type(await screen.findByLabelText('Phone number (optional)'), '0161 496 0000');
    first.unmount();
    renderPortal('/children/child-1/record/network/member-1', [meMock(me), recordMock(child)]);
    expect(await screen.findByRole('heading', { name: 'Unsaved changes restored' })).toBeInTheDocument();
    expect(screen.getByLabelText('Phone number (optional)')).toHaveValue('0161 496 0000');
  });
});

describe('the matching record', () => {
  it('saves an area the first time with no version, and shows a server error on its field', async () => {
    const user = userEvent.setup();
    const input = { childId: 'child-1', area: 'HEALTH', needs: 'Asthma; needs an inhaler at school', currentSupport: null, carerPotential: 'Experienced with asthma', childViews: null, inSupportPlan: true };
    renderPortal('/children/child-1/record/matching/health', [
      meMock(me),
      recordMock(recordChild()),
      {
        request: { query: SaveMatchingAreaDocument, variables: { input } },
        result: { errors: [new GraphQLError('carerPotential must be shorter than or equal to 10000 characters', { extensions: { code: 'BAD_USER_INPUT', field: 'input.carerPotential' } })] },
      },
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Matching record: Health' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Save this area' }));
    expect(await summaryLinks()).toEqual(['Enter the child’s needs in this area']);
    await user.type(screen.getByLabelText('The child’s needs'), 'Asthma; needs an inhaler at school');
    await user.type(screen.getByLabelText('The prospective carer’s potential to meet the needs (optional)'), 'Experienced with asthma');
    await user.click(screen.getByLabelText('Yes'));
    await user.click(screen.getByRole('button', { name: 'Save this area' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'carerPotential must be shorter than or equal to 10000 characters' })).toHaveAttribute('href', '#carerPotential');
  });
});

describe('who sees the controls', () => {
  it('an IRO reads the record with no controls to change it, and the forms say they cannot', async () => {
    const iro = person('IRO');
    // The API answers the IRO's abilities on this child: reading, no changes.
    const child = recordChild({ abilities: childAbilities('IRO'), brothersAndSisters: [siblingLink()], familyNetwork: [networkMember()] });
    const first = renderPortal('/children/child-1/record', [meMock(iro), recordMock(child)]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Matching record' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Record a placement/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Record a change in legal status' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Change|Fill in|Correct/ })).toBeNull();
    first.unmount();

    renderPortal('/children/child-1/record/placements/move', [meMock(iro), recordMock(child)]);
    expect(await screen.findByRole('heading', { name: 'You cannot change this record' })).toBeInTheDocument();
  });

  it('a social worker sees a control for each section', async () => {
    const child = recordChild({ brothersAndSisters: [siblingLink()], familyNetwork: [networkMember()] });
    renderPortal('/children/child-1/record', [meMock(me), recordMock(child)]);
    expect(await screen.findByRole('button', { name: 'Record a placement move' })).toHaveAttribute('href', '/children/child-1/record/placements/move');
    expect(screen.getByRole('button', { name: 'Record a change in legal status' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Link a brother or sister' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record an assessment with Adam' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Change Fatima Ahmed’s details' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fill in the matching record for health' })).toHaveAttribute('href', '/children/child-1/record/matching/health');
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { ChildAlertsDocument, ChildDocument, ChildMessagesDocument, CreateSubjectAccessExportDocument, RecordsDueForRetentionReviewDocument } from '../gql/graphql';
import { childRecord, meMock, person, renderPortal, childAbilities } from '../testing/render-portal';

const childQuery = { request: { query: ChildDocument, variables: { id: 'child-1' } }, result: { data: { child: childRecord({ abilities: childAbilities('HEAD_OF_SERVICE') }) } }, maxUsageCount: 5 };
const alerts = { request: { query: ChildAlertsDocument, variables: { id: 'child-1' } }, result: { data: { child: { __typename: 'Child', id: 'child-1', alerts: [], suggestions: [] } } }, maxUsageCount: 5 };
// The child's page also lists the child's messages: none here, so its only problem box is the export's.
const messages = {
  request: { query: ChildMessagesDocument, variables: { id: 'child-1' } },
  result: { data: { child: { __typename: 'Child', id: 'child-1', displayName: 'Amira Khan', messages: [] } } },
  maxUsageCount: 5,
};
const REASON = 'Letter from Amira received 3 March asking for her file';

describe('subject access export on the child page', () => {
  it('asks the head of service why, then offers the PDF and JSON downloads', async () => {
    const user = userEvent.setup();
    renderPortal('/children/child-1', [
      meMock(person('HEAD_OF_SERVICE', { displayName: 'Harriet Head' })),
      childQuery,
      alerts,
      messages,
      {
        request: { query: CreateSubjectAccessExportDocument, variables: { input: { childId: 'child-1', reason: REASON } } },
        result: {
          data: {
            createSubjectAccessExport: {
              __typename: 'SubjectAccessExport', id: 'x-1', childId: 'child-1', producedAt: '2026-11-24T10:00:00.000Z', reason: REASON, schemaVersion: 1,
              pdfUrl: '/exports/subject-access/x-1.pdf?expires=1&sig=a', jsonUrl: '/exports/subject-access/x-1.json?expires=1&sig=b',
            },
          },
        },
      },
    ]);
    const card = (await screen.findByRole('heading', { name: 'Subject access export' })).closest('.govuk-summary-card') as HTMLElement;
    // Too short a reason is stopped here, with the GOV.UK error pattern.
    await user.type(within(card).getByLabelText('Why are you making this export?'), 'asked');
    await user.click(within(card).getByRole('button', { name: 'Make the export' }));
    expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();

    await user.clear(within(card).getByLabelText('Why are you making this export?'));
    await user.type(within(card).getByLabelText('Why are you making this export?'), REASON);
    await user.click(within(card).getByRole('button', { name: 'Make the export' }));
    expect(await within(card).findByRole('link', { name: /Download the PDF/ })).toHaveAttribute('href', '/exports/subject-access/x-1.pdf?expires=1&sig=a');
    expect(within(card).getByRole('link', { name: /Download the JSON file/ })).toHaveAttribute('href', '/exports/subject-access/x-1.json?expires=1&sig=b');
    expect(within(card).getByText(`Reason: ${REASON}`)).toBeInTheDocument();
  });

  it('shows the server’s refusal', async () => {
    const user = userEvent.setup();
    renderPortal('/children/child-1', [
      meMock(person('HEAD_OF_SERVICE')),
      childQuery,
      alerts,
      messages,
      {
        request: { query: CreateSubjectAccessExportDocument, variables: { input: { childId: 'child-1', reason: REASON } } },
        result: { errors: [new GraphQLError('Child not found.', { extensions: { code: 'NOT_FOUND' } })] },
      },
    ]);
    await user.type(await screen.findByLabelText('Why are you making this export?'), REASON);
    await user.click(screen.getByRole('button', { name: 'Make the export' }));
    expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getAllByText('Child not found.').length).toBeGreaterThan(0);
  });

  it('is not offered to a social worker', async () => {
    // The API answers the worker's abilities on this child: no subject access export.
    const workersChild = { ...childQuery, result: { data: { child: childRecord({ abilities: childAbilities('SOCIAL_WORKER') }) } } };
    renderPortal('/children/child-1', [meMock(person('SOCIAL_WORKER')), workersChild, alerts, messages]);
    expect(await screen.findByRole('heading', { name: 'Amira Ahmed' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Subject access export' })).toBeNull();
  });
});

describe('retention review', () => {
  const due = (withinDays: number, rows: object[]) => ({
    request: { query: RecordsDueForRetentionReviewDocument, variables: { withinDays } },
    result: { data: { recordsDueForRetentionReview: rows, retentionSettings: { __typename: 'RetentionSettings', lookedAfterUntilAge: 75, adoptionYears: 100 } } },
  });
  const row = {
    __typename: 'RetentionReviewEntry', childId: 'old-1', localId: 'OLD1', name: 'Olive Old', dateOfBirth: '1940-01-01', keepUntil: '2015-01-01',
    rule: 'LOOKED_AFTER', ruleFrom: '1940-01-01', overdue: true,
  };

  it('is in the head of service’s navigation and lists records with the date and the rule', async () => {
    const user = userEvent.setup();
    renderPortal('/retention-review', [meMock(person('HEAD_OF_SERVICE')), due(365, [row]), due(0, [])]);
    const nav = await screen.findByRole('navigation', { name: /menu|navigation/i });
    expect(within(nav).getByRole('link', { name: 'Retention review' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '1 records due for review' });
    const cells = within(table).getAllByRole('row').slice(1).flatMap((r) => [...r.children].map((c) => c.textContent));
    expect(cells).toEqual(['OLD1', 'Olive Old', '1 January 1940', '1 January 2015', 'Child looked after: kept until the birthday the council sets (from 1 January 1940)', 'Past its date']);
    expect(within(table).getByRole('link', { name: 'Olive Old' })).toHaveAttribute('href', '/children/old-1');
    await user.selectOptions(screen.getByLabelText('Show'), '0');
    expect(await screen.findByText('No records are at or near their retention date.')).toBeInTheDocument();
  });

  it('shows an administrator case references only', async () => {
    renderPortal('/retention-review', [meMock(person('ADMINISTRATOR')), due(365, [{ ...row, name: null, dateOfBirth: null, ruleFrom: null }])]);
    const table = await screen.findByRole('table', { name: '1 records due for review' });
    expect(within(table).queryByRole('columnheader', { name: 'Name' })).toBeNull();
    expect(within(table).getAllByRole('row').slice(1).flatMap((r) => [...r.children].map((c) => c.textContent))).toEqual(['OLD1', '1 January 2015', 'Child looked after: kept until the birthday the council sets', 'Past its date']);
  });

  it('is not for a social worker', async () => {
    renderPortal('/retention-review', [meMock(person('SOCIAL_WORKER'))]);
    expect(await screen.findByRole('heading', { name: 'You cannot see this page' })).toBeInTheDocument();
  });
});

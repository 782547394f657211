import { screen, within } from '@testing-library/react';
import { ChildAlertsDocument, ChildDocument } from '../gql/graphql';
import { childRecord, meMock, person, renderPortal } from '../testing/render-portal';

const childQuery = { query: ChildDocument, variables: { id: 'child-1' } };
const alerts = { request: { query: ChildAlertsDocument, variables: { id: 'child-1' } }, result: { data: { child: { __typename: 'Child', id: 'child-1', alerts: [], suggestions: [] } } }, maxUsageCount: 5 };

describe('where a child’s record came from', () => {
  it('names the return and the time it was imported', async () => {
    renderPortal('/children/child-1', [
      meMock(person('HEAD_OF_SERVICE')),
      alerts,
      { request: childQuery, result: { data: { child: childRecord({ importedFrom: 'SSDA903 return 2024/25 (2025)', importedAt: '2026-11-24T09:00:00.000Z' }) } } },
    ]);
    const card = (await screen.findByRole('heading', { name: 'Where this record came from' })).closest('.govuk-summary-card') as HTMLElement;
    expect(within(card).getByText('SSDA903 return 2024/25 (2025)')).toBeInTheDocument();
    expect(within(card).getByText('24 November 2026, 9:00am')).toBeInTheDocument();
  });

  it('is not shown for a record made in the product', async () => {
    renderPortal('/children/child-1', [meMock(person('HEAD_OF_SERVICE')), alerts, { request: childQuery, result: { data: { child: childRecord() } } }]);
    expect(await screen.findByRole('heading', { name: 'Personal details' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Where this record came from' })).not.toBeInTheDocument();
  });
});

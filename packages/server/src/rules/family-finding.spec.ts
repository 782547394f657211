import { familyFindingTimescales, type FamilyFindingReferralFact } from './family-finding';
import { RULE_SOURCES } from './sources';

const referral = (r: Partial<FamilyFindingReferralFact>): FamilyFindingReferralFact => ({
  team: 'REGIONAL_ADOPTION_AGENCY', referredOn: '2025-01-06', status: 'SEARCHING', statusOn: '2025-01-06', ...r,
});
const dates = (r: FamilyFindingReferralFact, placementOrderOn: string | null = null) =>
  Object.fromEntries(familyFindingTimescales(r, placementOrderOn).map((t) => [t.key, t.dueDate]));

describe('family-finding timescales (Dorset 5 and 8, Telford 1.6)', () => {
  it.each([
    // [referral, placement order, timescales]
    [referral({}), null, { SEARCH_REVIEW: '2025-03-31', NATIONAL_REGISTER: '2025-04-06' }],
    // Scorecard A2: 121 days from the placement order to the match.
    [referral({}), '2025-02-03', { SEARCH_REVIEW: '2025-03-31', NATIONAL_REGISTER: '2025-04-06', MATCH: '2025-06-04' }],
    // A status change moves the search's next review to the next 12-week point.
    [referral({ statusOn: '2025-04-01' }), null, { SEARCH_REVIEW: '2025-06-23', NATIONAL_REGISTER: '2025-04-06' }],
    // Long-term fostering through the family-finding team: the search review only.
    [referral({ team: 'FAMILY_FINDING' }), '2025-02-03', { SEARCH_REVIEW: '2025-03-31' }],
    [referral({ team: 'PLACEMENT_BROKERAGE', referredOn: '2024-12-31', statusOn: '2024-12-31' }), null, { SEARCH_REVIEW: '2025-03-25' }],
    // Matched or closed: nothing more is due.
    [referral({ status: 'MATCHED' }), '2025-02-03', {}],
    [referral({ status: 'CLOSED' }), null, {}],
  ])('%j with placement order %s is due %j', (r, order, expected) => {
    expect(dates(r, order)).toEqual(expected);
  });

  it('cites the regional adoption agency and the plan review', () => {
    const [review, register] = familyFindingTimescales(referral({}), null);
    expect(review.source).toBe(RULE_SOURCES.planReview);
    expect(register.source).toMatchObject({ council: 'Dorset', section: '8' });
  });
});

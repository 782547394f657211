import { familyFindingPosition, familyFindingTimescales, type FamilyFindingReferralFact } from './family-finding';
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

describe('where family finding stands for the tracker (Dorset 5 and 8)', () => {
  // Referred Monday 6 January 2025: the 12-week search review is due 31 March; the match 121 days after a placement order.
  it.each([
    ['no referral', [], null, '2025-02-01', null],
    ['searching, review not yet due', [referral({})], null, '2025-03-31', { team: 'REGIONAL_ADOPTION_AGENCY', status: 'SEARCHING', overdue: false }],
    ['searching, review passed', [referral({})], null, '2025-04-01', { team: 'REGIONAL_ADOPTION_AGENCY', status: 'SEARCHING', overdue: true }],
    // The national register prompt (6 April) alone does not make it overdue; the match due 121 days after 1 January does (2 May; the next search review is 26 May).
    ['match overdue after the placement order', [referral({ statusOn: '2025-04-28' })], '2025-01-01', '2025-05-03', { team: 'REGIONAL_ADOPTION_AGENCY', status: 'SEARCHING', overdue: true }],
    ['on the match day itself, not yet overdue', [referral({ statusOn: '2025-04-28' })], '2025-01-01', '2025-05-02', { team: 'REGIONAL_ADOPTION_AGENCY', status: 'SEARCHING', overdue: false }],
    ['matched: nothing overdue', [referral({ status: 'MATCHED', statusOn: '2025-02-01' })], null, '2025-06-01', { team: 'REGIONAL_ADOPTION_AGENCY', status: 'MATCHED', overdue: false }],
    ['the open referral over a closed one after it', [referral({ team: 'FAMILY_FINDING' }), referral({ team: 'PLACEMENT_BROKERAGE', status: 'CLOSED', statusOn: '2025-02-01' })], null, '2025-02-10', { team: 'FAMILY_FINDING', status: 'SEARCHING', overdue: false }],
    ['a referral dated after today is not counted', [referral({ referredOn: '2025-03-01', statusOn: '2025-03-01' })], null, '2025-02-10', null],
  ] as const)('%s', (_name, referrals, placementOrderOn, today, expected) => {
    expect(familyFindingPosition(referrals, placementOrderOn, today)).toEqual(expected);
  });
});

import type { FamilyFindingTeam, ReferralStatus } from '@forever-planning/shared';
import { addDays, addMonths, addWeeks, type IsoDate } from './iso-date';
import { RULE_SOURCES, type RuleSource } from './sources';

/**
 * Timescales for a referral to the family-finding team, placement brokerage
 * or the regional adoption agency. A search is looked at again at each
 * 12-week plan review until permanence is achieved (Dorset 5). With the
 * regional adoption agency (Dorset 8) the child is referred to the national
 * register when no match is in view three months after the referral
 * (adoption statutory guidance), and the match is due within 121 days of the
 * placement order (adoption scorecard A2).
 */
export const FAMILY_FINDING = {
  searchReviewWeeks: 12,
  registerReferralMonths: 3,
  placementOrderToMatchDays: 121,
} as const;

export interface FamilyFindingReferralFact {
  team: FamilyFindingTeam;
  referredOn: IsoDate;
  status: ReferralStatus;
  /** The day the status last changed. */
  statusOn: IsoDate;
}

export interface FamilyFindingTimescale {
  key: 'SEARCH_REVIEW' | 'NATIONAL_REGISTER' | 'MATCH';
  label: string;
  dueDate: IsoDate;
  source: RuleSource;
}

/** Open until matched or closed. */
export const isOpenReferral = (r: { status: ReferralStatus }): boolean => r.status !== 'MATCHED' && r.status !== 'CLOSED';

/** The dates a referral is due to have moved on by; none once it is matched or closed. */
export function familyFindingTimescales(referral: FamilyFindingReferralFact, placementOrderOn: IsoDate | null): FamilyFindingTimescale[] {
  if (!isOpenReferral(referral)) return [];
  // The next 12-week review of the search on or after today (the first one 12 weeks after referral).
  let review = addWeeks(referral.referredOn, FAMILY_FINDING.searchReviewWeeks);
  const since = referral.statusOn > referral.referredOn ? referral.statusOn : referral.referredOn;
  while (review <= since) review = addWeeks(review, FAMILY_FINDING.searchReviewWeeks);
  const out: FamilyFindingTimescale[] = [{ key: 'SEARCH_REVIEW', label: 'Review the search at the 12-week plan review', dueDate: review, source: RULE_SOURCES.planReview }];
  if (referral.team === 'REGIONAL_ADOPTION_AGENCY') {
    out.push({ key: 'NATIONAL_REGISTER', label: 'Refer to the national adoption register if no match is in view', dueDate: addMonths(referral.referredOn, FAMILY_FINDING.registerReferralMonths), source: RULE_SOURCES.adoptionAgency });
    if (placementOrderOn) {
      out.push({ key: 'MATCH', label: `Match within ${FAMILY_FINDING.placementOrderToMatchDays} days of the placement order`, dueDate: addDays(placementOrderOn, FAMILY_FINDING.placementOrderToMatchDays), source: RULE_SOURCES.adoptionAgency });
    }
  }
  return out;
}

/** Where family finding stands for the tracker: the open referral (else the last one), and whether a date it should have moved on by has passed. */
export interface FamilyFindingPosition {
  team: FamilyFindingTeam;
  status: ReferralStatus;
  /** The search review or the match is overdue (the national register is a prompt, as in the alerts). */
  overdue: boolean;
}

export function familyFindingPosition(referrals: readonly FamilyFindingReferralFact[], placementOrderOn: IsoDate | null, today: IsoDate): FamilyFindingPosition | null {
  const current = referrals.filter((r) => r.referredOn <= today && isOpenReferral(r)).at(-1) ?? referrals.filter((r) => r.referredOn <= today).at(-1);
  if (!current) return null;
  const overdue = familyFindingTimescales(current, placementOrderOn).some((t) => t.key !== 'NATIONAL_REGISTER' && t.dueDate < today);
  return { team: current.team, status: current.status, overdue };
}

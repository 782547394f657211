import { PLAN_OPTION_LABELS, writtenDate, type PlanOption } from '@forever-planning/shared';
import type { ChildFacts, PlacementFact } from './child-facts';
import { currentPlacement, currentPlan, factsAsOf, isLongTermFosteringConfirmed } from './clocks';
import { addMonths, addYears, ageInYears, daysBetween, maxDate, minDate, type IsoDate } from './iso-date';
import { NATIONAL_DEFAULT_PROFILE, profileInForce, type PolicyInput } from './policy-profile';
import { RULE_SOURCES, type RuleId, type RuleSource } from './sources';
import { carerAssessment, type NetworkPerson } from './who-may-apply';

/** Bolton 4: the order in which options are considered, first to last. */
export const ORDER_OF_CONSIDERATION: readonly PlanOption[] = [
  'REMAIN_WITH_PARENTS',
  'REUNIFICATION',
  'SHARED_CARE',
  'KINSHIP_CARE',
  'ADOPTION',
  'EARLY_PERMANENCE',
  'LONG_TERM_FOSTERING',
  'SPECIAL_GUARDIANSHIP',
  'CHILD_ARRANGEMENTS_ORDER',
  'STAYING_PUT',
  'SUPPORTED_LODGINGS',
  'RESIDENTIAL_CARE',
];

/** Sorts options into the order of consideration. */
export function inOrderOfConsideration(options: readonly PlanOption[]): PlanOption[] {
  return [...options].sort((a, b) => ORDER_OF_CONSIDERATION.indexOf(a) - ORDER_OF_CONSIDERATION.indexOf(b));
}

export type AgeBand = 'UNDER_7' | '7_TO_10' | '11_TO_15' | '16_PLUS';

export function ageBand(age: number): AgeBand {
  if (age < 7) return 'UNDER_7';
  if (age <= 10) return '7_TO_10';
  if (age <= 15) return '11_TO_15';
  return '16_PLUS';
}

export interface AgeOption {
  option: PlanOption;
  note: string | null;
}

const KIN_OPTIONS: readonly AgeOption[] = [
  { option: 'SPECIAL_GUARDIANSHIP', note: null },
  { option: 'CHILD_ARRANGEMENTS_ORDER', note: null },
  { option: 'KINSHIP_CARE', note: 'Formal approved kinship foster care, or a care order with a possible move to special guardianship' },
];
const PATHWAY_OPTIONS: readonly AgeOption[] = [
  { option: 'REUNIFICATION', note: 'Return to birth family' },
  { option: 'KINSHIP_CARE', note: 'Kinship placement' },
  { option: 'STAYING_PUT', note: 'Long-term fostering (staying put)' },
  { option: 'SUPPORTED_LODGINGS', note: 'Semi-independent provision' },
];
const SGO_WITH_FOSTER_CARER: AgeOption = { option: 'SPECIAL_GUARDIANSHIP', note: 'With the existing foster carer' };

/** Bolton Appendix B: the grid of options by age, with and without kinship carers. */
export const OPTIONS_BY_AGE: Readonly<Record<AgeBand, { withKin: readonly AgeOption[]; withoutKin: readonly AgeOption[] }>> = {
  UNDER_7: {
    withKin: KIN_OPTIONS,
    withoutKin: [
      { option: 'ADOPTION', note: null },
      { option: 'LONG_TERM_FOSTERING', note: 'Needs head of service approval if the child is under five' },
    ],
  },
  '7_TO_10': {
    withKin: KIN_OPTIONS,
    withoutKin: [{ option: 'ADOPTION', note: null }, { option: 'LONG_TERM_FOSTERING', note: null }, SGO_WITH_FOSTER_CARER],
  },
  '11_TO_15': {
    withKin: KIN_OPTIONS,
    withoutKin: [{ option: 'LONG_TERM_FOSTERING', note: null }, SGO_WITH_FOSTER_CARER],
  },
  // 16+: decided with the young person through the pathway plan, kin or not.
  '16_PLUS': { withKin: PATHWAY_OPTIONS, withoutKin: PATHWAY_OPTIONS },
};

export function optionsForAge(age: number, kinshipCarerAvailable: boolean): readonly AgeOption[] {
  const row = OPTIONS_BY_AGE[ageBand(age)];
  return kinshipCarerAvailable ? row.withKin : row.withoutKin;
}

/**
 * Long-term fostering for a child under five needs head of service approval
 * (Bolton Appendix B). The plan approval workflow calls this with the date of
 * approval.
 */
/**
 * Whether a child is old enough, under the council's policy on `on`, for
 * their own portal account and for a plan to be shared with them.
 */
export function oldEnoughForOwnAccess(dateOfBirth: IsoDate, on: IsoDate, policy: PolicyInput = NATIONAL_DEFAULT_PROFILE): boolean {
  return ageInYears(dateOfBirth, on) >= profileInForce(policy, on).childOwnAccessFromAge;
}

export function requiresHeadOfServiceApproval(
  option: PlanOption | null,
  dateOfBirth: IsoDate,
  on: IsoDate,
  policy: PolicyInput = NATIONAL_DEFAULT_PROFILE,
): boolean {
  return option === 'LONG_TERM_FOSTERING' && ageInYears(dateOfBirth, on) < profileInForce(policy, on).longTermFosteringApprovalUnderAge;
}

// ---- Who may apply (Dorset 7.5, 7.6) ----

export type ApplicantRelationship = 'PARENT' | 'GUARDIAN' | 'FOSTER_CARER' | 'RELATIVE' | 'STEP_PARENT' | 'OTHER';

export interface Applicant {
  relationship: ApplicantRelationship;
  /** Matched against PlacementFact.carerName to find when the child lived with them. */
  carerName?: string;
  holdsChildArrangementsOrder?: boolean;
  /** Consent of everyone in whose favour a child arrangements order is in force. */
  hasConsentOfOrderHolders?: boolean;
  /** The council's consent (child subject to a care order). */
  hasCouncilConsent?: boolean;
  hasConsentOfAllWithParentalResponsibility?: boolean;
  /** A party to a marriage in which the child was brought up as a child of the family. */
  marriedWithChildOfFamily?: boolean;
}

export interface Eligibility {
  eligible: boolean;
  /** Every route that lets this person apply; empty when none does. */
  reasons: string[];
  source: RuleSource;
}

/** Days the child lived with `carerName` between `from` and `to`. */
export function daysLivedWith(placements: readonly PlacementFact[], carerName: string, from: IsoDate, to: IsoDate): number {
  return placements
    .filter((p) => p.carerName === carerName)
    .reduce((total, p) => {
      const start = maxDate(p.startDate, from);
      const end = minDate(p.endDate ?? to, to);
      return total + Math.max(0, daysBetween(start, end));
    }, 0);
}

function livedWithThreeOfFive(placements: readonly PlacementFact[], carerName: string, on: IsoDate): boolean {
  const threeYears = daysBetween(addYears(on, -3), on);
  return daysLivedWith(placements, carerName, addYears(on, -5), on) >= threeYears;
}

const FOSTER_TYPES: readonly PlacementFact['type'][] = ['FOSTER_CARE', 'LONG_TERM_FOSTER', 'FOSTERING_FOR_ADOPTION', 'CONNECTED_PERSON'];

function fosteredForYearBefore(placements: readonly PlacementFact[], carerName: string, on: IsoDate): boolean {
  const fostering = placements.filter((p) => FOSTER_TYPES.includes(p.type));
  return daysLivedWith(fostering, carerName, addYears(on, -1), on) >= daysBetween(addYears(on, -1), on);
}

function underCareOrder(facts: ChildFacts): boolean {
  return facts.legalStatuses.some((s) => (s.status === 'FULL_CARE_ORDER' || s.status === 'INTERIM_CARE_ORDER' || s.status === 'PLACEMENT_ORDER') && s.endDate === null);
}

/** Dorset 7.5: who may apply for a special guardianship order on `on`. A parent never may. */
export function mayApplyForSpecialGuardianship(facts: ChildFacts, applicant: Applicant, on: IsoDate): Eligibility {
  const source = RULE_SOURCES.specialGuardianshipApplicants;
  if (applicant.relationship === 'PARENT') return { eligible: false, reasons: [], source };
  const f = factsAsOf(facts, on);
  const name = applicant.carerName;
  const reasons = [
    applicant.relationship === 'GUARDIAN' && 'A guardian of the child',
    name && applicant.relationship === 'FOSTER_CARER' && fosteredForYearBefore(f.placements, name, on) && 'A foster carer the child has lived with for the year before',
    applicant.holdsChildArrangementsOrder && applicant.hasConsentOfOrderHolders && 'Holds a child arrangements order, with the consent of all order holders',
    name && livedWithThreeOfFive(f.placements, name, on) && 'The child has lived with them for 3 of the last 5 years',
    underCareOrder(f) && applicant.hasCouncilConsent && "The child is under a care order and the council consents",
    applicant.hasConsentOfAllWithParentalResponsibility && 'Has the consent of everyone with parental responsibility',
  ].filter((r): r is string => typeof r === 'string');
  return { eligible: reasons.length > 0, reasons, source };
}

/** Dorset 7.6: who may apply for a child arrangements order on `on` (a parent may). */
export function mayApplyForChildArrangementsOrder(facts: ChildFacts, applicant: Applicant, on: IsoDate): Eligibility {
  const f = factsAsOf(facts, on);
  const name = applicant.carerName;
  // Three years with them, begun no more than 5 years ago and ended no more than 3 months ago.
  const recent = name !== undefined && daysLivedWith(f.placements, name, addMonths(on, -3), on) > 0;
  const reasons = [
    (applicant.relationship === 'PARENT' || applicant.relationship === 'GUARDIAN') && 'A parent or guardian',
    applicant.marriedWithChildOfFamily && 'A party to a marriage in which the child was brought up as a child of the family',
    name && recent && livedWithThreeOfFive(f.placements, name, on) && 'The child has lived with them for 3 years within the last 5',
    name && applicant.relationship === 'FOSTER_CARER' && fosteredForYearBefore(f.placements, name, on) && 'A council foster carer the child has lived with for 1 year',
  ].filter((r): r is string => typeof r === 'string');
  return { eligible: reasons.length > 0, reasons, source: RULE_SOURCES.childArrangementsApplicants };
}

// ---- Suggestions ----

export const SUGGESTION_CODES = [
  'CONSIDER_OPTIONS_FOR_AGE',
  'OFFER_FAMILY_GROUP_CONFERENCE',
  'PATHWAY_PLAN_IS_PERMANENCE_PLAN',
  'FOLLOW_ADOPTION_ROUTE',
  'HEAD_OF_SERVICE_APPROVAL_NEEDED',
  'REVIEW_REUNIFICATION_PLAN',
  'CONSIDER_EARLIER_OPTION',
  'CONSIDER_SGO_WITH_FOSTER_CARER',
] as const;
export type SuggestionCode = (typeof SUGGESTION_CODES)[number];

export interface Suggestion {
  code: SuggestionCode;
  title: string;
  reasons: string[];
  options: PlanOption[];
  source: RuleSource;
}

function suggestion(code: SuggestionCode, title: string, reasons: string[], rule: RuleId, options: PlanOption[] = []): Suggestion {
  return { code, title, reasons, options, source: RULE_SOURCES[rule] };
}

/** Decision support for one looked-after child on `today`: each suggestion says why and where the rule comes from. */
export function suggestionsForChild(facts: ChildFacts, policy: PolicyInput, today: IsoDate, network: readonly NetworkPerson[] = []): Suggestion[] {
  const f = factsAsOf(facts, today);
  if (!f.dateLookedAfter || f.dateCeasedLookedAfter) return [];
  const profile = profileInForce(policy, today);
  const age = ageInYears(f.dateOfBirth, today);
  // Family and friends still being assessed as carers keep the kinship options open (parallel planning): "no kinship carer" is not yet known.
  const underWay = f.kinshipCarerAvailable === true ? [] : network.filter((p) => carerAssessment(p) === 'UNDER_WAY');
  const kin = f.kinshipCarerAvailable === true || underWay.length > 0;
  const kinReason =
    f.kinshipCarerAvailable === true
      ? 'A kinship carer is available'
      : underWay.length > 0
        ? `An assessment of ${underWay.map((p) => `${p.name} (${p.relationship.trim().toLowerCase()})`).join(' and ')} as ${underWay.length === 1 ? 'a carer is' : 'carers is'} under way: keep the kinship options open until it ends`
        : f.kinshipCarerAvailable === false
          ? 'No kinship carer is available'
          : 'No kinship carer is recorded yet';
  const plan = currentPlan(f);
  const out: Suggestion[] = [];

  if (age >= profile.pathwayPlanFromAge) {
    out.push(suggestion('PATHWAY_PLAN_IS_PERMANENCE_PLAN', 'The pathway plan is the permanence plan', [`Aged ${age}: the needs assessment and pathway plan form the permanence plan, decided with the young person`], 'pathwayPlan', optionsForAge(age, kin).map((o) => o.option)));
  } else {
    const options = optionsForAge(age, kin);
    out.push(suggestion('CONSIDER_OPTIONS_FOR_AGE', 'Options to consider for this age', [`Aged ${age}`, kinReason, ...options.filter((o) => o.note).map((o) => `${PLAN_OPTION_LABELS[o.option]}: ${o.note}`)], 'optionsByAge', options.map((o) => o.option)));
    if (!f.meetings.some((m) => m.type === 'FAMILY_GROUP_CONFERENCE')) {
      out.push(suggestion('OFFER_FAMILY_GROUP_CONFERENCE', 'Offer a family group conference', ['Offered at every age under 16', 'None recorded'], 'familyGroupConference'));
    }
  }

  if (age < profile.adoptionRouteUnderAge && f.carerCannotConsiderSgo) {
    out.push(suggestion('FOLLOW_ADOPTION_ROUTE', 'Follow the adoption route', [`Aged ${age}: under ${profile.adoptionRouteUnderAge}`, 'The carer cannot consider special guardianship'], 'adoptionRouteUnderFour', ['ADOPTION', 'EARLY_PERMANENCE']));
  }

  if (plan && requiresHeadOfServiceApproval(plan.primaryOption, f.dateOfBirth, today, policy) && !plan.headOfServiceApprovedAt) {
    out.push(suggestion('HEAD_OF_SERVICE_APPROVAL_NEEDED', 'Long-term fostering needs head of service approval', [`Aged ${age}: under ${profile.longTermFosteringApprovalUnderAge}`, 'No head of service approval recorded'], 'headOfServiceUnderFive', ['LONG_TERM_FOSTERING']));
  }

  const reunificationBy = addMonths(f.dateLookedAfter, profile.reunificationMonths);
  if (plan?.primaryOption === 'REUNIFICATION' && today > reunificationBy) {
    out.push(suggestion('REVIEW_REUNIFICATION_PLAN', 'Reunification has taken longer than 6 months', [`Looked after since ${writtenDate(f.dateLookedAfter)}`, `Return home is most likely by ${writtenDate(reunificationBy)}`, 'Check the contingency is being progressed'], 'reunificationTimescale', [...plan.contingencyOptions]));
  }

  if (plan?.primaryOption) {
    const rank = ORDER_OF_CONSIDERATION.indexOf(plan.primaryOption);
    const earlier = optionsForAge(age, kin)
      .map((o) => o.option)
      .filter((o) => ORDER_OF_CONSIDERATION.indexOf(o) < rank && !plan.contingencyOptions.includes(o));
    if (earlier.length > 0) {
      out.push(suggestion('CONSIDER_EARLIER_OPTION', 'Options earlier in the order of consideration are not in the plan', [`Primary option: ${PLAN_OPTION_LABELS[plan.primaryOption].toLowerCase()}`, `Not yet in the plan: ${inOrderOfConsideration(earlier).map((o) => PLAN_OPTION_LABELS[o].toLowerCase()).join(', ')}`], 'orderOfConsideration', inOrderOfConsideration(earlier)));
    }
  }

  const placement = currentPlacement(f);
  if (placement && isLongTermFosteringConfirmed(f) && fosteredForYearBefore(f.placements, placement.carerName, today)) {
    out.push(suggestion('CONSIDER_SGO_WITH_FOSTER_CARER', 'Consider special guardianship with the foster carer', [`Lived with ${placement.carerName} since ${writtenDate(placement.startDate)}`, 'A foster carer of a year may apply for special guardianship'], 'sgoWithFosterCarer', ['SPECIAL_GUARDIANSHIP']));
  }
  return out;
}

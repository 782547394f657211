import { compareDates, type IsoDate } from './iso-date';
import type { SourceCouncil } from './sources';

/**
 * A council's local policy: the national default plus its overrides, as data.
 * A change of policy is a new version with a later `effectiveFrom`; a clock
 * runs under the version in force on the day it started.
 */
export interface PolicySettings {
  /** First review: working days after becoming looked after. */
  firstReviewWorkingDays: number;
  /** Second review: months after the first review was held (or due). */
  secondReviewMonths: number;
  /** Each later review: months after the previous one. */
  laterReviewMonths: number;
  /** The review by which a permanence plan must be endorsed. */
  planByReview: 'FIRST' | 'SECOND';
  /** Plan review interval until permanence is achieved. */
  planReviewWeeks: number;
  /** Plan review interval once long-term fostering is confirmed. */
  planReviewWeeksLongTermFostering: number;
  iroAllocationWorkingDays: number;
  /** The IRO signs off the review record and it is shared with the child. */
  reviewSignOffWorkingDays: number;
  /** The whole dispute resolution protocol, from the day the IRO raises a dispute. */
  iroDisputeWorkingDays: number;
  /** Each stage of the dispute resolution protocol (rules/iro-disputes.ts), from the day the stage starts. */
  disputeInformalWorkingDays: number;
  disputeTeamManagerWorkingDays: number;
  disputeServiceManagerWorkingDays: number;
  disputeDirectorWorkingDays: number;
  /** Care proceedings should end within this many weeks. */
  courtWeeks: number;
  /** Flag section 20 accommodation longer than this. */
  section20DriftYears: number;
  /** Flag MORE than this many placement moves in the window. */
  placementMovesThreshold: number;
  placementMovesWindowMonths: number;
  /** Placed with parents: exit plan to discharge the order by this many months. */
  placedWithParentsDischargeMonths: number;
  /** A child's sent view should have a reply within this many working days. */
  viewReplyWorkingDays: number;
  /** Warn this many working days before a review is due. */
  reviewDueSoonWorkingDays: number;
  advocacyMinAge: number;
  /**
   * From this age a child has their own account and sees the plan shared with
   * them; younger children are helped by their carer or worker (BRIEF: "usually 7+").
   */
  childOwnAccessFromAge: number;
  /** Advocacy is offered while the child is under this age. */
  advocacyMaxAge: number;
  /** Long-term fostering needs head of service approval under this age. */
  longTermFosteringApprovalUnderAge: number;
  /** Under this age, follow the adoption route when the carer cannot consider SGO. */
  adoptionRouteUnderAge: number;
  /** From this age the pathway plan is the permanence plan. */
  pathwayPlanFromAge: number;
  /** Reunification is most likely within this many months of becoming looked after. */
  reunificationMonths: number;
  /** Permanence panel within this many calendar days of becoming looked after; null: no local rule. */
  permanencePanelDays: number | null;
  /** Permanence planning meetings: the first within `firstMonths`, then every `thenMonths`; null: no local rule. */
  permanencePlanningMeetingMonths: { firstMonths: number; thenMonths: number } | null;
  /** What the council calls its independent reviewing officer. */
  reviewingOfficerTitle: string;
}

export interface PolicyProfile extends PolicySettings {
  /** Stable id, e.g. 'newham'. */
  id: string;
  name: string;
  /** The council whose documents the overrides come from; null for the national default. */
  council: SourceCouncil | null;
  /** First day this version applies. */
  effectiveFrom: IsoDate;
  /** Administrator-added non-working days (substitute days, one-off holidays). */
  extraHolidays: readonly IsoDate[];
}

/** One profile, or every version of it; rules accept either. */
export type PolicyInput = PolicyProfile | readonly PolicyProfile[];

export const NATIONAL_DEFAULT_SETTINGS: Readonly<PolicySettings> = {
  firstReviewWorkingDays: 20,
  secondReviewMonths: 3,
  laterReviewMonths: 6,
  planByReview: 'SECOND',
  planReviewWeeks: 12,
  planReviewWeeksLongTermFostering: 52,
  iroAllocationWorkingDays: 5,
  reviewSignOffWorkingDays: 5,
  iroDisputeWorkingDays: 20,
  // Four stages of five working days fit the whole protocol's 20.
  disputeInformalWorkingDays: 5,
  disputeTeamManagerWorkingDays: 5,
  disputeServiceManagerWorkingDays: 5,
  disputeDirectorWorkingDays: 5,
  courtWeeks: 26,
  section20DriftYears: 2,
  placementMovesThreshold: 3,
  placementMovesWindowMonths: 12,
  placedWithParentsDischargeMonths: 12,
  viewReplyWorkingDays: 10,
  reviewDueSoonWorkingDays: 10,
  advocacyMinAge: 7,
  childOwnAccessFromAge: 7,
  advocacyMaxAge: 18,
  longTermFosteringApprovalUnderAge: 5,
  adoptionRouteUnderAge: 4,
  pathwayPlanFromAge: 16,
  reunificationMonths: 6,
  permanencePanelDays: null,
  permanencePlanningMeetingMonths: null,
  reviewingOfficerTitle: 'IRO',
};

/** Builds a profile version from the national default and a council's overrides. */
export function defineProfile(
  identity: { id: string; name: string; council: SourceCouncil | null; effectiveFrom: IsoDate; extraHolidays?: readonly IsoDate[] },
  overrides: Partial<PolicySettings> = {},
): PolicyProfile {
  return { ...NATIONAL_DEFAULT_SETTINGS, ...overrides, ...identity, extraHolidays: identity.extraHolidays ?? [] };
}

// Example profiles: each council's documents restate the national timescales;
// only what a document adds or names differently is an override.
export const NATIONAL_DEFAULT_PROFILE = defineProfile({
  id: 'national',
  name: 'National default (England)',
  council: null,
  effectiveFrom: '2015-04-01',
});

export const BOLTON_PROFILE = defineProfile(
  { id: 'bolton', name: 'Bolton', council: 'Bolton', effectiveFrom: '2019-04-01' },
  // Bolton 5 and 6: "more than three moves in 12 months"; Bolton 9: advocacy 7 to 18.
  { placementMovesThreshold: 3, advocacyMinAge: 7, advocacyMaxAge: 18 },
);

export const TELFORD_PROFILE = defineProfile(
  { id: 'telford', name: 'Telford & Wrekin', council: 'Telford', effectiveFrom: '2018-06-01' },
  // Telford 2.1 and 6.0 state the national review and discharge timescales.
  { firstReviewWorkingDays: 20, secondReviewMonths: 3, laterReviewMonths: 6, placedWithParentsDischargeMonths: 12 },
);

export const TORBAY_PROFILE = defineProfile(
  { id: 'torbay', name: 'Torbay', council: 'Torbay', effectiveFrom: '2017-04-03' },
);

export const DORSET_PROFILE = defineProfile(
  { id: 'dorset', name: 'Dorset', council: 'Dorset', effectiveFrom: '2021-04-01' },
  // Dorset 4.8 names the reviewing officer QARO; 5 and 7.2 set the plan review intervals.
  { reviewingOfficerTitle: 'QARO', planReviewWeeks: 12, planReviewWeeksLongTermFostering: 52, courtWeeks: 26 },
);

export const NEWHAM_PROFILE = defineProfile(
  { id: 'newham', name: 'Newham', council: 'Newham', effectiveFrom: '2020-05-01' },
  // Newham 9: panel within 10 days, planning meeting within 1 month then monthly; Newham 7: section 20 and reunification.
  {
    permanencePanelDays: 10,
    permanencePlanningMeetingMonths: { firstMonths: 1, thenMonths: 1 },
    section20DriftYears: 2,
    reunificationMonths: 6,
  },
);

export const EXAMPLE_PROFILES: readonly PolicyProfile[] = [
  NATIONAL_DEFAULT_PROFILE,
  BOLTON_PROFILE,
  TELFORD_PROFILE,
  TORBAY_PROFILE,
  DORSET_PROFILE,
  NEWHAM_PROFILE,
];

export function profileVersions(policy: PolicyInput): readonly PolicyProfile[] {
  const versions = Array.isArray(policy) ? [...(policy as readonly PolicyProfile[])] : [policy as PolicyProfile];
  if (versions.length === 0) throw new RangeError('A policy needs at least one version');
  return versions.sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));
}

/**
 * The version in force on `date`: the latest one whose `effectiveFrom` is on
 * or before it. A clock that started before every version runs under the
 * earliest, the oldest policy the council recorded.
 */
export function profileInForce(policy: PolicyInput, date: IsoDate): PolicyProfile {
  const versions = profileVersions(policy);
  let chosen = versions[0];
  for (const version of versions) {
    if (version.effectiveFrom <= date) chosen = version;
  }
  return chosen;
}

export interface ProfileProblem {
  field: string;
  problem: string;
}

const WHOLE_NUMBER_FIELDS = [
  'firstReviewWorkingDays', 'secondReviewMonths', 'laterReviewMonths', 'planReviewWeeks',
  'planReviewWeeksLongTermFostering', 'iroAllocationWorkingDays', 'reviewSignOffWorkingDays',
  'iroDisputeWorkingDays', 'disputeInformalWorkingDays', 'disputeTeamManagerWorkingDays', 'disputeServiceManagerWorkingDays',
  'disputeDirectorWorkingDays', 'courtWeeks', 'section20DriftYears', 'placementMovesThreshold',
  'placementMovesWindowMonths', 'placedWithParentsDischargeMonths', 'viewReplyWorkingDays',
  'reviewDueSoonWorkingDays', 'advocacyMinAge', 'childOwnAccessFromAge', 'advocacyMaxAge', 'longTermFosteringApprovalUnderAge',
  'adoptionRouteUnderAge', 'pathwayPlanFromAge', 'reunificationMonths',
] as const satisfies readonly (keyof PolicySettings)[];

function isPositiveWhole(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** Checks a profile an administrator saved; an empty list means it is usable. */
export function validateProfile(profile: PolicyProfile): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  for (const field of WHOLE_NUMBER_FIELDS) {
    if (!isPositiveWhole(profile[field])) problems.push({ field, problem: 'must be a positive whole number' });
  }
  if (profile.planByReview !== 'FIRST' && profile.planByReview !== 'SECOND') {
    problems.push({ field: 'planByReview', problem: 'must be FIRST or SECOND' });
  }
  if (profile.advocacyMinAge >= profile.advocacyMaxAge) {
    problems.push({ field: 'advocacyMaxAge', problem: 'must be above advocacyMinAge' });
  }
  if (profile.permanencePanelDays !== null && !isPositiveWhole(profile.permanencePanelDays)) {
    problems.push({ field: 'permanencePanelDays', problem: 'must be a positive whole number or null' });
  }
  const meetings = profile.permanencePlanningMeetingMonths;
  if (meetings !== null && !(isPositiveWhole(meetings.firstMonths) && isPositiveWhole(meetings.thenMonths))) {
    problems.push({ field: 'permanencePlanningMeetingMonths', problem: 'months must be positive whole numbers' });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(profile.effectiveFrom)) problems.push({ field: 'effectiveFrom', problem: 'must be an ISO date' });
  if (!profile.reviewingOfficerTitle.trim()) problems.push({ field: 'reviewingOfficerTitle', problem: 'must not be empty' });
  return problems;
}

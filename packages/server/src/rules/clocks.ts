import { pathwayPlanDeadline } from './pathway-plan';
import { REVIEW_MEETING_TYPES, writtenDate, type MeetingType } from '@forever-planning/shared';
import type { ChildFacts, IroDisputeFact, IroDisputeStageFact, MeetingFact, PlacementFact, PlanFact } from './child-facts';
import { addDays, addMonths, addWeeks, addYears, compareDates, type IsoDate } from './iso-date';
import { profileInForce, type PolicyInput, type PolicyProfile } from './policy-profile';
import { RULE_SOURCES, type RuleId, type RuleSource } from './sources';
import { addWorkingDays } from './working-days';
import { IRO_DISPUTE_STAGE_LABELS, stageWorkingDays } from './iro-disputes';

/** A statutory or local clock: when it started, when it is due, and whether it was met. */
export interface Deadline {
  rule: RuleId;
  label: string;
  startedOn: IsoDate;
  dueDate: IsoDate;
  /** The day the thing was done; null while outstanding. */
  metOn: IsoDate | null;
  /** The policy version the clock runs under: the one in force on `startedOn`. */
  profileId: string;
  profileEffectiveFrom: IsoDate;
  source: RuleSource;
}

function deadline(
  rule: RuleId,
  label: string,
  startedOn: IsoDate,
  profile: PolicyProfile,
  dueDate: IsoDate,
  metOn: IsoDate | null,
): Deadline {
  return {
    rule,
    label,
    startedOn,
    dueDate,
    metOn,
    profileId: profile.id,
    profileEffectiveFrom: profile.effectiveFrom,
    source: RULE_SOURCES[rule],
  };
}

const after = (date: IsoDate | null | undefined, today: IsoDate): IsoDate | null =>
  date != null && date <= today ? date : null;

/**
 * The facts as they stood on `today`: anything dated later is treated as not
 * yet happened. Rules then never depend on records from the future, so adding
 * a review held after today changes nothing today.
 */
export function factsAsOf(facts: ChildFacts, today: IsoDate): ChildFacts {
  const started = <T extends { startDate: IsoDate; endDate: IsoDate | null }>(rows: readonly T[]): T[] =>
    rows.filter((row) => row.startDate <= today).map((row) => ({ ...row, endDate: after(row.endDate, today) }));
  return {
    ...facts,
    dateLookedAfter: after(facts.dateLookedAfter, today),
    dateCeasedLookedAfter: after(facts.dateCeasedLookedAfter, today),
    legalStatuses: started(facts.legalStatuses),
    placements: started(facts.placements),
    meetings: facts.meetings.map((m) => ({
      ...m,
      heldOn: after(m.heldOn, today),
      signedOffAt: after(m.heldOn, today) ? after(m.signedOffAt, today) : null,
      sharedWithChildAt: after(m.heldOn, today) ? after(m.sharedWithChildAt, today) : null,
    })),
    plans: facts.plans.map((p) => ({
      ...p,
      approvedAt: after(p.approvedAt, today),
      headOfServiceApprovedAt: after(p.headOfServiceApprovedAt, today),
      panelRecommendedAt: after(p.panelRecommendedAt, today),
      endorsedAt: after(p.endorsedAt, today),
      achievedAt: after(p.achievedAt, today),
      endedAt: after(p.endedAt, today),
      lastReviewedOn: after(p.lastReviewedOn, today),
    })),
    views: facts.views.filter((v) => v.sentAt <= today).map((v) => ({ ...v, repliedAt: after(v.repliedAt, today) })),
    advocacyOfferedOn: after(facts.advocacyOfferedOn, today),
    advocacyReferrals: facts.advocacyReferrals.filter((r) => r.requestedOn <= today),
    unsafeReports: facts.unsafeReports
      .filter((r) => r.createdAt <= today)
      .map((r) => ({ ...r, acknowledgedAt: after(r.acknowledgedAt, today) })),
    iroAllocatedOn: after(facts.iroAllocatedOn, today),
    iroDisputes: (facts.iroDisputes ?? [])
      .filter((d) => d.raisedOn <= today)
      .map((d) => ({
        ...d,
        resolvedOn: after(d.resolvedOn, today),
        stages: disputeStages(d).filter((s) => s.startedOn <= today).map((s) => ({ ...s, closedOn: after(s.closedOn, today) })),
      })),
    courtProceedingsStartedOn: after(facts.courtProceedingsStartedOn, today),
    pathwayPlanAgreedOn: after(facts.pathwayPlanAgreedOn, today),
    pathwayPlanReviewedOn: after(facts.pathwayPlanReviewedOn, today),
    courtProceedingsEndedOn: after(facts.courtProceedingsEndedOn, today),
    dischargePlanAgreedOn: after(facts.dischargePlanAgreedOn, today),
    adoptionMatchedOn: after(facts.adoptionMatchedOn, today),
    // Hearings are listed ahead, so they stay; a case not yet issued and a direction done later are not yet so.
    courtCases: (facts.courtCases ?? []).map((c) => ({
      ...c,
      issuedOn: after(c.issuedOn, today),
      concludedOn: after(c.concludedOn, today),
      directions: c.directions.map((d) => ({ ...d, doneOn: after(d.doneOn, today) })),
    })),
    familyFindingReferrals: (facts.familyFindingReferrals ?? []).filter((r) => r.referredOn <= today),
  };
}

/** Reviews held in the current period of care, in the order they were held. */
export type HeldMeeting = MeetingFact & { heldOn: IsoDate };

export function heldReviews(facts: ChildFacts): HeldMeeting[] {
  const start = facts.dateLookedAfter;
  if (!start) return [];
  return facts.meetings
    .filter((m): m is HeldMeeting => REVIEW_MEETING_TYPES.includes(m.type) && m.heldOn !== null && m.heldOn >= start)
    .sort((a, b) => compareDates(a.heldOn, b.heldOn));
}

/** Reviews by their number in words ("Fourth review"), so a sentence never reads "the review 4". */
const REVIEW_LABELS = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth', 'Eleventh', 'Twelfth', 'Thirteenth', 'Fourteenth', 'Fifteenth', 'Sixteenth', 'Seventeenth', 'Eighteenth', 'Nineteenth', 'Twentieth'].map((n) => `${n} review`);
const reviewLabel = (index: number) => REVIEW_LABELS[index] ?? `Review number ${index + 1}`;

/**
 * The review chain: the first review 20 working days after becoming looked
 * after, the second 3 months after the first was held (or, if it was not, was
 * due), then every 6 months after the previous one. Returns every held review
 * and the next one due, and at least `minimum` entries so the plan deadline
 * can look ahead to the second review.
 */
export function reviewSchedule(facts: ChildFacts, policy: PolicyInput, minimum = 1): Deadline[] {
  const start = facts.dateLookedAfter;
  if (!start) return [];
  const held = heldReviews(facts);
  const chain: Deadline[] = [];
  const firstProfile = profileInForce(policy, start);
  const firstDue = addWorkingDays(start, firstProfile.firstReviewWorkingDays, firstProfile.extraHolidays);
  chain.push(deadline('firstReview', REVIEW_LABELS[0], start, firstProfile, firstDue, held[0]?.heldOn ?? null));
  while (chain.length < Math.max(minimum, held.length + 1)) {
    const previous = chain[chain.length - 1];
    const anchor = previous.metOn ?? previous.dueDate;
    const profile = profileInForce(policy, anchor);
    const isSecond = chain.length === 1;
    const due = addMonths(anchor, isSecond ? profile.secondReviewMonths : profile.laterReviewMonths);
    const label = reviewLabel(chain.length);
    chain.push(deadline(isSecond ? 'secondReview' : 'laterReviews', label, anchor, profile, due, held[chain.length]?.heldOn ?? null));
  }
  return chain;
}

/** The next review not yet held, or null when the child is no longer looked after. */
export function nextReviewDue(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  if (!facts.dateLookedAfter || facts.dateCeasedLookedAfter) return null;
  return reviewSchedule(facts, policy).find((d) => d.metOn === null) ?? null;
}

/** The date the first plan was endorsed at a review, if ever. */
export function firstEndorsement(plans: readonly PlanFact[]): IsoDate | null {
  const dates = plans.map((p) => p.endorsedAt).filter((d): d is IsoDate => d !== null);
  return dates.sort(compareDates)[0] ?? null;
}

/**
 * Permanence plan endorsed by the second review (the profile may say the
 * first): due when that review is due in the review schedule, so the tracker,
 * the alerts and the meetings page show one date for it.
 */
export function planDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = facts.dateLookedAfter;
  if (!start) return null;
  const profile = profileInForce(policy, start);
  const first = reviewSchedule(facts, policy)[0];
  const endorsed = firstEndorsement(facts.plans);
  if (profile.planByReview === 'FIRST') {
    return deadline('planBySecondReview', 'Permanence plan endorsed by the first review', start, profile, first.dueDate, endorsed);
  }
  // The second review's own due date: one computation, so the tracker's
  // permanence due date and the review schedule never disagree.
  const second = reviewSchedule(facts, policy, 2)[1];
  return deadline('planBySecondReview', 'Permanence plan endorsed by the second review', start, profile, second.dueDate, endorsed);
}

const LIVE_PLAN_STATUSES: readonly PlanFact['status'][] = ['PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED'];

/** The plan being worked to: the latest version not yet achieved or ended. */
export function currentPlan(facts: ChildFacts): PlanFact | null {
  const live = facts.plans.filter((p) => LIVE_PLAN_STATUSES.includes(p.status) && !p.achievedAt && !p.endedAt);
  return [...live].sort((a, b) => (a.planNumber ?? 0) - (b.planNumber ?? 0)).pop() ?? null;
}

export function currentPlacement(facts: ChildFacts): PlacementFact | null {
  const open = facts.placements.filter((p) => p.endDate === null);
  return [...open].sort((a, b) => compareDates(a.startDate, b.startDate)).pop() ?? null;
}

/** Long-term fostering is confirmed once it is the plan and the child lives in an approved long-term foster home. */
export function isLongTermFosteringConfirmed(facts: ChildFacts): boolean {
  return currentPlan(facts)?.primaryOption === 'LONG_TERM_FOSTERING' && currentPlacement(facts)?.type === 'LONG_TERM_FOSTER';
}

/** Plan reviewed every 12 weeks until achieved; yearly once long-term fostering is confirmed. */
export function planReviewDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const plan = currentPlan(facts);
  if (!plan) return null;
  const lastLook = plan.lastReviewedOn ?? plan.endorsedAt ?? plan.approvedAt;
  if (!lastLook) return null;
  const profile = profileInForce(policy, lastLook);
  const yearly = isLongTermFosteringConfirmed(facts);
  const weeks = yearly ? profile.planReviewWeeksLongTermFostering : profile.planReviewWeeks;
  const due = addWeeks(lastLook, weeks);
  return deadline(yearly ? 'planReviewLongTermFostering' : 'planReview', yearly ? 'Yearly plan review (long-term fostering)' : 'Plan review', lastLook, profile, due, null);
}

export function iroAllocationDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = facts.dateLookedAfter;
  if (!start) return null;
  const profile = profileInForce(policy, start);
  const due = addWorkingDays(start, profile.iroAllocationWorkingDays, profile.extraHolidays);
  return deadline('iroAllocation', `${profile.reviewingOfficerTitle} allocated`, start, profile, due, facts.iroAllocatedOn);
}

/** For each held review: the record signed off by the IRO (SIGN_OFF), or shared with the child (SHARE). */
export function reviewRecordDeadlines(facts: ChildFacts, policy: PolicyInput, part: 'SIGN_OFF' | 'SHARE'): Deadline[] {
  return heldReviews(facts).map((review) => {
    const profile = profileInForce(policy, review.heldOn);
    const due = addWorkingDays(review.heldOn, profile.reviewSignOffWorkingDays, profile.extraHolidays);
    return part === 'SIGN_OFF'
      ? deadline('reviewSignOff', `Record of the review on ${writtenDate(review.heldOn)} signed off`, review.heldOn, profile, due, review.signedOffAt)
      : deadline('reviewSignOff', `Record of the review on ${writtenDate(review.heldOn)} shared with the child`, review.heldOn, profile, due, review.sharedWithChildAt);
  });
}

/** A dispute's stages; one recorded before stages existed reads as the informal stage from the day it was raised. */
export function disputeStages(dispute: IroDisputeFact): readonly IroDisputeStageFact[] {
  return dispute.stages && dispute.stages.length > 0 ? dispute.stages : [{ stage: 'INFORMAL', startedOn: dispute.raisedOn, closedOn: dispute.resolvedOn }];
}

/**
 * For each dispute the IRO raised: each stage of the council's protocol
 * resolved or escalated within its timescale, and the whole dispute resolved
 * within the protocol's. All run under the policy in force the day it was raised.
 */
export function iroDisputeDeadlines(facts: ChildFacts, policy: PolicyInput): Deadline[] {
  return (facts.iroDisputes ?? []).flatMap((dispute) => {
    const profile = profileInForce(policy, dispute.raisedOn);
    const stages = disputeStages(dispute).map((s) =>
      deadline(
        'iroDispute',
        `Dispute raised on ${writtenDate(dispute.raisedOn)}: the ${IRO_DISPUTE_STAGE_LABELS[s.stage]} stage to be resolved or escalated`,
        s.startedOn,
        profile,
        addWorkingDays(s.startedOn, stageWorkingDays(profile, s.stage), profile.extraHolidays),
        s.closedOn,
      ),
    );
    const whole = addWorkingDays(dispute.raisedOn, profile.iroDisputeWorkingDays, profile.extraHolidays);
    return [...stages, deadline('iroDispute', `Dispute raised on ${writtenDate(dispute.raisedOn)}: to be resolved`, dispute.raisedOn, profile, whole, dispute.resolvedOn)];
  });
}

export function courtDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = facts.courtProceedingsStartedOn;
  if (!start) return null;
  const profile = profileInForce(policy, start);
  return deadline('courtTimescale', `Care proceedings within ${profile.courtWeeks} weeks`, start, profile, addWeeks(start, profile.courtWeeks), facts.courtProceedingsEndedOn ?? null);
}

/** Start of the current unbroken run of section 20 accommodation, or null. */
export function section20Start(facts: ChildFacts): IsoDate | null {
  const episodes = facts.legalStatuses
    .filter((s) => s.status === 'SECTION_20')
    .sort((a, b) => compareDates(a.startDate, b.startDate));
  const open = episodes[episodes.length - 1];
  if (!open || open.endDate !== null) return null;
  let start = open.startDate;
  // Back-to-back episodes (ending the day before or the day of the next start) are one run.
  for (let i = episodes.length - 2; i >= 0; i -= 1) {
    const end = episodes[i].endDate;
    if (end === null || end < addDays(start, -1)) break;
    start = episodes[i].startDate;
  }
  return start;
}

export function section20DriftDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = section20Start(facts);
  if (!start) return null;
  const profile = profileInForce(policy, start);
  return deadline('section20Drift', `Section 20 for no more than ${profile.section20DriftYears} years`, start, profile, addYears(start, profile.section20DriftYears), null);
}

export interface PlacementMoves {
  windowStart: IsoDate;
  /** Start dates of placements that were moves, inside the window. */
  moves: IsoDate[];
  threshold: number;
  /** The council's window, in months (12 unless its policy says otherwise). */
  windowMonths: number;
  exceeded: boolean;
}

/**
 * Placement moves in the council's window (12 months by default) up to
 * `today`: every placement in the current period of care after the first is a
 * move. The one count: alerts, panel criteria, the tracker and the child's
 * record all use it.
 */
export function placementMoves(facts: ChildFacts, policy: PolicyInput, today: IsoDate): PlacementMoves {
  const profile = profileInForce(policy, today);
  const windowStart = addMonths(today, -profile.placementMovesWindowMonths);
  const careStart = facts.dateLookedAfter ?? '0000-01-01';
  const starts = facts.placements
    .map((p) => p.startDate)
    .filter((d) => d >= careStart && d <= today)
    .sort(compareDates);
  const moves = starts.slice(1).filter((d) => d > windowStart);
  return { windowStart, moves, threshold: profile.placementMovesThreshold, windowMonths: profile.placementMovesWindowMonths, exceeded: moves.length > profile.placementMovesThreshold };
}

export function placedWithParentsDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const placement = currentPlacement(facts);
  if (!placement || placement.type !== 'PARENTS' || !facts.dateLookedAfter) return null;
  const profile = profileInForce(policy, placement.startDate);
  const agreed = facts.dischargePlanAgreedOn ?? null;
  return deadline(
    'placedWithParents',
    'Exit plan to discharge the care order',
    placement.startDate,
    profile,
    addMonths(placement.startDate, profile.placedWithParentsDischargeMonths),
    agreed && agreed >= placement.startDate ? agreed : null,
  );
}

/** Dates a meeting of `type` was held on or after `from`, earliest first. */
function heldDates(facts: ChildFacts, type: MeetingType, from: IsoDate): IsoDate[] {
  return facts.meetings
    .filter((m) => m.type === type && m.heldOn !== null && m.heldOn >= from)
    .map((m) => m.heldOn as IsoDate)
    .sort(compareDates);
}

/** A local rule (Newham 9): permanence panel within N days of becoming looked after. */
export function permanencePanelDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = facts.dateLookedAfter;
  if (!start) return null;
  const profile = profileInForce(policy, start);
  if (profile.permanencePanelDays === null) return null;
  return deadline('newhamPanel', 'Permanence panel', start, profile, addDays(start, profile.permanencePanelDays), heldDates(facts, 'PERMANENCE_PANEL', start)[0] ?? null);
}

/** A local rule (Newham 9): planning meeting within a month of becoming looked after, then monthly. */
export function planningMeetingDeadline(facts: ChildFacts, policy: PolicyInput): Deadline | null {
  const start = facts.dateLookedAfter;
  if (!start) return null;
  const startProfile = profileInForce(policy, start);
  if (startProfile.permanencePlanningMeetingMonths === null) return null;
  const held = heldDates(facts, 'PERMANENCE_PLANNING_MEETING', start);
  const last = held[held.length - 1];
  if (!last) {
    return deadline('newhamPlanningMeeting', 'First permanence planning meeting', start, startProfile, addMonths(start, startProfile.permanencePlanningMeetingMonths.firstMonths), null);
  }
  const profile = profileInForce(policy, last);
  const months = profile.permanencePlanningMeetingMonths ?? startProfile.permanencePlanningMeetingMonths;
  return deadline('newhamPlanningMeeting', 'Next permanence planning meeting', last, profile, addMonths(last, months.thenMonths), null);
}

/** Every clock for a child as it stood on `today`. */
export function clocksForChild(facts: ChildFacts, policy: PolicyInput, today: IsoDate): Deadline[] {
  const f = factsAsOf(facts, today);
  const single = [
    iroAllocationDeadline(f, policy),
    planDeadline(f, policy),
    planReviewDeadline(f, policy),
    courtDeadline(f, policy),
    section20DriftDeadline(f, policy),
    placedWithParentsDeadline(f, policy),
    permanencePanelDeadline(f, policy),
    planningMeetingDeadline(f, policy),
    pathwayPlanDeadline(f, policy, today),
  ];
  return [
    ...reviewSchedule(f, policy),
    ...single.filter((d): d is Deadline => d !== null),
    ...reviewRecordDeadlines(f, policy, 'SIGN_OFF'),
    ...reviewRecordDeadlines(f, policy, 'SHARE'),
    ...iroDisputeDeadlines(f, policy),
  ].sort((a, b) => compareDates(a.dueDate, b.dueDate));
}

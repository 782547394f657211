import type { ChildFacts } from './child-facts';
import {
  courtDeadline,
  currentPlacement,
  currentPlan,
  factsAsOf,
  iroAllocationDeadline,
  iroDisputeDeadlines,
  nextReviewDue,
  permanencePanelDeadline,
  placedWithParentsDeadline,
  placementMoves,
  planDeadline,
  planningMeetingDeadline,
  planReviewDeadline,
  reviewRecordDeadlines,
  section20DriftDeadline,
  type Deadline,
} from './clocks';
import { addMonths, ageInYears, compareDates, daysBetween, type IsoDate } from './iso-date';
import { isOfAdvocacyAge } from './advocacy';
import { pathwayPlanDeadline } from './pathway-plan';
import { directionStatus, finalHearingDue, placementOrderDate, weekOfProceedings } from './court';
import { familyFindingTimescales } from './family-finding';
import { profileInForce, type PolicyInput } from './policy-profile';
import { RULE_SOURCES, type RuleId, type RuleSource } from './sources';
import { addWorkingDays, workingDaysBetween } from './working-days';
import { ALERT_TYPE_NAMES, FAMILY_FINDING_TEAM_LABELS, writtenDate, writtenDates } from '@forever-planning/shared';

/** Most urgent first; the index is the rank. */
export const URGENCIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const ALERT_CODES = [
  'CHILD_FEELS_UNSAFE',
  'REVIEW_OVERDUE',
  'REVIEW_DUE_SOON',
  'NO_PLAN_BY_SECOND_REVIEW',
  'PLAN_REVIEW_OVERDUE',
  'NO_CONTINGENCY',
  'PERMANENCE_PANEL_CRITERIA_MET',
  'GATEWAY_CRITERIA_MET',
  'PERMANENCE_PANEL_OVERDUE',
  'PLANNING_MEETING_OVERDUE',
  'SECTION_20_DRIFT',
  'PLACEMENT_INSTABILITY',
  'PLACED_WITH_PARENTS_NO_DISCHARGE_PLAN',
  'COURT_TIMESCALE_EXCEEDED',
  'FINAL_HEARING_BEYOND_TIMESCALE',
  'COURT_DIRECTION_MISSED',
  'FAMILY_FINDING_OVERDUE',
  'IRO_NOT_ALLOCATED',
  'IRO_DISPUTE_UNRESOLVED',
  'REVIEW_RECORD_NOT_SIGNED_OFF',
  'REVIEW_RECORD_NOT_SHARED',
  'SIBLINGS_APART_NO_ASSESSMENT',
  'SIBLINGS_APART_NO_KEEPING_IN_TOUCH_PLAN',
  'VIEW_NOT_REPLIED',
  'ADVOCACY_NOT_OFFERED',
  'PATHWAY_PLAN_OVERDUE',
] as const;
export type AlertCode = (typeof ALERT_CODES)[number];

/** Each alert type by name (one place, shared with the portals): every code has one. */
export const ALERT_NAMES: Record<AlertCode, string> = ALERT_TYPE_NAMES;

/** One Bolton 5 criterion that a child meets, with what shows it. */
export interface PanelCriterion {
  criterion: 'a' | 'b' | 'c' | 'd' | 'e' | 'f';
  evidence: string;
  source: RuleSource;
}

export interface Alert {
  code: AlertCode;
  childId: string;
  urgency: Urgency;
  /** Plain English for professionals. */
  title: string;
  detail: string;
  evidence: string[];
  dueDate: IsoDate | null;
  /** Calendar days past the due date; 0 when due today or soon; null when the alert has no date. */
  daysOverdue: number | null;
  source: RuleSource;
  /** Only for PERMANENCE_PANEL_CRITERIA_MET: each criterion met. */
  criteria?: PanelCriterion[];
}

interface Draft {
  code: AlertCode;
  urgency: Urgency;
  title: string;
  detail: string;
  evidence?: string[];
  dueDate?: IsoDate | null;
  rule: RuleId;
  criteria?: PanelCriterion[];
}

function overdueBy(due: IsoDate | null, today: IsoDate): number | null {
  return due === null ? null : Math.max(0, daysBetween(due, today));
}

/** An open deadline whose due date has passed. */
function missed(d: Deadline | null, today: IsoDate): d is Deadline {
  return d !== null && d.metOn === null && d.dueDate < today;
}

/** "Fourth review" reads "the fourth review" mid-sentence. */
function lowerFirst(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Each Bolton 5 criterion the child meets, named: "Meets panel criterion b (more than three moves in 12 months)." */
export function namedCriteria(criteria: readonly PanelCriterion[]): string {
  const named = criteria.map((c) => `${c.criterion} (${PANEL_CRITERION_NAMES[c.criterion]})`);
  const list = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join('; ')} and ${named[named.length - 1]}`;
  return `Meets panel ${criteria.length === 1 ? 'criterion' : 'criteria'} ${list}.`;
}

/** Bolton 5's criteria, short enough for a list row. */
export const PANEL_CRITERION_NAMES: Record<PanelCriterion['criterion'], string> = {
  a: 'court proceedings past the 26-week timescale',
  b: 'more than three moves in 12 months',
  c: 'difficulty securing a permanence plan',
  d: 'living in residential care',
  e: 'joint funding may be needed',
  f: 'returning to the panel for review',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A permanence panel held in the last 3 months, or one booked, answers the referral. */
function panelInHand(facts: ChildFacts, today: IsoDate): boolean {
  const since = addMonths(today, -3);
  return facts.meetings.some(
    (m) =>
      m.type === 'PERMANENCE_PANEL' &&
      ((m.heldOn !== null && m.heldOn >= since) || (m.heldOn === null && m.dueDate !== null && m.dueDate >= today)),
  );
}

/** Bolton 5: each criterion the child meets, with its evidence. */
export function permanencePanelCriteria(facts: ChildFacts, policy: PolicyInput, today: IsoDate): PanelCriterion[] {
  const f = factsAsOf(facts, today);
  const met: PanelCriterion[] = [];
  const court = courtDeadline(f, policy);
  if (missed(court, today)) {
    met.push({ criterion: 'a', evidence: `Care proceedings began ${writtenDate(court.startedOn)} and are still open after the ${writtenDate(court.dueDate)} timescale`, source: RULE_SOURCES.panelProceedings });
  }
  const moves = placementMoves(f, policy, today);
  if (moves.exceeded) {
    met.push({ criterion: 'b', evidence: `${plural(moves.moves.length, 'move')} since ${writtenDate(moves.windowStart)}: ${writtenDates(moves.moves)}`, source: RULE_SOURCES.panelMoves });
  }
  if (f.difficultySecuringPlan) {
    met.push({ criterion: 'c', evidence: 'The worker records difficulty securing a suitable plan', source: RULE_SOURCES.panelDifficulty });
  } else if (missed(planDeadline(f, policy), today) && ageInYears(f.dateOfBirth, today) < profileInForce(policy, today).pathwayPlanFromAge) {
    met.push({ criterion: 'c', evidence: 'No permanence plan endorsed by the second review', source: RULE_SOURCES.panelDifficulty });
  }
  const placement = currentPlacement(f);
  if (placement?.type === 'RESIDENTIAL') {
    met.push({ criterion: 'd', evidence: `Living in residential care (${placement.carerName}) since ${writtenDate(placement.startDate)}`, source: RULE_SOURCES.panelResidential });
  }
  if (f.jointFunding) met.push({ criterion: 'e', evidence: 'Joint health, education and social care funding may be needed', source: RULE_SOURCES.panelJointFunding });
  if (f.returningForReview) met.push({ criterion: 'f', evidence: 'Presented to the panel before and returning for review', source: RULE_SOURCES.panelReturning });
  return met;
}

function isLookedAfter(facts: ChildFacts): facts is ChildFacts & { dateLookedAfter: IsoDate } {
  return facts.dateLookedAfter !== null && facts.dateCeasedLookedAfter === null;
}

function draftsFor(facts: ChildFacts, policy: PolicyInput, today: IsoDate): Draft[] {
  const drafts: Draft[] = [];
  const profile = profileInForce(policy, today);
  const iro = profile.reviewingOfficerTitle;

  const unsafe = facts.unsafeReports.filter((r) => r.acknowledgedAt === null).sort((a, b) => compareDates(a.createdAt, b.createdAt));
  if (unsafe.length > 0) {
    drafts.push({
      code: 'CHILD_FEELS_UNSAFE',
      urgency: 'CRITICAL',
      title: 'The child said they feel unsafe',
      detail: `${plural(unsafe.length, 'message')} saying "I feel unsafe" not yet acknowledged. Respond today.`,
      evidence: unsafe.map((r) => `Sent ${writtenDate(r.createdAt)}`),
      dueDate: unsafe[0].createdAt,
      rule: 'childUnsafe',
    });
  }

  const gateway = [
    facts.edgeOfCare && 'at risk of becoming looked after (edge of care)',
    facts.planToBecomeLookedAfter && 'there is a plan for the child to become looked after',
    facts.lookedAfterInEmergency && 'became looked after in an emergency',
  ].filter((e): e is string => typeof e === 'string');
  if (gateway.length > 0 && !facts.meetings.some((m) => m.type === 'GATEWAY_PANEL')) {
    drafts.push({ code: 'GATEWAY_CRITERIA_MET', urgency: 'MEDIUM', title: 'Present to the gateway panel', detail: 'The child meets the gateway criteria and has not been to the gateway panel.', evidence: gateway, rule: 'gateway' });
  }

  // The pathway plan runs on after care ends (to 21), so it is checked before the looked-after alerts.
  const pathway = pathwayPlanDeadline(facts, policy, today);
  if (missed(pathway, today)) {
    const first = pathway.rule === 'pathwayPlanFirst';
    drafts.push({
      code: 'PATHWAY_PLAN_OVERDUE',
      urgency: 'HIGH',
      title: first ? 'No pathway plan' : 'Pathway plan not reviewed in time',
      detail: first ? `The first pathway plan was due by ${writtenDate(pathway.dueDate)}.` : `The pathway plan review was due by ${writtenDate(pathway.dueDate)}; last reviewed ${writtenDate(pathway.startedOn)}.`,
      evidence: [first ? `Pathway planning began ${writtenDate(pathway.startedOn)}` : `Reviewed ${writtenDate(pathway.startedOn)}`],
      dueDate: pathway.dueDate,
      rule: pathway.rule,
    });
  }

  if (!isLookedAfter(facts)) return drafts;

  const review = nextReviewDue(facts, policy);
  if (review && review.dueDate < today) {
    drafts.push({ code: 'REVIEW_OVERDUE', urgency: 'HIGH', title: `${review.label} overdue`, detail: `The ${lowerFirst(review.label)} was due by ${writtenDate(review.dueDate)}.`, evidence: [`Clock started ${writtenDate(review.startedOn)}`], dueDate: review.dueDate, rule: review.rule });
  } else if (review && workingDaysBetween(today, review.dueDate, profile.extraHolidays) <= profile.reviewDueSoonWorkingDays) {
    drafts.push({ code: 'REVIEW_DUE_SOON', urgency: 'MEDIUM', title: `${review.label} due soon`, detail: `The ${lowerFirst(review.label)} is due by ${writtenDate(review.dueDate)}.`, evidence: [`Clock started ${writtenDate(review.startedOn)}`], dueDate: review.dueDate, rule: review.rule });
  }

  const plan = planDeadline(facts, policy);
  const age = ageInYears(facts.dateOfBirth, today);
  // At 16 and over the pathway plan is the permanence plan (Bolton 3.2).
  if (missed(plan, today) && age < profile.pathwayPlanFromAge) {
    drafts.push({ code: 'NO_PLAN_BY_SECOND_REVIEW', urgency: 'HIGH', title: 'No permanence plan by the second review', detail: `A permanence plan should have been endorsed by ${writtenDate(plan.dueDate)}.`, dueDate: plan.dueDate, rule: 'planBySecondReview' });
  }

  const planReview = planReviewDeadline(facts, policy);
  if (missed(planReview, today)) {
    drafts.push({ code: 'PLAN_REVIEW_OVERDUE', urgency: 'MEDIUM', title: 'Permanence plan not reviewed in time', detail: `${planReview.label} was due by ${writtenDate(planReview.dueDate)}; last looked at ${writtenDate(planReview.startedOn)}.`, dueDate: planReview.dueDate, rule: planReview.rule });
  }

  const current = currentPlan(facts);
  if (current && current.contingencyOptions.length === 0) {
    drafts.push({ code: 'NO_CONTINGENCY', urgency: 'MEDIUM', title: 'The plan has no contingency', detail: 'Every permanence plan needs at least one contingency option.', evidence: [`Primary option: ${current.primaryOption ?? 'not chosen'}`], rule: 'contingency' });
  }

  const criteria = permanencePanelCriteria(facts, policy, today);
  if (criteria.length > 0 && !panelInHand(facts, today)) {
    drafts.push({ code: 'PERMANENCE_PANEL_CRITERIA_MET', urgency: 'HIGH', title: 'Refer to the permanence panel', detail: namedCriteria(criteria), evidence: criteria.map((c) => `(${c.criterion}) ${c.evidence}`), rule: 'permanencePanel', criteria });
  }

  const panel = permanencePanelDeadline(facts, policy);
  if (missed(panel, today)) {
    drafts.push({ code: 'PERMANENCE_PANEL_OVERDUE', urgency: 'MEDIUM', title: 'Permanence panel overdue', detail: `The plan should have been to the permanence panel by ${writtenDate(panel.dueDate)}.`, dueDate: panel.dueDate, rule: 'newhamPanel' });
  }
  const planning = planningMeetingDeadline(facts, policy);
  if (missed(planning, today)) {
    drafts.push({ code: 'PLANNING_MEETING_OVERDUE', urgency: 'MEDIUM', title: 'Permanence planning meeting overdue', detail: `${planning.label} was due by ${writtenDate(planning.dueDate)}.`, dueDate: planning.dueDate, rule: 'newhamPlanningMeeting' });
  }

  const s20 = section20DriftDeadline(facts, policy);
  if (missed(s20, today)) {
    drafts.push({ code: 'SECTION_20_DRIFT', urgency: 'HIGH', title: 'Section 20 for more than two years', detail: `Accommodated under section 20 since ${writtenDate(s20.startedOn)}. Legal steps may be needed to plan for the future.`, dueDate: s20.dueDate, rule: 'section20Drift' });
  }

  const moves = placementMoves(facts, policy, today);
  if (moves.exceeded) {
    drafts.push({ code: 'PLACEMENT_INSTABILITY', urgency: 'HIGH', title: `More than ${plural(moves.threshold, 'move')} in ${moves.windowMonths} months`, detail: `${plural(moves.moves.length, 'placement move')} since ${writtenDate(moves.windowStart)}.`, evidence: moves.moves.map((d) => `Moved ${writtenDate(d)}`), rule: 'placementMoves' });
  }

  const parents = placedWithParentsDeadline(facts, policy);
  if (missed(parents, today)) {
    drafts.push({ code: 'PLACED_WITH_PARENTS_NO_DISCHARGE_PLAN', urgency: 'MEDIUM', title: 'Placed with parents: no plan to discharge the order', detail: `Living with parents since ${writtenDate(parents.startedOn)} with no exit plan agreed.`, dueDate: parents.dueDate, rule: 'placedWithParents' });
  }

  const court = courtDeadline(facts, policy);
  if (missed(court, today)) {
    drafts.push({ code: 'COURT_TIMESCALE_EXCEEDED', urgency: 'HIGH', title: 'Care proceedings past 26 weeks', detail: `Proceedings began ${writtenDate(court.startedOn)}; the timescale ended ${writtenDate(court.dueDate)}.`, dueDate: court.dueDate, rule: 'courtTimescale' });
  }

  for (const courtCase of (facts.courtCases ?? []).filter((c) => c.issuedOn !== null && c.concludedOn === null)) {
    const issuedOn = courtCase.issuedOn!;
    const due = finalHearingDue(issuedOn, profileInForce(policy, issuedOn).courtWeeks);
    const late = courtCase.hearings.filter((h) => h.kind === 'FINAL' && h.date > due);
    if (late.length > 0) {
      const listed = late.map((h) => h.date).sort().at(-1)!;
      drafts.push({
        code: 'FINAL_HEARING_BEYOND_TIMESCALE',
        urgency: 'HIGH',
        title: 'Final hearing listed after the 26 weeks',
        detail: `Proceedings issued ${writtenDate(issuedOn)} should end by ${writtenDate(due)}; the final hearing is listed for ${writtenDate(listed)} (week ${weekOfProceedings(issuedOn, listed)}).`,
        dueDate: due,
        rule: 'courtTwentySixWeeks',
      });
    }
    const missedDirections = courtCase.directions.filter((d) => directionStatus(d, today) === 'MISSED').sort((a, b) => compareDates(a.dueOn, b.dueOn));
    if (missedDirections.length > 0) {
      drafts.push({
        code: 'COURT_DIRECTION_MISSED',
        urgency: 'HIGH',
        title: 'Court direction not done on time',
        detail: `${plural(missedDirections.length, 'court direction')} past the date the court set.`,
        evidence: missedDirections.map((d) => `${d.description}: due ${writtenDate(d.dueOn)}`),
        dueDate: missedDirections[0].dueOn,
        rule: 'courtDirections',
      });
    }
  }

  const placementOrderOn = placementOrderDate(facts);
  const lateSearches = (facts.familyFindingReferrals ?? [])
    .flatMap((r) => familyFindingTimescales(r, placementOrderOn).filter((t) => t.key !== 'NATIONAL_REGISTER' && t.dueDate < today).map((t) => ({ r, t })))
    .sort((a, b) => compareDates(a.t.dueDate, b.t.dueDate));
  if (lateSearches.length > 0) {
    drafts.push({
      code: 'FAMILY_FINDING_OVERDUE',
      urgency: 'MEDIUM',
      title: 'Family finding behind its timescale',
      detail: `${plural(lateSearches.length, 'family-finding timescale')} passed with no match.`,
      evidence: lateSearches.map(({ r, t }) => `${FAMILY_FINDING_TEAM_LABELS[r.team]}, referred ${writtenDate(r.referredOn)}: ${lowerFirst(t.label)} by ${writtenDate(t.dueDate)}`),
      dueDate: lateSearches[0].t.dueDate,
      rule: lateSearches[0].t.key === 'MATCH' ? 'adoptionAgency' : 'planReview',
    });
  }

  const allocation = iroAllocationDeadline(facts, policy);
  if (missed(allocation, today)) {
    drafts.push({ code: 'IRO_NOT_ALLOCATED', urgency: 'HIGH', title: `No ${iro} allocated`, detail: `An ${iro} should have been allocated by ${writtenDate(allocation.dueDate)}.`, dueDate: allocation.dueDate, rule: 'iroAllocation' });
  }

  for (const dispute of iroDisputeDeadlines(facts, policy).filter((d) => missed(d, today))) {
    // A stage runs from its own start; the whole dispute from the day it was raised.
    const title = dispute.label.endsWith('to be resolved') ? `${iro} dispute not resolved in time` : `${iro} dispute stage overdue`;
    drafts.push({ code: 'IRO_DISPUTE_UNRESOLVED', urgency: 'MEDIUM', title, detail: `${dispute.label} by ${writtenDate(dispute.dueDate)}.`, dueDate: dispute.dueDate, rule: 'iroDispute' });
  }
  for (const record of reviewRecordDeadlines(facts, policy, 'SIGN_OFF').filter((d) => missed(d, today))) {
    drafts.push({ code: 'REVIEW_RECORD_NOT_SIGNED_OFF', urgency: 'LOW', title: 'Review record not signed off', detail: `${record.label} by ${writtenDate(record.dueDate)}.`, dueDate: record.dueDate, rule: 'reviewSignOff' });
  }
  for (const record of reviewRecordDeadlines(facts, policy, 'SHARE').filter((d) => missed(d, today))) {
    drafts.push({ code: 'REVIEW_RECORD_NOT_SHARED', urgency: 'LOW', title: 'Review record not shared with the child', detail: `${record.label} by ${writtenDate(record.dueDate)}.`, dueDate: record.dueDate, rule: 'reviewSignOff' });
  }

  const apart = facts.siblings.filter((s) => !s.livingTogether);
  const unassessed = apart.filter((s) => !s.hasAssessment);
  if (unassessed.length > 0) {
    drafts.push({ code: 'SIBLINGS_APART_NO_ASSESSMENT', urgency: 'MEDIUM', title: 'Brothers or sisters apart without a together-or-apart assessment', detail: 'Assess whether they should live together.', evidence: unassessed.map((s) => s.siblingFirstName), rule: 'siblingsAssessment' });
  }
  const outOfTouch = apart.filter((s) => !s.hasKeepingInTouchPlan);
  if (outOfTouch.length > 0) {
    drafts.push({ code: 'SIBLINGS_APART_NO_KEEPING_IN_TOUCH_PLAN', urgency: 'MEDIUM', title: 'Brothers or sisters apart without a keeping-in-touch plan', detail: 'Agree how they keep in touch.', evidence: outOfTouch.map((s) => s.siblingFirstName), rule: 'siblingsKeepingInTouch' });
  }

  const unanswered = facts.views
    .filter((v) => v.repliedAt === null)
    .map((v) => ({ sentAt: v.sentAt, due: addWorkingDays(v.sentAt, profileInForce(policy, v.sentAt).viewReplyWorkingDays, profile.extraHolidays) }))
    .filter((v) => v.due < today)
    .sort((a, b) => compareDates(a.due, b.due));
  if (unanswered.length > 0) {
    drafts.push({ code: 'VIEW_NOT_REPLIED', urgency: 'MEDIUM', title: "The child's views have had no reply", detail: `${plural(unanswered.length, 'view')} waiting for a reply.`, evidence: unanswered.map((v) => `Sent ${writtenDate(v.sentAt)}, reply due ${writtenDate(v.due)}`), dueDate: unanswered[0].due, rule: 'viewReply' });
  }

  if (isOfAdvocacyAge(facts.dateOfBirth, today, policy) && facts.advocacyOfferedOn === null && facts.advocacyReferrals.length === 0) {
    drafts.push({ code: 'ADVOCACY_NOT_OFFERED', urgency: 'LOW', title: 'Advocacy never offered', detail: `Children aged ${profile.advocacyMinAge} to ${profile.advocacyMaxAge} are offered an independent advocate.`, evidence: [`Aged ${age}`], rule: 'advocacy' });
  }
  return drafts;
}

/** Most urgent first, then the longest overdue, then dated before undated. */
export function compareAlerts(a: Alert, b: Alert): number {
  const byUrgency = URGENCIES.indexOf(a.urgency) - URGENCIES.indexOf(b.urgency);
  if (byUrgency !== 0) return byUrgency;
  const overdue = (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1);
  if (overdue !== 0) return overdue;
  return a.childId.localeCompare(b.childId) || a.code.localeCompare(b.code);
}

/** Every alert for one child on `today`, most urgent first. Records dated after today are ignored. */
export function alertsForChild(facts: ChildFacts, policy: PolicyInput, today: IsoDate): Alert[] {
  const asOf = factsAsOf(facts, today);
  return draftsFor(asOf, policy, today)
    .map(({ rule, evidence, dueDate, ...draft }): Alert => ({
      ...draft,
      childId: facts.id,
      evidence: evidence ?? [],
      dueDate: dueDate ?? null,
      daysOverdue: overdueBy(dueDate ?? null, today),
      source: RULE_SOURCES[rule],
    }))
    .sort(compareAlerts);
}

/** The drift list across a caseload: most urgent first, then the longest overdue. */
export function driftList(children: readonly ChildFacts[], policy: PolicyInput, today: IsoDate): Alert[] {
  return children.flatMap((child) => alertsForChild(child, policy, today)).sort(compareAlerts);
}

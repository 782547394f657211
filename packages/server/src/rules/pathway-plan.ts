import type { ChildFacts } from './child-facts';
import { addMonths, addYears, maxDate, type IsoDate } from './iso-date';
import { profileInForce, type PolicyInput } from './policy-profile';
import { RULE_SOURCES } from './sources';
import type { Deadline } from './clocks';

/**
 * The pathway plan's clock (Bolton 3.2, Telford 8.0; statute: Children Act
 * 1989 Sch. 2 para 19B, Care Planning, Placement and Case Review (England)
 * Regulations 2010 regs 42-44, Care Leavers (England) Regulations 2010 reg 7).
 *
 * - A young person looked after at 16 (the council's pathway-plan age) is
 *   assessed within three months of that birthday (or of coming into care, if
 *   later), and the pathway plan follows the assessment: the first plan is due
 *   three months from the start.
 * - The plan is then reviewed at least every six months, while looked after and
 *   after leaving care, until 21.
 */
export const PATHWAY_PLAN_FIRST_MONTHS = 3;
export const PATHWAY_PLAN_REVIEW_MONTHS = 6;
export const PATHWAY_PLAN_UNTIL_AGE = 21;

export interface PathwayPlanFacts {
  dateOfBirth: IsoDate;
  dateLookedAfter: IsoDate | null;
  dateCeasedLookedAfter: IsoDate | null;
  /** The first pathway plan was agreed on. */
  pathwayPlanAgreedOn?: IsoDate | null;
  /** The plan was last reviewed on. */
  pathwayPlanReviewedOn?: IsoDate | null;
}

/** Looked after on or after the pathway-plan birthday: the young person has a pathway plan (an eligible or relevant child, or a care leaver). */
export function needsPathwayPlan(facts: PathwayPlanFacts, policy: PolicyInput, today: IsoDate): boolean {
  if (!facts.dateLookedAfter) return false;
  const from = addYears(facts.dateOfBirth, profileInForce(policy, today).pathwayPlanFromAge);
  if (today < from || today >= addYears(facts.dateOfBirth, PATHWAY_PLAN_UNTIL_AGE)) return false;
  // Care that ended before the pathway-plan birthday gives no pathway plan.
  return facts.dateCeasedLookedAfter === null || facts.dateCeasedLookedAfter >= from;
}

/** The next pathway plan date: the first plan, or the next six-monthly review. Null when no plan is needed on `today`. */
export function pathwayPlanDeadline(facts: PathwayPlanFacts | ChildFacts, policy: PolicyInput, today: IsoDate): Deadline | null {
  if (!needsPathwayPlan(facts, policy, today)) return null;
  const profile = profileInForce(policy, today);
  const from = maxDate(addYears(facts.dateOfBirth, profile.pathwayPlanFromAge), facts.dateLookedAfter as IsoDate);
  const agreed = facts.pathwayPlanAgreedOn ?? null;
  const common = { profileId: profile.id, profileEffectiveFrom: profile.effectiveFrom, metOn: null };
  if (!agreed) {
    return { rule: 'pathwayPlanFirst', label: 'The first pathway plan', startedOn: from, dueDate: addMonths(from, PATHWAY_PLAN_FIRST_MONTHS), source: RULE_SOURCES.pathwayPlanFirst, ...common };
  }
  const last = facts.pathwayPlanReviewedOn && facts.pathwayPlanReviewedOn > agreed ? facts.pathwayPlanReviewedOn : agreed;
  return { rule: 'pathwayPlanReview', label: 'The pathway plan review', startedOn: last, dueDate: addMonths(last, PATHWAY_PLAN_REVIEW_MONTHS), source: RULE_SOURCES.pathwayPlanReview, ...common };
}

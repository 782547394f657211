import type { FamilyFindingTeam, PlacementType, PlanOption, PlanStatus, PloStage, ReferralStatus } from '@forever-planning/shared';
import {
  addYears,
  alertsForChild,
  courtPosition,
  currentPlacement,
  daysBetween,
  familyFindingPosition,
  measuresForChild,
  placementMoves,
  placementOrderDate,
  planDeadline,
  profileInForce,
  type ChildFacts,
  type IsoDate,
  type PolicyInput,
} from '../../rules';

/**
 * One child's line in the permanence tracker, from the rules' facts. Pure: no
 * database, so the costs and days are checked against hand-computed fixtures.
 */
export interface TrackerOutcome {
  dueDate: IsoDate;
  completed: boolean;
}

export interface TrackerFigures {
  childId: string;
  planOption: PlanOption | null;
  planStatus: PlanStatus | null;
  daysInCare: number | null;
  /** When the plan must be endorsed (the second review, by default). */
  permanenceDueOn: IsoDate | null;
  /** The first plan achieved in this period of care. */
  permanenceAchievedOn: IsoDate | null;
  /**
   * Days from entering care (the start of this period of care) to permanence
   * achieved, or to today while it is not yet achieved; null if not in care.
   */
  daysToPermanence: number | null;
  outcomesCompleted: number;
  outcomesTotal: number;
  outcomesOverdue: number;
  placementType: PlacementType | null;
  inArea: boolean | null;
  weeklyCost: number;
  costToDate: number;
  projectedCostTo18: number;
  alertCodes: string[];
  /** Placement moves in the council's window up to today (12 months by default): the rules' one count. */
  movesInLast12Months: number;
  /** The PLO stage of the proceedings the rules follow (the open set, else the last); null with none. */
  courtStage: PloStage | null;
  /** Week of proceedings today while issued and not concluded, against the weeks allowed (26 unless the policy says otherwise). */
  courtWeek: number | null;
  courtWeeksAllowed: number | null;
  /** The open family-finding referral (else the last), and whether its search review or match is overdue. */
  familyFindingTeam: FamilyFindingTeam | null;
  familyFindingStatus: ReferralStatus | null;
  familyFindingOverdue: boolean;
}

const money = (n: number) => Math.round(n * 100) / 100;

/** Whole and part weeks from `today` to the 18th birthday; 0 once 18. */
export function weeksUntil18(dateOfBirth: IsoDate, today: IsoDate): number {
  return Math.max(0, daysBetween(today, addYears(dateOfBirth, 18))) / 7;
}

/** Bolton's lifetime costing: cost to date plus the current weekly cost until the 18th birthday. */
export function projectedCostTo18(costToDate: number, weeklyCost: number, dateOfBirth: IsoDate, today: IsoDate): number {
  return money(costToDate + weeklyCost * weeksUntil18(dateOfBirth, today));
}

export function trackerFigures(facts: ChildFacts, policy: PolicyInput, today: IsoDate, outcomes: readonly TrackerOutcome[]): TrackerFigures {
  const measures = measuresForChild(facts, today);
  const latest = [...facts.plans].sort((a, b) => (a.planNumber ?? 0) - (b.planNumber ?? 0)).pop() ?? null;
  const placement = currentPlacement({ ...facts, placements: facts.placements.filter((p) => p.startDate <= today) });
  const weeklyCost = placement?.weeklyCost ?? 0;
  const start = facts.dateLookedAfter;
  const court = courtPosition(facts.courtCases ?? [], today, (issuedOn) => profileInForce(policy, issuedOn).courtWeeks);
  const search = familyFindingPosition(facts.familyFindingReferrals ?? [], placementOrderDate(facts), today);
  // Only a plan achieved in this period of care counts: one achieved before the child came back into care does not.
  const achieved = start ? (facts.plans.map((p) => p.achievedAt).filter((d): d is IsoDate => d !== null && d >= start && d <= today).sort()[0] ?? null) : null;
  return {
    childId: facts.id,
    planOption: latest?.primaryOption ?? null,
    planStatus: latest?.status ?? null,
    daysInCare: measures.daysInCare,
    permanenceDueOn: planDeadline(facts, policy)?.dueDate ?? null,
    permanenceAchievedOn: achieved,
    daysToPermanence: start && start <= today ? (achieved ? daysBetween(start, achieved) : measures.daysInCare) : null,
    outcomesCompleted: outcomes.filter((o) => o.completed).length,
    outcomesTotal: outcomes.length,
    outcomesOverdue: outcomes.filter((o) => !o.completed && o.dueDate < today).length,
    placementType: placement?.type ?? null,
    inArea: placement ? placement.inArea : null,
    weeklyCost,
    costToDate: measures.placementCostToDate,
    projectedCostTo18: projectedCostTo18(measures.placementCostToDate, weeklyCost, facts.dateOfBirth, today),
    alertCodes: alertsForChild(facts, policy, today).map((a) => a.code),
    movesInLast12Months: placementMoves(facts, policy, today).moves.length,
    courtStage: court?.stage ?? null,
    courtWeek: court?.week ?? null,
    courtWeeksAllowed: court?.weeksAllowed ?? null,
    familyFindingTeam: search?.team ?? null,
    familyFindingStatus: search?.status ?? null,
    familyFindingOverdue: search?.overdue ?? false,
  };
}

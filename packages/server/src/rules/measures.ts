import type { ChildFacts } from './child-facts';
import { compareDates, daysBetween, type IsoDate } from './iso-date';

export interface ChildMeasures {
  childId: string;
  /** Days looked after in the current period, up to ceasing or `today`. */
  daysInCare: number | null;
  /** Days from becoming looked after to the first plan achieved; null while not achieved. */
  daysToPermanence: number | null;
  /** Adoption scorecard A1: becoming looked after to moving in with the adoptive family. */
  daysEnteringCareToAdoptiveFamily: number | null;
  /** Adoption scorecard A2: placement order to the match with adopters. */
  daysPlacementOrderToMatch: number | null;
  /** Weekly cost × weeks in each placement, to `today`. */
  placementCostToDate: number;
}

/**
 * The day the child moved in with the adoptive family: the adoptive placement,
 * or an earlier fostering-for-adoption placement with the same carers (the
 * scorecard counts from there).
 */
export function movedInWithAdopters(facts: ChildFacts): IsoDate | null {
  const sorted = [...facts.placements].sort((a, b) => compareDates(a.startDate, b.startDate));
  const adoptive = sorted.find((p) => p.type === 'ADOPTIVE_PLACEMENT');
  if (!adoptive) return null;
  const earlier = sorted.find((p) => p.type === 'FOSTERING_FOR_ADOPTION' && p.carerName === adoptive.carerName);
  return earlier?.startDate ?? adoptive.startDate;
}

function span(from: IsoDate | null | undefined, to: IsoDate | null | undefined): number | null {
  return from && to ? daysBetween(from, to) : null;
}

export function measuresForChild(facts: ChildFacts, today: IsoDate): ChildMeasures {
  const start = facts.dateLookedAfter;
  const achieved = facts.plans
    .map((p) => p.achievedAt)
    .filter((d): d is IsoDate => d !== null && d <= today)
    .sort(compareDates)[0];
  const placementOrder = facts.legalStatuses
    .filter((s) => s.status === 'PLACEMENT_ORDER')
    .map((s) => s.startDate)
    .sort(compareDates)[0];
  const cost = facts.placements.reduce((total, p) => {
    if (p.startDate > today) return total;
    const end = p.endDate && p.endDate < today ? p.endDate : today;
    return total + ((p.weeklyCost ?? 0) * daysBetween(p.startDate, end)) / 7;
  }, 0);
  return {
    childId: facts.id,
    daysInCare: start && start <= today ? daysBetween(start, facts.dateCeasedLookedAfter && facts.dateCeasedLookedAfter < today ? facts.dateCeasedLookedAfter : today) : null,
    daysToPermanence: span(start, achieved),
    daysEnteringCareToAdoptiveFamily: span(start, movedInWithAdopters(facts)),
    daysPlacementOrderToMatch: span(placementOrder, facts.adoptionMatchedOn),
    placementCostToDate: Math.round(cost * 100) / 100,
  };
}

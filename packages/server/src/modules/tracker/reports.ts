import { PLACEMENT_TYPES, PLACEMENT_TYPE_LABELS, type PlacementType } from '@forever-planning/shared';
import { compareDates, daysBetween, measuresForChild, movedInWithAdopters, type ChildFacts, type IsoDate } from '../../rules';

/** A reporting period, both days included. */
export interface Period {
  from: IsoDate;
  to: IsoDate;
}

const lookedAfterOn = (f: ChildFacts, day: IsoDate) =>
  f.dateLookedAfter !== null && f.dateLookedAfter <= day && (f.dateCeasedLookedAfter === null || f.dateCeasedLookedAfter > day);

const lookedAfterDuring = (f: ChildFacts, p: Period) =>
  f.dateLookedAfter !== null && f.dateLookedAfter <= p.to && (f.dateCeasedLookedAfter === null || f.dateCeasedLookedAfter >= p.from);

const placementOn = (f: ChildFacts, day: IsoDate) =>
  [...f.placements].filter((pl) => pl.startDate <= day && (pl.endDate === null || pl.endDate > day)).sort((a, b) => compareDates(a.startDate, b.startDate)).pop() ?? null;

const inPeriod = (d: IsoDate | null | undefined, p: Period): boolean => d !== null && d !== undefined && d >= p.from && d <= p.to;

export interface PlacementTypeCount {
  placementType: PlacementType | null;
  label: string;
  children: number;
}

/** Bolton 11.3 quarterly counts: looked after at the end of the period, and by placement type then. */
export function quarterlyCounts(children: readonly ChildFacts[], p: Period): { lookedAfter: ChildFacts[]; started: number; ceased: number; byPlacementType: PlacementTypeCount[] } {
  const lookedAfter = children.filter((f) => lookedAfterOn(f, p.to));
  const counts = new Map<PlacementType | null, number>();
  for (const f of lookedAfter) {
    const type = placementOn(f, p.to)?.type ?? null;
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const byPlacementType = [...PLACEMENT_TYPES, null]
    .map((t) => ({ placementType: t, label: t ? PLACEMENT_TYPE_LABELS[t] : 'No placement recorded', children: counts.get(t) ?? 0 }))
    .filter((c) => c.children > 0 || c.placementType !== null);
  return {
    lookedAfter,
    started: children.filter((f) => inPeriod(f.dateLookedAfter, p)).length,
    ceased: children.filter((f) => inPeriod(f.dateCeasedLookedAfter, p)).length,
    byPlacementType,
  };
}

export const INDICATORS = [
  'SUPPORTED_AT_HOME_OR_WITH_KIN',
  'RETURNED_TO_PARENTS',
  'ORDERS_DISCHARGED_OR_STEPPED_DOWN',
  'MATCHED_WITH_LONG_TERM_FOSTER_CARERS',
  'THREE_OR_MORE_MOVES',
  'BROTHERS_AND_SISTERS_PLACED_TOGETHER',
  'STEPPED_UP_INTO_CARE',
  'ADOPTION_TIMELINESS_A1',
  'ADOPTION_TIMELINESS_A2',
] as const;
export type IndicatorCode = (typeof INDICATORS)[number];

export interface Indicator {
  code: IndicatorCode;
  label: string;
  /** Children counted (for the adoption measures: children adopted or matched). */
  count: number;
  /** Children it is out of, where that makes sense. */
  outOf: number | null;
  /** Average days, for the timeliness measures. */
  averageDays: number | null;
  childIds: string[];
}

const CARE_ORDERS = ['INTERIM_CARE_ORDER', 'FULL_CARE_ORDER', 'PLACEMENT_ORDER'];
const STEP_DOWN_ORDERS = ['SUPERVISION_ORDER', 'CHILD_ARRANGEMENTS_ORDER', 'SPECIAL_GUARDIANSHIP_ORDER', 'ADOPTION_ORDER'];

/** Moves in the period: placements starting in it after the first placement of the period of care. */
export function movesIn(f: ChildFacts, p: Period): number {
  return f.placements.filter((pl) => inPeriod(pl.startDate, p) && pl.startDate !== f.dateLookedAfter).length;
}

const average = (values: number[]): number | null => (values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : null);

/** The brief's yearly measures (Bolton 11, Torbay 2.5) for children looked after at some time in the period. */
export function annualIndicators(children: readonly ChildFacts[], p: Period): Indicator[] {
  const cohort = children.filter((f) => lookedAfterDuring(f, p));
  const ids = (list: ChildFacts[]) => list.map((f) => f.id);
  const make = (code: IndicatorCode, label: string, list: ChildFacts[], outOf: number | null, averageDays: number | null = null): Indicator => ({
    code, label, count: list.length, outOf, averageDays, childIds: ids(list),
  });
  const atHomeOrKin = cohort.filter((f) =>
    f.placements.some((pl) => (pl.type === 'PARENTS' || pl.type === 'CONNECTED_PERSON') && pl.startDate <= p.to && (pl.endDate === null || pl.endDate >= p.from)),
  );
  const returned = cohort.filter(
    (f) =>
      f.placements.some((pl) => pl.type === 'PARENTS' && inPeriod(pl.startDate, p) && pl.startDate !== f.dateLookedAfter) ||
      (inPeriod(f.dateCeasedLookedAfter, p) && [...f.placements].sort((a, b) => compareDates(a.startDate, b.startDate)).pop()?.type === 'PARENTS'),
  );
  const discharged = cohort.filter((f) =>
    f.legalStatuses.some((l) => {
      if (!CARE_ORDERS.includes(l.status) || !inPeriod(l.endDate, p)) return false;
      const next = f.legalStatuses.find((n) => n.startDate === l.endDate);
      return !next || STEP_DOWN_ORDERS.includes(next.status);
    }),
  );
  const longTerm = cohort.filter((f) => f.placements.some((pl) => pl.type === 'LONG_TERM_FOSTER' && inPeriod(pl.startDate, p)));
  const moves = cohort.filter((f) => movesIn(f, p) >= 3);
  const withSiblings = cohort.filter((f) => f.siblings.length > 0);
  const together = withSiblings.filter((f) => f.siblings.some((s) => s.livingTogether));
  // Bolton 11.3 "cases stepping up to children's social care": of the children the product holds, those who came into care in the period.
  const steppedUp = cohort.filter((f) => inPeriod(f.dateLookedAfter, p));
  const adopted = cohort.filter((f) => inPeriod(movedInWithAdopters(f), p));
  const matched = cohort.filter((f) => inPeriod(f.adoptionMatchedOn, p));
  const a1 = adopted.map((f) => measuresForChild(f, p.to).daysEnteringCareToAdoptiveFamily).filter((d): d is number => d !== null);
  const a2 = matched.map((f) => measuresForChild(f, p.to).daysPlacementOrderToMatch).filter((d): d is number => d !== null);
  return [
    make('SUPPORTED_AT_HOME_OR_WITH_KIN', 'Supported at home or with family and friends (kin)', atHomeOrKin, cohort.length),
    make('RETURNED_TO_PARENTS', 'Returned to parents', returned, cohort.length),
    make('ORDERS_DISCHARGED_OR_STEPPED_DOWN', 'Care orders discharged or stepped down', discharged, cohort.length),
    make('MATCHED_WITH_LONG_TERM_FOSTER_CARERS', 'Matched with long-term foster carers', longTerm, cohort.length),
    make('THREE_OR_MORE_MOVES', 'Three or more placement moves in the period', moves, cohort.length),
    make('BROTHERS_AND_SISTERS_PLACED_TOGETHER', 'Placed with at least one brother or sister (of those who have one)', together, withSiblings.length),
    make('STEPPED_UP_INTO_CARE', 'Stepped up into care: started to be looked after in the period', steppedUp, cohort.length),
    make('ADOPTION_TIMELINESS_A1', 'Adoption A1: days from entering care to moving in with the adoptive family (average)', adopted, null, average(a1)),
    make('ADOPTION_TIMELINESS_A2', 'Adoption A2: days from placement order to match with adopters (average)', matched, null, average(a2)),
  ];
}

/** Periods the reports accept: in order, from 2000, no longer than five years. */
export function periodProblem(p: Period, today: IsoDate): { field: 'from' | 'to'; message: string } | null {
  if (p.from > p.to) return { field: 'from', message: 'from must be on or before to.' };
  if (p.from < '2000-01-01') return { field: 'from', message: 'from must be in 2000 or later.' };
  if (daysBetween(today, p.to) > 366) return { field: 'to', message: 'to must be no more than a year from today.' };
  if (daysBetween(p.from, p.to) > 5 * 366) return { field: 'to', message: 'The period can be at most five years long.' };
  return null;
}

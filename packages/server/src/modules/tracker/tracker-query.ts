import { PLACEMENT_TYPE_LABELS, PLAN_OPTION_LABELS, PLAN_STATUS_LABELS, type PlacementType, type PlanOption, type PlanStatus } from '@forever-planning/shared';
import type { TrackerFigures } from './tracker-row';

/** A tracker line with who the child is and which team holds the case. */
export interface TrackerLine extends TrackerFigures {
  name: string;
  localId: string;
  teamId: string;
  teamName: string;
}

export interface TrackerFilterSpec {
  teamId?: string | null;
  placementType?: PlacementType | null;
  planOption?: PlanOption | null;
  planStatus?: PlanStatus | null;
  inArea?: boolean | null;
  withAlerts?: boolean | null;
}

export const TRACKER_SORT_FIELDS = ['NAME', 'DAYS_IN_CARE', 'PERMANENCE_DUE', 'WEEKLY_COST', 'COST_TO_DATE', 'PROJECTED_COST_TO_18', 'ALERTS'] as const;
export type TrackerSortField = (typeof TRACKER_SORT_FIELDS)[number];
export const TRACKER_GROUPS = ['TEAM', 'PLACEMENT_TYPE', 'PLAN_OPTION', 'PLAN_STATUS'] as const;
export type TrackerGroupBy = (typeof TRACKER_GROUPS)[number];

export interface TrackerTotals {
  key: string;
  label: string;
  children: number;
  weeklyCost: number;
  costToDate: number;
  projectedCostTo18: number;
  alerts: number;
}

export function filterLines(lines: readonly TrackerLine[], f: TrackerFilterSpec | undefined): TrackerLine[] {
  if (!f) return [...lines];
  return lines.filter(
    (l) =>
      (!f.teamId || l.teamId === f.teamId) &&
      (!f.placementType || l.placementType === f.placementType) &&
      (!f.planOption || l.planOption === f.planOption) &&
      (!f.planStatus || l.planStatus === f.planStatus) &&
      (f.inArea === null || f.inArea === undefined || l.inArea === f.inArea) &&
      (f.withAlerts === null || f.withAlerts === undefined || l.alertCodes.length > 0 === f.withAlerts),
  );
}

const SORT_KEY: Record<TrackerSortField, (l: TrackerLine) => string | number | null> = {
  NAME: (l) => l.name.toLowerCase(),
  DAYS_IN_CARE: (l) => l.daysInCare,
  PERMANENCE_DUE: (l) => l.permanenceDueOn,
  WEEKLY_COST: (l) => l.weeklyCost,
  COST_TO_DATE: (l) => l.costToDate,
  PROJECTED_COST_TO_18: (l) => l.projectedCostTo18,
  ALERTS: (l) => l.alertCodes.length,
};

/** Where a line sits in a sorted tracker: the sort key, then name, then id (unique, so the order is total). */
export interface TrackerPosition {
  key: string | number | null;
  name: string;
  childId: string;
}

export const positionOf = (l: TrackerLine, field: TrackerSortField): TrackerPosition => ({ key: SORT_KEY[field](l), name: l.name, childId: l.childId });

/**
 * String.prototype.localeCompare's order, from one collator made once: ECMA-402 defines localeCompare
 * with no locale as this collator's compare, but each call of it looks the collator up again.
 */
const compareText = new Intl.Collator().compare;

/** Stable order: the chosen key (empty values last), then name, then id. */
export function comparePositions(a: TrackerPosition, b: TrackerPosition, descending = false): number {
  if (a.key !== b.key) {
    if (a.key === null) return 1;
    if (b.key === null) return -1;
    return (a.key < b.key ? -1 : 1) * (descending ? -1 : 1);
  }
  return compareText(a.name, b.name) || compareText(a.childId, b.childId);
}

export function sortLines(lines: readonly TrackerLine[], field: TrackerSortField = 'NAME', descending = false): TrackerLine[] {
  // Each line's position worked out once, not twice per comparison.
  const placed = lines.map((line) => ({ line, at: positionOf(line, field) }));
  placed.sort((a, b) => comparePositions(a.at, b.at, descending));
  return placed.map((p) => p.line);
}

/** Where the lines after `position` start in lines sorted by `field` (binary search): lines.length when none follow it. */
export function startAfter(sorted: readonly TrackerLine[], field: TrackerSortField, descending: boolean, position: TrackerPosition): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (comparePositions(positionOf(sorted[mid], field), position, descending) > 0) high = mid;
    else low = mid + 1;
  }
  return low;
}

const money = (n: number) => Math.round(n * 100) / 100;

export function totalsOf(key: string, label: string, lines: readonly TrackerLine[]): TrackerTotals {
  return {
    key,
    label,
    children: lines.length,
    weeklyCost: money(lines.reduce((s, l) => s + l.weeklyCost, 0)),
    costToDate: money(lines.reduce((s, l) => s + l.costToDate, 0)),
    projectedCostTo18: money(lines.reduce((s, l) => s + l.projectedCostTo18, 0)),
    alerts: lines.reduce((s, l) => s + l.alertCodes.length, 0),
  };
}

const GROUP_KEY: Record<TrackerGroupBy, (l: TrackerLine) => [string, string]> = {
  TEAM: (l) => [l.teamId, l.teamName],
  PLACEMENT_TYPE: (l) => [l.placementType ?? 'NONE', l.placementType ? PLACEMENT_TYPE_LABELS[l.placementType] : 'No placement'],
  PLAN_OPTION: (l) => [l.planOption ?? 'NONE', l.planOption ? PLAN_OPTION_LABELS[l.planOption] : 'No plan'],
  PLAN_STATUS: (l) => [l.planStatus ?? 'NONE', l.planStatus ? PLAN_STATUS_LABELS[l.planStatus] : 'No plan'],
};

/** Group totals, largest group first. */
export function groupLines(lines: readonly TrackerLine[], by: TrackerGroupBy): TrackerTotals[] {
  const groups = new Map<string, { label: string; lines: TrackerLine[] }>();
  for (const line of lines) {
    const [key, label] = GROUP_KEY[by](line);
    const group = groups.get(key) ?? { label, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => totalsOf(key, g.label, g.lines))
    .sort((a, b) => b.children - a.children || compareText(a.label, b.label));
}

export interface ChartBar {
  key: string;
  label: string;
  children: number;
}

/** A band of days from entering care to permanence: children who achieved it within the band, and children still waiting that long. */
export interface PermanenceBand {
  key: string;
  label: string;
  fromDays: number;
  /** Exclusive; null for the last, open band. */
  toDays: number | null;
  achieved: number;
  waiting: number;
}

export interface TrackerCharts {
  byPlacementType: ChartBar[];
  timeToPermanence: PermanenceBand[];
  stability: ChartBar[];
}

export const PERMANENCE_BANDS: readonly Omit<PermanenceBand, 'achieved' | 'waiting'>[] = [
  { key: 'UNDER_6_MONTHS', label: 'Under 6 months', fromDays: 0, toDays: 183 },
  { key: '6_TO_12_MONTHS', label: '6 to 12 months', fromDays: 183, toDays: 365 },
  { key: '1_TO_2_YEARS', label: '1 to 2 years', fromDays: 365, toDays: 730 },
  { key: '2_YEARS_OR_MORE', label: '2 years or more', fromDays: 730, toDays: null },
];

const MOVE_BANDS = ['No moves', '1 move', '2 moves', '3 or more moves'];

/**
 * The tracker's charts over every matching line (not one page): children by
 * placement type, the distribution of days to permanence (achieved, or still
 * waiting), and placement moves in the last 12 months.
 */
export function trackerCharts(lines: readonly TrackerLine[]): TrackerCharts {
  const timeToPermanence = PERMANENCE_BANDS.map((band) => {
    const inBand = lines.filter((l) => l.daysToPermanence !== null && l.daysToPermanence >= band.fromDays && (band.toDays === null || l.daysToPermanence < band.toDays));
    const achieved = inBand.filter((l) => l.permanenceAchievedOn !== null).length;
    return { ...band, achieved, waiting: inBand.length - achieved };
  });
  const stability = MOVE_BANDS.map((label, moves) => ({
    key: String(moves),
    label,
    children: lines.filter((l) => Math.min(l.movesInLast12Months, MOVE_BANDS.length - 1) === moves).length,
  }));
  const byPlacementType = groupLines(lines, 'PLACEMENT_TYPE').map((g) => ({ key: g.key, label: g.label, children: g.children }));
  return { byPlacementType, timeToPermanence, stability };
}

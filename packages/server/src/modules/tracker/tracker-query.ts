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

/** Stable order: the chosen key (empty values last), then name, then id. */
export function sortLines(lines: readonly TrackerLine[], field: TrackerSortField = 'NAME', descending = false): TrackerLine[] {
  const key = SORT_KEY[field];
  const cmp = (a: string | number | null, b: string | number | null): number => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    return (a < b ? -1 : 1) * (descending ? -1 : 1);
  };
  return [...lines].sort((a, b) => cmp(key(a), key(b)) || a.name.localeCompare(b.name) || a.childId.localeCompare(b.childId));
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
    .sort((a, b) => b.children - a.children || a.label.localeCompare(b.label));
}

import {
  filterLines,
  groupLines,
  sortLines,
  startAfter,
  totalsOf,
  trackerCharts,
  type TrackerCharts,
  type TrackerFilterSpec,
  type TrackerGroupBy,
  type TrackerLine,
  type TrackerPosition,
  type TrackerSortField,
  type TrackerTotals,
} from './tracker-query';
import { LRUCache } from 'lru-cache';

/** The tracker over one set of lines, one filter and one order: every matching line sorted, and what is counted over them. */
export interface TrackerView {
  readonly all: readonly TrackerLine[];
  readonly totals: TrackerTotals;
  readonly charts: TrackerCharts;
  groups(by: TrackerGroupBy): readonly TrackerTotals[];
  /** Where the lines after a cursor's position start. */
  startAfter(position: TrackerPosition): number;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function makeView(lines: readonly TrackerLine[], filter: TrackerFilterSpec | undefined, sort: TrackerSortField, descending: boolean): TrackerView {
  const all = Object.freeze(sortLines(filterLines(lines, filter), sort, descending));
  const groups = new Map<TrackerGroupBy, readonly TrackerTotals[]>();
  return {
    all,
    totals: deepFreeze(totalsOf('ALL', 'All children', all)),
    charts: deepFreeze(trackerCharts(all)),
    groups(by) {
      let found = groups.get(by);
      if (!found) groups.set(by, (found = deepFreeze(groupLines(all, by))));
      return found;
    },
    startAfter: (position) => startAfter(all, sort, descending, position),
  };
}

/** Every filter field, in one order, so two filters that select differently never share a key. */
const filterKey = (f: TrackerFilterSpec | undefined): string =>
  JSON.stringify(f ? [f.teamId ?? null, f.placementType ?? null, f.planOption ?? null, f.planStatus ?? null, f.inArea ?? null, f.withAlerts ?? null] : null);

const sameLines = (a: readonly TrackerLine[], b: readonly TrackerLine[]): boolean => a === b || (a.length === b.length && a.every((line, i) => line === b[i]));

/**
 * The tracker's sorted lines, totals, groups and charts, kept per process for the sets of lines last
 * asked for, least recently used first out. A view is reused only when the very same line objects come
 * back in the same order: TrackerService gives a child the same line object only while its facts
 * version, the day, the council's policy versions and its name, case number and team are unchanged,
 * so the same objects mean the same children (the exact set the actor's reach statement returned) with
 * the same figures, and the answer cannot differ. Anything else (a child changed, joined or left the
 * set, another actor's reach, a new day, a policy change) works the view out again.
 *
 * Bounded twice: at most `maxViews` views, and at most `maxLines` lines held across them (a view also
 * holds lines that have since been replaced, until it is pushed out).
 */
export class TrackerViews {
  private readonly kept: LRUCache<string, { lines: readonly TrackerLine[]; view: TrackerView }>;

  constructor(maxViews = 48, maxLines = 20_000) {
    // lru-cache weighs each entry (at least 1: its rule) and drops an entry heavier than the whole budget.
    this.kept = new LRUCache({ max: maxViews, maxSize: maxLines, sizeCalculation: (entry) => Math.max(1, entry.lines.length) });
  }

  /** `scope`: who the lines belong to (the council); part of the key, so a view is only compared with its own. */
  view(scope: string, lines: readonly TrackerLine[], filter: TrackerFilterSpec | undefined, sort: TrackerSortField, descending: boolean): TrackerView {
    const key = [scope, sort, descending, filterKey(filter), lines.length, lines[0]?.childId ?? '', lines.at(-1)?.childId ?? ''].join('\u0000');
    const found = this.kept.get(key);
    const view = found && sameLines(found.lines, lines) ? found.view : makeView(lines, filter, sort, descending);
    this.kept.set(key, { lines, view });
    return view;
  }

  /** How many views and lines are kept (for tests of the bounds). */
  get size(): { views: number; lines: number } {
    return { views: this.kept.size, lines: this.kept.calculatedSize };
  }
}

import type { PlanOption } from '@forever-planning/shared';

/** The parts of a plan version that "what changed between versions" compares. */
export interface PlanSnapshot {
  primaryOption: PlanOption | null;
  childWishes: string | null;
  bottomLines: string | null;
  consequenceOfNoChange: string | null;
  childFriendlySummary: string | null;
  contingencies: { option: PlanOption }[];
  outcomes: { outcome: string; measure: string; actions: string; byWhom: string; dueDate: string; progress: string | null; completed: boolean }[];
}

export interface PlanChange {
  field: string;
  outcome: string | null;
  before: string | null;
  after: string | null;
}

const PLAN_FIELDS = ['primaryOption', 'childWishes', 'bottomLines', 'consequenceOfNoChange', 'childFriendlySummary'] as const;
const OUTCOME_FIELDS = ['measure', 'actions', 'byWhom', 'dueDate', 'progress', 'completed'] as const;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The differences from the previous version to this one. Outcomes are matched
 * by their planned-outcome words: an outcome whose words were rewritten shows
 * as one removed and one added.
 */
export function planChanges(previous: PlanSnapshot | null, current: PlanSnapshot): PlanChange[] {
  if (!previous) return [];
  const changes: PlanChange[] = [];
  for (const field of PLAN_FIELDS) {
    if (previous[field] !== current[field]) changes.push({ field, outcome: null, before: previous[field], after: current[field] });
  }
  const before = previous.contingencies.map((c) => c.option).join(', ');
  const after = current.contingencies.map((c) => c.option).join(', ');
  if (before !== after) changes.push({ field: 'contingencies', outcome: null, before: before || null, after: after || null });

  const earlier = new Map(previous.outcomes.map((o) => [o.outcome, o]));
  const now = new Set(current.outcomes.map((o) => o.outcome));
  for (const o of current.outcomes) {
    const was = earlier.get(o.outcome);
    if (!was) {
      changes.push({ field: 'outcomeAdded', outcome: o.outcome, before: null, after: o.outcome });
      continue;
    }
    for (const field of OUTCOME_FIELDS) {
      if (text(was[field]) !== text(o[field])) changes.push({ field, outcome: o.outcome, before: text(was[field]), after: text(o[field]) });
    }
  }
  for (const o of previous.outcomes) {
    if (!now.has(o.outcome)) changes.push({ field: 'outcomeRemoved', outcome: o.outcome, before: o.outcome, after: null });
  }
  return changes;
}

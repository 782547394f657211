import type { PlanOption } from '@forever-planning/shared';

/** The plan's own fields that "what changed between versions" compares, in the order a reader meets them. */
export const PLAN_COMPARED_FIELDS = [
  'primaryOption', 'childWishes', 'safetyPeople', 'monitoringPeople', 'peopleToAvoid', 'safetyPlanLasts', 'wordsAndPicturesAge',
  'bottomLines', 'consequenceOfNoChange', 'familyAgreement', 'familyComments', 'familyConsidered', 'familyConsideredInChildWords',
  'permanenceTargetDate', 'childFriendlySummary',
] as const;
// The panel's recommendation and decision belong to the version the panel saw: shown with each version, not listed as changes.
export type PlanComparedField = (typeof PLAN_COMPARED_FIELDS)[number];

export interface ActionSnapshot {
  action: string;
  byWhom: string;
  withinWeeks: number | null;
  dueDate: string;
  progress: string | null;
  completed: boolean;
}

/** The parts of a plan version that "what changed between versions" compares. */
export type PlanSnapshot = Record<PlanComparedField, string | number | null> & {
  primaryOption: PlanOption | null;
  contingencies: { option: PlanOption }[];
  outcomes: { outcome: string; measure: string; optionTrack: string | null; progress: string | null; completed: boolean; actions: ActionSnapshot[] }[];
};

export interface PlanChange {
  field: string;
  outcome: string | null;
  before: string | null;
  after: string | null;
}

const OUTCOME_FIELDS = ['measure', 'optionTrack', 'progress', 'completed'] as const;

/** "1 February 2027": the date as people write it. */
const written = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An action in one line: "Angie: Angie will get to contact on time (within 4 weeks, by 1 February 2027)". */
export function actionLine(a: ActionSnapshot): string {
  const when = a.withinWeeks !== null ? `within ${a.withinWeeks} weeks, by ${written(a.dueDate)}` : `by ${written(a.dueDate)}`;
  return `${a.byWhom}: ${a.action} (${when})${a.completed ? ' (done)' : ''}${a.progress ? ` Progress: ${a.progress}` : ''}`;
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The differences from the previous version to this one. Outcomes are matched
 * by their planned-outcome words: an outcome whose words were rewritten shows
 * as one removed and one added.
 */
export function planChanges(previous: PlanSnapshot | null, current: PlanSnapshot): PlanChange[] {
  if (!previous) return [];
  const changes: PlanChange[] = [];
  for (const field of PLAN_COMPARED_FIELDS) {
    if (text(previous[field]) !== text(current[field])) changes.push({ field, outcome: null, before: text(previous[field]), after: text(current[field]) });
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
    // Actions are compared in order, as lines: a changed action shows its old and new line.
    const length = Math.max(was.actions.length, o.actions.length);
    for (let i = 0; i < length; i++) {
      const b = was.actions[i] ? actionLine(was.actions[i]) : null;
      const a = o.actions[i] ? actionLine(o.actions[i]) : null;
      if (a !== b) changes.push({ field: a === null ? 'actionRemoved' : b === null ? 'actionAdded' : 'action', outcome: o.outcome, before: b, after: a });
    }
  }
  for (const o of previous.outcomes) {
    if (!now.has(o.outcome)) changes.push({ field: 'outcomeRemoved', outcome: o.outcome, before: o.outcome, after: null });
  }
  return changes;
}

import { PLAN_IN_FORCE_STATUSES, type PlanStatus } from '@forever-planning/shared';

interface Version {
  planNumber: number;
  status: PlanStatus;
}

const newestFirst = <T extends Version>(versions: readonly T[]): T[] => [...versions].sort((a, b) => b.planNumber - a.planNumber);

/** The plan in force: the newest version a manager has approved (or that went further). */
export function planInForce<T extends Version>(versions: readonly T[]): T | null {
  return newestFirst(versions).find((v) => PLAN_IN_FORCE_STATUSES.includes(v.status)) ?? null;
}

/**
 * The child's current plan: the plan in force; before any version has been
 * approved, the newest version (a first draft, shown as a draft).
 */
export function currentPlanOf<T extends Version>(versions: readonly T[]): T | null {
  return planInForce(versions) ?? newestFirst(versions)[0] ?? null;
}

/** A newer version being worked on (a draft, submitted or returned) than the current plan; null when there is none. */
export function newerDraftOf<T extends Version>(versions: readonly T[]): T | null {
  const current = currentPlanOf(versions);
  const newest = newestFirst(versions)[0] ?? null;
  return newest && current && newest.planNumber > current.planNumber && (newest.status === 'DRAFT' || newest.status === 'PROPOSED') ? newest : null;
}

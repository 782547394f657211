import { PLAN_IN_FORCE_STATUSES } from '@forever-planning/shared';

const IN_FORCE = PLAN_IN_FORCE_STATUSES.map((s) => `'${s}'`).join(', ');

/**
 * The child's current plan as SQL joining `planAlias` to `childAlias`: the plan
 * in force (the newest version approved or further on), or before any approval
 * the newest version. The same choice as plan-in-force.ts's currentPlanOf.
 */
export const CURRENT_PLAN_SQL = (childAlias: string, planAlias: string) =>
  `${planAlias}.child_id = ${childAlias}.id AND ${planAlias}.deleted_at IS NULL AND ${planAlias}.plan_number = coalesce(
   (SELECT max(cp.plan_number) FROM plans cp WHERE cp.child_id = ${childAlias}.id AND cp.deleted_at IS NULL AND cp.status IN (${IN_FORCE})),
   (SELECT max(cp.plan_number) FROM plans cp WHERE cp.child_id = ${childAlias}.id AND cp.deleted_at IS NULL))`;

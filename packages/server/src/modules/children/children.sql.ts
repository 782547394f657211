/** The child's current plan: the latest plan number not deleted, as SQL joining `planAlias` to `childAlias`. */
export const CURRENT_PLAN_SQL = (childAlias: string, planAlias: string) =>
  `${planAlias}.child_id = ${childAlias}.id AND ${planAlias}.deleted_at IS NULL AND ${planAlias}.plan_number =
   (SELECT max(cp.plan_number) FROM plans cp WHERE cp.child_id = ${childAlias}.id AND cp.deleted_at IS NULL)`;

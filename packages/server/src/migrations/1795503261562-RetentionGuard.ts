import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nothing is deleted before its time, enforced by PostgreSQL itself.
 *
 * child_retention(child) is the one definition of how long a child's record
 * is kept (the API's retention list and the export read it too):
 *   looked after      until the child's Nth birthday (council setting, at least 75)
 *   adoption          N years (council setting, at least 100) from the adoption
 *                     order, or, before there is one, from the placement for adoption
 * whichever is later.
 *
 * A row trigger on the child and on every table of the child's record refuses
 * a hard DELETE while that date is in the future (SQLSTATE FPR01), and TRUNCATE
 * of those tables is refused outright. Soft deletes (UPDATE of deleted_at) are
 * untouched. Outcomes and contingencies of a DRAFT plan may still be removed
 * while the draft is edited; once a plan has left DRAFT they are kept.
 */
const CHILD_ID_TABLES = [
  'legal_statuses',
  'placements',
  'network_members',
  'plans',
  'meetings',
  'views',
  'life_story_items',
  'media',
  'advocacy_referrals',
  'matching_records',
  'child_messages',
  'case_facts',
  'iro_escalations',
  'subject_access_exports',
];
const GUARDED: [table: string, args: string][] = [
  ['children', `'id'`],
  ...CHILD_ID_TABLES.map((t): [string, string] => [t, `'child_id'`]),
  ['sibling_links', `'child_a_id', 'child_b_id'`],
  ['keeping_in_touch_plans', `'sibling_link_id'`],
  ['together_apart_assessments', `'sibling_link_id'`],
  ['plan_outcomes', `'plan_id'`],
  ['plan_contingencies', `'plan_id'`],
];

export class RetentionGuard1795503261562 implements MigrationInterface {
  name = 'RetentionGuard1795503261562';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION child_retention(p_child_id uuid)
      RETURNS TABLE (keep_until date, rule text, rule_from date)
      LANGUAGE sql STABLE AS $$
        WITH base AS (
          SELECT c.date_of_birth,
                 co.retention_looked_after_until_age AS until_age,
                 co.retention_adoption_years AS adoption_years,
                 (SELECT min(ls.start_date) FROM legal_statuses ls WHERE ls.child_id = c.id AND ls.status = 'ADOPTION_ORDER') AS order_date,
                 (SELECT min(p.start_date) FROM placements p WHERE p.child_id = c.id AND p.type = 'ADOPTIVE_PLACEMENT') AS placed_date
            FROM children c JOIN councils co ON co.id = c.council_id
           WHERE c.id = p_child_id
        ), dates AS (
          SELECT (date_of_birth + make_interval(years => until_age))::date AS looked_after_until,
                 date_of_birth,
                 (coalesce(order_date, placed_date) + make_interval(years => adoption_years))::date AS adoption_until,
                 coalesce(order_date, placed_date) AS adoption_from,
                 CASE WHEN order_date IS NOT NULL THEN 'ADOPTION_ORDER' ELSE 'PLACED_FOR_ADOPTION' END AS adoption_rule
            FROM base
        )
        SELECT CASE WHEN adoption_until > looked_after_until THEN adoption_until ELSE looked_after_until END,
               CASE WHEN adoption_until > looked_after_until THEN adoption_rule ELSE 'LOOKED_AFTER' END,
               CASE WHEN adoption_until > looked_after_until THEN adoption_from ELSE date_of_birth END
          FROM dates
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_delete_before_retention() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := to_jsonb(OLD);
        child_ids uuid[] := '{}';
        arg text;
        r record;
      BEGIN
        IF TG_TABLE_NAME IN ('plan_outcomes', 'plan_contingencies') THEN
          SELECT p.status, p.child_id INTO r FROM plans p WHERE p.id = (old_row ->> 'plan_id')::uuid;
          -- A draft's outcomes and options change while it is written; a deleted plan was checked itself.
          IF NOT FOUND OR r.status = 'DRAFT' THEN RETURN OLD; END IF;
          child_ids := ARRAY[r.child_id];
        ELSIF TG_TABLE_NAME IN ('keeping_in_touch_plans', 'together_apart_assessments') THEN
          SELECT ARRAY[l.child_a_id, l.child_b_id] INTO child_ids FROM sibling_links l WHERE l.id = (old_row ->> 'sibling_link_id')::uuid;
        ELSE
          FOREACH arg IN ARRAY TG_ARGV LOOP
            child_ids := child_ids || (old_row ->> arg)::uuid;
          END LOOP;
        END IF;
        FOR r IN SELECT cr.keep_until, cr.rule FROM unnest(child_ids) AS x(id), LATERAL child_retention(x.id) cr LOOP
          IF r.keep_until > current_date THEN
            RAISE EXCEPTION 'retention: a child''s record (%) must be kept until % (rule %)', TG_TABLE_NAME, r.keep_until, r.rule
              USING ERRCODE = 'FPR01', DETAIL = format('%s %s', r.keep_until, r.rule);
          END IF;
        END LOOP;
        RETURN OLD;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_truncate_of_child_records() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'retention: % holds children''s records and cannot be truncated', TG_TABLE_NAME USING ERRCODE = 'FPR01';
      END
      $$`);
    for (const [table, args] of GUARDED) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_kept_until_retention BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention(${args})`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...GUARDED].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_kept_until_retention ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION refuse_truncate_of_child_records()`);
    await queryRunner.query(`DROP FUNCTION refuse_delete_before_retention()`);
    await queryRunner.query(`DROP FUNCTION child_retention(uuid)`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * children.facts_version changes, in the same transaction, whenever anything
 * the statutory rules read about the child changes (the child's own dates, or
 * a row of one of the tables below). The API keeps each child's rules facts
 * for as long as that number stays the same, so a drift list or a tracker of
 * a whole council re-reads only the children whose records changed, and
 * every API process still sees every other process's writes at once.
 *
 * Values come from a sequence, so a number is never reused (not after a
 * rollback, nor after a restore).
 */
const BY_CHILD_ID = ['legal_statuses', 'placements', 'meetings', 'plans', 'views', 'advocacy_referrals', 'child_messages', 'case_facts', 'iro_escalations'];
const TRIGGERS: [table: string, kind: string][] = [
  ...BY_CHILD_ID.map((t): [string, string] => [t, 'child']),
  ['sibling_links', 'pair'],
  ['plan_contingencies', 'plan'],
  ['plan_outcomes', 'plan'],
  ['together_apart_assessments', 'link'],
  ['keeping_in_touch_plans', 'link'],
];

export class ChildFactsVersion1795510000000 implements MigrationInterface {
  name = 'ChildFactsVersion1795510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE child_facts_version_seq`);
    await queryRunner.query(`ALTER TABLE "children" ADD "facts_version" bigint NOT NULL DEFAULT nextval('child_facts_version_seq')`);
    await queryRunner.query(`
      CREATE FUNCTION touch_child_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        kind text := TG_ARGV[0];
        ids uuid[] := '{}';
        r jsonb;
      BEGIN
        FOR r IN SELECT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
            CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END]) AS x WHERE x IS NOT NULL LOOP
          IF kind = 'child' THEN
            ids := ids || (r ->> 'child_id')::uuid;
          ELSIF kind = 'pair' THEN
            ids := ids || (r ->> 'child_a_id')::uuid || (r ->> 'child_b_id')::uuid;
          ELSIF kind = 'plan' THEN
            ids := ids || (SELECT p.child_id FROM plans p WHERE p.id = (r ->> 'plan_id')::uuid);
          ELSIF kind = 'link' THEN
            ids := ids || coalesce((SELECT ARRAY[l.child_a_id, l.child_b_id] FROM sibling_links l WHERE l.id = (r ->> 'sibling_link_id')::uuid), '{}');
          END IF;
        END LOOP;
        -- In id order, so two transactions touching the same children cannot deadlock here.
        PERFORM 1 FROM children c WHERE c.id = ANY(ids) ORDER BY c.id FOR NO KEY UPDATE;
        UPDATE children SET facts_version = nextval('child_facts_version_seq') WHERE id = ANY(ids);
        RETURN NULL;
      END
      $$`);
    // The child's own facts, and a name that a brother's or sister's facts show.
    await queryRunner.query(`
      CREATE FUNCTION touch_own_child_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.date_of_birth, NEW.date_looked_after, NEW.date_ceased_looked_after, NEW.advocacy_offered_on, NEW.iro_allocated_on)
           IS DISTINCT FROM (OLD.date_of_birth, OLD.date_looked_after, OLD.date_ceased_looked_after, OLD.advocacy_offered_on, OLD.iro_allocated_on) THEN
          NEW.facts_version := nextval('child_facts_version_seq');
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION touch_sibling_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE children SET facts_version = nextval('child_facts_version_seq')
         WHERE id IN (SELECT CASE WHEN l.child_a_id = NEW.id THEN l.child_b_id ELSE l.child_a_id END
                        FROM sibling_links l WHERE NEW.id IN (l.child_a_id, l.child_b_id));
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER children_facts_version BEFORE UPDATE ON "children" FOR EACH ROW EXECUTE FUNCTION touch_own_child_facts()`);
    await queryRunner.query(`
      CREATE TRIGGER children_sibling_facts_version AFTER UPDATE OF preferred_name, legal_first_name ON "children" FOR EACH ROW
        WHEN ((NEW.preferred_name, NEW.legal_first_name) IS DISTINCT FROM (OLD.preferred_name, OLD.legal_first_name))
        EXECUTE FUNCTION touch_sibling_facts()`);
    // A facts_version bump made by these triggers is not a change of the child's record by the
    // person acting: children.updated_by (RecordsKnowWhoChangedThem) is stamped for direct writes only.
    await queryRunner.query(`DROP TRIGGER "children_stamp_updated_by" ON "children"`);
    await queryRunner.query(
      `CREATE TRIGGER "children_stamp_updated_by" BEFORE INSERT OR UPDATE ON "children" FOR EACH ROW WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION stamp_updated_by()`,
    );
    for (const [table, kind] of TRIGGERS) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_child_facts_version AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_child_facts('${kind}')`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of [...TRIGGERS].reverse()) await queryRunner.query(`DROP TRIGGER ${table}_child_facts_version ON "${table}"`);
    await queryRunner.query(`DROP TRIGGER "children_stamp_updated_by" ON "children"`);
    await queryRunner.query(`CREATE TRIGGER "children_stamp_updated_by" BEFORE INSERT OR UPDATE ON "children" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    await queryRunner.query(`DROP TRIGGER children_sibling_facts_version ON "children"`);
    await queryRunner.query(`DROP TRIGGER children_facts_version ON "children"`);
    await queryRunner.query(`DROP FUNCTION touch_sibling_facts()`);
    await queryRunner.query(`DROP FUNCTION touch_own_child_facts()`);
    await queryRunner.query(`DROP FUNCTION touch_child_facts()`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "facts_version"`);
    await queryRunner.query(`DROP SEQUENCE child_facts_version_seq`);
  }
}

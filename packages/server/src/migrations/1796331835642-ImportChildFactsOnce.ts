import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The row trigger as it was: every inserted, changed or deleted row bumps its child's facts_version. */
const BEFORE = `
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
      `;

/**
 * The SSDA903 import writes hundreds of thousands of placements, legal
 * statuses and reviews; the row trigger bumping the child's facts_version for
 * each was nine tenths of an insert's cost (5,000 placements: 1.86 s with it,
 * 0.15 s without). A transaction that sets forever_planning.child_facts_by_caller
 * to 'on' (SET LOCAL, only the import's batch transaction does) takes the bump
 * on itself: the import bumps each existing child it changed once, at the end
 * of the batch, and a child it creates gets a new facts_version as it is made.
 * Every other writer is unchanged.
 */
export class ImportChildFactsOnce1796331835642 implements MigrationInterface {
  name = 'ImportChildFactsOnce1796331835642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const after = BEFORE.replace(
      'BEGIN\n        FOR r IN',
      "BEGIN\n        IF current_setting('forever_planning.child_facts_by_caller', true) = 'on' THEN\n          RETURN NULL;\n        END IF;\n        FOR r IN",
    );
    if (after === BEFORE) throw new Error('touch_child_facts: the function body to change was not found');
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touch_child_facts() RETURNS trigger LANGUAGE plpgsql AS $$${after}$$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION touch_child_facts() RETURNS trigger LANGUAGE plpgsql AS $$${BEFORE}$$`);
  }
}

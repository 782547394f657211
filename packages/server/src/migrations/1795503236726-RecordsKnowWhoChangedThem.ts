import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows carry updated_by_id: every EditableRecord table at this migration. */
const TABLES = [
  'councils',
  'teams',
  'users',
  'children',
  'advocacy_referrals',
  'iro_escalations',
  'child_messages',
  'legal_statuses',
  'life_story_items',
  'matching_records',
  'plan_contingencies',
  'plan_outcomes',
  'plans',
  'meetings',
  'network_members',
  'placements',
  'sibling_links',
  'keeping_in_touch_plans',
  'together_apart_assessments',
  'views',
];

/**
 * Stamps the acting user on every insert and update, whatever the write path
 * (entity save, query builder or raw SQL). The user comes from the
 * transaction-local setting that database/acting-user.ts sets; a write with no
 * acting user (seeding, scheduled jobs) records null rather than a stale name.
 */
const STAMP_FUNCTION = `CREATE FUNCTION stamp_updated_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_by_id := nullif(current_setting('forever_planning.acting_user_id', true), '')::uuid;
  RETURN NEW;
END
$$`;

export class RecordsKnowWhoChangedThem1795503236726 implements MigrationInterface {
  name = 'RecordsKnowWhoChangedThem1795503236726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "teams" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "users" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "children" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "advocacy_referrals" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "legal_statuses" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "life_story_items" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "matching_records" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_contingencies" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "meetings" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "sibling_links" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "keeping_in_touch_plans" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "together_apart_assessments" ADD "updated_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "views" ADD "updated_by_id" uuid`);
    await queryRunner.query(STAMP_FUNCTION);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_stamp_updated_by" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "${table}_stamp_updated_by" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION stamp_updated_by()`);
    await queryRunner.query(`ALTER TABLE "views" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "together_apart_assessments" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "keeping_in_touch_plans" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "sibling_links" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "meetings" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "plan_contingencies" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "matching_records" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "life_story_items" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "legal_statuses" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "child_messages" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "advocacy_referrals" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "teams" DROP COLUMN "updated_by_id"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "updated_by_id"`);
  }
}

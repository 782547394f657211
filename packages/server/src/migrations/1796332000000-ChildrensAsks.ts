import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ChildrensAsks1796332000000 implements MigrationInterface {
  name = 'ChildrensAsks1796332000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" ADD "family_considered" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "family_considered_in_child_words" text`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "trusted_adult_role" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "shown_to_child" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "intended_duration" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "intended_until" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "duration_in_child_words" text`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "move_planned_for" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "move_to_carer_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "child_told_of_move_on" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "child_met_new_carer_on" date`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "new_carer_already_known" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plan_family_considered" CHECK ("family_considered" IS NULL OR "family_considered" IN ('CONSIDERED', 'BEING_CONSIDERED', 'NOT_CONSIDERED'))`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "network_member_trusted_adult_only" CHECK (("trusted_adult_role" IS NULL AND NOT "shown_to_child") OR "kind" = 'TRUSTED_ADULT')`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "network_member_trusted_adult_role" CHECK ("trusted_adult_role" IS NULL OR "trusted_adult_role" IN ('TEACHER', 'SCHOOL_KEY_WORKER', 'OTHER'))`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "placement_move_told" CHECK ("move_planned_for" IS NOT NULL OR ("child_told_of_move_on" IS NULL AND "child_met_new_carer_on" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "placement_intended_until" CHECK ("intended_until" IS NULL OR "intended_duration" = 'FIXED_PERIOD')`);
    await queryRunner.query(`ALTER TABLE "placements" ADD CONSTRAINT "placement_intended_duration" CHECK ("intended_duration" IS NULL OR "intended_duration" IN ('UNTIL_GROWN_UP', 'LONG_TERM', 'FIXED_PERIOD', 'NOT_YET_KNOWN'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placement_intended_duration"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placement_intended_until"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "placement_move_told"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "network_member_trusted_adult_role"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "network_member_trusted_adult_only"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plan_family_considered"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "new_carer_already_known"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "child_met_new_carer_on"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "child_told_of_move_on"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "move_to_carer_name"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "move_planned_for"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "duration_in_child_words"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "intended_until"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "intended_duration"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "shown_to_child"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "trusted_adult_role"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "family_considered_in_child_words"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "family_considered"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A prospective carer keeps the day the match was approved and, for adopters,
 * who they are and their legal status: the SSDA903 AD1 table is written from them.
 * Carers now at the approved match keep that day; those already further on had it
 * overwritten by the later stage and are left without one.
 */
export class AdoptionMatch1796316490327 implements MigrationInterface {
  name = 'AdoptionMatch1796316490327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prospective_carers" ADD "matched_on" date`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" ADD "adopters_sex" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" ADD "adopters_legal_status" character varying(3)`);
    await queryRunner.query(
      `ALTER TABLE "prospective_carers" ADD CONSTRAINT "prospective_carer_adopters_sex" CHECK ("adopters_sex" IS NULL OR "adopters_sex" IN ('M1', 'F1', 'MM', 'FF', 'MF'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospective_carers" ADD CONSTRAINT "prospective_carer_adopters_legal_status" CHECK ("adopters_legal_status" IS NULL OR "adopters_legal_status" IN ('L0', 'L11', 'L12', 'L2', 'L3', 'L4'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "prospective_carers" ADD CONSTRAINT "prospective_carer_adopters_only" CHECK ("kind" = 'ADOPTERS' OR ("adopters_sex" IS NULL AND "adopters_legal_status" IS NULL))`,
    );
    await queryRunner.query(`UPDATE "prospective_carers" SET "matched_on" = "stage_on" WHERE "stage" = 'MATCH_APPROVED'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP CONSTRAINT "prospective_carer_adopters_only"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP CONSTRAINT "prospective_carer_adopters_legal_status"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP CONSTRAINT "prospective_carer_adopters_sex"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP COLUMN "adopters_legal_status"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP COLUMN "adopters_sex"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP COLUMN "matched_on"`);
  }
}

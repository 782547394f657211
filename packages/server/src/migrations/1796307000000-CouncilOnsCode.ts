import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A council may be known by the DfE's new-style local authority code (E09000027) beside, or instead of,
 * its three-digit number (318): an import names it by either, and a council created from a return that
 * gives only the new code has no three-digit number until an administrator adds it.
 */
export class CouncilOnsCode1796307000000 implements MigrationInterface {
  name = 'CouncilOnsCode1796307000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" ADD "ons_code" character varying(9)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_council_ons_code" ON "councils" ("ons_code") `);
    await queryRunner.query(`ALTER TABLE "councils" ALTER COLUMN "la_code" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "councils" ADD CONSTRAINT "council_has_a_code" CHECK ("la_code" IS NOT NULL OR "ons_code" IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD CONSTRAINT "council_ons_code_shape" CHECK ("ons_code" IS NULL OR "ons_code" ~ '^E(06|08|09|10)[0-9]{6}$')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "council_ons_code_shape"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "council_has_a_code"`);
    await queryRunner.query(`ALTER TABLE "councils" ALTER COLUMN "la_code" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_council_ons_code"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "ons_code"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Previous permanence on the child's record: the SSDA903 prev_perm table's PREV_PERM
 * (P1 to P4, Z1), LA_PERM (the authority that made the order: a three-digit LA
 * number, or WAL, SCO, NIR, NUK) and DATE_PERM (YYYY-MM-DD, ZZ for an unknown day
 * or day and month). An order's authority and date come with a P code only (rule 635);
 * the API asks for both with a P code (rule 630), an imported return may lack them (rule 630 then says so).
 */
export class ChildPreviousPermanence1796340000000 implements MigrationInterface {
  name = 'ChildPreviousPermanence1796340000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" ADD "prev_perm" character varying(2)`);
    await queryRunner.query(`ALTER TABLE "children" ADD "la_perm" character varying(3)`);
    await queryRunner.query(`ALTER TABLE "children" ADD "date_perm" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "child_prev_perm" CHECK ("prev_perm" IS NULL OR "prev_perm" IN ('P1','P2','P3','P4','Z1'))`);
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "child_prev_perm_order" CHECK (("la_perm" IS NULL AND "date_perm" IS NULL) OR "prev_perm" IN ('P1','P2','P3','P4'))`,
    );
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "child_date_perm" CHECK ("date_perm" IS NULL OR "date_perm" ~ '^[0-9]{4}-([0-9]{2}-([0-9]{2}|ZZ)|ZZ-ZZ)$')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "child_date_perm"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "child_prev_perm_order"`);
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "child_prev_perm"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "date_perm"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "la_perm"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "prev_perm"`);
  }
}

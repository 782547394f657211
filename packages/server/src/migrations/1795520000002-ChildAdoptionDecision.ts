import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The agency decision that a child should be placed for adoption, and when
 * and why that decision ended: the SSDA903 return's placed_for_adoption table
 * (DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED; rule 553 and others).
 */
export class ChildAdoptionDecision1795520000002 implements MigrationInterface {
  name = 'ChildAdoptionDecision1795520000002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" ADD "adoption_decision_on" date`);
    await queryRunner.query(`ALTER TABLE "children" ADD "adoption_decision_ceased_on" date`);
    await queryRunner.query(`ALTER TABLE "children" ADD "adoption_decision_ceased_reason" character varying(3)`);
    await queryRunner.query(
      `ALTER TABLE "children" ADD CONSTRAINT "child_adoption_decision_ceased" CHECK (("adoption_decision_ceased_on" IS NULL AND "adoption_decision_ceased_reason" IS NULL) OR ("adoption_decision_on" IS NOT NULL AND "adoption_decision_ceased_on" >= "adoption_decision_on" AND "adoption_decision_ceased_reason" IN ('RD1', 'RD2', 'RD3', 'RD4')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "child_adoption_decision_ceased"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "adoption_decision_ceased_reason"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "adoption_decision_ceased_on"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "adoption_decision_on"`);
  }
}

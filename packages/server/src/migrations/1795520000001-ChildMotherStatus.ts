import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a girl is a mother, and her child's date of birth: the SSDA903 return's MOTHER and MC_DOB (rules 393, 165, 607). */
export class ChildMotherStatus1795520000001 implements MigrationInterface {
  name = 'ChildMotherStatus1795520000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" ADD "mother" boolean`);
    await queryRunner.query(`ALTER TABLE "children" ADD "mothers_child_dob" date`);
    await queryRunner.query(`ALTER TABLE "children" ADD CONSTRAINT "child_mothers_child_dob" CHECK ("mothers_child_dob" IS NULL OR "mother" IS TRUE)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" DROP CONSTRAINT "child_mothers_child_dob"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "mothers_child_dob"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "mother"`);
  }
}

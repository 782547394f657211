import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A missing or away period records whether the child was offered a return interview when they came back, and whether they took it up. */
export class MissingReturnInterview1796307000001 implements MigrationInterface {
  name = 'MissingReturnInterview1796307000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missing_episodes" ADD "return_interview_offered" boolean`);
    await queryRunner.query(`ALTER TABLE "missing_episodes" ADD "return_interview_accepted" boolean`);
    await queryRunner.query(
      `ALTER TABLE "missing_episodes" ADD CONSTRAINT "missing_episode_interview" CHECK ("return_interview_accepted" IS NULL OR "return_interview_offered" IS TRUE)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP CONSTRAINT "missing_episode_interview"`);
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP COLUMN "return_interview_accepted"`);
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP COLUMN "return_interview_offered"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The language a worker writes the plan in for the child (childFriendlySummary),
 * so the young-person portal marks it with lang: a screen reader and "read it
 * to me" then use the right voice. None means English, as for a reply.
 */
export class ChildFriendlySummaryLanguage1796319057718 implements MigrationInterface {
  name = 'ChildFriendlySummaryLanguage1796319057718';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" ADD "child_friendly_summary_language" character varying(10)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "child_friendly_summary_language"`);
  }
}

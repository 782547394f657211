import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The young-person portal in the child's own language: the language the child
 * chose (kept on the server, not the device), the languages a council has
 * switched on (only English until an administrator adds more: the other
 * catalogues are drafts no qualified translator has checked), and the language
 * a worker's reply to the child is written in.
 */
export class YoungPersonLanguages1796306000000 implements MigrationInterface {
  name = 'YoungPersonLanguages1796306000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" ADD "portal_language" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "young_person_languages" text array NOT NULL DEFAULT '{en}'`);
    await queryRunner.query(`ALTER TABLE "councils" ADD CONSTRAINT "council_young_person_languages_include_english" CHECK ('en' = ANY("young_person_languages"))`);
    await queryRunner.query(`ALTER TABLE "views" ADD "reply_language" character varying(10)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "views" DROP COLUMN "reply_language"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "council_young_person_languages_include_english"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "young_person_languages"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "portal_language"`);
  }
}

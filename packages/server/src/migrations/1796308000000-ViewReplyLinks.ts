import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "You said, we did": a reply to a child's view may name what it changed, a plan
 * outcome and/or a meeting of the same child. No foreign keys: a draft plan's
 * outcomes are rewritten as it is edited, and the reply must stay readable; a link
 * to something gone is shown as no link.
 */
export class ViewReplyLinks1796308000000 implements MigrationInterface {
  name = 'ViewReplyLinks1796308000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "views" ADD "reply_outcome_id" uuid`);
    await queryRunner.query(`ALTER TABLE "views" ADD "reply_meeting_id" uuid`);
    await queryRunner.query(`ALTER TABLE "views" ADD CONSTRAINT "view_reply_links_need_reply" CHECK (("reply_outcome_id" IS NULL AND "reply_meeting_id" IS NULL) OR "reply" IS NOT NULL)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "views" DROP CONSTRAINT "view_reply_links_need_reply"`);
    await queryRunner.query(`ALTER TABLE "views" DROP COLUMN "reply_meeting_id"`);
    await queryRunner.query(`ALTER TABLE "views" DROP COLUMN "reply_outcome_id"`);
  }
}

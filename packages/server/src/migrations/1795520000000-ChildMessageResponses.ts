import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A child's message reaches a person and gets an answer: the mood the child
 * picked, the time an unsafe alert is closed with what was done, and a reply
 * the child reads. `acknowledged_at` / `acknowledged_by_id` already hold who
 * saw it and when.
 */
export class ChildMessageResponses1795520000000 implements MigrationInterface {
  name = 'ChildMessageResponses1795520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "mood" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "closed_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "closing_note" text`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "reply" text`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "replied_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "replied_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD CONSTRAINT "child_message_mood" CHECK ("mood" IS NULL OR "mood" IN ('VERY_SAD', 'SAD', 'OK', 'HAPPY', 'VERY_HAPPY'))`);
    await queryRunner.query(
      `ALTER TABLE "child_messages" ADD CONSTRAINT "child_message_closed" CHECK ("closed_at" IS NULL OR ("closed_by_id" IS NOT NULL AND "closing_note" IS NOT NULL AND "acknowledged_at" IS NOT NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_messages" DROP CONSTRAINT "child_message_closed"`);
    await queryRunner.query(`ALTER TABLE "child_messages" DROP CONSTRAINT "child_message_mood"`);
    for (const column of ['replied_by_id', 'replied_at', 'reply', 'closing_note', 'closed_by_id', 'closed_at', 'mood']) {
      await queryRunner.query(`ALTER TABLE "child_messages" DROP COLUMN "${column}"`);
    }
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An advocate's concern raised to the IRO is a child message of kind CONCERN, naming the advocate. */
export class AdvocateConcernMessages1795493433139 implements MigrationInterface {
  name = 'AdvocateConcernMessages1795493433139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "child_messages" ADD "raised_by_id" uuid`);
    await queryRunner.query(`ALTER TABLE "child_messages" DROP CONSTRAINT "child_message_kind"`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD CONSTRAINT "child_message_kind" CHECK ("kind" IN ('NOT_HAPPY', 'UNSAFE', 'CONCERN'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "child_messages" WHERE "kind" = 'CONCERN'`);
    await queryRunner.query(`ALTER TABLE "child_messages" DROP CONSTRAINT "child_message_kind"`);
    await queryRunner.query(`ALTER TABLE "child_messages" ADD CONSTRAINT "child_message_kind" CHECK ("kind" IN ('NOT_HAPPY', 'UNSAFE'))`);
    await queryRunner.query(`ALTER TABLE "child_messages" DROP COLUMN "raised_by_id"`);
  }
}

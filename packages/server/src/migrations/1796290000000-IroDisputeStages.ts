import type { MigrationInterface, QueryRunner } from 'typeorm';

/** IRO escalations go through the stages of the council's dispute resolution protocol. */
export class IroDisputeStages1796290000000 implements MigrationInterface {
  name = 'IroDisputeStages1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "iro_escalations" ADD "stages" jsonb NOT NULL DEFAULT '[]'`);
    // An escalation raised before the stages existed was at the informal stage throughout.
    await queryRunner.query(
      `UPDATE "iro_escalations" SET "stages" = jsonb_build_array(jsonb_build_object(
         'stage', 'INFORMAL', 'startedOn', "raised_on", 'closedOn', "resolved_on",
         'outcome', CASE WHEN "resolved_on" IS NULL THEN NULL ELSE 'RESOLVED' END,
         'outcomeText', "resolution", 'closedById', NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "iro_escalations" DROP COLUMN "stages"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanDecisions1796277445988 implements MigrationInterface {
  name = 'PlanDecisions1796277445988';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "plan_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "child_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "comments" text, "decided_by_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "plan_decision_returned_has_reasons" CHECK ("kind" <> 'RETURNED' OR length(trim("comments")) > 0), CONSTRAINT "plan_decision_kind" CHECK ("kind" IN ('APPROVED', 'RETURNED', 'HEAD_OF_SERVICE_APPROVED')), CONSTRAINT "PK_a507ae581c6f0f87d66cec14f79" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3096c81968dd6b267b4bd77561" ON "plan_decisions"  ("child_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_782fe395b21b91eb85b146ad71" ON "plan_decisions"  ("plan_id", "decided_at") `);
    await queryRunner.query(`ALTER TABLE "plan_decisions" ADD CONSTRAINT "FK_9d0d5c1dc770ec441931407f59f" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_decisions" ADD CONSTRAINT "FK_3096c81968dd6b267b4bd775616" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_decisions" ADD CONSTRAINT "FK_0cf0d989f91d7e8c15c118e4902" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_decisions" DROP CONSTRAINT "FK_0cf0d989f91d7e8c15c118e4902"`);
    await queryRunner.query(`ALTER TABLE "plan_decisions" DROP CONSTRAINT "FK_3096c81968dd6b267b4bd775616"`);
    await queryRunner.query(`ALTER TABLE "plan_decisions" DROP CONSTRAINT "FK_9d0d5c1dc770ec441931407f59f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_782fe395b21b91eb85b146ad71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3096c81968dd6b267b4bd77561"`);
    await queryRunner.query(`DROP TABLE "plan_decisions"`);
  }
}

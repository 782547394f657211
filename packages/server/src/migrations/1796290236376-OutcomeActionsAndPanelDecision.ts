import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newham's outcome rows: an outcome holds several actions, each with its own
 * owner, timescale (a date or "within N weeks") and progress; the outcome
 * links to the primary or contingency option. The plan gains the structured
 * bottom lines, the family's agreement, a target date for permanence and the
 * panel decision. Each existing outcome's one action becomes its first action.
 */
export class OutcomeActionsAndPanelDecision1796290236376 implements MigrationInterface {
  name = 'OutcomeActionsAndPanelDecision1796290236376';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "plan_outcome_actions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "outcome_id" uuid NOT NULL, "position" integer NOT NULL, "action" text NOT NULL, "by_whom" character varying(200) NOT NULL, "within_weeks" integer, "due_date" date NOT NULL, "progress" text, "completed" boolean NOT NULL DEFAULT false, CONSTRAINT "plan_action_within_weeks" CHECK ("within_weeks" IS NULL OR "within_weeks" BETWEEN 1 AND 104), CONSTRAINT "PK_b86013938d1411946407a06a309" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d00d97224aa08bef0e31b498b0" ON "plan_outcome_actions"  ("due_date") `);
    await queryRunner.query(`CREATE INDEX "IDX_a698d3bae47f1c85cf0fe7eb09" ON "plan_outcome_actions"  ("outcome_id", "position") `);
    await queryRunner.query(`ALTER TABLE "plan_outcome_actions" ADD CONSTRAINT "FK_6ac93dfcb466bf630d4f775823d" FOREIGN KEY ("outcome_id") REFERENCES "plan_outcomes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The one action of each existing outcome becomes its first action, keeping who last changed it and when
    // (before the trigger that stamps the acting user, which a migration does not have).
    await queryRunner.query(
      `INSERT INTO "plan_outcome_actions" ("outcome_id", "position", "action", "by_whom", "due_date", "completed", "created_at", "updated_at", "updated_by_id")
       SELECT "id", 0, "actions", "by_whom", "due_date", "completed", "created_at", "updated_at", "updated_by_id" FROM "plan_outcomes"`,
    );
    await queryRunner.query(`CREATE TRIGGER "plan_outcome_actions_stamp_updated_by" BEFORE INSERT OR UPDATE ON "plan_outcome_actions" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ffef2a5c5d9ceff5a8937cde8b"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP COLUMN "actions"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP COLUMN "due_date"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP COLUMN "by_whom"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD "option_track" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "safety_people" text`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "monitoring_people" text`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "people_to_avoid" text`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "safety_plan_lasts" character varying(500)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "words_and_pictures_age" integer`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "family_agreement" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "family_comments" text`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "permanence_target_date" date`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_type" character varying(30)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_date" date`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_decision" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_decision_date" date`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_decision_maker" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD "panel_decision_notes" text`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD CONSTRAINT "plan_outcome_track" CHECK ("option_track" IS NULL OR "option_track" IN ('PRIMARY', 'CONTINGENCY'))`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plan_words_and_pictures_age" CHECK ("words_and_pictures_age" IS NULL OR "words_and_pictures_age" BETWEEN 0 AND 17)`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plan_panel_decision" CHECK ("panel_decision" IS NULL OR "panel_decision" IN ('AGREED', 'NOT_AGREED', 'DEFERRED'))`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plan_panel_type" CHECK ("panel_type" IS NULL OR "panel_type" IN ('GATEWAY_PANEL', 'PERMANENCE_PANEL', 'PLACEMENT_STABILITY_PANEL', 'RESOURCE_ALLOCATION_PANEL', 'FOSTERING_PANEL', 'ADOPTION_PANEL'))`);
    await queryRunner.query(`ALTER TABLE "plans" ADD CONSTRAINT "plan_family_agreement" CHECK ("family_agreement" IS NULL OR "family_agreement" IN ('AGREED', 'NOT_AGREED'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plan_family_agreement"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plan_panel_type"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plan_panel_decision"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP CONSTRAINT "plan_words_and_pictures_age"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP CONSTRAINT "plan_outcome_track"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_decision_notes"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_decision_maker"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_decision_date"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_decision"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_date"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "panel_type"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "permanence_target_date"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "family_comments"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "family_agreement"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "words_and_pictures_age"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "safety_plan_lasts"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "people_to_avoid"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "monitoring_people"`);
    await queryRunner.query(`ALTER TABLE "plans" DROP COLUMN "safety_people"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" DROP COLUMN "option_track"`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD "by_whom" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD "due_date" date`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ADD "actions" text`);
    // Back to one action per outcome: the actions in one text, the owners joined, the last due date.
    await queryRunner.query(
      `UPDATE "plan_outcomes" o SET
         "actions" = coalesce((SELECT string_agg(a."action", E'\n' ORDER BY a."position") FROM "plan_outcome_actions" a WHERE a."outcome_id" = o."id"), ''),
         "by_whom" = coalesce((SELECT left(string_agg(DISTINCT a."by_whom", ', '), 200) FROM "plan_outcome_actions" a WHERE a."outcome_id" = o."id"), ''),
         "due_date" = coalesce((SELECT max(a."due_date") FROM "plan_outcome_actions" a WHERE a."outcome_id" = o."id"), o."created_at"::date)`,
    );
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ALTER COLUMN "by_whom" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ALTER COLUMN "due_date" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "plan_outcomes" ALTER COLUMN "actions" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "plan_outcome_actions" DROP CONSTRAINT "FK_6ac93dfcb466bf630d4f775823d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a698d3bae47f1c85cf0fe7eb09"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d00d97224aa08bef0e31b498b0"`);
    await queryRunner.query(`DROP TABLE "plan_outcome_actions"`);
    await queryRunner.query(`CREATE INDEX "IDX_ffef2a5c5d9ceff5a8937cde8b" ON "plan_outcomes" USING btree ("due_date") `);
  }
}

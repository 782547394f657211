import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leaving care: one record per young person (pathway plan dates, personal
 * adviser, what happens at 18) and a care leaver's 17th to 21st birthdays
 * (SSDA903 OC3). Stamped with who changed them, kept for the child's retention
 * period like every case record; the pathway plan dates move the child's
 * rules facts (PATHWAY_PLAN_OVERDUE).
 */
export class LeavingCare1796303000000 implements MigrationInterface {
  name = 'LeavingCare1796303000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "leaving_care" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "needs_assessment_on" date, "pathway_plan_agreed_on" date, "pathway_plan_reviewed_on" date, "personal_adviser_name" character varying(200), "personal_adviser_phone" character varying(40), "personal_adviser_email" character varying(200), "after_eighteen" character varying(30) NOT NULL, "after_eighteen_details" text, "plan_in_my_words" text, CONSTRAINT "UQ_leaving_care_child" UNIQUE ("child_id"), CONSTRAINT "leaving_care_after_eighteen" CHECK ("after_eighteen" IN ('STAYING_PUT', 'STAYING_CLOSE', 'SUPPORTED_ACCOMMODATION', 'OWN_HOME', 'FAMILY', 'NOT_DECIDED')), CONSTRAINT "leaving_care_plan_dates" CHECK ("pathway_plan_reviewed_on" IS NULL OR ("pathway_plan_agreed_on" IS NOT NULL AND "pathway_plan_reviewed_on" >= "pathway_plan_agreed_on")), CONSTRAINT "PK_leaving_care" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "leaving_care" ADD CONSTRAINT "FK_8fb5ee678998c7c87532a46efd0" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "care_leaver_birthdays" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "age" smallint NOT NULL, "in_touch" character varying(4) NOT NULL, "activity" character varying(2), "accommodation" character varying(2), CONSTRAINT "care_leaver_birthdays_child_age" UNIQUE ("child_id", "age"), CONSTRAINT "care_leaver_birthdays_age" CHECK ("age" BETWEEN 17 AND 21), CONSTRAINT "care_leaver_birthdays_in_touch" CHECK ("in_touch" IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')), CONSTRAINT "care_leaver_birthdays_activity" CHECK ("activity" IS NULL OR "activity" IN ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6')), CONSTRAINT "care_leaver_birthdays_accommodation" CHECK ("accommodation" IS NULL OR "accommodation" IN ('B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2', 'G1', 'G2', 'H1', 'H2', 'K1', 'K2', 'R1', 'R2', 'S2', 'T1', 'T2', 'U1', 'U2', 'V1', 'V2', 'W1', 'W2', 'X2', 'Y1', 'Y2', 'Z1', 'Z2')), CONSTRAINT "PK_care_leaver_birthdays" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "care_leaver_birthdays" ADD CONSTRAINT "FK_d244c722bbdeef20a383f5ec056" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of ['leaving_care', 'care_leaver_birthdays']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_stamp_updated_by" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_kept_until_retention BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
    }
    await queryRunner.query(`CREATE TRIGGER leaving_care_child_facts_version AFTER INSERT OR UPDATE OR DELETE ON "leaving_care" FOR EACH ROW EXECUTE FUNCTION touch_child_facts('child')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER leaving_care_child_facts_version ON "leaving_care"`);
    for (const table of ['care_leaver_birthdays', 'leaving_care']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_kept_until_retention ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_stamp_updated_by" ON "${table}"`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}

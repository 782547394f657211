import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Care proceedings under the Public Law Outline (proceedings, hearings, the
 * court's directions) and family finding (referrals, prospective carers, the
 * permanence forms with their sign-off). Each table is a case record: stamped
 * with who changed it, kept for the child's retention period, and its rows
 * move the child's facts_version because the rules read them.
 */
const TABLES = ['court_proceedings', 'court_hearings', 'court_directions', 'family_finding_referrals', 'prospective_carers', 'permanence_forms'];
/** The tables the statutory rules read (child-facts.loader.ts). */
const FACTS_TABLES = ['court_proceedings', 'court_hearings', 'court_directions', 'family_finding_referrals'];

export class CourtAndFamilyFinding1796302000000 implements MigrationInterface {
  name = 'CourtAndFamilyFinding1796302000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "court_proceedings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "pre_proceedings_letter_on" date, "legal_gateway_on" date, "legal_gateway_decision" character varying(30), "issued_on" date, "court" character varying(200), "case_number" character varying(50), "final_care_plan_id" uuid, "final_care_plan_filed_on" date, "outcome" character varying(30), "concluded_on" date, CONSTRAINT "court_gateway_decided" CHECK ("legal_gateway_decision" IS NULL OR "legal_gateway_on" IS NOT NULL), CONSTRAINT "court_outcome_dated" CHECK (("outcome" IS NULL) = ("concluded_on" IS NULL)), CONSTRAINT "court_concluded_after_issue" CHECK ("concluded_on" IS NULL OR "concluded_on" >= "issued_on"), CONSTRAINT "court_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('CARE_ORDER', 'PLACEMENT_ORDER', 'SUPERVISION_ORDER', 'SPECIAL_GUARDIANSHIP_ORDER', 'CHILD_ARRANGEMENTS_ORDER', 'NO_ORDER', 'WITHDRAWN')), CONSTRAINT "court_gateway_decision" CHECK ("legal_gateway_decision" IS NULL OR "legal_gateway_decision" IN ('ISSUE_PROCEEDINGS', 'PRE_PROCEEDINGS', 'NO_LEGAL_ACTION')), CONSTRAINT "PK_1db96b3229e6f9d051b07f6d595" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a26c5b7e6f4efb08f4b0b3f395" ON "court_proceedings"  ("child_id") `);
    await queryRunner.query(`CREATE TABLE "court_hearings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "proceedings_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "hearing_on" date NOT NULL, "notes" text, CONSTRAINT "court_hearing_kind" CHECK ("kind" IN ('CASE_MANAGEMENT', 'FURTHER_CASE_MANAGEMENT', 'ISSUES_RESOLUTION', 'FINAL', 'OTHER')), CONSTRAINT "PK_be1d467036e672534b728298a6c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f8dd1f99cc27abf80696e29336" ON "court_hearings"  ("proceedings_id", "hearing_on") `);
    await queryRunner.query(`CREATE TABLE "court_directions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "hearing_id" uuid NOT NULL, "description" character varying(500) NOT NULL, "due_on" date NOT NULL, "done_on" date, CONSTRAINT "PK_1f09267f98cefaf5c38529c57f2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_aca2c97865c28a7e7df8e285eb" ON "court_directions"  ("hearing_id") `);
    await queryRunner.query(`CREATE TABLE "family_finding_referrals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "team" character varying(30) NOT NULL, "agency_name" character varying(200), "referred_on" date NOT NULL, "status" character varying(20) NOT NULL, "status_on" date NOT NULL, CONSTRAINT "family_finding_dates" CHECK ("status_on" IS NULL OR "status_on" >= "referred_on"), CONSTRAINT "family_finding_status" CHECK ("status" IN ('REFERRED', 'ACCEPTED', 'SEARCHING', 'MATCHED', 'CLOSED')), CONSTRAINT "family_finding_team" CHECK ("team" IN ('FAMILY_FINDING', 'PLACEMENT_BROKERAGE', 'REGIONAL_ADOPTION_AGENCY')), CONSTRAINT "PK_6d3ea9e5926ee8c11c4284e846b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cc780c1bd5d8b6513fafe44f8e" ON "family_finding_referrals"  ("child_id", "referred_on") `);
    await queryRunner.query(`CREATE TABLE "prospective_carers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "referral_id" uuid, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "stage" character varying(30) NOT NULL, "stage_on" date NOT NULL, CONSTRAINT "prospective_carer_stage" CHECK ("stage" IN ('IDENTIFIED', 'LINKED', 'MATCHING_PANEL', 'MATCH_APPROVED', 'INTRODUCTIONS', 'PLACED', 'NOT_PROCEEDING')), CONSTRAINT "prospective_carer_kind" CHECK ("kind" IN ('ADOPTERS', 'FOSTER_CARERS', 'CONNECTED_PERSONS', 'SPECIAL_GUARDIANS')), CONSTRAINT "PK_d05993a40ebf34107a9db4d6db8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4318b028580477a63de1da32e0" ON "prospective_carers"  ("child_id") `);
    await queryRunner.query(`CREATE TABLE "permanence_forms" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "carer_id" uuid, "summary" text NOT NULL, "completed_on" date, "signed_off_at" TIMESTAMP WITH TIME ZONE, "signed_off_by_id" uuid, CONSTRAINT "permanence_form_signed_when_completed" CHECK ("signed_off_at" IS NULL OR "completed_on" IS NOT NULL), CONSTRAINT "permanence_form_signed" CHECK (("signed_off_at" IS NULL) = ("signed_off_by_id" IS NULL)), CONSTRAINT "permanence_form_kind" CHECK ("kind" IN ('CHILDS_PERMANENCE_REPORT', 'FORM_C', 'SPECIAL_GUARDIANSHIP_ASSESSMENT', 'LONG_TERM_MATCH', 'DELEGATED_AUTHORITY')), CONSTRAINT "PK_b6a26998b750d669d262283b12f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c1f2042920960bed076ea7e6c4" ON "permanence_forms"  ("child_id") `);
    await queryRunner.query(`ALTER TABLE "court_proceedings" ADD CONSTRAINT "FK_a26c5b7e6f4efb08f4b0b3f395f" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_hearings" ADD CONSTRAINT "FK_ad1dfe48052defc09f85991effc" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_hearings" ADD CONSTRAINT "FK_ef289694f9c07313c65520d8c00" FOREIGN KEY ("proceedings_id") REFERENCES "court_proceedings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_directions" ADD CONSTRAINT "FK_04b473cbe986ed0f37cf90471e8" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "court_directions" ADD CONSTRAINT "FK_aca2c97865c28a7e7df8e285ebe" FOREIGN KEY ("hearing_id") REFERENCES "court_hearings"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "family_finding_referrals" ADD CONSTRAINT "FK_2a542206fe05aeb025b51bc128d" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" ADD CONSTRAINT "FK_4318b028580477a63de1da32e0c" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" ADD CONSTRAINT "FK_95aa7c5c13bd8e5c38f08a2185c" FOREIGN KEY ("referral_id") REFERENCES "family_finding_referrals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "permanence_forms" ADD CONSTRAINT "FK_c1f2042920960bed076ea7e6c42" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "permanence_forms" ADD CONSTRAINT "FK_d5a4aebc9eac5f80aa7a89e5ce2" FOREIGN KEY ("carer_id") REFERENCES "prospective_carers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of TABLES) {
      await queryRunner.query(`CREATE TRIGGER "${table}_stamp_updated_by" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_kept_until_retention BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
    }
    for (const table of FACTS_TABLES) {
      await queryRunner.query(`CREATE TRIGGER ${table}_child_facts_version AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_child_facts('child')`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACTS_TABLES].reverse()) await queryRunner.query(`DROP TRIGGER ${table}_child_facts_version ON "${table}"`);
    for (const table of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_kept_until_retention ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_stamp_updated_by" ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "permanence_forms" DROP CONSTRAINT "FK_d5a4aebc9eac5f80aa7a89e5ce2"`);
    await queryRunner.query(`ALTER TABLE "permanence_forms" DROP CONSTRAINT "FK_c1f2042920960bed076ea7e6c42"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP CONSTRAINT "FK_95aa7c5c13bd8e5c38f08a2185c"`);
    await queryRunner.query(`ALTER TABLE "prospective_carers" DROP CONSTRAINT "FK_4318b028580477a63de1da32e0c"`);
    await queryRunner.query(`ALTER TABLE "family_finding_referrals" DROP CONSTRAINT "FK_2a542206fe05aeb025b51bc128d"`);
    await queryRunner.query(`ALTER TABLE "court_directions" DROP CONSTRAINT "FK_aca2c97865c28a7e7df8e285ebe"`);
    await queryRunner.query(`ALTER TABLE "court_directions" DROP CONSTRAINT "FK_04b473cbe986ed0f37cf90471e8"`);
    await queryRunner.query(`ALTER TABLE "court_hearings" DROP CONSTRAINT "FK_ef289694f9c07313c65520d8c00"`);
    await queryRunner.query(`ALTER TABLE "court_hearings" DROP CONSTRAINT "FK_ad1dfe48052defc09f85991effc"`);
    await queryRunner.query(`ALTER TABLE "court_proceedings" DROP CONSTRAINT "FK_a26c5b7e6f4efb08f4b0b3f395f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c1f2042920960bed076ea7e6c4"`);
    await queryRunner.query(`DROP TABLE "permanence_forms"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4318b028580477a63de1da32e0"`);
    await queryRunner.query(`DROP TABLE "prospective_carers"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc780c1bd5d8b6513fafe44f8e"`);
    await queryRunner.query(`DROP TABLE "family_finding_referrals"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_aca2c97865c28a7e7df8e285eb"`);
    await queryRunner.query(`DROP TABLE "court_directions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f8dd1f99cc27abf80696e29336"`);
    await queryRunner.query(`DROP TABLE "court_hearings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a26c5b7e6f4efb08f4b0b3f395"`);
    await queryRunner.query(`DROP TABLE "court_proceedings"`);
  }
}

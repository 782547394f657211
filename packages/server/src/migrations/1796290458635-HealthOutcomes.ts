import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A child's health outcomes per collection year (SSDA903 OC2): stamped with who changed them and kept for the child's retention period, like every case record. */

export class HealthOutcomes1796290458635 implements MigrationInterface {
  name = 'HealthOutcomes1796290458635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "health_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "year" integer NOT NULL, "sdq_score" smallint, "sdq_reason" character varying(4), "convicted" boolean, "health_check" boolean, "immunisations" boolean NOT NULL, "teeth_check" boolean NOT NULL, "health_assessment" boolean NOT NULL, "substance_misuse" boolean NOT NULL, "intervention_received" boolean, "intervention_offered" boolean, CONSTRAINT "health_outcomes_child_year" UNIQUE ("child_id", "year"), CONSTRAINT "health_outcomes_sdq_one" CHECK ("sdq_score" IS NULL OR "sdq_reason" IS NULL), CONSTRAINT "health_outcomes_sdq_score" CHECK ("sdq_score" IS NULL OR "sdq_score" BETWEEN 0 AND 40), CONSTRAINT "health_outcomes_sdq_reason" CHECK ("sdq_reason" IS NULL OR "sdq_reason" IN ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')), CONSTRAINT "PK_e3abe9881f0fe8c514d3e8d10ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "health_outcomes" ADD CONSTRAINT "FK_6c9c3a28936bde515dcd6f3faf2" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER "health_outcomes_stamp_updated_by" BEFORE INSERT OR UPDATE ON "health_outcomes" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    await queryRunner.query(`CREATE TRIGGER health_outcomes_kept_until_retention BEFORE DELETE ON "health_outcomes" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
    await queryRunner.query(`CREATE TRIGGER health_outcomes_no_truncate BEFORE TRUNCATE ON "health_outcomes" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER health_outcomes_no_truncate ON "health_outcomes"`);
    await queryRunner.query(`DROP TRIGGER health_outcomes_kept_until_retention ON "health_outcomes"`);
    await queryRunner.query(`DROP TRIGGER "health_outcomes_stamp_updated_by" ON "health_outcomes"`);
    await queryRunner.query(`ALTER TABLE "health_outcomes" DROP CONSTRAINT "FK_6c9c3a28936bde515dcd6f3faf2"`);
    await queryRunner.query(`DROP TABLE "health_outcomes"`);
  }
}

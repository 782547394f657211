import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RulesFactsAndPolicy1795493401070 implements MigrationInterface {
  name = 'RulesFactsAndPolicy1795493401070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_facts" ("child_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "court_proceedings_started_on" date, "court_proceedings_ended_on" date, "discharge_plan_agreed_on" date, "adoption_matched_on" date, "kinship_carer_available" boolean, "carer_cannot_consider_sgo" boolean NOT NULL DEFAULT false, "joint_funding" boolean NOT NULL DEFAULT false, "returning_for_review" boolean NOT NULL DEFAULT false, "difficulty_securing_plan" boolean NOT NULL DEFAULT false, "edge_of_care" boolean NOT NULL DEFAULT false, "plan_to_become_looked_after" boolean NOT NULL DEFAULT false, "looked_after_in_emergency" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_aa9bfbed93a9750ac933a05ca6b" PRIMARY KEY ("child_id"))`);
    await queryRunner.query(`CREATE TABLE "iro_escalations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "raised_by_id" uuid NOT NULL, "raised_on" date NOT NULL, "concern" text NOT NULL, "resolved_on" date, "resolution" text, CONSTRAINT "iro_escalation_dates" CHECK ("resolved_on" IS NULL OR "resolved_on" >= "raised_on"), CONSTRAINT "PK_6b4dac0782fba3b5b645d7b5de5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_99f57c08ef810341e90dcc1c1f" ON "iro_escalations"  ("child_id") `);
    await queryRunner.query(`CREATE TABLE "non_working_days" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "date" date NOT NULL, "name" character varying(100) NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_75ec028cc07e24778375a8bfefd" UNIQUE ("council_id", "date"), CONSTRAINT "PK_5b1f255745db7a618705de83faf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "policy_profile_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "base_profile" character varying(20) NOT NULL, "effective_from" date NOT NULL, "overrides" jsonb NOT NULL DEFAULT '{}', "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0549dba0315358bdc325c5b5ccd" UNIQUE ("council_id", "effective_from"), CONSTRAINT "PK_1380d7351f3f497588a24456ba5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "case_facts" ADD CONSTRAINT "FK_aa9bfbed93a9750ac933a05ca6b" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" ADD CONSTRAINT "FK_99f57c08ef810341e90dcc1c1fa" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" ADD CONSTRAINT "FK_1c6a91df95eec6f235c1bf91aa9" FOREIGN KEY ("raised_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "non_working_days" ADD CONSTRAINT "FK_fb3b12be52b5c506814160fbbe6" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy_profile_versions" ADD CONSTRAINT "FK_46c2393b2321fbaabd42d73973a" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "policy_profile_versions" DROP CONSTRAINT "FK_46c2393b2321fbaabd42d73973a"`);
    await queryRunner.query(`ALTER TABLE "non_working_days" DROP CONSTRAINT "FK_fb3b12be52b5c506814160fbbe6"`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" DROP CONSTRAINT "FK_1c6a91df95eec6f235c1bf91aa9"`);
    await queryRunner.query(`ALTER TABLE "iro_escalations" DROP CONSTRAINT "FK_99f57c08ef810341e90dcc1c1fa"`);
    await queryRunner.query(`ALTER TABLE "case_facts" DROP CONSTRAINT "FK_aa9bfbed93a9750ac933a05ca6b"`);
    await queryRunner.query(`DROP TABLE "policy_profile_versions"`);
    await queryRunner.query(`DROP TABLE "non_working_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99f57c08ef810341e90dcc1c1f"`);
    await queryRunner.query(`DROP TABLE "iro_escalations"`);
    await queryRunner.query(`DROP TABLE "case_facts"`);
  }
}

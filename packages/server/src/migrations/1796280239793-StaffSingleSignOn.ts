import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffSingleSignOn1796280239793 implements MigrationInterface {
  name = 'StaffSingleSignOn1796280239793';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "identity_providers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "council_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "issuer" character varying(500) NOT NULL, "client_id" character varying(255) NOT NULL, "client_secret" text NOT NULL, "allowed_email_domains" text array NOT NULL DEFAULT '{}', "local_passwords_allowed" boolean NOT NULL DEFAULT true, "mfa_required" boolean NOT NULL DEFAULT false, "mfa_acr_values" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_3ac9e77e3690c03f7f25579c8e0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_edf7b9c1967f10183388316468" ON "identity_providers"  ("council_id") `);
    await queryRunner.query(`CREATE TABLE "identity_provider_role_mappings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "identity_provider_id" uuid NOT NULL, "claim_value" character varying(255) NOT NULL, "position" integer NOT NULL DEFAULT '0', "role" character varying(20) NOT NULL, "team_id" uuid, CONSTRAINT "UQ_62f86a754c82ae75d0a3cf22298" UNIQUE ("identity_provider_id", "claim_value"), CONSTRAINT "idp_role_mapping_team_roles_have_team" CHECK ("role" NOT IN ('SOCIAL_WORKER', 'TEAM_MANAGER') OR "team_id" IS NOT NULL), CONSTRAINT "idp_role_mapping_role" CHECK ("role" IN ('ADVOCATE', 'SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE', 'ADMINISTRATOR')), CONSTRAINT "PK_a630279d93579c4d7c43abda2df" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_733fffb38d78c2bae631537bf2" ON "identity_provider_role_mappings"  ("identity_provider_id") `);
    await queryRunner.query(`CREATE TABLE "oidc_sign_in_attempts" ("state_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "identity_provider_id" uuid NOT NULL, "nonce" character varying(100) NOT NULL, "code_verifier" character varying(100) NOT NULL, "return_to" character varying(500) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a908eebf9c83886e43d5d180751" PRIMARY KEY ("state_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6e0a8881b545794358a516df61" ON "oidc_sign_in_attempts"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "identity_provider_id" uuid`);
    await queryRunner.query(`ALTER TABLE "users" ADD "external_subject" character varying(255)`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "sign_in_method" character varying(20) NOT NULL DEFAULT 'PASSWORD'`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD "provider_session_id" character varying(255)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_provider_subject" ON "users"  ("identity_provider_id", "external_subject") `);
    await queryRunner.query(`CREATE INDEX "IDX_b559ed2ffb01c26e8e7f61ae3b" ON "sessions"  ("provider_session_id") `);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "session_sign_in_method" CHECK ("sign_in_method" IN ('PASSWORD', 'INVITATION', 'OIDC'))`);
    await queryRunner.query(`ALTER TABLE "identity_providers" ADD CONSTRAINT "FK_edf7b9c1967f10183388316468d" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_provider_role_mappings" ADD CONSTRAINT "FK_733fffb38d78c2bae631537bf23" FOREIGN KEY ("identity_provider_id") REFERENCES "identity_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "identity_provider_role_mappings" ADD CONSTRAINT "FK_9caba7540e7618f241d297163c7" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "oidc_sign_in_attempts" ADD CONSTRAINT "FK_647a8d30aacff282daf0035dce3" FOREIGN KEY ("identity_provider_id") REFERENCES "identity_providers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "oidc_sign_in_attempts" DROP CONSTRAINT "FK_647a8d30aacff282daf0035dce3"`);
    await queryRunner.query(`ALTER TABLE "identity_provider_role_mappings" DROP CONSTRAINT "FK_9caba7540e7618f241d297163c7"`);
    await queryRunner.query(`ALTER TABLE "identity_provider_role_mappings" DROP CONSTRAINT "FK_733fffb38d78c2bae631537bf23"`);
    await queryRunner.query(`ALTER TABLE "identity_providers" DROP CONSTRAINT "FK_edf7b9c1967f10183388316468d"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "session_sign_in_method"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b559ed2ffb01c26e8e7f61ae3b"`);
    await queryRunner.query(`DROP INDEX "public"."users_provider_subject"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "provider_session_id"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP COLUMN "sign_in_method"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "external_subject"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "identity_provider_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e0a8881b545794358a516df61"`);
    await queryRunner.query(`DROP TABLE "oidc_sign_in_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_733fffb38d78c2bae631537bf2"`);
    await queryRunner.query(`DROP TABLE "identity_provider_role_mappings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edf7b9c1967f10183388316468"`);
    await queryRunner.query(`DROP TABLE "identity_providers"`);
  }
}

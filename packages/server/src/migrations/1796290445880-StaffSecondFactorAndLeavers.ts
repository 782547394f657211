import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffSecondFactorAndLeavers1796290445880 implements MigrationInterface {
  name = 'StaffSecondFactorAndLeavers1796290445880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "code_hash" text NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0723b9e53961e799027d7f7ba32" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fb82b2ac740ca095b617afad03" ON "recovery_codes"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "second_factor_challenges" ("token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "pending_totp_secret" text, CONSTRAINT "PK_9df72dd58525d01421f512456dd" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c4e6e9021be1dc7287a100a982" ON "second_factor_challenges"  ("expires_at") `);
    await queryRunner.query(`ALTER TABLE "councils" ADD "staff_totp_required" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "users" ADD "last_provider_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_secret" text`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_enrolled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_last_step" bigint`);
    await queryRunner.query(`ALTER TABLE "identity_providers" ADD "disable_after_idle_days" integer`);
    await queryRunner.query(`ALTER TABLE "identity_providers" ADD CONSTRAINT "idp_disable_after_idle_days" CHECK ("disable_after_idle_days" IS NULL OR "disable_after_idle_days" BETWEEN 1 AND 3650)`);
    await queryRunner.query(`ALTER TABLE "recovery_codes" ADD CONSTRAINT "FK_fb82b2ac740ca095b617afad031" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "second_factor_challenges" ADD CONSTRAINT "FK_974320c290e512061780ea2d461" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // TypeORM does not see a changed CHECK expression under the same name: the session's two new sign-in methods, by hand.
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "session_sign_in_method"`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "session_sign_in_method" CHECK ("sign_in_method" IN ('PASSWORD', 'PASSWORD_TOTP', 'RECOVERY_CODE', 'INVITATION', 'OIDC'))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "session_sign_in_method"`);
    await queryRunner.query(`UPDATE "sessions" SET "sign_in_method" = 'PASSWORD' WHERE "sign_in_method" IN ('PASSWORD_TOTP', 'RECOVERY_CODE')`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "session_sign_in_method" CHECK ("sign_in_method" IN ('PASSWORD', 'INVITATION', 'OIDC'))`);
    await queryRunner.query(`ALTER TABLE "second_factor_challenges" DROP CONSTRAINT "FK_974320c290e512061780ea2d461"`);
    await queryRunner.query(`ALTER TABLE "recovery_codes" DROP CONSTRAINT "FK_fb82b2ac740ca095b617afad031"`);
    await queryRunner.query(`ALTER TABLE "identity_providers" DROP CONSTRAINT "idp_disable_after_idle_days"`);
    await queryRunner.query(`ALTER TABLE "identity_providers" DROP COLUMN "disable_after_idle_days"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_enrolled_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_secret"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "last_provider_sign_in_at"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "staff_totp_required"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4e6e9021be1dc7287a100a982"`);
    await queryRunner.query(`DROP TABLE "second_factor_challenges"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb82b2ac740ca095b617afad03"`);
    await queryRunner.query(`DROP TABLE "recovery_codes"`);
  }
}

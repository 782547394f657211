import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StaffAccountRequests1796280201079 implements MigrationInterface {
  name = 'StaffAccountRequests1796280201079';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "staff_account_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "council_id" uuid NOT NULL, "username" character varying(40) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "email" character varying(254), "role" character varying(20) NOT NULL, "team_id" uuid, "password_hash" text, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "requested_by_id" uuid NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "refusal_reason" text, "user_id" uuid, CONSTRAINT "staff_account_request_decided" CHECK (("status" = 'PENDING') = ("decided_at" IS NULL)), CONSTRAINT "staff_account_request_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REFUSED')), CONSTRAINT "PK_df3e4ffd9ef943821dad28c3939" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5b6331a4a4a2de71b8953e246d" ON "staff_account_requests"  ("council_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "staff_account_request_pending_username" ON "staff_account_requests"  ("username") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" ADD CONSTRAINT "FK_5b6331a4a4a2de71b8953e246d9" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" ADD CONSTRAINT "FK_7cac509f6addfcd703935854fbc" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" ADD CONSTRAINT "FK_df1a725fa27e93db0827d845be0" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" ADD CONSTRAINT "FK_88e5e5ff77298e92693255a7849" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" ADD CONSTRAINT "FK_181d91899950b109c7e5e36c2dd" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "staff_account_requests" DROP CONSTRAINT "FK_181d91899950b109c7e5e36c2dd"`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" DROP CONSTRAINT "FK_88e5e5ff77298e92693255a7849"`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" DROP CONSTRAINT "FK_df1a725fa27e93db0827d845be0"`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" DROP CONSTRAINT "FK_7cac509f6addfcd703935854fbc"`);
    await queryRunner.query(`ALTER TABLE "staff_account_requests" DROP CONSTRAINT "FK_5b6331a4a4a2de71b8953e246d9"`);
    await queryRunner.query(`DROP INDEX "public"."staff_account_request_pending_username"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b6331a4a4a2de71b8953e246d"`);
    await queryRunner.query(`DROP TABLE "staff_account_requests"`);
  }
}

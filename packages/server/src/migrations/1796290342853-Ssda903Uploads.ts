import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Ssda903Uploads1796290342853 implements MigrationInterface {
  name = 'Ssda903Uploads1796290342853';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ssda903_uploads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "council_id" uuid NOT NULL, "year" integer NOT NULL, "status" character varying(10) NOT NULL, "file_names" text array NOT NULL, "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer, "check_report" jsonb, "import_report" jsonb, "failure" text, "uploaded_by_id" uuid NOT NULL, "confirmed_by_id" uuid, CONSTRAINT "ssda903_upload_status" CHECK ("status" IN ('CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED', 'FAILED', 'CANCELLED')), CONSTRAINT "PK_0f2f9b02702f912700da0136ae6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_609055aa2928a0efed076bcb05" ON "ssda903_uploads"  ("council_id") `);
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" ADD CONSTRAINT "FK_609055aa2928a0efed076bcb055" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" ADD CONSTRAINT "FK_fe0235ba6d3ec5cef64cebfa0a9" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" ADD CONSTRAINT "FK_3bfb5c40871ee1dc095709c9bfe" FOREIGN KEY ("confirmed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" DROP CONSTRAINT "FK_3bfb5c40871ee1dc095709c9bfe"`);
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" DROP CONSTRAINT "FK_fe0235ba6d3ec5cef64cebfa0a9"`);
    await queryRunner.query(`ALTER TABLE "ssda903_uploads" DROP CONSTRAINT "FK_609055aa2928a0efed076bcb055"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_609055aa2928a0efed076bcb05"`);
    await queryRunner.query(`DROP TABLE "ssda903_uploads"`);
  }
}

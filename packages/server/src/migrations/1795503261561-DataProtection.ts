import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DataProtection1795503261561 implements MigrationInterface {
  name = 'DataProtection1795503261561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "subject_access_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "child_id" uuid NOT NULL, "produced_by_id" uuid NOT NULL, "reason" text NOT NULL, "document" jsonb NOT NULL, CONSTRAINT "PK_36c53408333382885730299a748" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3d348fc41ce2a2228a76eaa85d" ON "subject_access_exports"  ("child_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "councils" ADD "retention_looked_after_until_age" integer NOT NULL DEFAULT '75'`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "retention_adoption_years" integer NOT NULL DEFAULT '100'`);
    await queryRunner.query(`ALTER TABLE "councils" ADD CONSTRAINT "council_retention_at_least_statutory" CHECK ("retention_looked_after_until_age" >= 75 AND "retention_adoption_years" >= 100)`);
    await queryRunner.query(`ALTER TABLE "subject_access_exports" ADD CONSTRAINT "FK_2d0280ba6e8ac6f928051c96390" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "subject_access_exports" ADD CONSTRAINT "FK_4bd14a90b99d91981227ec8e642" FOREIGN KEY ("produced_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "subject_access_exports" DROP CONSTRAINT "FK_4bd14a90b99d91981227ec8e642"`);
    await queryRunner.query(`ALTER TABLE "subject_access_exports" DROP CONSTRAINT "FK_2d0280ba6e8ac6f928051c96390"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP CONSTRAINT "council_retention_at_least_statutory"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "retention_adoption_years"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "retention_looked_after_until_age"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d348fc41ce2a2228a76eaa85d"`);
    await queryRunner.query(`DROP TABLE "subject_access_exports"`);
  }
}

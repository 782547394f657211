import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Deprivation of liberty orders (SSDA903 DoLo, from 2026/27): stamped with who changed them and kept for the child's retention period, like every case record. */

export class DeprivationOfLibertyOrders1796333000000 implements MigrationInterface {
  name = 'DeprivationOfLibertyOrders1796333000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "deprivation_of_liberty_orders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "authorised_by" character varying(24), CONSTRAINT "dolo_dates" CHECK ("end_date" IS NULL OR "end_date" > "start_date"), CONSTRAINT "dolo_authorised_by" CHECK ("authorised_by" IS NULL OR "authorised_by" IN ('HIGH_COURT', 'COURT_OF_PROTECTION')), CONSTRAINT "PK_ff43f64efa65a149bb19f6b7184" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0645083af43937f9db8e6e5be0" ON "deprivation_of_liberty_orders"  ("child_id", "start_date") `);
    await queryRunner.query(`ALTER TABLE "deprivation_of_liberty_orders" ADD CONSTRAINT "FK_c13874f6af1889d6be5023b3b99" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER "deprivation_of_liberty_orders_stamp_updated_by" BEFORE INSERT OR UPDATE ON "deprivation_of_liberty_orders" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    await queryRunner.query(`CREATE TRIGGER deprivation_of_liberty_orders_kept_until_retention BEFORE DELETE ON "deprivation_of_liberty_orders" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
    await queryRunner.query(`CREATE TRIGGER deprivation_of_liberty_orders_no_truncate BEFORE TRUNCATE ON "deprivation_of_liberty_orders" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER deprivation_of_liberty_orders_no_truncate ON "deprivation_of_liberty_orders"`);
    await queryRunner.query(`DROP TRIGGER deprivation_of_liberty_orders_kept_until_retention ON "deprivation_of_liberty_orders"`);
    await queryRunner.query(`DROP TRIGGER "deprivation_of_liberty_orders_stamp_updated_by" ON "deprivation_of_liberty_orders"`);
    await queryRunner.query(`ALTER TABLE "deprivation_of_liberty_orders" DROP CONSTRAINT "FK_c13874f6af1889d6be5023b3b99"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0645083af43937f9db8e6e5be0"`);
    await queryRunner.query(`DROP TABLE "deprivation_of_liberty_orders"`);
  }
}

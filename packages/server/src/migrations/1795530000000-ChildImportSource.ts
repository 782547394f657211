import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a child's record came from when it was brought in from outside (an
 * SSDA903 return, the case system's sync) and when, so the record can say so;
 * and an index to find a council's child by its own CHILD id (local_id), the
 * key every import matches on.
 */
export class ChildImportSource1795530000000 implements MigrationInterface {
  name = 'ChildImportSource1795530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "children" ADD "imported_from" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "children" ADD "imported_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "IDX_children_council_local_id" ON "children" ("council_id", "local_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_children_council_local_id"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "imported_at"`);
    await queryRunner.query(`ALTER TABLE "children" DROP COLUMN "imported_from"`);
  }
}

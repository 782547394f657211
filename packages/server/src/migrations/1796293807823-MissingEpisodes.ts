import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Missing and away-from-placement periods (SSDA903 missing.csv): stamped with who changed them and kept for the child's retention period, like every case record. */

export class MissingEpisodes1796293807823 implements MigrationInterface {
  name = 'MissingEpisodes1796293807823';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "missing_episodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "kind" character varying(1) NOT NULL, "start_date" date NOT NULL, "end_date" date, CONSTRAINT "missing_episode_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "missing_episode_kind" CHECK ("kind" IN ('M', 'A')), CONSTRAINT "PK_6dc1efd01013754194d5324ce63" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_82f559b40306299bdbbd63f06a" ON "missing_episodes"  ("child_id", "start_date") `);
    await queryRunner.query(`ALTER TABLE "missing_episodes" ADD CONSTRAINT "FK_3a9a99a27f63ca8afd726e51d32" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TRIGGER "missing_episodes_stamp_updated_by" BEFORE INSERT OR UPDATE ON "missing_episodes" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    await queryRunner.query(`CREATE TRIGGER missing_episodes_kept_until_retention BEFORE DELETE ON "missing_episodes" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
    await queryRunner.query(`CREATE TRIGGER missing_episodes_no_truncate BEFORE TRUNCATE ON "missing_episodes" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER missing_episodes_no_truncate ON "missing_episodes"`);
    await queryRunner.query(`DROP TRIGGER missing_episodes_kept_until_retention ON "missing_episodes"`);
    await queryRunner.query(`DROP TRIGGER "missing_episodes_stamp_updated_by" ON "missing_episodes"`);
    await queryRunner.query(`ALTER TABLE "missing_episodes" DROP CONSTRAINT "FK_3a9a99a27f63ca8afd726e51d32"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82f559b40306299bdbbd63f06a"`);
    await queryRunner.query(`DROP TABLE "missing_episodes"`);
  }
}

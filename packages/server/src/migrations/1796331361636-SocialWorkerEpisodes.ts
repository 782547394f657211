import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Social worker allocation history (the SSDA903 return's sw_episodes) and
 * Social Work England numbers on staff accounts. Placeholder staff records
 * hold a number and a name from an imported return until an administrator
 * gives an account that number.
 *
 * Every child allocated a social worker today gets a first, open episode
 * with that worker, reason FCONTA (first contact): the product kept no
 * earlier history. It starts on the day the child became looked after, or
 * for a child who is not (yet) looked after the day the record was made (in
 * London), since the allocation cannot have been earlier than either.
 */
export class SocialWorkerEpisodes1796331361636 implements MigrationInterface {
  name = 'SocialWorkerEpisodes1796331361636';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "social_worker_placeholders" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "council_id" uuid NOT NULL, "swe_number" character varying(12) NOT NULL, "name" character varying(200) NOT NULL, "linked_user_id" uuid, CONSTRAINT "PK_389dadd8084552842a1db8eb969" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5e96c513432c50fc0e40cde2bc" ON "social_worker_placeholders"  ("linked_user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "social_worker_placeholders_number" ON "social_worker_placeholders"  ("council_id", "swe_number") `);
    await queryRunner.query(`CREATE TABLE "social_worker_episodes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "worker_id" uuid, "placeholder_id" uuid, "start_date" date NOT NULL, "end_date" date, "reason" character varying(6), CONSTRAINT "social_worker_episode_worker" CHECK ("worker_id" IS NOT NULL OR "placeholder_id" IS NOT NULL), CONSTRAINT "social_worker_episode_reason" CHECK ("reason" IS NULL OR "reason" IN ('MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS')), CONSTRAINT "social_worker_episode_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "PK_9d05e9ade401cae299414ecda39" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_491eeb68bb19ed90b613df27cc" ON "social_worker_episodes"  ("worker_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_33857b58a0dea4f877bed4c9ef" ON "social_worker_episodes"  ("placeholder_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "social_worker_episodes_one_open" ON "social_worker_episodes"  ("child_id") WHERE "end_date" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_738bf1c08d3a2280e5079f6c9d" ON "social_worker_episodes"  ("child_id", "start_date") `);
    await queryRunner.query(`ALTER TABLE "users" ADD "swe_number" character varying(12)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_swe_number" ON "users"  ("swe_number") WHERE "swe_number" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "social_worker_placeholders" ADD CONSTRAINT "FK_785542007ed6c5c9626e058494f" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "social_worker_placeholders" ADD CONSTRAINT "FK_5e96c513432c50fc0e40cde2bc8" FOREIGN KEY ("linked_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" ADD CONSTRAINT "FK_91635ab108d40062cedda7c2acc" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" ADD CONSTRAINT "FK_491eeb68bb19ed90b613df27cc8" FOREIGN KEY ("worker_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" ADD CONSTRAINT "FK_33857b58a0dea4f877bed4c9ef1" FOREIGN KEY ("placeholder_id") REFERENCES "social_worker_placeholders"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of ['social_worker_episodes', 'social_worker_placeholders']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_stamp_updated_by" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
    }
    await queryRunner.query(`CREATE TRIGGER social_worker_episodes_kept_until_retention BEFORE DELETE ON "social_worker_episodes" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
    await queryRunner.query(`CREATE TRIGGER social_worker_episodes_no_truncate BEFORE TRUNCATE ON "social_worker_episodes" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
    await queryRunner.query(
      `INSERT INTO "social_worker_episodes" ("child_id", "worker_id", "start_date", "reason")
       SELECT c.id, c.social_worker_id, COALESCE(c.date_looked_after, (c.created_at AT TIME ZONE 'Europe/London')::date), 'FCONTA'
         FROM "children" c WHERE c.social_worker_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER social_worker_episodes_no_truncate ON "social_worker_episodes"`);
    await queryRunner.query(`DROP TRIGGER social_worker_episodes_kept_until_retention ON "social_worker_episodes"`);
    for (const table of ['social_worker_episodes', 'social_worker_placeholders']) {
      await queryRunner.query(`DROP TRIGGER "${table}_stamp_updated_by" ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" DROP CONSTRAINT "FK_33857b58a0dea4f877bed4c9ef1"`);
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" DROP CONSTRAINT "FK_491eeb68bb19ed90b613df27cc8"`);
    await queryRunner.query(`ALTER TABLE "social_worker_episodes" DROP CONSTRAINT "FK_91635ab108d40062cedda7c2acc"`);
    await queryRunner.query(`ALTER TABLE "social_worker_placeholders" DROP CONSTRAINT "FK_5e96c513432c50fc0e40cde2bc8"`);
    await queryRunner.query(`ALTER TABLE "social_worker_placeholders" DROP CONSTRAINT "FK_785542007ed6c5c9626e058494f"`);
    await queryRunner.query(`DROP INDEX "public"."users_swe_number"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "swe_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_738bf1c08d3a2280e5079f6c9d"`);
    await queryRunner.query(`DROP INDEX "public"."social_worker_episodes_one_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33857b58a0dea4f877bed4c9ef"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_491eeb68bb19ed90b613df27cc"`);
    await queryRunner.query(`DROP TABLE "social_worker_episodes"`);
    await queryRunner.query(`DROP INDEX "public"."social_worker_placeholders_number"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e96c513432c50fc0e40cde2bc"`);
    await queryRunner.query(`DROP TABLE "social_worker_placeholders"`);
  }
}

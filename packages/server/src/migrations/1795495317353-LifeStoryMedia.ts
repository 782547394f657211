import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LifeStoryMedia1795495317353 implements MigrationInterface {
  name = 'LifeStoryMedia1795495317353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "child_id" uuid NOT NULL, "uploaded_by_id" uuid NOT NULL, "uploaded_by_child" boolean NOT NULL DEFAULT false, "kind" character varying(10) NOT NULL, "detected_type" character varying(100) NOT NULL, "content_type" character varying(100) NOT NULL, "file_name" character varying(200) NOT NULL, "uploaded_bytes" integer NOT NULL, "files" jsonb NOT NULL, "sha256" character(64) NOT NULL, "virus_scan" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "media_virus_scan" CHECK ("virus_scan" IN ('CLEAN', 'NOT_SCANNED')), CONSTRAINT "media_kind" CHECK ("kind" IN ('PHOTO', 'DOCUMENT')), CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_23e21ec511961f703bf41b6364" ON "media"  ("child_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_4581525fd9ce61cdeabd23f353" ON "life_story_items"  ("media_id") `);
    await queryRunner.query(`ALTER TABLE "media" ADD CONSTRAINT "FK_b85b0b06b1f40828d386b155e4e" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "media" ADD CONSTRAINT "FK_0498a52d4d304aa6810d0772208" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "life_story_items" ADD CONSTRAINT "FK_4581525fd9ce61cdeabd23f353f" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "life_story_items" DROP CONSTRAINT "FK_4581525fd9ce61cdeabd23f353f"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_0498a52d4d304aa6810d0772208"`);
    await queryRunner.query(`ALTER TABLE "media" DROP CONSTRAINT "FK_b85b0b06b1f40828d386b155e4e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4581525fd9ce61cdeabd23f353"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_23e21ec511961f703bf41b6364"`);
    await queryRunner.query(`DROP TABLE "media"`);
  }
}

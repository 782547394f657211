import type { MigrationInterface, QueryRunner } from 'typeorm';


/** Young people's unsent words live on the server, not on a shared phone (issue 15). */
export class YoungPersonDraftsOnTheServer1796277411305 implements MigrationInterface {
  name = 'YoungPersonDraftsOnTheServer1796277411305';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "young_person_drafts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "content" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "young_person_draft_per_form" UNIQUE ("user_id", "name"), CONSTRAINT "PK_ecd997938d95eabbfe8200eedc9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "young_person_drafts" ADD CONSTRAINT "FK_e7a4b6be8f5cb5e1cbf96c86a3a" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "young_person_drafts" DROP CONSTRAINT "FK_e7a4b6be8f5cb5e1cbf96c86a3a"`);
    await queryRunner.query(`DROP TABLE "young_person_drafts"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brothers and sisters as a group: the together-or-apart decision for a whole
 * group (kept for the child's retention period like every case record), and
 * the genogram: who is whose parent or partner in the family network, with
 * the sex, death and household the drawing shows.
 */

export class SiblingGroupsAndGenogram1796304386247 implements MigrationInterface {
  name = 'SiblingGroupsAndGenogram1796304386247';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network_relationships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "from_member_id" uuid NOT NULL, "to_member_id" uuid, "kind" character varying(10) NOT NULL, CONSTRAINT "network_relationship_couple_has_two" CHECK ("kind" = 'PARENT' OR "to_member_id" IS NOT NULL), CONSTRAINT "network_relationship_not_self" CHECK ("to_member_id" IS NULL OR "to_member_id" <> "from_member_id"), CONSTRAINT "network_relationship_kind" CHECK ("kind" IN ('PARENT', 'PARTNERS', 'MARRIED', 'SEPARATED', 'DIVORCED')), CONSTRAINT "PK_45e9e0a7c98e42da8952c4525dc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30182dfe200afa3dc01279f25b" ON "network_relationships"  ("child_id") `);
    await queryRunner.query(`CREATE TABLE "sibling_group_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by_id" uuid, "version" integer NOT NULL DEFAULT '1', "child_id" uuid NOT NULL, "member_ids" uuid array NOT NULL, "decided_on" date NOT NULL, "outcome" character varying(30) NOT NULL, "reasons" text NOT NULL, CONSTRAINT "sibling_group_decision_outcome" CHECK ("outcome" IN ('TOGETHER', 'APART', 'TOGETHER_WHERE_POSSIBLE')), CONSTRAINT "PK_83eb0442e48ab14e95327b2339d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_86bf29454129acbf044f0b8079" ON "sibling_group_decisions"  ("child_id") `);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "sex" character varying(6)`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "deceased" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD "lives_with_child" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "network_member_sex" CHECK ("sex" IS NULL OR "sex" IN ('FEMALE', 'MALE'))`);
    await queryRunner.query(`ALTER TABLE "network_relationships" ADD CONSTRAINT "FK_30182dfe200afa3dc01279f25bd" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_relationships" ADD CONSTRAINT "FK_9bc74c3579fe175696080e55999" FOREIGN KEY ("from_member_id") REFERENCES "network_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_relationships" ADD CONSTRAINT "FK_54fa4a085b7f963ca5838409abf" FOREIGN KEY ("to_member_id") REFERENCES "network_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sibling_group_decisions" ADD CONSTRAINT "FK_86bf29454129acbf044f0b8079a" FOREIGN KEY ("child_id") REFERENCES "children"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    for (const table of ['sibling_group_decisions', 'network_relationships']) {
      await queryRunner.query(`CREATE TRIGGER "${table}_stamp_updated_by" BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION stamp_updated_by()`);
      await queryRunner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_child_records()`);
    }
    await queryRunner.query(`CREATE TRIGGER sibling_group_decisions_kept_until_retention BEFORE DELETE ON "sibling_group_decisions" FOR EACH ROW EXECUTE FUNCTION refuse_delete_before_retention('child_id')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER sibling_group_decisions_kept_until_retention ON "sibling_group_decisions"`);
    for (const table of ['network_relationships', 'sibling_group_decisions']) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_stamp_updated_by" ON "${table}"`);
    }
    await queryRunner.query(`ALTER TABLE "sibling_group_decisions" DROP CONSTRAINT "FK_86bf29454129acbf044f0b8079a"`);
    await queryRunner.query(`ALTER TABLE "network_relationships" DROP CONSTRAINT "FK_54fa4a085b7f963ca5838409abf"`);
    await queryRunner.query(`ALTER TABLE "network_relationships" DROP CONSTRAINT "FK_9bc74c3579fe175696080e55999"`);
    await queryRunner.query(`ALTER TABLE "network_relationships" DROP CONSTRAINT "FK_30182dfe200afa3dc01279f25bd"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "network_member_sex"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "lives_with_child"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "deceased"`);
    await queryRunner.query(`ALTER TABLE "network_members" DROP COLUMN "sex"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_86bf29454129acbf044f0b8079"`);
    await queryRunner.query(`DROP TABLE "sibling_group_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30182dfe200afa3dc01279f25b"`);
    await queryRunner.query(`DROP TABLE "network_relationships"`);
  }
}

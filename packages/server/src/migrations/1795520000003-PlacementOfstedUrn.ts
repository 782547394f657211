import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The Ofsted unique reference number of a placement's provider: the SSDA903 return's URN (rule 218). */
export class PlacementOfstedUrn1795520000003 implements MigrationInterface {
  name = 'PlacementOfstedUrn1795520000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" ADD "urn" character varying(8)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "urn"`);
  }
}

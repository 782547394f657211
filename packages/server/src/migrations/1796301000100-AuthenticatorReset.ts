import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator's reset of a staff member's lost authenticator: the person
 * must set up a new one at their next sign-in (even where the council does
 * not require one), and is told by email.
 */
export class AuthenticatorReset1796301000100 implements MigrationInterface {
  name = 'AuthenticatorReset1796301000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "totp_enrolment_required" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notification_event"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notification_event" CHECK ("event" IN ('UNSAFE', 'UNSAFE_ESCALATION', 'NOT_HAPPY', 'VIEW_SHARED', 'DAILY_DIGEST', 'AUTHENTICATOR_RESET'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notification_event"`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD CONSTRAINT "notification_event" CHECK ("event" IN ('UNSAFE', 'UNSAFE_ESCALATION', 'NOT_HAPPY', 'VIEW_SHARED', 'DAILY_DIGEST'))`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "totp_enrolment_required"`);
  }
}

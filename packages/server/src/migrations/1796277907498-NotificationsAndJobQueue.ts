import type { MigrationInterface, QueryRunner } from 'typeorm';
import { installJobQueue } from '../modules/notifications/notification.queue';

/**
 * The notifications outbox, staff notification preferences, the council's
 * duty / out-of-hours contact, and the job queue's own schema
 * (graphile_worker, installed by graphile-worker's migrator, which versions
 * it from here on) so that a child's message can queue its notifications
 * whether or not a worker is running yet.
 */
export class NotificationsAndJobQueue1796277907498 implements MigrationInterface {
  name = 'NotificationsAndJobQueue1796277907498';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "council_id" uuid NOT NULL, "dedupe_key" character varying(200) NOT NULL, "event" character varying(20) NOT NULL, "channel" character varying(5) NOT NULL, "recipient_user_id" uuid, "recipient_name" character varying(200) NOT NULL, "address" character varying(254), "child_id" uuid, "source_id" uuid, "case_reference" character varying(40), "subject" text NOT NULL, "body" text NOT NULL, "status" character varying(20) NOT NULL, "via" character varying(10), "attempts" integer NOT NULL DEFAULT '0', "failure_reason" text, "provider_reference" character varying(100), "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "digest_id" uuid, CONSTRAINT "notification_via" CHECK ("via" IS NULL OR "via" IN ('NOTIFY', 'SMTP', 'OUTBOX')), CONSTRAINT "notification_status" CHECK ("status" IN ('QUEUED', 'WAITING_FOR_DIGEST', 'SENT', 'FAILED')), CONSTRAINT "notification_channel" CHECK ("channel" IN ('EMAIL', 'SMS')), CONSTRAINT "notification_event" CHECK ("event" IN ('UNSAFE', 'UNSAFE_ESCALATION', 'NOT_HAPPY', 'VIEW_SHARED', 'DAILY_DIGEST')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1ce34a3c9fd97cd56bcb734ca9" ON "notifications"  ("dedupe_key") `);
    await queryRunner.query(`CREATE INDEX "IDX_2726bde496d82b6401532ab147" ON "notifications"  ("recipient_user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_28377d50e15ad0b9ae1fc765f0" ON "notifications"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_07b0d70fb6938f4becac5bbdc1" ON "notifications"  ("council_id", "queued_at") `);
    await queryRunner.query(`ALTER TABLE "councils" ADD "duty_contact_name" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "duty_contact_email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "councils" ADD "duty_contact_mobile" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "notification_preference" character varying(12) NOT NULL DEFAULT 'IMMEDIATE'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "user_notification_preference" CHECK ("notification_preference" IN ('IMMEDIATE', 'DAILY_DIGEST'))`);
    const url = (queryRunner.connection.options as { url?: string }).url;
    if (!url) throw new Error('The job queue is installed through the database URL, and this connection has none.');
    await installJobQueue(url);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "user_notification_preference"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "notification_preference"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "duty_contact_mobile"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "duty_contact_email"`);
    await queryRunner.query(`ALTER TABLE "councils" DROP COLUMN "duty_contact_name"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_07b0d70fb6938f4becac5bbdc1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28377d50e15ad0b9ae1fc765f0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2726bde496d82b6401532ab147"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1ce34a3c9fd97cd56bcb734ca9"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP SCHEMA IF EXISTS graphile_worker CASCADE`);
  }
}

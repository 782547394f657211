import type { MigrationInterface, QueryRunner } from 'typeorm';
import { QUEUE_POLICIES_SQL } from '../database/api-role';

/**
 * The role the API connects as (through a login that is a member of it,
 * database/api-role.ts): only the DML it needs. It owns nothing, so it cannot
 * ALTER TABLE ... DISABLE TRIGGER, DROP or TRUNCATE; the audit trail is
 * INSERT and SELECT only; the migrations table is read-only.
 *
 * Tables and sequences a later migration creates (run by the same owner) get
 * the same DML through default privileges; a later append-only table must
 * REVOKE UPDATE, DELETE itself, as audit_events does here. graphile-worker's
 * schema is the queue's working storage: full DML there (its row-level
 * security let through for fp_api only), no ownership.
 *
 * fp_api is created when missing (a cluster-wide role: several databases, and
 * the tests' many, share it); an owner without CREATEROLE needs it created first.
 */
const SCHEMAS = ['public', 'graphile_worker'];

export class ApiRoleLeastPrivilege1796290000000 implements MigrationInterface {
  name = 'ApiRoleLeastPrivilege1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fp_api') THEN
          CREATE ROLE fp_api NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
        END IF;
      EXCEPTION
        -- Created by another database's migration at the same moment.
        WHEN duplicate_object OR unique_violation THEN NULL;
        WHEN insufficient_privilege THEN
          RAISE EXCEPTION 'the role fp_api does not exist and % may not create roles: as an administrator run CREATE ROLE fp_api NOLOGIN; (README, "PostgreSQL roles")', current_user;
      END
      $$`);
    for (const schema of SCHEMAS) {
      await queryRunner.query(`GRANT USAGE ON SCHEMA ${schema} TO fp_api`);
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO fp_api`);
      await queryRunner.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${schema} TO fp_api`);
      await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO fp_api`);
      await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO fp_api`);
    }
    // Append-only, by privilege as well as by trigger: the API adds and searches audit events, never changes one.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON audit_events FROM fp_api`);
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM fp_api`);
    // The queue only reads which of its own migrations ran; the owner runs them (main.ts).
    await queryRunner.query(`REVOKE INSERT, UPDATE, DELETE ON graphile_worker.migrations FROM fp_api`);
    await queryRunner.query(QUEUE_POLICIES_SQL);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE t record;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'graphile_worker' AND p.polname = 'fp_api_queue'
        LOOP
          EXECUTE format('DROP POLICY fp_api_queue ON graphile_worker.%I', t.relname);
        END LOOP;
      END
      $$`);
    for (const schema of [...SCHEMAS].reverse()) {
      await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE USAGE, SELECT, UPDATE ON SEQUENCES FROM fp_api`);
      await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA ${schema} REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM fp_api`);
      await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM fp_api`);
      await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM fp_api`);
      await queryRunner.query(`REVOKE USAGE ON SCHEMA ${schema} FROM fp_api`);
    }
    // The role stays: it belongs to the cluster, and other databases may use it.
  }
}

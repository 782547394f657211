import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { startServerProcess } from '../support/server-process';
import { freePort } from '../support/free-port';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * Finding 9: the API connected as a superuser, so nothing stopped it switching
 * off the audit trail's and retention's triggers. Now it logs in as a member of
 * fp_api (migration ApiRoleLeastPrivilege): the DML it needs and nothing more.
 */
describe('the API database role (least privilege)', () => {
  let db: TestDatabase;
  let asApi: DataSource;
  let world: World;
  let api: TestApi;
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await db.dataSource.query(sql, params))[0].n as number;
  // 42501 insufficient_privilege: "permission denied …" or "must be owner of …".
  const refused = async (sql: string, pattern: RegExp) => {
    const error = (await asApi.query(sql).then(() => null, (e: unknown) => e)) as { code?: string; message?: string } | null;
    expect(error).not.toBeNull();
    expect({ code: error?.code, message: error?.message }).toEqual({ code: '42501', message: expect.stringMatching(pattern) });
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    asApi = await db.apiDataSource();
    api = await startTestApi(asApi);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('is an ordinary login: not a superuser, cannot create roles or databases, owns nothing', async () => {
    const [me] = await asApi.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, rolreplication,
              pg_has_role(current_user, 'fp_api', 'MEMBER') AS in_api_role
         FROM pg_roles WHERE rolname = current_user`,
    );
    expect(me).toEqual({ name: 'forever_planning_api', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, rolreplication: false, in_api_role: true });
    const owned = await db.dataSource.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'graphile_worker') AND pg_has_role('forever_planning_api', c.relowner, 'USAGE')`,
    );
    expect(owned).toEqual([]);
  });

  it('cannot switch off a trigger, on the audit trail or on a child\'s record', async () => {
    await refused(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_or_delete`, /must be owner of table audit_events/);
    await refused(`ALTER TABLE audit_events DISABLE TRIGGER ALL`, /must be owner of table audit_events/);
    await refused(`ALTER TABLE children DISABLE TRIGGER children_kept_until_retention`, /must be owner of table children/);
    await refused(`DROP TRIGGER placements_kept_until_retention ON placements`, /must be owner of (table|relation) placements/);
    await refused(`CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`, /permission denied for schema public|must be owner of function/);
    // Triggers skipped for the session: only a superuser may.
    await refused(`SET session_replication_role = replica`, /permission denied to set parameter "session_replication_role"/);
    const [{ enabled }] = await db.dataSource.query(
      `SELECT bool_and(tgenabled = 'O') AS enabled FROM pg_trigger WHERE tgrelid IN ('audit_events'::regclass, 'children'::regclass, 'placements'::regclass) AND NOT tgisinternal`,
    );
    expect(enabled).toBe(true);
  });

  it('adds and searches audit events but cannot change, delete or truncate one', async () => {
    await asApi.query(`INSERT INTO audit_events (action) VALUES ('SIGN_IN')`);
    const before = await count(`SELECT count(*)::int AS n FROM audit_events`);
    expect((await asApi.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n).toBe(before);
    await refused(`UPDATE audit_events SET action = 'X'`, /permission denied for table audit_events/);
    await refused(`DELETE FROM audit_events`, /permission denied for table audit_events/);
    await refused(`TRUNCATE audit_events`, /permission denied for table audit_events/);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'X'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events`)).toBe(before);
  });

  it('cannot truncate, drop, alter or create tables, or rewrite the migration history', async () => {
    const children = await count(`SELECT count(*)::int AS n FROM children`);
    await refused(`TRUNCATE children CASCADE`, /permission denied for table children/);
    await refused(`TRUNCATE users CASCADE`, /permission denied for table users/);
    await refused(`DROP TABLE children CASCADE`, /must be owner of table children/);
    await refused(`DROP TABLE audit_events`, /must be owner of table audit_events/);
    await refused(`ALTER TABLE users ADD COLUMN is_root boolean`, /must be owner of table users/);
    await refused(`CREATE TABLE public.stash (x text)`, /permission denied for schema public/);
    await refused(`DELETE FROM migrations`, /permission denied for table migrations/);
    await refused(`DELETE FROM graphile_worker.migrations`, /permission denied for table migrations/);
    await refused(`CREATE ROLE intruder LOGIN`, /permission denied to create role/);
    await refused(`CREATE ROLE intruder SUPERUSER`, /must be superuser to create superusers/);
    await refused(`ALTER ROLE forever_planning_api SUPERUSER`, /must be superuser to alter superuser roles/);
    await refused(`GRANT pg_read_server_files TO forever_planning_api`, /permission denied to grant role "pg_read_server_files"|must have admin option/);
    expect(await count(`SELECT count(*)::int AS n FROM children`)).toBe(children);
  });

  it('is still enough for the API: a failed and a good sign-in, a write and their audit events', async () => {
    const worker = api.client();
    expect((await worker.signIn(world.users.swA1.username, 'not-the-password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'SIGN_IN_FAILED' AND actor_user_id = $1`, [world.users.swA1.id])).toBe(1);
    const signIn = await worker.signIn(world.users.swA1.username, PASSWORD);
    expect(signIn.errors).toBeUndefined();
    const added = await worker.ok<{ addNetworkMember: { id: string; name: string } }>(
      `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id name } }`,
      { input: { childId: world.children.a1.id, kind: 'RELATIVE', name: 'Aunt Rosa', relationship: 'aunt' } },
    );
    expect(added.addNetworkMember.name).toBe('Aunt Rosa');
    expect(await count(`SELECT count(*)::int AS n FROM network_members WHERE id = $1 AND name = 'Aunt Rosa'`, [added.addNetworkMember.id])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM audit_events WHERE record_id = $1`, [added.addNetworkMember.id])).toBeGreaterThan(0);
  });

  it('is given the same rights on tables a later migration creates (default privileges)', async () => {
    await db.dataSource.query(`CREATE TABLE later_table (id int PRIMARY KEY, note text)`);
    await asApi.query(`INSERT INTO later_table VALUES (1, 'a')`);
    await asApi.query(`UPDATE later_table SET note = 'b'`);
    expect(await asApi.query(`SELECT note FROM later_table`)).toEqual([{ note: 'b' }]);
    await refused(`TRUNCATE later_table`, /permission denied for table later_table/);
    await refused(`DROP TABLE later_table`, /must be owner of table later_table/);
  });
});

/** The server as deployed: migrations by the owner (npm run migrate), then the API with only its own login. */
describe('deployment: the owner migrates, the API serves as its own login', () => {
  // Each case starts the real CLI or server as a child process (TypeScript compiled on start): slow on a busy machine.
  jest.setTimeout(120_000);
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });
  afterAll(async () => {
    await db?.drop();
  });
  const run = (script: string, env: Record<string, string>) =>
    spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'packages', 'server', 'src', script)], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', DATABASE_OWNER_URL: '', ...env },
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('refuses to migrate with the API login, and says who should', async () => {
    const started = run('main.ts', { DATABASE_URL: db.apiUrl, PORT: String(await freePort()) });
    expect(started.status).toBe(1);
    expect(started.stderr).toMatch(/A database migration failed, so nothing was changed and the server did not start: permission denied for schema public \(migrations run as the owner of the schema: set DATABASE_OWNER_URL/);
  });

  it('npm run migrate as the owner, then the API starts with DATABASE_URL alone, without a warning', async () => {
    const migrated = run('database/migrate.cli.ts', { DATABASE_OWNER_URL: db.url, DATABASE_URL: db.apiUrl });
    expect(migrated.stdout).toMatch(/Applied \d+ migration\(s\): InitialSchema\d+, .*ApiRoleLeastPrivilege\d+[,.]/);
    expect(migrated.status).toBe(0);
    const server = await startServerProcess({ DATABASE_URL: db.apiUrl, DATABASE_OWNER_URL: '', FP_SEED_ON_EMPTY: 'false' });
    try {
      const res = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
      // The server was given no other user: the API and its job queue are both connected as the API's login.
      const connections = await db.dataSource.query(
        `SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = $1 AND usename = 'forever_planning_api' ORDER BY 1`,
        [db.name],
      );
      expect(connections).toEqual([{ application_name: 'forever-planning' }, { application_name: 'forever-planning-queue' }]);
      expect(server.output()).not.toMatch(/WARNING/);
    } finally {
      await server.stop();
    }
  });

  it('warns at start-up when the API connects as a superuser', async () => {
    const server = await startServerProcess({ DATABASE_URL: db.url, DATABASE_OWNER_URL: '', FP_SEED_ON_EMPTY: 'false' });
    try {
      expect(server.output()).toMatch(/WARNING: The API connects to PostgreSQL as a user that is a superuser and owns the tables .*so it could switch off the audit trail's and retention's triggers/);
    } finally {
      await server.stop();
    }
  });
});

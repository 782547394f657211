import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, REPLICA_APPLICATION_NAME } from '../../packages/server/src/database/data-source';
import { EMBEDDED_API_PASSWORD, EMBEDDED_API_USER, ensureApiLogin, withUser } from '../../packages/server/src/database/api-role';
import { ensureDatabase, withDatabase } from '../../packages/server/src/database/embedded-postgres';
import { lsnValue, READS_AFTER_COOKIE, type ReplicaStatus } from '../../packages/server/src/database/reporting-reads';
import { startCluster, startPrimary, startReplica, stopCluster } from '../../packages/server/src/bench/local-cluster';
import { logger } from '../../packages/server/src/logger';
import { signedInClients, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';
import { freePortsIn } from '../support/free-port';

/**
 * Reporting reads on a real streaming replica (README, "Reporting on a replica"): a primary and a replica made
 * here with the distribution's initdb and pg_basebackup, the API with FP_REPLICA_URL. Which server answered is
 * read from the servers themselves (pg_stat_activity's application_name, the replica's own rows), never assumed.
 */
/** The two clusters' ports: free ones of this range (a benchmark's pair may hold 5491 and 5492). */
const PORT_RANGE = [5491, 5499] as const;
const DATABASE = 'fp_replica_test';
/**
 * Long enough that a case's paused replay stays "recent enough" while it writes and reads on a loaded machine (the
 * SSDA903 import alone can take seconds under CI's load: with 4 s its "older state" read sometimes fell back to the
 * primary), short enough that the lag case's wait for the switch stays brief.
 */
const MAX_LAG_SECONDS = 10;

const TRACKER = `query { tracker(first: 100) { totalCount rows { childId name weeklyCost placementType } teams { id name } totals { children weeklyCost } } }`;
type Tracker = { tracker: { totalCount: number; rows: { childId: string; name: string; weeklyCost: number; placementType: string | null }[]; teams: { id: string; name: string }[] } };
const START_PLACEMENT = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`;
const CHILD_TRAIL = `query($id: ID!) { child(id: $id) { auditTrail(first: 20) { edges { node { action recordType recordId } } } } }`;
type ChildTrail = { child: { auditTrail: { edges: { node: { action: string; recordType: string | null; recordId: string | null } }[] } } };
const AUDIT_SEARCH = `query($action: AuditAction) { auditEvents(filter: { action: $action }, first: 5) { totalCount } }`;
const UPLOAD = `query($id: ID!) { ssda903Upload(id: $id) { status version } }`;
type Upload = { ssda903Upload: { status: string; version: number } };
const RETURN_FIXTURES = path.join(__dirname, '..', 'fixtures', 'ssda903-import', '2025');
/** The browser's READS_AFTER_COOKIE as set by this answer ('name=value'), if it set one. */
const readsAfterOf = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith(`${READS_AFTER_COOKIE}=`))?.split(';')[0];
const positionOf = (readsAfter: string) => lsnValue(decodeURIComponent(readsAfter.split('=')[1]));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reporting reads on a streaming replica', () => {
  let dir: string;
  let primaryDir: string;
  let replicaDir: string;
  let owner: DataSource;
  let apiSource: DataSource;
  let replicaAdmin: Client;
  let api: TestApi;
  let primaryOnly: TestApi;
  /** A second API process on the same primary and replica (npm run start:cluster runs several). */
  let otherProcess: TestApi;
  let world: World;
  let primaryApiUrl: string;
  let replicaApiUrl: string;
  let ownerUrl: string;
  let replicaAdminUrl: string;
  let primaryPort: number;
  let replicaPort: number;
  const as = signedInClients();
  const status = async (server = api): Promise<ReplicaStatus> => ((await (await fetch(`${server.baseUrl}/readyz`)).json()) as { reportingReads: ReplicaStatus }).reportingReads;
  const waitForState = async (state: ReplicaStatus['state'], ms = 30_000, server = api) => {
    const until = Date.now() + ms;
    while ((await status(server)).state !== state) {
      if (Date.now() > until) throw new Error(`the replica did not become "${state}": ${JSON.stringify(await status(server))}`);
      await sleep(200);
    }
  };
  const replicaNow = async (): Promise<Date> => (await replicaAdmin.query(`SELECT clock_timestamp() AS now`)).rows[0].now as Date;
  /**
   * Statements of the reports' pool on the replica since `since` that begin as the tracker's screen statement does
   * (pg_stat_activity keeps each connection's last statement, its first 1024 bytes by default).
   */
  const trackerRanOnReplica = async (since: Date): Promise<number> =>
    (await replicaAdmin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'WITH q AS (SELECT "c"."id" AS id%' AND query_start >= $2`, [REPLICA_APPLICATION_NAME, since])).rows[0].n as number;
  /** One GraphQL request to `server` carrying exactly `cookie` (a person's session, and perhaps READS_AFTER_COOKIE). */
  const gqlOn = async <T>(server: TestApi, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; readsAfter: string | undefined }> => {
    const res = await fetch(`${server.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, readsAfter: readsAfterOf(res) };
  };
  const weeklyCostOf = (t: Tracker, childId: string) => t.tracker.rows.find((r) => r.childId === childId)?.weeklyCost;
  const pause = async () => {
    await replicaAdmin.query(`SELECT pg_wal_replay_pause()`);
    const until = Date.now() + 10_000;
    while ((await replicaAdmin.query(`SELECT pg_get_wal_replay_pause_state() AS s`)).rows[0].s !== 'paused') {
      if (Date.now() > until) throw new Error('replay did not pause');
      await sleep(50);
    }
  };
  const connectReplicaAdmin = async () => {
    replicaAdmin = new Client({ connectionString: replicaAdminUrl });
    // The replica is stopped on purpose below: its connection's end is expected.
    replicaAdmin.on('error', () => undefined);
    await replicaAdmin.connect();
  };
  const resume = async () => {
    await replicaAdmin.query(`SELECT pg_wal_replay_resume()`);
    await waitForState('in use');
  };

  beforeAll(async () => {
    [primaryPort, replicaPort] = await freePortsIn(PORT_RANGE[0], PORT_RANGE[1], 2);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-replica-test-'));
    primaryDir = path.join(dir, 'primary');
    replicaDir = path.join(dir, 'replica');
    const primaryServer = startPrimary(primaryDir, primaryPort);
    await ensureDatabase(primaryServer, DATABASE);
    ownerUrl = withDatabase(primaryServer, DATABASE);
    owner = createDataSource(ownerUrl, { poolSize: 3 });
    await owner.initialize();
    await owner.runMigrations();
    primaryApiUrl = withUser(ownerUrl, EMBEDDED_API_USER, EMBEDDED_API_PASSWORD);
    await ensureApiLogin(ownerUrl, primaryApiUrl);
    world = await buildWorld(owner);
    // The replica starts from a copy of all that, then streams what follows.
    const replicaServer = startReplica(primaryPort, replicaDir, replicaPort);
    replicaApiUrl = withUser(withDatabase(replicaServer, DATABASE), EMBEDDED_API_USER, EMBEDDED_API_PASSWORD);
    replicaAdminUrl = withDatabase(replicaServer, DATABASE);
    await connectReplicaAdmin();
    // The API as it runs in production: a login in fp_api on both servers.
    apiSource = createDataSource(primaryApiUrl, { poolSize: 5 });
    await apiSource.initialize();
    // One data folder for both processes (uploads), as a cluster shares one.
    const env = { DATABASE_URL: primaryApiUrl, FP_REPLICA_URL: replicaApiUrl, FP_REPLICA_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS), FP_DATA_DIR: path.join(dir, 'data') };
    api = await startTestApi(apiSource, { env });
    otherProcess = await startTestApi(apiSource, { env });
    primaryOnly = await startTestApi(apiSource);
    await waitForState('in use');
    await waitForState('in use', 30_000, otherProcess);
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await otherProcess?.close();
    await primaryOnly?.close();
    await replicaAdmin?.end().catch(() => undefined);
    if (apiSource?.isInitialized) await apiSource.destroy();
    if (owner?.isInitialized) await owner.destroy();
    if (replicaDir) stopCluster(replicaDir, 'immediate');
    if (primaryDir) stopCluster(primaryDir, 'immediate');
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reads the tracker, reports, exports, the return and audit searches on the replica, answering as the primary does; audit rows go to the primary', async () => {
    const hos = await as(api, world.users.hosA.username);
    const hosOnPrimary = await as(primaryOnly, world.users.hosA.username);
    const before = (await status()).reads.replica;
    // Twice: the second is the screen statement that checks a remembered session (on the primary first).
    for (let i = 0; i < 2; i++) {
      const since = await replicaNow();
      const auditedBefore = (await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1 AND parts @> ARRAY['tracker']`, [world.users.hosA.id]))[0].n as number;
      const onReplica = await hos.ok<Tracker>(TRACKER);
      expect(await trackerRanOnReplica(since)).toBeGreaterThan(0);
      expect(onReplica).toEqual(await hosOnPrimary.ok<Tracker>(TRACKER));
      expect(onReplica.tracker.totalCount).toBe(3);
      // The read's audit rows: written on the primary (the replica is read-only), one summary and one per child.
      const audited = (await owner.query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_user_id = $1 AND parts @> ARRAY['tracker']`, [world.users.hosA.id]))[0].n as number;
      expect(audited).toBeGreaterThan(auditedBefore);
    }

    const reports = [
      `query { quarterlyReport(period: { from: "2026-07-01", to: "2026-09-30" }) { lookedAfter started ceased children { childId weeklyCost } } }`,
      `query { annualIndicators(period: { from: "2025-11-01", to: "2026-10-31" }) { code count outOf } }`,
      `query { lookedAfterOverTime(period: { from: "2026-01-01", to: "2026-10-31" }, interval: QUARTER) { periodEnd lookedAfter } }`,
      `query { ssda903Validation(year: 2027) { children episodes failures { localId issues { code } } } }`,
    ];
    for (const query of reports) expect(await hos.ok(query)).toEqual(await hosOnPrimary.ok(query));
    const csv = async (client: ApiClient, file: string) => (await fetch(`${client.baseUrl}${file}`, { headers: { cookie: client.cookie! } })).text();
    for (const file of ['/exports/tracker.csv', '/exports/ssda903/2027/header.csv', '/exports/quarterly-report.csv?from=2026-07-01&to=2026-09-30']) {
      expect(await csv(hos, file)).toEqual(await csv(hosOnPrimary, file));
    }
    const search = await hos.ok<{ auditEvents: { totalCount: number } }>(`query { auditEvents(first: 5) { totalCount edges { node { action } } } }`);
    expect(search.auditEvents.totalCount).toBeGreaterThan(0);
    // 2 tracker pages, 4 reports, 3 downloads and the search: each read from the replica.
    expect((await status()).reads.replica - before).toBeGreaterThanOrEqual(10);
  }, 60_000);

  it("reads a person's own write back at once, from the primary, while the replica's replay is paused; another person sees the replica's older state only within the allowed lag", async () => {
    const sw = await as(api, world.users.swA1.username);
    const hos = await as(api, world.users.hosA.username);
    await sw.ok<Tracker>(TRACKER);
    expect(weeklyCostOf(await hos.ok<Tracker>(TRACKER), world.children.a1.id)).toBe(0);
    await pause();
    const wrote = await sw.raw({ query: START_PLACEMENT, variables: { input: { childId: world.children.a1.id, type: 'FOSTER_CARE', carerName: 'Mrs Ali', startDate: '2026-11-01', inArea: true, weeklyCost: 450 } } });
    expect(((await wrote.json()) as { errors?: unknown }).errors).toBeUndefined();
    const wroteAt = Date.now();
    const readsAfter = readsAfterOf(wrote);
    expect(readsAfter).toMatch(new RegExp(`^${READS_AFTER_COOKIE}=[0-9A-F]+%2F[0-9A-F]+$`));
    // The replica has not got it...
    expect((await replicaAdmin.query(`SELECT count(*)::int AS n FROM placements WHERE child_id = $1`, [world.children.a1.id])).rows[0].n).toBe(0);
    // ...yet the worker who wrote it sees it at once: their read went to the primary.
    expect(weeklyCostOf(await sw.ok<Tracker>(TRACKER), world.children.a1.id)).toBe(450);
    // So too through another API process, which knows of the write only from the browser's cookie.
    const throughOther = async (cookie: string) => weeklyCostOf((await gqlOn<Tracker>(otherProcess, cookie, TRACKER)).data, world.children.a1.id);
    expect(await throughOther(`${sw.cookie}; ${readsAfter}`)).toBe(450);
    // (A client that dropped the cookie would be shown the replica's older state there, within the limit.)
    expect(await throughOther(sw.cookie!)).toBe(0);

    // The head of service did not write: the replica serves them while it is at most MAX_LAG_SECONDS behind, then the primary.
    const seen: { startedAt: number; weeklyCost: number | undefined }[] = [];
    while (Date.now() - wroteAt < (MAX_LAG_SECONDS + 4) * 1000) {
      const startedAt = Date.now();
      const weeklyCost = weeklyCostOf(await hos.ok<Tracker>(TRACKER), world.children.a1.id);
      seen.push({ startedAt, weeklyCost });
      if (weeklyCost === 450) break;
      await sleep(300);
    }
    const old = seen.filter((s) => s.weeklyCost === 0);
    expect(old.length).toBeGreaterThan(0);
    // Never older than the limit: each read that showed the older state began within MAX_LAG_SECONDS of the write.
    expect(old.every((s) => s.startedAt - wroteAt <= MAX_LAG_SECONDS * 1000)).toBe(true);
    expect(seen.at(-1)?.weeklyCost).toBe(450);
    expect((await status()).state).toBe('behind');
    await resume();
    expect(weeklyCostOf(await hos.ok<Tracker>(TRACKER), world.children.a1.id)).toBe(450);
  }, 60_000);

  it('while the replica lags, refuses a disabled person on the tracker at once and never shows a child just taken out of reach', async () => {
    const tm = await as(api, world.users.tmA1.username);
    const sw = await as(api, world.users.swA1.username);
    // Each has read the tracker once (the session is remembered: the next tracker is the one-statement screen).
    expect((await tm.ok<Tracker>(TRACKER)).tracker.totalCount).toBe(2);
    expect((await sw.ok<Tracker>(TRACKER)).tracker.rows.map((r) => r.childId)).toEqual([world.children.a1.id]);
    // Their own writes (signing in) replayed: the replica would serve them.
    const until = Date.now() + 15_000;
    while (![world.users.tmA1.id, world.users.swA1.id].every((id) => api.services.reportingReads.usesReplica(id))) {
      if (Date.now() > until) throw new Error('the replica never caught up with their sign-in');
      await sleep(100);
    }
    await pause();
    await owner.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [world.users.tmA1.id]);
    await owner.query(`UPDATE children SET social_worker_id = $2 WHERE id = $1`, [world.children.a1.id, world.users.swA1b.id]);
    // The replica still has the person enabled and the child on their caseload, and is within the allowed lag.
    expect((await replicaAdmin.query(`SELECT disabled_at FROM users WHERE id = $1`, [world.users.tmA1.id])).rows[0].disabled_at).toBeNull();
    expect((await replicaAdmin.query(`SELECT social_worker_id FROM children WHERE id = $1`, [world.children.a1.id])).rows[0].social_worker_id).toBe(world.users.swA1.id);
    expect((await status()).state).toBe('in use');
    expect(api.services.reportingReads.usesReplica(world.users.tmA1.id)).toBe(true);
    expect(api.services.reportingReads.usesReplica(world.users.swA1.id)).toBe(true);

    const refused = await tm.gql(TRACKER);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data?.tracker ?? null).toBeNull();

    const since = await replicaNow();
    const caseload = await sw.ok<Tracker>(TRACKER);
    // Read from the replica (which still reaches Amira), cut to the primary's reach.
    expect(await trackerRanOnReplica(since)).toBeGreaterThan(0);
    expect(caseload.tracker.rows).toEqual([]);
    expect(caseload.tracker.totalCount).toBe(0);
    await resume();
    await owner.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [world.users.tmA1.id]);
    await owner.query(`UPDATE children SET social_worker_id = $2 WHERE id = $1`, [world.children.a1.id, world.users.swA1.id]);
  }, 60_000);

  it('answers from the primary, saying so once in the log, while the replica is stopped; uses the replica again once it is back', async () => {
    const hos = await as(api, world.users.hosA.username);
    const warn = jest.spyOn(logger, 'warn');
    try {
      const expected = await hos.ok<Tracker>(TRACKER);
      stopCluster(replicaDir, 'immediate');
      const before = (await status()).reads.primary;
      for (let i = 0; i < 5; i++) {
        const res = await hos.gql<Tracker>(TRACKER);
        expect(res.errors).toBeUndefined();
        expect(res.data).toEqual(expected);
      }
      const report = await hos.gql(`query { quarterlyReport(period: { from: "2026-07-01", to: "2026-09-30" }) { lookedAfter } }`);
      expect(report.errors).toBeUndefined();
      const now = await status();
      expect(now.state).toBe('unreachable');
      expect(now.reads.primary - before).toBeGreaterThanOrEqual(6);
      await sleep(2_000);
      const said = warn.mock.calls.filter(([fields]) => (fields as { replica?: string } | undefined)?.replica === 'unreachable');
      // Once by each of the two API processes that read from the replica, however many reads fell back.
      expect(said).toHaveLength(2);

      startCluster(replicaDir);
      await replicaAdmin.end().catch(() => undefined);
      await connectReplicaAdmin();
      await waitForState('in use');
      const since = await replicaNow();
      expect(await hos.ok<Tracker>(TRACKER)).toEqual(expected);
      expect(await trackerRanOnReplica(since)).toBeGreaterThan(0);
    } finally {
      warn.mockRestore();
    }
  }, 90_000);

  it('npm run ssda903 -- --replica-url reads the return from the replica once it has caught up', async () => {
    const out = path.join(dir, 'return');
    const root = path.resolve(__dirname, '..', '..');
    // Run without blocking this process: a blocked event loop misses the API's closing of idle keep-alive sockets,
    // and the next request on one of them fails with ECONNRESET. The command's exit code says whether its checks
    // passed (not asked here): what it printed is.
    const run = await new Promise<{ stdout: string }>((resolve, reject) => execFile(process.execPath, ['-r', '@swc-node/register', path.join(root, 'packages', 'server', 'src', 'ssda903', 'ssda903.cli.ts'), '--year', '2027', '--out', out, '--council', '901', '--replica-url', replicaApiUrl], {
      cwd: path.join(root, 'packages', 'server'),
      env: { ...process.env, DATABASE_URL: primaryApiUrl, DATABASE_OWNER_URL: ownerUrl, FP_REPLICA_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    }, (error, stdout) => (error && error.killed ? reject(error) : resolve({ stdout }))));
    expect(run.stdout).toContain(`Reading from the replica at 127.0.0.1:${replicaPort}`);
    expect(run.stdout).toMatch(/Council A \(901\): \d+ children/);
    expect(fs.readFileSync(path.join(out, 'header.csv'), 'utf8').split('\r\n')[0]).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB');
  }, 90_000);

  it("a life story upload (POST /media) is in the uploader's own next audit trail read while replay is paused, through another process by the cookie", async () => {
    const tm = await as(api, world.users.tmA2.username);
    const child = world.children.a2.id;
    const mediaOnTrail = async (server: TestApi, cookie: string) =>
      (await gqlOn<ChildTrail>(server, cookie, CHILD_TRAIL, { id: child })).data.child.auditTrail.edges.filter((e) => e.node.recordType === 'Media').map((e) => e.node.recordId);
    await waitForState('in use');
    await waitForState('in use', 30_000, otherProcess);
    await pause();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'))]), 'care plan.pdf');
    const res = await fetch(`${api.baseUrl}/media?childId=${child}`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true', cookie: tm.cookie! } });
    expect(res.status).toBe(201);
    const { mediaId } = (await res.json()) as { mediaId: string };
    const readsAfter = readsAfterOf(res);
    expect(readsAfter).toMatch(new RegExp(`^${READS_AFTER_COOKIE}=[0-9A-F]+%2F[0-9A-F]+$`));
    // The replica has not got it...
    expect((await replicaAdmin.query(`SELECT count(*)::int AS n FROM media WHERE id = $1`, [mediaId])).rows[0].n).toBe(0);
    // ...yet the trail (a reporting read) shows it to the one who uploaded it: in this process, which noted the write,
    expect(await mediaOnTrail(api, tm.cookie!)).toContain(mediaId);
    // and in another, which knows of it only from the cookie.
    expect(await mediaOnTrail(otherProcess, `${tm.cookie}; ${readsAfter}`)).toContain(mediaId);
    // Without the cookie the other process reads the replica's older state (within the allowed lag).
    expect(await mediaOnTrail(otherProcess, tm.cookie!)).not.toContain(mediaId);
    await resume();
    expect(await mediaOnTrail(otherProcess, tm.cookie!)).toContain(mediaId);
  }, 60_000);

  it("an SSDA903 upload, and the import that ends after every answer, are in the administrator's own next audit search while replay is paused: the import by the process that ran it, and elsewhere by the cookie of the poll that shows it ended", async () => {
    const admin = await as(api, world.users.adminA.username);
    const session = admin.cookie!;
    const searched = async (server: TestApi, cookie: string, action: string) => (await gqlOn<{ auditEvents: { totalCount: number } }>(server, cookie, AUDIT_SEARCH, { action })).data.auditEvents.totalCount;
    const onReplica = async (sql: string, params: unknown[]) => (await replicaAdmin.query(sql, params)).rows[0].n as number;
    const childrenOfAOnReplica = () => onReplica(`SELECT count(*)::int AS n FROM children WHERE council_id = $1`, [world.councilA.id]);
    await waitForState('in use');
    await waitForState('in use', 30_000, otherProcess);

    // The upload (POST /imports/ssda903), while replay is paused.
    await pause();
    const form = new FormData();
    for (const name of fs.readdirSync(RETURN_FIXTURES).filter((f) => f.endsWith('.csv'))) form.append('files', new Blob([new Uint8Array(fs.readFileSync(path.join(RETURN_FIXTURES, name)))]), name);
    const posted = await fetch(`${api.baseUrl}/imports/ssda903?year=2025`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true', cookie: session } });
    expect(posted.status).toBe(201);
    const { uploadId } = (await posted.json()) as { uploadId: string };
    const uploaded = readsAfterOf(posted)!;
    expect(uploaded).toMatch(new RegExp(`^${READS_AFTER_COOKIE}=`));
    expect(await onReplica(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'UPLOAD_SSDA903'`, [])).toBe(0);
    expect(await searched(api, session, 'UPLOAD_SSDA903')).toBe(1);
    expect(await searched(otherProcess, `${session}; ${uploaded}`, 'UPLOAD_SSDA903')).toBe(1);
    expect(await searched(otherProcess, session, 'UPLOAD_SSDA903')).toBe(0);
    await resume();

    // The check, then the confirmation. The import waits on a lock held here, so that the replica can replay
    // everything up to the confirmation (its own noted write) before the import writes a child.
    let upload = (await gqlOn<Upload>(api, session, UPLOAD, { id: uploadId })).data.ssda903Upload;
    for (const until = Date.now() + 30_000; upload.status === 'CHECKING' && Date.now() < until; await sleep(100)) upload = (await gqlOn<Upload>(api, session, UPLOAD, { id: uploadId })).data.ssda903Upload;
    expect(upload.status).toBe('CHECKED');
    const childrenBefore = await childrenOfAOnReplica();
    const lock = new Client({ connectionString: ownerUrl });
    await lock.connect();
    try {
      await lock.query(`BEGIN`);
      await lock.query(`LOCK TABLE children IN EXCLUSIVE MODE`);
      const confirmed = await gqlOn<{ confirmSsda903Upload: { status: string } }>(api, session, `mutation($id: ID!, $v: Int!) { confirmSsda903Upload(id: $id, expectedVersion: $v) { status } }`, { id: uploadId, v: upload.version });
      expect(confirmed.data.confirmSsda903Upload.status).toBe('IMPORTING');
      const atConfirmation = confirmed.readsAfter!;
      const until = Date.now() + 15_000;
      while (!api.services.reportingReads.usesReplica(world.users.adminA.id)) {
        if (Date.now() > until) throw new Error('the replica never caught up with the confirmation');
        await sleep(100);
      }
      await pause();
      await lock.query(`COMMIT`);
      await api.services.ssda903Uploads.idle();
      expect(await owner.query(`SELECT status FROM ssda903_uploads WHERE id = $1`, [uploadId])).toEqual([{ status: 'IMPORTED' }]);
      // The replica has none of it, and has replayed the confirmation.
      expect(await childrenOfAOnReplica()).toBe(childrenBefore);
      expect(await onReplica(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'IMPORT_SSDA903'`, [])).toBe(0);

      // The process that ran the import noted its end: the administrator's search there is held to it.
      expect(api.services.reportingReads.usesReplica(world.users.adminA.id)).toBe(false);
      expect(await searched(api, session, 'IMPORT_SSDA903')).toBe(1);
      // Another process, with only the confirmation's cookie, reads the replica's older state (within the allowed lag).
      expect(await searched(otherProcess, `${session}; ${atConfirmation}`, 'IMPORT_SSDA903')).toBe(0);
      // The portal's poll that shows the import ended sets the cookie past it, so the other process waits too.
      const polled = await gqlOn<Upload>(api, `${session}; ${atConfirmation}`, UPLOAD, { id: uploadId });
      expect(polled.data.ssda903Upload.status).toBe('IMPORTED');
      expect(polled.readsAfter).toMatch(new RegExp(`^${READS_AFTER_COOKIE}=`));
      expect(positionOf(polled.readsAfter!)).toBeGreaterThan(positionOf(atConfirmation));
      expect(await searched(otherProcess, `${session}; ${polled.readsAfter}`, 'IMPORT_SSDA903')).toBe(1);
      // So does the poll when the process that answers it did not run the import (and that process remembers it).
      const polledElsewhere = await gqlOn<Upload>(otherProcess, `${session}; ${atConfirmation}`, UPLOAD, { id: uploadId });
      expect(polledElsewhere.readsAfter).toMatch(new RegExp(`^${READS_AFTER_COOKIE}=`));
      expect(await searched(otherProcess, `${session}; ${atConfirmation}`, 'IMPORT_SSDA903')).toBe(1);
    } finally {
      await lock.query(`ROLLBACK`).catch(() => undefined);
      await lock.end();
    }
    await resume();
    expect(await childrenOfAOnReplica()).toBeGreaterThan(childrenBefore);
  }, 90_000);
});

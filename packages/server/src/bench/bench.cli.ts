import { execSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { BENCH_PASSWORD, DEFAULT_BENCH_DATABASE_URL } from './bench-settings';
import { profileShares } from './profile-categories';
import * as S from './scenarios';
import { benchApiEnvironment, cpuSeconds, writeBenchManifest } from './api-process';

/**
 * `npm run bench [-- --duration 10 --levels 1,16,64 --database-url URL --only caseload,tracker page]`
 *
 * Against the England set (npm run generate): starts the API in production
 * settings as a child process, signs in real users and drives each scenario
 * with autocannon at each concurrency; then PostGraphile (read-only role)
 * and raw SQL with pg (the floor) on the same shapes, in the same run; then
 * two API processes behind a round-robin proxy. Writes
 * bench/results/<date>.json and <date>.md (the table for BENCHMARKS.md).
 */
const SERVER_DIR = path.resolve(__dirname, '..', '..');
/** `--port-base N`: the API on N, a second API on N+1, PostGraphile on N+2, the proxy on N+3 (default 4100, 4101, 4110, 4120). */
const PORT_BASE = process.argv.includes('--port-base') ? Number(process.argv[process.argv.indexOf('--port-base') + 1]) : null;
const API_PORT = PORT_BASE ?? 4100;
const API2_PORT = PORT_BASE ? PORT_BASE + 1 : 4101;
const PEER_PORT = PORT_BASE ? PORT_BASE + 2 : 4110;
const PROXY_PORT = PORT_BASE ? PORT_BASE + 3 : 4120;

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const DURATION = Number(arg('duration') ?? 10);
const LEVELS = (arg('levels') ?? '1,16,64').split(',').map(Number);
const DB_URL = arg('database-url') ?? DEFAULT_BENCH_DATABASE_URL;
/** `--only caseload,tracker page`: just these scenarios (every target), for a quick look; the full run is the record. */
const ONLY = arg('only')?.split(',').map((s) => s.trim());
/** Scenarios run only when --only names them (not part of the full run's record). */
const ON_REQUEST = new Set(['quarterly report']);
const wanted = (scenario: string) => (ONLY ? ONLY.includes(scenario) : !ON_REQUEST.has(scenario));
/**
 * `--replica-url URL`: the API processes read reports from this streaming replica of --database-url's database
 * (FP_REPLICA_URL; `--replica-max-lag S` for FP_REPLICA_MAX_LAG_SECONDS). npm run bench:replica makes a local pair.
 */
const REPLICA_URL = arg('replica-url');
const REPLICA_MAX_LAG = arg('replica-max-lag');
/** `--profile`: also profile each scenario's CPU (node --cpu-prof, sequential requests) and say where the time goes. */
const PROFILE = process.argv.includes('--profile');
/** `--profile-dir DIR`: keep each scenario's .cpuprofile there (named after the scenario) to read its hot functions. */
const PROFILE_DIR = arg('profile-dir');
/**
 * `--api-node-options "--max-old-space-size=160"`: Node options for the API processes only (not the bench, tsc or
 * the peer). By default the heap cap `npm start` gives the API; `--api-node-options ""` for none.
 */
const API_NODE_OPTIONS = arg('api-node-options') ?? '--max-old-space-size=192';
/** `--api-only`: only the API's own phases (statements per request, then one process), e.g. to compare heap caps. */
const API_ONLY = process.argv.includes('--api-only');
/** `--results-name NAME`: bench/results/NAME.json and .md instead of the day's date (several runs in a day). */
const RESULTS_NAME = arg('results-name');
const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const load = () => os.loadavg().map((l) => Number(l.toFixed(2)));

// ---------- processes ----------

interface Proc {
  name: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not become ready in ${timeoutMs / 1000} s`);
}

/** Every process the bench started, so a failure still stops them all. */
const running = new Set<Proc>();

function start(name: string, file: string, env: Record<string, string>, nodeArgs: string[] = []): Proc {
  // Compiled JavaScript runs as it is; TypeScript through swc (the proxy and the peer).
  const args = [...nodeArgs, ...(file.endsWith('.js') ? [file] : ['-r', '@swc-node/register', file])];
  const child = spawn(process.execPath, args, {
    cwd: SERVER_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  child.on('exit', (code) => {
    if (code && code !== 0) console.error(`${name} exited with ${code}: ${stderr}`);
  });
  const proc: Proc = {
    name,
    child,
    stop: () =>
      new Promise((resolve) => {
        running.delete(proc);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
  running.add(proc);
  return proc;
}

const BENCH_MANIFEST = writeBenchManifest();

async function startApi(port: number, countSql: boolean, nodeArgs: string[] = []): Promise<Proc> {
  const proc = start(`api:${port}`, 'dist/main.js', {
    ...benchApiEnvironment({ serverDir: SERVER_DIR, port, databaseUrl: DB_URL, manifest: BENCH_MANIFEST, nodeOptions: API_NODE_OPTIONS }),
    FP_COUNT_SQL: countSql ? 'true' : 'false',
    ...(REPLICA_URL ? { FP_REPLICA_URL: REPLICA_URL } : {}),
    ...(REPLICA_MAX_LAG ? { FP_REPLICA_MAX_LAG_SECONDS: REPLICA_MAX_LAG } : {}),
  }, nodeArgs);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).ok, `The API on ${port}`);
  return proc;
}

/** Peak resident memory of a process (VmHWM), in MB; resetPeak starts a new peak (Linux clear_refs 5). */
function peakMemoryMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}
function resetPeak(pid: number): void {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not permitted here: the peak is then since the process started.
  }
}


/**
 * autocannon stops counting at the end of a run but the server still works
 * through the requests in flight: wait until the processes are idle (under
 * 10% of a core for half a second, at most 60 s) so one run's backlog does
 * not land in the next.
 */
async function drain(pids: number[]): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const before = pids.map(cpuSeconds);
    await new Promise((r) => setTimeout(r, 500));
    const used = pids.map(cpuSeconds).reduce((sum, c, i) => sum + c - before[i], 0);
    if (used < 0.05) return;
  }
}

// ---------- HTTP helpers ----------

/** The last whole quarter before today (the report's period). */
function lastQuarter(): { from: string; to: string } {
  const now = new Date();
  const q = Math.floor(now.getUTCMonth() / 3);
  const start = new Date(Date.UTC(now.getUTCFullYear(), (q - 1) * 3, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/** /readyz's account of where reporting reads went (with --replica-url). */
async function replicaStatus(port: number): Promise<unknown> {
  const body = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as { reportingReads?: unknown };
  return body.reportingReads ?? null;
}

async function gql(port: number, query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { res, body };
}

async function signIn(port: number, username: string): Promise<string> {
  const { res, body } = await gql(port, S.SIGN_IN, { input: { username, password: BENCH_PASSWORD } });
  const m = /fp_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m || body.errors) throw new Error(`Could not sign in ${username}: ${JSON.stringify(body.errors)}`);
  return `fp_session=${m[1]}`;
}

// ---------- measuring ----------

export interface Run {
  target: 'api' | 'postgraphile' | 'sql' | 'api-x2-proxy' | 'api-proxy';
  scenario: string;
  users: number;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** What the errors were: GraphQL error codes (CONFLICT, BAD_USER_INPUT...), `HTTP <status>`, or `request error`. */
  errorKinds?: Record<string, number>;
  sqlPerRequest: number | null;
  peakMemoryMb: number | null;
  loadBefore: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1));
}

function summarise(latencies: number[], seconds: number, errors: number, errorKinds?: Record<string, number>) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    ...(errorKinds && Object.keys(errorKinds).length > 0 ? { errorKinds } : {}),
    requests: sorted.length,
    throughput: Number((sorted.length / seconds).toFixed(1)),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
  };
}

type Ctx = Record<string, unknown>;
/** autocannon's request with its per-connection context typed as a plain record. */
interface BenchRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (req: BenchRequest, context: Ctx) => BenchRequest;
  onResponse?: (status: number, body: string, context: Ctx) => void;
}
type Requests = BenchRequest[];

/** autocannon with our own latency list (it reports p97.5, not p95) and GraphQL errors counted as errors. */
async function drive(port: number, users: number, requests: Requests, seconds = DURATION) {
  const latencies: number[] = [];
  let gqlErrors = 0;
  let shown = 0;
  const kinds: Record<string, number> = {};
  const count = (kind: string) => void (kinds[kind] = (kinds[kind] ?? 0) + 1);
  const checked = requests.map((r) => ({
    ...r,
    onResponse: (status: number, body: string, context: Ctx) => {
      if (body.includes('"errors"')) {
        gqlErrors++;
        count(errorCodeOf(body));
        if (process.env.FP_BENCH_SHOW_ERRORS && gqlErrors <= 5) log(`error: ${body.slice(0, 300)}`);
      } else if (status >= 300) {
        count(`HTTP ${status}`);
        if (process.env.FP_BENCH_SHOW_ERRORS && shown++ < 5) log(`HTTP ${status}: ${body.slice(0, 300)}`);
      }
      r.onResponse?.(status, body, context);
    },
  })) as unknown as autocannon.Request[];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `http://127.0.0.1:${port}/graphql`, connections: users, duration: seconds, method: 'POST', headers: { 'content-type': 'application/json' }, requests: checked },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
    if (process.env.FP_BENCH_SHOW_ERRORS) instance.on('reqError', (error: Error) => shown++ < 5 && log(`request error: ${error.message}`));
  });
  if (result.errors + result.timeouts > 0) kinds['request error'] = result.errors + result.timeouts;
  return summarise(latencies, seconds, result.non2xx + result.errors + result.timeouts + gqlErrors, kinds);
}

/** The first GraphQL error's code in an answer (what the bench reports errors by). */
function errorCodeOf(body: string): string {
  try {
    const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    return code ?? 'no code';
  } catch {
    return 'unreadable answer';
  }
}

async function floor(pool: Pool, sql: string, params: unknown[], users: number, seconds = DURATION) {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: users }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        try {
          await pool.query(sql, params);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  return summarise(latencies, seconds, errors);
}

function readRequest(query: string, variables: Record<string, unknown>, cookie?: string): Requests {
  return [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ query, variables }) }];
}

// ---------- the same rows from every target ----------

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const len = (x: unknown) => (Array.isArray(x) ? x.length : 0);
const sum = (xs: unknown[], f: (x: Doc) => number) => xs.reduce<number>((n, x) => n + f(x as Doc), 0);
/** The record's current plan in the API's answer: the peer's and the floor's outcomes and actions are counted for the same plan. */
let currentPlanId: string | undefined;

/** Rows of each relation in the API's answer: children and brothers and sisters (caseload); the record's relations (the current plan's outcomes and actions). */
function apiRows(scenario: string, d: Doc): Record<string, number> {
  if (scenario === 'caseload') {
    const nodes = (d.children.edges as Doc[]).map((e) => e.node as Doc);
    return { children: nodes.length, siblings: sum(nodes, (n) => len(n.brothersAndSisters)), currentPlans: nodes.filter((n) => n.currentPlan).length };
  }
  const c = d.child as Doc;
  currentPlanId = c.currentPlan?.id as string | undefined;
  const outcomes = (c.currentPlan?.outcomes ?? []) as Doc[];
  return {
    placements: len(c.placements), legalStatuses: len(c.legalStatuses), plans: len(c.planHistory), currentPlanOutcomes: outcomes.length,
    currentPlanActions: sum(outcomes, (o) => len(o.actions)), meetings: len(c.meetings), siblings: len(c.brothersAndSisters),
    network: len(c.familyNetwork), lifeStory: len(c.lifeStory), views: len(c.views),
  };
}

function peerRows(scenario: string, d: Doc): Record<string, number> {
  const nodes = (x: Doc | undefined) => (x?.nodes ?? []) as Doc[];
  if (scenario === 'caseload') {
    const kids = nodes(d.allChildren);
    return { children: kids.length, siblings: sum(kids, (k) => nodes(k.siblingLinksByChildAId).length + nodes(k.siblingLinksByChildBId).length), currentPlans: kids.filter((k) => nodes(k.plansByChildId).length).length };
  }
  const c = d.childById as Doc;
  const plans = nodes(c.plansByChildId);
  const current = plans.find((p) => p.id === currentPlanId);
  const outcomes = nodes(current?.planOutcomesByPlanId);
  return {
    placements: nodes(c.placementsByChildId).length, legalStatuses: nodes(c.legalStatusesByChildId).length, plans: plans.length, currentPlanOutcomes: outcomes.length,
    currentPlanActions: sum(outcomes, (o) => nodes(o.planOutcomeActionsByOutcomeId).length), meetings: nodes(c.meetingsByChildId).length,
    siblings: nodes(c.siblingLinksByChildAId).length + nodes(c.siblingLinksByChildBId).length, network: nodes(c.networkMembersByChildId).length,
    lifeStory: nodes(c.lifeStoryItemsByChildId).length, views: nodes(c.viewsByChildId).length,
  };
}

function floorRows(scenario: string, row: Doc): Record<string, number> {
  if (scenario === 'caseload') {
    const kids = (row.page ?? []) as Doc[];
    return { children: kids.length, siblings: sum(kids, (k) => len(k.siblings)), currentPlans: kids.filter((k) => k.current_plan).length };
  }
  const r = row.record as Doc;
  const plans = (r.plans ?? []) as Doc[];
  const current = plans.find((p) => p.plan?.id === currentPlanId);
  const outcomes = (current?.outcomes ?? []) as Doc[];
  return {
    placements: len(r.placements), legalStatuses: len(r.legal_statuses), plans: plans.length, currentPlanOutcomes: outcomes.length,
    currentPlanActions: sum(outcomes, (o) => len(o.actions)), meetings: len(r.meetings), siblings: len(r.siblings),
    network: len(r.network), lifeStory: len(r.life_story), views: len(r.views),
  };
}

// ---------- main ----------

async function main(): Promise<void> {
  // The API runs as it is deployed: compiled (npm run build), not through a TypeScript loader.
  log('Building the API (tsc)');
  execSync('npx tsc -p tsconfig.build.json', { cwd: SERVER_DIR, stdio: 'inherit' });
  const pool = new Pool({ connectionString: DB_URL, max: 10 });
  const q = async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[];
  const [{ children }] = await q<{ children: number }>('SELECT count(*)::int AS children FROM children');
  if (!children) throw new Error('The database has no children: run "npm run generate" first.');

  // Real users of the largest council.
  const [big] = await q<{ council_id: string; n: number }>(
    'SELECT council_id, count(*)::int AS n FROM children GROUP BY council_id ORDER BY count(*) DESC, council_id LIMIT 1',
  );
  const [worker] = await q<{ id: string; username: string; team_id: string; n: number }>(
    `SELECT u.id, u.username, ra.team_id, count(*)::int AS n FROM users u JOIN role_assignments ra ON ra.user_id = u.id AND ra.role = 'SOCIAL_WORKER'
       JOIN children c ON c.social_worker_id = u.id WHERE u.council_id = $1 GROUP BY u.id, u.username, ra.team_id
      ORDER BY abs(count(*) - 18), u.username LIMIT 1`,
    [big.council_id],
  );
  const [manager] = await q<{ username: string }>(
    `SELECT u.username FROM users u JOIN role_assignments ra ON ra.user_id = u.id WHERE ra.role = 'TEAM_MANAGER' AND ra.team_id = $1 LIMIT 1`,
    [worker.team_id],
  );
  const [head] = await q<{ username: string }>(
    `SELECT u.username FROM users u JOIN role_assignments ra ON ra.user_id = u.id WHERE ra.role = 'HEAD_OF_SERVICE' AND ra.council_id = $1`,
    [big.council_id],
  );
  const [record] = await q<{ id: string; iro_id: string }>(
    `SELECT c.id, c.iro_id FROM children c WHERE c.social_worker_id = $1
      ORDER BY (SELECT count(*) FROM sibling_links l WHERE c.id IN (l.child_a_id, l.child_b_id)) DESC, c.id LIMIT 1`,
    [worker.id],
  );
  const [iro] = await q<{ username: string }>('SELECT username FROM users WHERE id = $1', [record.iro_id]);
  const youngPeople = await q<{ username: string }>(
    `SELECT u.username FROM users u JOIN role_assignments ra ON ra.user_id = u.id AND ra.role = 'YOUNG_PERSON'
       JOIN children c ON c.id = ra.child_id
      WHERE EXISTS (SELECT 1 FROM plans p WHERE p.child_id = c.id AND p.shared_with_child_at IS NOT NULL)
      ORDER BY (c.council_id = $1) DESC, u.username LIMIT 2`,
    [big.council_id],
  );
  const [{ size }] = await q<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
  const [{ version }] = await q<{ version: string }>("SELECT current_setting('server_version') AS version");
  log(`England set: ${children} children, largest council ${big.n}; ${worker.username} holds ${worker.n}; ${manager.username}, ${head.username}, ${iro.username}, ${youngPeople.map((y) => y.username).join(', ')}`);

  // Write targets: outcomes in the manager's team, fresh reviews for the IRO, one per connection.
  const maxUsers = Math.max(...LEVELS);
  const outcomes = await q<{ id: string; version: number }>(
    `SELECT o.id, o.version FROM plan_outcomes o JOIN plans p ON p.id = o.plan_id JOIN children c ON c.id = p.child_id
      WHERE c.team_id = $1 AND p.status NOT IN ('ACHIEVED', 'ENDED') AND p.deleted_at IS NULL ORDER BY o.id LIMIT $2`,
    [worker.team_id, maxUsers],
  );
  const reviews = await q<{ id: string; version: number }>(
    `INSERT INTO meetings (child_id, type, due_date, chair_id)
     SELECT c.id, 'SUBSEQUENT_REVIEW', current_date + 30, c.iro_id FROM children c CROSS JOIN generate_series(1, 4)
      WHERE c.iro_id = $1 AND c.date_ceased_looked_after IS NULL ORDER BY c.id LIMIT $2 RETURNING id, version`,
    [record.iro_id, maxUsers],
  );

  const runs: Run[] = [];
  const sqlCounts: Record<string, number> = {};
  /** Rows each target returned for the same shape (a fairness check: the peer and the floor must answer the same rows). */
  const rowsReturned: Record<string, Record<string, Record<string, number>>> = {};

  // 1. SQL statements per request, from an API started with FP_COUNT_SQL=true (never on by default).
  {
    const api = await startApi(API_PORT, true);
    const swCookie = await signIn(API_PORT, worker.username);
    const tmCookie = await signIn(API_PORT, manager.username);
    const hosCookie = await signIn(API_PORT, head.username);
    const ypCookie = await signIn(API_PORT, youngPeople[0].username);
    const count = async (name: string, query: string, variables: Record<string, unknown>, cookie: string) => {
      if (!wanted(name)) return;
      let last = 0;
      for (let i = 0; i < 3; i++) {
        const { res, body } = await gql(API_PORT, query, variables, cookie);
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors).slice(0, 500)}`);
        last = Number(res.headers.get('x-sql-count'));
        if (name === 'caseload' || name === 'child record') rowsReturned[name] = { api: apiRows(name, body.data as Doc) };
      }
      sqlCounts[name] = last;
    };
    await count('caseload', S.CASELOAD_QUERY, {}, swCookie);
    await count('child record', S.CHILD_RECORD_QUERY, { id: record.id }, swCookie);
    await count('drift list', S.DRIFT_LIST_QUERY, {}, tmCookie);
    await count('tracker page', S.TRACKER_QUERY, S.TRACKER_VARIABLES, hosCookie);
    await count('quarterly report', S.QUARTERLY_REPORT_QUERY, { period: lastQuarter() }, hosCookie);
    await count('young person home', S.YOUNG_PERSON_HOME_QUERY, {}, ypCookie);
    log(`SQL statements per request: ${JSON.stringify(sqlCounts)}`);
    await api.stop();
  }

  // 1b. Where the time goes: one CPU profile per scenario, 200 sequential requests after a warm-up.
  const profiles: Record<string, ReturnType<typeof profileShares> & { msPerRequest: number }> = {};
  if (PROFILE) {
    const shapes: [string, string, Record<string, unknown>, string][] = [
      ['caseload', S.CASELOAD_QUERY, {}, worker.username],
      ['child record', S.CHILD_RECORD_QUERY, { id: record.id }, worker.username],
      ['drift list', S.DRIFT_LIST_QUERY, {}, manager.username],
      ['tracker page', S.TRACKER_QUERY, S.TRACKER_VARIABLES, head.username],
      ['young person home', S.YOUNG_PERSON_HOME_QUERY, {}, youngPeople[0].username],
    ];
    for (const [scenario, query, variables, username] of shapes.filter(([name]) => wanted(name))) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-bench-profile-'));
      const api = await startApi(API_PORT, false, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      const cookie = await signIn(API_PORT, username);
      for (let i = 0; i < 20; i++) await gql(API_PORT, query, variables, cookie);
      const n = 200;
      const t = performance.now();
      for (let i = 0; i < n; i++) await gql(API_PORT, query, variables, cookie);
      const msPerRequest = Number(((performance.now() - t) / n).toFixed(1));
      await api.stop();
      const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
      if (!file) throw new Error(`No CPU profile was written for ${scenario}.`);
      profiles[scenario] = { ...profileShares(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))), msPerRequest };
      if (PROFILE_DIR) {
        fs.mkdirSync(PROFILE_DIR, { recursive: true });
        fs.copyFileSync(path.join(dir, file), path.join(PROFILE_DIR, `${scenario.replace(/\W+/g, '-')}.cpuprofile`));
      }
      fs.rmSync(dir, { recursive: true, force: true });
      log(`profile ${scenario}: ${msPerRequest} ms per sequential request; ${profiles[scenario].shares.map(([k, v]) => `${k} ${v}%`).join(', ')}`);
    }
  }

  // 2. Our API in production settings.
  const api = await startApi(API_PORT, false);
  const cookies = {
    sw: await signIn(API_PORT, worker.username),
    tm: await signIn(API_PORT, manager.username),
    hos: await signIn(API_PORT, head.username),
    yp: await signIn(API_PORT, youngPeople[0].username),
    yp2: await signIn(API_PORT, youngPeople[1]?.username ?? youngPeople[0].username),
    iro: await signIn(API_PORT, iro.username),
  };
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  // Outcome and review slots not held by a connection's cycle (see mine below).
  const freeSlots = Array.from({ length: Math.min(outcomes.length, reviews.length) }, (_, i) => i).reverse();
  let spare = 0;
  const writeSql = 0;
  const writes = (): Requests => {
    const header = (cookie: string) => ({ 'content-type': 'application/json', cookie });
    // Each cycle of a connection holds one outcome and one review that no other connection holds meanwhile
    // (autocannon starts each cycle with a fresh context, so the slot is taken at its first request and given back
    // at its last answer); their versions outlive a run, so the next run starts from the version the last one saw.
    // Only with more connections than slots (never in the bench's levels) may two share one, and conflict.
    const mine = (context: Record<string, unknown>) => {
      if (context.slot === undefined) context.slot = freeSlots.pop() ?? spare++ % Math.min(outcomes.length, reviews.length);
      return context.slot as number;
    };
    const release = (context: Record<string, unknown>) => {
      if (context.slot !== undefined && !freeSlots.includes(context.slot as number)) freeSlots.push(context.slot as number);
    };
    return [
      {
        method: 'POST', path: '/graphql', headers: header(cookies.yp2),
        setupRequest: (req, context) => {
          mine(context);
          return { ...req, body: JSON.stringify({ query: S.SAVE_VIEW_DRAFT, variables: { input: { topic: 'SCHOOL', words: 'I like my new school.', mood: 'HAPPY', readers: ['WORKER', 'IRO'] } } }) };
        },
        onResponse: (_s, body, context) => {
          const view = (JSON.parse(body) as { data?: { saveViewDraft?: { id: string; version: number } } }).data?.saveViewDraft;
          context.view = view;
        },
      },
      {
        method: 'POST', path: '/graphql', headers: header(cookies.yp2),
        setupRequest: (req, context) => {
          const view = context.view as { id: string; version: number };
          return { ...req, body: JSON.stringify({ query: S.SEND_VIEW, variables: { viewId: view?.id ?? '00000000-0000-4000-8000-000000000000', expectedVersion: view?.version ?? 1 } }) };
        },
      },
      {
        method: 'POST', path: '/graphql', headers: header(cookies.tm),
        setupRequest: (req, context) => {
          const s = mine(context);
          const input = { outcomeId: outcomes[s].id, expectedVersion: outcomes[s].version, progress: `Reviewed on ${today}: going well.` };
          return { ...req, body: JSON.stringify({ query: S.UPDATE_OUTCOME, variables: { input } }) };
        },
        onResponse: (_s, body, context) => {
          const plan = (JSON.parse(body) as { data?: { updatePlanOutcome?: { outcomes: { id: string; version: number }[] } } }).data?.updatePlanOutcome;
          const o = plan?.outcomes.find((x) => x.id === outcomes[context.slot as number].id);
          if (o) outcomes[context.slot as number].version = o.version;
        },
      },
      {
        method: 'POST', path: '/graphql', headers: header(cookies.iro),
        setupRequest: (req, context) => {
          const s = mine(context);
          const input = { meetingId: reviews[s].id, expectedVersion: reviews[s].version, heldOn: today, attendees: ['Young person', 'Carer', 'Social worker'], decisions: 'Plan continues.', participation: 'PN1' };
          return { ...req, body: JSON.stringify({ query: S.RECORD_REVIEW, variables: { input } }) };
        },
        onResponse: (_s, body, context) => {
          const m = (JSON.parse(body) as { data?: { recordMeeting?: { version: number } } }).data?.recordMeeting;
          if (m) reviews[context.slot as number].version = m.version;
          release(context);
        },
      },
    ];
  };
  const ours: [string, () => Requests][] = [
    ['caseload', () => readRequest(S.CASELOAD_QUERY, {}, cookies.sw)],
    ['child record', () => readRequest(S.CHILD_RECORD_QUERY, { id: record.id }, cookies.sw)],
    ['drift list', () => readRequest(S.DRIFT_LIST_QUERY, {}, cookies.tm)],
    ['tracker page', () => readRequest(S.TRACKER_QUERY, S.TRACKER_VARIABLES, cookies.hos)],
    ['quarterly report', () => readRequest(S.QUARTERLY_REPORT_QUERY, { period: lastQuarter() }, cookies.hos)],
    ['young person home', () => readRequest(S.YOUNG_PERSON_HOME_QUERY, {}, cookies.yp)],
    ['writes (mix)', writes],
  ].filter(([scenario]) => wanted(scenario as string)) as [string, () => Requests][];
  const pid = api.child.pid!;
  for (const [scenario, requests] of ours) {
    await drive(API_PORT, 4, requests(), 2); // warm-up, not recorded
    for (const users of LEVELS) {
      await drain([pid]);
      resetPeak(pid);
      const loadBefore = load();
      const r = await drive(API_PORT, users, requests());
      if (REPLICA_URL) log(`reporting reads so far: ${JSON.stringify(await replicaStatus(API_PORT))}`);
      runs.push({ target: 'api', scenario, users, ...r, sqlPerRequest: sqlCounts[scenario] ?? null, peakMemoryMb: peakMemoryMb(pid), loadBefore });
      log(`api ${scenario} @${users}: ${r.throughput} req/s p95 ${r.p95} ms errors ${r.errors}${r.errorKinds ? ` ${JSON.stringify(r.errorKinds)}` : ''} peak ${peakMemoryMb(pid)} MB`);
    }
  }
  void writeSql;

  // 3. Two API processes behind a round-robin proxy (sessions live in PostgreSQL, so either serves any request).
  if (!API_ONLY) {
    const api2 = await startApi(API2_PORT, false);
    const proxy = start('proxy', 'src/bench/round-robin-proxy.ts', { PORT: String(PROXY_PORT), TARGETS: `127.0.0.1:${API_PORT},127.0.0.1:${API2_PORT}` });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${PROXY_PORT}/healthz`)).ok, 'The proxy');
    for (const [scenario, requests] of ours.slice(0, 2)) {
      await drive(PROXY_PORT, 4, requests(), 2);
      for (const users of LEVELS.filter((u) => u > 1)) {
        await drain([pid, api2.child.pid!, proxy.child.pid!]);
        const loadBefore = load();
        const r = await drive(PROXY_PORT, users, requests());
        runs.push({ target: 'api-x2-proxy', scenario, users, ...r, sqlPerRequest: null, peakMemoryMb: Math.max(peakMemoryMb(pid) ?? 0, peakMemoryMb(api2.child.pid!) ?? 0), loadBefore });
        log(`2 APIs via proxy ${scenario} @${users}: ${r.throughput} req/s p95 ${r.p95} ms errors ${r.errors}`);
      }
    }
    await proxy.stop();
    await api2.stop();
  }
  await api.stop();

  // 4. The peer: PostGraphile through a read-only role, same shapes.
  for (const grant of API_ONLY ? [] : S.READONLY_GRANTS) await pool.query(grant);
  const roUrl = new URL(DB_URL);
  roUrl.username = S.READONLY_ROLE;
  roUrl.password = '';
  const peer = API_ONLY ? null : start('postgraphile', 'src/bench/postgraphile-server.ts', { PORT: String(PEER_PORT), DATABASE_URL: roUrl.toString(), NODE_ENV: 'production' });
  if (peer) await waitFor(async () => !(await gql(PEER_PORT, '{ __typename }', {})).body.errors, 'PostGraphile');
  const peerShapes: [string, string, Record<string, unknown>][] = [
    ['caseload', S.PG_CASELOAD_QUERY, { worker: worker.id }],
    ['child record', S.PG_CHILD_RECORD_QUERY, { id: record.id }],
    ['tracker page', S.PG_TRACKER_QUERY, { council: big.council_id }],
  ].filter(([scenario]) => wanted(scenario as string) && peer) as [string, string, Record<string, unknown>][];
  for (const [scenario, query, variables] of peerShapes) {
    const check = await gql(PEER_PORT, query, variables);
    if (check.body.errors) throw new Error(`PostGraphile ${scenario}: ${JSON.stringify(check.body.errors).slice(0, 500)}`);
    if (rowsReturned[scenario]) rowsReturned[scenario].postgraphile = peerRows(scenario, check.body.data as Doc);
    await drive(PEER_PORT, 4, readRequest(query, variables), 2);
    for (const users of LEVELS) {
      await drain([peer!.child.pid!]);
      resetPeak(peer!.child.pid!);
      const loadBefore = load();
      const r = await drive(PEER_PORT, users, readRequest(query, variables));
      runs.push({ target: 'postgraphile', scenario, users, ...r, sqlPerRequest: null, peakMemoryMb: peakMemoryMb(peer!.child.pid!), loadBefore });
      log(`postgraphile ${scenario} @${users}: ${r.throughput} req/s p95 ${r.p95} ms errors ${r.errors}`);
    }
  }
  await peer?.stop();

  // 5. The floor: the raw SQL for each shape, pg directly, same concurrencies, a pool of 10 like the API's.
  const floorShapes: [string, string, unknown[]][] = [
    ['caseload', S.FLOOR_CASELOAD_SQL, [worker.id, big.council_id]],
    ['child record', S.FLOOR_CHILD_RECORD_SQL, [record.id, worker.id, big.council_id]],
    ['tracker page', S.FLOOR_TRACKER_SQL, [big.council_id]],
  ].filter(([scenario]) => wanted(scenario as string) && !API_ONLY) as [string, string, unknown[]][];
  for (const [scenario, sql, params] of floorShapes) {
    if (rowsReturned[scenario]) {
      const [row] = await q<Record<string, unknown>>(sql, params);
      rowsReturned[scenario].sql = floorRows(scenario, row);
    }
    await floor(pool, sql, params, 4, 2);
    for (const users of LEVELS) {
      const loadBefore = load();
      const r = await floor(pool, sql, params, users);
      runs.push({ target: 'sql', scenario, users, ...r, sqlPerRequest: 1, peakMemoryMb: null, loadBefore });
      log(`sql ${scenario} @${users}: ${r.throughput} q/s p95 ${r.p95} ms errors ${r.errors}`);
    }
  }
  await pool.end();
  for (const [scenario, byTarget] of Object.entries(rowsReturned)) {
    log(`rows returned, ${scenario}: ${Object.entries(byTarget).map(([t, c]) => `${t} ${JSON.stringify(c)}`).join('; ')}`);
    const differ = Object.keys(byTarget.api).filter((k) => Object.values(byTarget).some((c) => c[k] !== byTarget.api[k]));
    if (differ.length) log(`WARNING: ${scenario}: the targets returned different rows for ${differ.join(', ')}`);
  }

  // 6. Results.
  const find = (target: Run['target'], scenario: string, users: number) => runs.find((r) => r.target === target && r.scenario === scenario && r.users === users);
  const ratios = peerShapes.flatMap(([scenario]) =>
    LEVELS.map((users) => {
      const ours1 = find('api', scenario, users)!;
      const peer1 = find('postgraphile', scenario, users);
      const floor1 = find('sql', scenario, users);
      return {
        scenario,
        users,
        apiOverPostgraphile: peer1?.throughput ? Number((ours1.throughput / peer1.throughput).toFixed(2)) : null,
        sqlFloorOverApi: floor1 && ours1.throughput ? Number((floor1.throughput / ours1.throughput).toFixed(2)) : null,
      };
    }),
  );
  const scaling = (API_ONLY ? [] : ours.slice(0, 2)).flatMap(([scenario]) =>
    LEVELS.filter((u) => u > 1).map((users) => ({
      scenario,
      users,
      twoProcessesOverOne: find('api', scenario, users)!.throughput
        ? Number((find('api-x2-proxy', scenario, users)!.throughput / find('api', scenario, users)!.throughput).toFixed(2))
        : null,
    })),
  );
  const commit = execSync('git rev-parse --short HEAD', { cwd: SERVER_DIR }).toString().trim();
  const dirty = execSync('git status --porcelain', { cwd: SERVER_DIR }).toString().trim() !== '';
  const date = new Date().toISOString().slice(0, 10);
  const machine = {
    nproc: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    postgres: version,
    node: process.version,
    loadAverageAtEnd: load(),
  };
  const results = {
    date: new Date().toISOString(),
    commit: dirty ? `${commit} (with uncommitted changes)` : commit,
    replica: REPLICA_URL ? { url: REPLICA_URL.replace(/:[^:@/]*@/, ':…@'), maxLagSeconds: REPLICA_MAX_LAG ?? 'default' } : null,
    machine,
    dataset: { children, largestCouncil: big.n, databaseSize: size, caseload: worker.n },
    settings: { durationSeconds: DURATION, levels: LEVELS, apiPool: 10 },
    sqlPerRequest: sqlCounts,
    rowsReturned,
    profiles,
    runs,
    ratios,
    scaling,
  };
  const dir = path.join(SERVER_DIR, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${RESULTS_NAME ?? date}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `${REPLICA_URL ? 'Reporting reads on a replica (FP_REPLICA_URL). ' : ''}Commit ${results.commit}; ${machine.nproc} cores (${machine.cpu}), ${machine.memoryGb} GB, PostgreSQL ${version}, Node ${process.version}; ${children} children (${size}); ${DURATION} s per run.`,
    '',
    '| target | scenario | users | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | peak MB | load before |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...runs.map((r) => `| ${r.target} | ${r.scenario} | ${r.users} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors}${r.errorKinds ? ` (${Object.entries(r.errorKinds).map(([k, n]) => `${k} ${n}`).join(', ')})` : ''} | ${r.sqlPerRequest ?? ''} | ${r.peakMemoryMb ?? ''} | ${r.loadBefore.join(' ')} |`),
    '',
    '| scenario | users | API ÷ PostGraphile (throughput) | SQL floor ÷ API (throughput) |',
    '|---|---:|---:|---:|',
    ...ratios.map((r) => `| ${r.scenario} | ${r.users} | ${r.apiOverPostgraphile ?? ''} | ${r.sqlFloorOverApi ?? ''} |`),
    '',
    '| scenario | rows returned (API; PostGraphile; raw SQL) |',
    '|---|---|',
    ...Object.entries(rowsReturned).map(([scenario, byTarget]) => `| ${scenario} | ${Object.values(byTarget).map((c) => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ')).join('; ')} |`),
    '',
    '| scenario | users | 2 API processes behind the proxy ÷ 1 API |',
    '|---|---:|---:|',
    ...scaling.map((s) => `| ${s.scenario} | ${s.users} | ${s.twoProcessesOverOne} |`),
    ...(Object.keys(profiles).length
      ? [
          '',
          '| scenario | ms per sequential request | where the API process’s CPU time goes (share of busy time) |',
          '|---|---:|---|',
          ...Object.entries(profiles).map(([scenario, p]) => `| ${scenario} | ${p.msPerRequest} | ${p.shares.map(([k, v]) => `${k} ${v}%`).join('; ')} |`),
        ]
      : []),
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${RESULTS_NAME ?? date}.md`), `${table}\n`);
  console.log(`\n${table}\n\nWritten to bench/results/${RESULTS_NAME ?? date}.json and .md`);
}

main().catch(async (error: unknown) => {
  console.error(error);
  await Promise.all([...running].map((p) => p.stop()));
  process.exit(1);
});

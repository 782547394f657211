import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BENCH_PASSWORD, DEFAULT_BENCH_DATABASE_URL } from './bench-settings';
import { benchApiEnvironment, cpuSeconds, writeBenchManifest } from './api-process';
import * as S from './scenarios';

/**
 * `npm run bench:side-by-side -- --scenario caseload DIR_A DIR_B [DIR_C...]`
 *
 * CPU per request of two or more builds of the API, measured side by side: each DIR is a server package
 * (packages/server of a worktree) whose `dist/` is built (`npm run build -w @forever-planning/server`); `DIR#OPTIONS`
 * gives that process its own Node options (e.g. `packages/server#--max-semi-space-size=16`). Every process serves
 * the same database; each takes the same sequential requests, in blocks that alternate between them (the order
 * reversed every other round), and its CPU (user + system, /proc/<pid>/stat) is read around each block. On a
 * machine shared with other work, throughput moves with the neighbours; CPU per request, taken in turns, moves
 * much less, so two builds can be told apart where two `npm run bench` runs cannot.
 *
 * Flags: `--requests 300` per build, `--block 50`, `--warm-up 150`, `--database-url URL` (the England set by default),
 * `--user NAME` (default: the England set's user of the scenario), `--port-base 4301`.
 */
const SCENARIOS: Record<string, { query: string; user: string; variables?: Record<string, unknown> }> = {
  caseload: { query: S.CASELOAD_QUERY, user: 'sw.318.15' },
  'child record': { query: S.CHILD_RECORD_QUERY, user: 'sw.318.15' },
  'drift list': { query: S.DRIFT_LIST_QUERY, user: 'tm.318.2' },
  'tracker page': { query: S.TRACKER_QUERY, user: 'hos.318', variables: S.TRACKER_VARIABLES },
  'young person home': { query: S.YOUNG_PERSON_HOME_QUERY, user: 'yp.318.1' },
};

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const flagsWithValues = new Set(['--scenario', '--requests', '--block', '--warm-up', '--database-url', '--user', '--port-base']);
const builds = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !flagsWithValues.has(all[i - 1]));
const scenarioName = arg('scenario') ?? 'caseload';
const scenario = SCENARIOS[scenarioName];
const REQUESTS = Number(arg('requests') ?? 300);
const BLOCK = Number(arg('block') ?? 50);
const WARM_UP = Number(arg('warm-up') ?? 150);
const DB_URL = arg('database-url') ?? DEFAULT_BENCH_DATABASE_URL;
const USER = arg('user') ?? scenario?.user;
// Not 4190 (ManageSieve): fetch refuses the ports of the Fetch standard's "bad ports" list.
const PORT_BASE = Number(arg('port-base') ?? 4301);
/** Where the command was typed (npm runs a workspace's script in the workspace's folder): relative DIRs start there. */
const TYPED_IN = process.env.INIT_CWD ?? process.cwd();

interface Build {
  label: string;
  dir: string;
  port: number;
  child: ChildProcess;
  cookie: string;
  cpu: number;
  wall: number;
  count: number;
}

async function post(port: number, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function labelOf(dir: string, options: string): string {
  let commit = '?';
  try {
    commit = execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    if (execFileSync('git', ['-C', dir, 'status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim()) commit += '+';
  } catch {
    // Not a git checkout: the folder's name says which build it is.
  }
  return `${commit} ${path.relative(TYPED_IN, dir) || '.'}${options ? ` ${options}` : ''}`;
}

async function main(): Promise<void> {
  if (!scenario || builds.length < 2) {
    console.error(`Usage: npm run bench:side-by-side -- --scenario "${Object.keys(SCENARIOS).join('" | "')}" DIR_A DIR_B [...]`);
    process.exit(2);
  }
  const manifest = writeBenchManifest();
  const started: Build[] = [];
  try {
    for (const [i, spec] of builds.entries()) {
      const [dirText, options = ''] = spec.split('#');
      const dir = path.resolve(TYPED_IN, dirText);
      const main = path.join(dir, 'dist', 'main.js');
      if (!fs.existsSync(main)) throw new Error(`${main} does not exist: build that server first (npm run build -w @forever-planning/server).`);
      const port = PORT_BASE + i;
      const child = spawn(process.execPath, [main], {
        cwd: dir,
        env: { ...process.env, ...benchApiEnvironment({ serverDir: dir, port, databaseUrl: DB_URL, manifest, nodeOptions: `--max-old-space-size=192 ${options}`.trim() }) },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      started.push({ label: labelOf(dir, options), dir, port, child, cookie: '', cpu: 0, wall: 0, count: 0 });
    }
    for (const build of started) {
      const until = Date.now() + 90_000;
      while (!(await fetch(`http://127.0.0.1:${build.port}/healthz`).then((r) => r.ok, () => false))) {
        if (Date.now() > until || build.child.exitCode !== null) throw new Error(`The API of ${build.label} did not start.`);
        await new Promise((r) => setTimeout(r, 300));
      }
      const signIn = await post(build.port, { query: S.SIGN_IN, variables: { input: { username: USER, password: BENCH_PASSWORD } } });
      const cookie = /fp_session=[^;]+/.exec(signIn.headers.get('set-cookie') ?? '')?.[0];
      if (!cookie) throw new Error(`${USER} could not sign in on ${build.label}: ${await signIn.text()}`);
      build.cookie = cookie;
    }
    // The record's child: the first of the worker's caseload, asked of the first build.
    let variables = scenario.variables ?? {};
    if (scenarioName === 'child record') {
      const page = (await (await post(started[0].port, { query: S.CASELOAD_QUERY }, started[0].cookie)).json()) as { data: { children: { edges: { node: { id: string } }[] } } };
      variables = { id: page.data.children.edges[0].node.id };
    }
    const ask = async (build: Build) => (await post(build.port, { query: scenario.query, variables }, build.cookie)).text();
    const answers = new Map<Build, string>();
    for (const build of started) {
      for (let i = 0; i < WARM_UP; i++) {
        const answer = await ask(build);
        if (i === 0) answers.set(build, answer);
      }
      const answer = answers.get(build)!;
      if (answer.includes('"errors"')) throw new Error(`${build.label} answered with errors: ${answer.slice(0, 300)}`);
    }
    const first = answers.get(started[0])!.length;
    for (let round = 0; round * BLOCK < REQUESTS; round++) {
      for (const build of round % 2 ? [...started].reverse() : started) {
        const cpu = cpuSeconds(build.child.pid!);
        const t = performance.now();
        for (let i = 0; i < BLOCK; i++) await ask(build);
        build.cpu += cpuSeconds(build.child.pid!) - cpu;
        build.wall += performance.now() - t;
        build.count += BLOCK;
      }
    }
    console.log(`${scenarioName} as ${USER}: ${REQUESTS} sequential requests per build in blocks of ${BLOCK}, after ${WARM_UP} of warm-up`);
    console.log('| build | CPU ms per request | wall ms per request | answer bytes |');
    console.log('|---|---:|---:|---:|');
    for (const build of started) {
      const bytes = answers.get(build)!.length;
      console.log(`| ${build.label} | ${((build.cpu * 1000) / build.count).toFixed(2)} | ${(build.wall / build.count).toFixed(2)} | ${bytes}${bytes === first ? '' : ' (differs)'} |`);
    }
  } finally {
    for (const build of started) build.child.kill('SIGTERM');
    fs.rmSync(manifest, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

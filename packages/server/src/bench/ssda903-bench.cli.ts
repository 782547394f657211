import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { runServerCommand, SERVER_DIR } from './server-command';

/**
 * `npm run bench:ssda903 [-- --children 83000 --year 2026 --runs 2 --database-url URL --regenerate]`:
 * the SSDA903 export at England size. Generates one council holding every
 * child (`npm run generate -- --children N --councils 1`, about 4 minutes for
 * 83,000) into a database only this bench uses (default fp_ssda903_bench; kept
 * between runs, made again when it holds another number of children or with
 * --regenerate), then runs `npm run ssda903` for the year as a council would:
 * load, the product's own check, every table written. Its own last line gives
 * the time of each phase, the CPU time and the peak memory; they are recorded
 * in bench/results/ssda903-DATE.json and .md. The target (issue 18): under 60 s.
 */

const TARGET_SECONDS = 60;
const log = (m: string) => console.log(`[bench:ssda903 ${new Date().toISOString().slice(11, 19)}] ${m}`);

interface ExportRun {
  run: number;
  seconds: number;
  loadSeconds: number;
  checkSeconds: number;
  writeSeconds: number;
  cpuSeconds: number;
  peakMemoryMb: number;
  children: number;
  loadBefore: number[];
  exitCode: number | null;
}

/** Children in the database, or null when it does not exist (or has no schema yet). */
async function childrenIn(databaseUrl: string): Promise<number | null> {
  const client = new Client({ connectionString: databaseUrl });
  try {
    await client.connect();
    const result = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM children');
    return result.rows[0].n;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      children: { type: 'string', default: '83000' },
      year: { type: 'string', default: '2026' },
      runs: { type: 'string', default: '2' },
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/fp_ssda903_bench' },
      regenerate: { type: 'boolean', default: false },
    },
  });
  const children = Number(values.children);
  const year = Number(values.year);
  const runs = Number(values.runs);
  const databaseUrl = values['database-url'];
  const database = new URL(databaseUrl).pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Give a database name of letters, digits and underscores, not "${database}".`);
  if (!Number.isInteger(children) || children < 1 || !Number.isInteger(year) || !Number.isInteger(runs) || runs < 1) {
    throw new Error('--children, --year and --runs must be whole numbers.');
  }
  const work = path.join(os.tmpdir(), `fp-ssda903-bench-${children}`);
  fs.mkdirSync(work, { recursive: true });

  let generatedSeconds: number | null = null;
  if (values.regenerate || (await childrenIn(databaseUrl)) !== children) {
    const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
    log(`Generating one council of ${children} children into ${database} (minutes)`);
    const started = Date.now();
    const generated = await runServerCommand(['src/bench/generate.cli.ts', '--children', String(children), '--councils', '1', '--database-url', databaseUrl], databaseUrl, path.join(work, 'generate.log'));
    if (generated.exitCode !== 0) throw new Error(`npm run generate failed (exit ${generated.exitCode}):\n${generated.text.slice(-4000)}`);
    generatedSeconds = Math.round((Date.now() - started) / 1000);
  }

  const results: ExportRun[] = [];
  for (let n = 1; n <= runs; n++) {
    const loadBefore = os.loadavg().map((l) => Number(l.toFixed(1)));
    const out = path.join(work, `return-${n}`);
    log(`Exporting the ${year} return, run ${n} of ${runs}`);
    const { exitCode, text } = await runServerCommand(['src/ssda903/ssda903.cli.ts', '--year', String(year), '--out', out], databaseUrl, path.join(work, `export-${n}.log`));
    const took = /Took ([\d.]+) s for (\d+) children: load ([\d.]+) s, check and build ([\d.]+) s, write ([\d.]+) s; CPU ([\d.]+) s; peak memory (\d+) MB/.exec(text);
    if (!took) throw new Error(`The export printed no timing line (exit ${exitCode}):\n${text.slice(-4000)}`);
    const [seconds, count, load, check, write, cpu, peak] = took.slice(1).map(Number);
    results.push({ run: n, seconds, loadSeconds: load, checkSeconds: check, writeSeconds: write, cpuSeconds: cpu, peakMemoryMb: peak, children: count, loadBefore, exitCode });
    log(`${seconds} s (load ${load}, check and build ${check}, write ${write}; CPU ${cpu} s), ${count} children in the return, peak ${peak} MB, exit ${exitCode} (1: the product's check found errors)`);
  }

  const summary = {
    date: new Date().toISOString(),
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)), node: process.version, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(1))) },
    generated: { children, councils: 1, seconds: generatedSeconds },
    year,
    targetSeconds: TARGET_SECONDS,
    runs: results,
  };
  const dir = path.join(SERVER_DIR, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `ssda903-${summary.date.slice(0, 10)}`;
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  const table = [
    `SSDA903 export and the product's check, ${year} return, one generated council of ${children} children; ${summary.machine.nproc} cores, ${summary.machine.memoryGb} GB, Node ${process.version}. Target: under ${TARGET_SECONDS} s.`,
    '',
    '| run | seconds | load | check and build | write | CPU s | peak MB | children in return | load average before |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.run} | ${r.seconds} | ${r.loadSeconds} | ${r.checkSeconds} | ${r.writeSeconds} | ${r.cpuSeconds} | ${r.peakMemoryMb} | ${r.children} | ${r.loadBefore.join(' ')} |`),
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${name}.md`), `${table}\n`);
  console.log(`\n${table}\n\nWritten to bench/results/${name}.json and .md`);
  process.exitCode = results.every((r) => r.seconds < TARGET_SECONDS) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

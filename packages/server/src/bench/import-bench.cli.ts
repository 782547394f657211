import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { writeEnglandReturn } from './england-return.cli';
import { runServerCommand, SERVER_DIR } from './server-command';

/**
 * `npm run bench:import [-- --children 83000 --database-url URL]`: the SSDA903
 * import at England size. Writes an England-size return (england-return.cli.ts),
 * makes the database empty (DROP and CREATE: give a database only this bench
 * uses; the default is fp_import_bench), imports the return with
 * `npm run import` as a council would, then imports it again (nothing to
 * change), and records each run's time and the import process's peak memory
 * in bench/results/import-DATE.json and .md. Minutes, not part of the tests.
 */

const IMPORT_HEAP_CAP = /--max-old-space-size=\d+/.exec(JSON.parse(fs.readFileSync(path.join(SERVER_DIR, 'package.json'), 'utf8')).scripts.import)?.[0] ?? '';
const log = (m: string) => console.log(`[bench:import ${new Date().toISOString().slice(11, 19)}] ${m}`);

interface ImportRun {
  run: string;
  seconds: number;
  msPerChild: number;
  peakMemoryMb: number;
  children: string;
  loadBefore: number[];
  exitCode: number | null;
}

/** Runs `npm run import` in a process of its own; its own last lines give its time and peak memory. */
async function runImport(databaseUrl: string, folder: string, run: string, output: string): Promise<ImportRun> {
  const loadBefore = os.loadavg().map((l) => Number(l.toFixed(1)));
  // The heap cap `npm run import` runs with (package.json), so the bench measures the command a council runs.
  const { exitCode, text } = await runServerCommand(['src/import/import.cli.ts', 'ssda903', '--council', '318', '--year', '2026', folder], databaseUrl, output, [IMPORT_HEAP_CAP].filter(Boolean));
  const took = /Took ([\d.]+) s for (\d+) children \(([\d.]+) ms a child\), peak memory (\d+) MB/.exec(text);
  if (!took) throw new Error(`The import printed no timing line (exit ${exitCode}):\n${text.slice(-4000)}`);
  const summary = /^Children: .*$/m.exec(text)?.[0] ?? '';
  return { run, seconds: Number(took[1]), msPerChild: Number(took[3]), peakMemoryMb: Number(took[4]), children: summary, loadBefore, exitCode };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { children: { type: 'string', default: '83000' }, 'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/fp_import_bench' } },
  });
  const children = Number(values.children);
  const databaseUrl = values['database-url'];
  const url = new URL(databaseUrl);
  const database = url.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`Give a database name of letters, digits and underscores, not "${database}".`);
  const folder = path.join(os.tmpdir(), `fp-import-bench-${children}`);
  log(`Writing an England-size return (${children} children) to ${folder}`);
  const rows = await writeEnglandReturn(folder, children);
  const admin = new Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}"`);
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const runs: ImportRun[] = [];
  for (const run of ['into an empty database', 'the same return again (nothing to change)']) {
    log(`Importing ${run}`);
    const r = await runImport(databaseUrl, folder, run, path.join(folder, '..', `fp-import-bench-${children}-run${runs.length + 1}.log`));
    log(`${r.seconds} s (${r.msPerChild} ms a child), peak ${r.peakMemoryMb} MB; ${r.children} (the report: ${path.join(folder, '..', `fp-import-bench-${children}-run${runs.length + 1}.log`)})`);
    runs.push(r);
  }
  fs.rmSync(folder, { recursive: true, force: true });
  const results = {
    date: new Date().toISOString(),
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)), node: process.version, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(1))) },
    return: { children, rows, totalRows: Object.values(rows).reduce((a, b) => a + b, 0) },
    childrenPerPass: Number(process.env.FP_IMPORT_CHILDREN_PER_PASS) || 5_000,
    heapCap: IMPORT_HEAP_CAP,
    runs,
  };
  const dir = path.join(SERVER_DIR, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const name = `import-${results.date.slice(0, 10)}`;
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const table = [
    `SSDA903 import, ${children} children (${results.return.totalRows} rows) in one return; ${results.machine.nproc} cores, ${results.machine.memoryGb} GB, Node ${process.version}.`,
    '',
    '| run | seconds | ms a child | peak MB | children | load before |',
    '|---|---:|---:|---:|---|---|',
    ...runs.map((r) => `| ${r.run} | ${r.seconds} | ${r.msPerChild} | ${r.peakMemoryMb} | ${r.children} | ${r.loadBefore.join(' ')} |`),
  ].join('\n');
  fs.writeFileSync(path.join(dir, `${name}.md`), `${table}\n`);
  console.log(`\n${table}\n\nWritten to bench/results/${name}.json and .md`);
  process.exitCode = runs.every((r) => r.exitCode === 0) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { resolveDatabase, type ResolvedDatabase } from '../database/connect';
import { createDataSource } from '../database/data-source';
import { DataDirError } from '../database/embedded-postgres';
import { councilExport, type ExportTimings, fileCsv, NO_ERRORS_FOUND, notesText, validationCsv } from './ssda903.export';
import { ssda903FileNamesFor } from './ssda903.return';
import { ReportingReads } from '../database/reporting-reads';

/**
 * `npm run ssda903 -- --year 2025 --out DIR [--council LA_CODE] [--replica-url URL]`: validates and
 * writes the SSDA903 return's CSV files for the collection year ending 31 March
 * YEAR, from the database the server would use. DIR holds the return's files
 * and nothing else (a validator reads every file in it); our validation report
 * and notes go beside it, in DIR.validation.csv and DIR.notes.txt. Exit code 1
 * when a record fails a validation rule (the files and the report are still written).
 * `--replica-url URL` (or FP_REPLICA_URL) reads the return from a streaming replica of that database, once it
 * has replayed everything the primary had when the command started (waiting up to FP_REPLICA_MAX_LAG_SECONDS);
 * else from the primary, as without it.
 */
const log = (message: string): void => console.log(message);

interface Args {
  year: number;
  out: string;
  council: string | undefined;
  replicaUrl: string | undefined;
}

function parseArgs(argv: readonly string[]): Args | string {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const year = Number(value('--year'));
  const out = value('--out');
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return 'Give the collection year as --year YYYY (the year the return ends on 31 March).';
  if (!out) return 'Give the folder to write to as --out DIR.';
  return { year, out, council: value('--council'), replicaUrl: value('--replica-url') };
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    log(args);
    return 1;
  }
  const started = performance.now();
  let database: ResolvedDatabase | undefined;
  let primary: DataSource | undefined;
  let reads: ReportingReads | undefined;
  try {
    const config = loadConfig(args.replicaUrl ? { ...process.env, FP_REPLICA_URL: args.replicaUrl } : process.env);
    database = await resolveDatabase(config, log);
    // Read by an operator, like the other command-line tools: as the schema's owner.
    primary = createDataSource(database.ownerUrl);
    await primary.initialize();
    reads = new ReportingReads(primary, { replicaUrl: config.replicaUrl, maxLagSeconds: config.replicaMaxLagSeconds });
    let ds = primary;
    if (config.replicaUrl) {
      const replica = await reads.caughtUpReplica();
      const where = new URL(config.replicaUrl);
      if (replica) ds = replica;
      log(replica
        ? `Reading from the replica at ${where.hostname}:${where.port || 5432}: it has everything the primary had when this started.`
        : `The replica at ${where.hostname}:${where.port || 5432} cannot be reached, or is more than ${config.replicaMaxLagSeconds} s behind (FP_REPLICA_MAX_LAG_SECONDS): reading from the primary.`);
    }
    const councils: { id: string; name: string; la_code: string }[] = await ds.query(
      `SELECT id, name, coalesce(la_code, ons_code) AS la_code FROM councils ${args.council ? 'WHERE la_code = $1 OR ons_code = upper($1)' : ''} ORDER BY name`,
      args.council ? [args.council] : [],
    );
    if (councils.length !== 1) {
      log(councils.length === 0 ? `No council with LA code ${args.council ?? ''}.` : `Several councils: choose one with --council (${councils.map((c) => c.la_code).join(', ')}).`);
      return 1;
    }
    const council = councils[0];
    const timings: ExportTimings = { loadMs: 0, checkMs: 0 };
    const ret = await councilExport(ds, council.id, args.year, undefined, timings).catch((error: unknown) => {
      if (ds === primary) throw error;
      log(`The replica failed while reading (${(error as Error).message}): reading from the primary.`);
      return councilExport(primary!, council.id, args.year, undefined, timings);
    });
    const writing = performance.now();
    const out = path.resolve(args.out);
    fs.mkdirSync(out, { recursive: true });
    for (const file of ssda903FileNamesFor(args.year)) fs.writeFileSync(path.join(out, `${file}.csv`), fileCsv(ret.files, file));
    const report = `${out}.validation.csv`;
    fs.writeFileSync(report, validationCsv(ret.failures));
    fs.writeFileSync(`${out}.notes.txt`, notesText(ret));
    const writeMs = performance.now() - writing;
    log(`${council.name} (${council.la_code}): ${ret.children.length} children, ${ret.files.episodes.length} episodes written to ${out}.`);
    // Read by npm run bench:ssda903 (src/bench/ssda903-bench.cli.ts): keep the wording.
    const s = (ms: number) => (ms / 1000).toFixed(1);
    // CPU time as well as the clock: on a busy machine the clock mostly measures the other processes.
    const cpu = process.cpuUsage();
    log(
      `Took ${s(performance.now() - started)} s for ${ret.children.length} children: load ${s(timings.loadMs)} s, check and build ${s(timings.checkMs)} s, write ${s(writeMs)} s; CPU ${s((cpu.user + cpu.system) / 1000)} s; peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
    const count = ret.failures.reduce((n, f) => n + f.issues.length, 0);
    if (count === 0) {
      log(`${NO_ERRORS_FOUND} See ${out}.notes.txt for the DfE rules this product does not check.`);
      return 0;
    }
    log(`${count} validation error(s) for ${ret.failures.length} child(ren): see ${report}.`);
    for (const f of ret.failures) for (const i of f.issues) log(`  ${f.child.localId} ${i.code} ${i.field}: ${i.message}`);
    return 1;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirError) {
      log(error.message);
      return 1;
    }
    throw error;
  } finally {
    await reads?.stop();
    if (primary?.isInitialized) await primary.destroy();
    await database?.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('The SSDA903 export failed unexpectedly:', error);
    process.exitCode = 1;
  },
);

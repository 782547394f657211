import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { systemClock } from '../common/clock';
import { ConfigError, loadConfig } from '../config';
import { resolveDatabase, type ResolvedDatabase } from '../database/connect';
import { createDataSource } from '../database/data-source';
import { DataDirError } from '../database/embedded-postgres';
import { DEFAULT_MAX_BYTES } from './csv-file';
import { syncChildren } from './case-system-sync';
import { formatReport, problemLine } from './import-report';
import { importSsda903 } from './ssda903-import';

/**
 * `npm run import -- ssda903 --council 318 [--council-name "Name"] --year 2025 DIR [--previous DIR] [--dry-run] [--strict]`
 * Exit code 0 when every child was imported (or would be), 1 when a problem
 * stopped the import or a child was left out (the report says which and why).
 */
export const USAGE = [
  'Usage: npm run import -- ssda903 --council LA_NUMBER [--council-name "Name"] --year YYYY DIR [--previous DIR] [--dry-run] [--strict]',
  '       npm run import -- sync --council LA_NUMBER children.csv [--dry-run]   (the case system\'s nightly file; see packages/server/docs/import.md)',
].join('\n');

async function withDatabase<T>(fn: (ds: DataSource) => Promise<T>): Promise<T | 1> {
  let database: ResolvedDatabase | undefined;
  let ds: DataSource | undefined;
  try {
    database = await resolveDatabase(loadConfig());
    ds = createDataSource(database.url);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });
    return await fn(ds);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirError) {
      console.log(error.message);
      return 1;
    }
    throw error;
  } finally {
    if (ds?.isInitialized) await ds.destroy();
    await database?.stop();
  }
}

async function sync(laCode: string, file: string, dryRun: boolean): Promise<number> {
  return withDatabase(async (ds) => {
    const report = await syncChildren(ds, { laCode, file, dryRun, clock: systemClock, maxBytes: Number(process.env.FP_IMPORT_MAX_BYTES) || DEFAULT_MAX_BYTES });
    console.log(`Case-system sync${dryRun ? ' (DRY RUN, nothing written)' : ''}: ${report.updated.length} ${dryRun ? 'would be' : ''} updated, ${report.unchanged} unchanged, ${report.rejected} not applied.`.replace('  ', ' '));
    for (const u of report.updated) console.log(`  ${u.child}: ${u.changes.join(', ')}`);
    for (const p of report.problems) console.log(`  ${problemLine(p)}`);
    return report.completed && report.rejected === 0 ? 0 : 1;
  });
}

/** npm runs the script in the server's folder: paths are the caller's, where npm was started (INIT_CWD). */
const fromCaller = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        council: { type: 'string' },
        'council-name': { type: 'string' },
        year: { type: 'string' },
        previous: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.log(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = parsed;
  const [kind, folder] = positionals;
  const year = Number(values.year);
  if (kind === 'sync' && folder && values.council) return sync(values.council, fromCaller(folder), values['dry-run']);
  if (kind !== 'ssda903' || !folder || !values.council || !Number.isInteger(year)) {
    console.log(USAGE);
    return 1;
  }
  let database: ResolvedDatabase | undefined;
  let ds: DataSource | undefined;
  try {
    database = await resolveDatabase(loadConfig());
    ds = createDataSource(database.url);
    await ds.initialize();
    await ds.runMigrations({ transaction: 'all' });
    const report = await importSsda903(ds, {
      laCode: values.council,
      councilName: values['council-name'],
      year,
      folder: fromCaller(folder),
      previous: values.previous ? fromCaller(values.previous) : undefined,
      dryRun: values['dry-run'],
      strict: values.strict,
      clock: systemClock,
      maxBytes: Number(process.env.FP_IMPORT_MAX_BYTES) || DEFAULT_MAX_BYTES,
    });
    console.log(formatReport(report));
    return report.completed && report.children.rejected === 0 && !report.problems.some((p) => p.severity === 'error') ? 0 : 1;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirError) {
      console.log(error.message);
      return 1;
    }
    throw error;
  } finally {
    if (ds?.isInitialized) await ds.destroy();
    await database?.stop();
  }
}

// Exit explicitly: embedded-postgres's exit hook otherwise ends the process with 0 whatever happened.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('The import failed unexpectedly:', error);
    process.exit(1);
  },
);

import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../common/clock';
import { runCli, withCliDatabase } from '../database/cli-database';
import { DEFAULT_MAX_BYTES } from './csv-file';
import { syncChildren } from './case-system-sync';
import { childLine, formatReport, problemLine } from './import-report';
import { importSsda903 } from './ssda903-import';

/**
 * `npm run import -- ssda903 --council 318 [--council-name "Name"] --year 2025 DIR [--previous DIR] [--dry-run] [--strict]`
 * Exit code 0 when every child was imported (or would be), 1 when a problem
 * stopped the import or a child was left out (the report says which and why).
 */
export const USAGE = [
  'Usage: npm run import -- ssda903 --council LA_NUMBER_OR_ONS_CODE [--council-name "Name"] --year YYYY DIR [--previous DIR] [--dry-run] [--strict]',
  '       npm run import -- sync --council LA_NUMBER children.csv [--dry-run]   (the case system\'s nightly file; see packages/server/docs/import.md)',
].join('\n');

async function sync(laCode: string, file: string, dryRun: boolean): Promise<number> {
  return withCliDatabase(async (ds) => {
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
  const laCode = values.council;
  return withCliDatabase(async (ds) => {
    const started = process.hrtime.bigint();
    console.log(`SSDA903 import ${year - 1}/${String(year).slice(2)} of ${folder}${values['dry-run'] ? ' (DRY RUN)' : ''}: each child's changes and each problem as they are found, then the summary.`);
    const report = await importSsda903(ds, {
      laCode,
      councilName: values['council-name'],
      year,
      folder: fromCaller(folder),
      previous: values.previous ? fromCaller(values.previous) : undefined,
      dryRun: values['dry-run'],
      strict: values.strict,
      clock: systemClock,
      maxBytes: Number(process.env.FP_IMPORT_MAX_BYTES) || DEFAULT_MAX_BYTES,
      // Children a transaction; 1 measures the old one-child-a-transaction import (docs/import.md).
      batchSize: Number(process.env.FP_IMPORT_BATCH_SIZE) || undefined,
      // Each line is printed as it is found, not held to the end: memory stays flat however many children the return has.
      onChild: (c) => {
        const line = childLine(c);
        if (line) console.log(line);
      },
      onProblem: (p) => console.log(`  ${problemLine(p)}`),
    });
    console.log(formatReport(report, { streamed: true }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const children = Object.values(report.children).reduce((a, b) => a + b, 0);
    console.log(`Took ${seconds.toFixed(1)} s for ${children} children (${children > 0 ? ((seconds * 1000) / children).toFixed(2) : '0'} ms a child), peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
    return report.completed && report.children.rejected === 0 && report.problemCounts.errors === 0 ? 0 : 1;
  });
}

runCli(() => main(process.argv.slice(2)), 'The import');

import 'reflect-metadata';
import { ROLE_LABELS } from '@forever-planning/shared';
import { loadConfig } from '../config';
import { runCli, withCliDatabase } from '../database/cli-database';
import { DatabaseNotEmptyError, seedDemoCouncil, type SeedSummary } from './demo-council';
import { DEMO_PASSWORD } from './demo-accounts';

/**
 * `npm run seed`: migrate the database the server would use and add the demo
 * councils when it is empty. `--reset` first reverts every migration (dropping
 * all data) and runs them again; it is refused in production.
 */
const log = (message: string): void => console.log(message);

function printSummary(summary: SeedSummary): void {
  log(`Demo data added, with dates worked out from ${summary.today}:`);
  for (const [table, count] of Object.entries(summary.counts)) log(`  ${table.padEnd(28)} ${count}`);
  log(`\nDemo accounts (password for every one: ${DEMO_PASSWORD}):`);
  for (const a of summary.accounts) log(`  ${a.username.padEnd(14)} ${ROLE_LABELS[a.role].padEnd(30)} ${a.description}`);
}

const explain = (error: unknown): string | undefined => (error instanceof DatabaseNotEmptyError ? error.message : undefined);

async function main(argv: readonly string[]): Promise<number> {
  const reset = argv.includes('--reset');
  const config = loadConfig();
  if (reset && config.production) {
    log('--reset deletes every record, so it is refused when NODE_ENV is production.');
    return 1;
  }
  return withCliDatabase(
    async (ds, database) => {
      log(`Using ${database.description}.`);
      if (reset) {
        // Reverting the migrations drops exactly what they created, triggers and functions included.
        const executed: { n: number }[] = await ds.query(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'migrations'`,
        );
        if (executed[0]?.n) {
          const [{ count }]: { count: number }[] = await ds.query('SELECT count(*)::int AS count FROM migrations');
          for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
        }
        log('Reset: every table dropped.');
      }
      const ran = await ds.runMigrations({ transaction: 'each' });
      if (ran.length > 0) log(`Applied ${ran.length} migration(s).`);
      const [{ councils }]: { councils: number }[] = await ds.query('SELECT count(*)::int AS councils FROM councils');
      if (councils > 0) {
        log('The database already holds data, so nothing was changed. Use npm run seed -- --reset to start again with only the demo data.');
        return 0;
      }
      printSummary(await seedDemoCouncil(ds));
      return 0;
    },
    { migrate: false, log, explain },
  );
}

runCli(() => main(process.argv.slice(2)), 'The seed');

import type { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../config';
import { resolveDatabase, type ResolvedDatabase } from './connect';
import { createDataSource } from './data-source';
import { DataDirError } from './embedded-postgres';

/**
 * For the command-line tools (seed, first administrator, import): the database
 * the server would use, open for the length of `work` and closed after it,
 * migrated first unless told not to. The faults a person can fix (settings, a
 * busy or unusable data folder, and any the tool adds with `explain`) are one
 * sentence and exit code 1; anything else is a bug and is thrown.
 */
export async function withCliDatabase(
  work: (ds: DataSource, database: ResolvedDatabase) => Promise<number>,
  options: { migrate?: boolean; log?: (m: string) => void; explain?: (error: unknown) => string | undefined } = {},
): Promise<number> {
  let database: ResolvedDatabase | undefined;
  let ds: DataSource | undefined;
  try {
    database = await resolveDatabase(loadConfig(), options.log);
    // An operator's tool: it migrates (and --reset drops), so it works as the schema's owner.
    ds = createDataSource(database.ownerUrl);
    await ds.initialize();
    if (options.migrate ?? true) await ds.runMigrations({ transaction: 'all' });
    return await work(ds, database);
  } catch (error) {
    const sentence = error instanceof ConfigError || error instanceof DataDirError ? error.message : (options.explain?.(error) ?? explainDatabaseFault(error));
    if (!sentence) throw error;
    console.log(sentence);
    return 1;
  } finally {
    if (ds?.isInitialized) await ds.destroy();
    await database?.stop();
  }
}

/** The database faults a person can fix, in one sentence; undefined for anything else. */
function explainDatabaseFault(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const setting = process.env.DATABASE_OWNER_URL ? 'DATABASE_OWNER_URL' : 'DATABASE_URL';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') return `The database cannot be reached: check ${setting}, or unset it to use the embedded PostgreSQL.`;
  if (code === '28P01' || code === '28000') return `The database refused the user name or password in ${setting}.`;
  if (code === '3D000') return `The database named in ${setting} does not exist: create it first.`;
  // The API's own login (a member of fp_api) may not migrate, drop or alter anything.
  if (code === '42501') return `The user in ${setting} may not do this (${(error as Error).message}): run it with DATABASE_OWNER_URL set to the schema's owner (README, "PostgreSQL roles").`;
  return undefined;
}

/**
 * Runs a tool's main and exits with its code, explicitly: embedded-postgres's
 * exit hook otherwise ends the process with 0 whatever happened.
 */
export function runCli(main: () => Promise<number>, what: string): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${what} failed unexpectedly:`, error);
      process.exit(1);
    },
  );
}

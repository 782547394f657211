import 'reflect-metadata';
import { Client, Pool } from 'pg';
import { createDataSource } from '../database/data-source';
import { hashPassword } from '../modules/auth/password';
import { BENCH_DATA_DAY, BENCH_PASSWORD, DEFAULT_BENCH_DATABASE_URL } from './bench-settings';
import { CopyBuffer } from './copy-writer';
import { englandTables, generateEngland } from './england';

/**
 * `npm run generate -- --children 83000 --councils 150 [--database-url URL] [--seed N]`
 *
 * Loads a deterministic synthetic England for the benchmark. Without
 * --database-url it (re)creates the database fp_england on 127.0.0.1:5432;
 * with it, the database is created when missing and must hold no children.
 * Rows go in with COPY, table by table in foreign-key order, every check
 * constraint and foreign key in force. Every account's password is
 * BENCH_PASSWORD (hashed once).
 */

function arg(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not "${value}".`);
  return n;
}

/** Drops and creates the database (drop: false only creates it when missing). */
async function createDatabase(url: string, drop: boolean): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    if (drop) await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  } finally {
    await client.end();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const children = positive(arg(argv, 'children'), 83_000, 'children');
  const councils = positive(arg(argv, 'councils'), 150, 'councils');
  const seed = positive(arg(argv, 'seed'), 20_260_401, 'seed');
  const given = arg(argv, 'database-url');
  const url = given ?? DEFAULT_BENCH_DATABASE_URL;
  const started = Date.now();
  const log = (m: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${m}`);

  if (!given) log(`Creating ${new URL(url).pathname.slice(1)} (dropped first if it exists) on ${new URL(url).host}`);
  await createDatabase(url, !given);
  const ds = createDataSource(url, { poolSize: 2 });
  await ds.initialize();
  await ds.runMigrations();
  const [{ count }] = (await ds.query('SELECT count(*)::int AS count FROM children')) as { count: number }[];
  await ds.destroy();
  if (count > 0) throw new Error(`The database already holds ${count} children: give an empty database, or leave out --database-url.`);
  log('Migrated');

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const pool = new Pool({ connectionString: url, max: 1 });
  const client = await pool.connect();
  // replica: row triggers (children.facts_version bumps, retention guards) stay out of a bulk load of fresh rows.
  await client.query("SET synchronous_commit = off; SET maintenance_work_mem = '256MB'; SET session_replication_role = replica");
  // Like pg_restore: load with only primary keys, unique and check constraints, then build the
  // other indexes and add the foreign keys (which PostgreSQL validates against every row).
  const foreignKeys = (
    await client.query(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                          FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`)
  ).rows as { tbl: string; conname: string; def: string }[];
  const indexes = (
    await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                           AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))`)
  ).rows as { indexname: string; indexdef: string }[];
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} DROP CONSTRAINT "${fk.conname}"`);
  for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);

  const tables = englandTables();
  let flushes = 0;
  let loading: Promise<void> = Promise.resolve();
  const summary = await generateEngland(
    { children, councils, seed, today: BENCH_DATA_DAY, passwordHash },
    tables,
    async () => {
      await loading;
      const batch = Object.values(tables).map((t: CopyBuffer) => [t, t.take()] as const);
      loading = (async () => {
        for (const [table, text] of batch) if (text) await CopyBuffer.copy(client, table.table, table.columns, text);
        if (++flushes % 10 === 0) log(`${tables.children.total} children generated`);
      })();
    },
  );
  await loading;
  await client.query('SET session_replication_role = origin');
  log(`Loaded ${summary.rows.children} children; building ${indexes.length} indexes and ${foreignKeys.length} foreign keys`);
  for (const index of indexes) await client.query(index.indexdef);
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.tbl} ADD CONSTRAINT "${fk.conname}" ${fk.def}`);
  log(`Loaded ${summary.rows.children} children in ${summary.councils} councils (largest ${summary.largestCouncil}), ${summary.users} users`);
  await client.query('ANALYZE');
  log('Analyzed');
  const [{ size, bytes }] = (await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS size, pg_database_size(current_database()) AS bytes`)).rows as {
    size: string;
    bytes: string;
  }[];
  client.release();
  await pool.end();
  for (const [table, rows] of Object.entries(summary.rows)) console.log(`  ${table.padEnd(22)} ${String(rows).padStart(10)}`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`Loaded in ${seconds.toFixed(1)} s; database size on disk ${size} (${bytes} bytes).`);
  console.log(`Every account signs in with the password "${BENCH_PASSWORD}" (e.g. sw.318.1, tm.318.1, hos.318, iro.318.1, yp.318.1: the first council is Richmond upon Thames, LA 318).`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

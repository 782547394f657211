import type { DataSource } from 'typeorm';

/** Tables a refused request may write to: the audit trail, sessions and throttle counters. */
const EXEMPT = ['audit_events', 'sessions', 'rate_limits', 'migrations', 'fuzz_row_writes'];

export interface RowWrites {
  /** Rows inserted, updated or deleted so far in committed transactions. */
  count(): Promise<number>;
}

/**
 * A cheap "did anything change?" for suites that send thousands of requests:
 * a row trigger on every table notes each row written, in the writer's own
 * transaction, so a rolled-back write counts nothing and
 * a committed one always counts. One small query per check, instead of
 * hashing every table (databaseFingerprint) before and after each request.
 */
export async function countRowWrites(ds: DataSource): Promise<RowWrites> {
  // A row per write (not one counter row): concurrent writers never wait on each other here.
  await ds.query(`CREATE TABLE fuzz_row_writes (id bigserial PRIMARY KEY)`);
  await ds.query(`CREATE FUNCTION fuzz_count_row_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_row_writes DEFAULT VALUES; RETURN NULL; END $$`);
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1))`,
    [EXEMPT],
  );
  for (const { table_name } of tables) {
    await ds.query(`CREATE TRIGGER zz_fuzz_count_row_write AFTER INSERT OR UPDATE OR DELETE ON "${table_name}" FOR EACH ROW EXECUTE FUNCTION fuzz_count_row_write()`);
  }
  return { count: async () => Number((await ds.query(`SELECT count(*) AS n FROM fuzz_row_writes`))[0].n) };
}

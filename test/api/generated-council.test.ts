import { Pool } from 'pg';
import { BENCH_DATA_DAY } from '../../packages/server/src/bench/bench-settings';
import { CopyBuffer } from '../../packages/server/src/bench/copy-writer';
import { englandTables, generateEngland } from '../../packages/server/src/bench/england';
import { councilExport } from '../../packages/server/src/ssda903/ssda903.export';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * A small council from the benchmark's generator (`npm run generate`) sends
 * an SSDA903 return the product's own validation finds nothing wrong with:
 * the generator fills the statutory record as the demo seed does.
 */
describe('a generated council’s SSDA903 return', () => {
  let db: TestDatabase;
  let councilId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const pool = new Pool({ connectionString: db.url, max: 1 });
    const client = await pool.connect();
    try {
      await client.query('SET session_replication_role = replica');
      const tables = englandTables();
      await generateEngland({ children: 150, councils: 1, seed: 20_260_401, today: BENCH_DATA_DAY, passwordHash: 'not-a-real-hash' }, tables, async () => {
        for (const table of Object.values(tables) as CopyBuffer[]) {
          const text = table.take();
          if (text) await CopyBuffer.copy(client, table.table, table.columns, text);
        }
      });
    } finally {
      client.release();
      await pool.end();
    }
    [{ id: councilId }] = await db.dataSource.query(`SELECT id FROM councils`);
  }, 120_000);
  afterAll(() => db?.drop());

  it.each([2024, 2025, 2026])('%i: the product’s own check finds no failure', async (year) => {
    const ret = await councilExport(db.dataSource, councilId, year, BENCH_DATA_DAY);
    expect(ret.children.length).toBeGreaterThan(20);
    const counts: Record<string, number> = {};
    for (const f of ret.failures) for (const i of f.issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
    expect(counts).toEqual({});
  });
});

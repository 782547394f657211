import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../packages/server/src/common/clock';
import { importSsda903, type ImportOptions } from '../../packages/server/src/import/ssda903-import';
import { councilExport, fileCsv } from '../../packages/server/src/ssda903/ssda903.export';
import { buildReturn, ssda903FileNamesFor } from '../../packages/server/src/ssda903/ssda903.return';
import { collectionYear } from '../../packages/server/src/ssda903/ssda903.record';
import { goodChild, placement } from '../../packages/server/src/ssda903/ssda903.fixture';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * The 2026/27 DoLo table (deprivation of liberty orders) through the import:
 * a return written by the product's own export, imported into an empty
 * database, imported again, and exported back.
 */
describe('Importing deprivation of liberty orders (DoLo, 2026/27)', () => {
  let db: TestDatabase;
  let folder: string;
  const clock = new ManualClock(new Date('2027-05-10T09:00:00Z'));
  const options = (extra: Partial<ImportOptions> = {}): ImportOptions => ({
    laCode: '318', councilName: 'Richmond upon Thames', year: 2027, folder, dryRun: false, strict: false, clock, ...extra,
  });
  /** In a children's home from September 2024: one order ended in the year, one in force at 31 March. */
  const child = goodChild({
    placements: [
      placement({ id: 'first', startDate: '2024-05-01', endDate: '2024-09-15', reasonForChange: 'CARPL' }),
      placement({ id: 'home', type: 'RESIDENTIAL', carerName: 'Oak House', startDate: '2024-09-15', endDate: null }),
    ],
    deprivationOfLibertyOrders: [
      { startDate: '2026-05-01', endDate: '2026-11-01' },
      { startDate: '2027-02-01', endDate: null },
    ],
  });
  const year = collectionYear(2027);
  const written = buildReturn([child], year);

  beforeAll(async () => {
    db = await createTestDatabase();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-dolo-import-'));
    for (const file of ssda903FileNamesFor(2027)) fs.writeFileSync(path.join(folder, `${file}.csv`), fileCsv(written, file));
  });
  afterAll(async () => {
    await db?.drop();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('creates the orders, changes nothing the second time, and the export gives back the same DoLo rows', async () => {
    const first = await importSsda903(db.dataSource, options());
    expect(first.completed).toBe(true);
    expect(first.records.deprivationOfLibertyOrders).toEqual({ created: 2, updated: 0 });
    expect(await db.dataSource.query(`SELECT start_date::text, end_date::text, authorised_by FROM deprivation_of_liberty_orders ORDER BY start_date`)).toEqual([
      { start_date: '2026-05-01', end_date: '2026-11-01', authorised_by: null },
      { start_date: '2027-02-01', end_date: null, authorised_by: null },
    ]);
    const again = await importSsda903(db.dataSource, options());
    expect(again.records.deprivationOfLibertyOrders).toEqual({ created: 0, updated: 0 });
    const [{ id }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM councils WHERE la_code = '318'`);
    const exported = await councilExport(db.dataSource, id, 2027);
    expect(exported.files.DoLo).toEqual(written.DoLo);
    expect(written.DoLo).toHaveLength(2);
  });

  it('refuses an order that overlaps another (705), naming the file, line and column, and writes nothing for that child', async () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-dolo-bad-'));
    try {
      for (const file of ssda903FileNamesFor(2027)) fs.copyFileSync(path.join(folder, `${file}.csv`), path.join(bad, `${file}.csv`));
      fs.writeFileSync(path.join(bad, 'DoLo.csv'), `CHILD,DOB,DOLO_START,DOLO_END\n${child.localId},10/06/2015,01/05/2026,01/11/2026\n${child.localId},10/06/2015,01/10/2026,\n`);
      const fresh = await createTestDatabase();
      try {
        const report = await importSsda903(fresh.dataSource, { ...options({ folder: bad }) });
        expect(report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'DoLo.csv', line: 3, column: 'DOLO_START', child: child.localId, severity: 'error' })]));
        expect(await fresh.dataSource.query(`SELECT count(*)::int AS n FROM deprivation_of_liberty_orders`)).toEqual([{ n: 0 }]);
      } finally {
        await fresh.drop();
      }
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});

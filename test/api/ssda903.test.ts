import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { councilExport } from '../../packages/server/src/ssda903/ssda903.export';
import { collectionYearOf } from '../../packages/server/src/ssda903/ssda903.record';
import { createTestDatabase, type TestDatabase } from '../support/database';

const TODAY = '2026-03-16';

describe('SSDA903 return of the demo councils', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: TODAY });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it.each([collectionYearOf(TODAY) - 1, collectionYearOf(TODAY)])('exports year %i with no validation error', async (year) => {
    const councils: { id: string }[] = await db.dataSource.query(`SELECT id FROM councils ORDER BY la_code`);
    for (const council of councils) {
      const ret = await councilExport(db.dataSource, council.id, year);
      expect(ret.failures.flatMap((f) => f.issues.map((i) => `${f.child.localId} ${i.code} ${i.date}: ${i.message}`))).toEqual([]);
      expect(ret.files.header.length).toBeGreaterThan(0);
      expect(ret.files.episodes.length).toBeGreaterThanOrEqual(ret.files.header.length);
    }
  });
});

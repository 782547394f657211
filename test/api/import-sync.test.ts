import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../packages/server/src/common/clock';
import { syncChildren } from '../../packages/server/src/import/case-system-sync';
import { importSsda903 } from '../../packages/server/src/import/ssda903-import';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { createTestDatabase, type TestDatabase } from '../support/database';

/**
 * The nightly file from the case system: names and allocation keyed by the
 * case system's child id. Applied twice it changes nothing the second time,
 * and it never touches what only the product holds.
 */
const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-sync-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};
const HEADER = 'CHILD,LEGAL_FIRST_NAME,LEGAL_LAST_NAME,PREFERRED_NAME,TEAM,SOCIAL_WORKER,IRO\n';

describe('Nightly sync from the case system', () => {
  let db: TestDatabase;
  let demoChild: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: '2026-11-24' });
    await importSsda903(db.dataSource, { laCode: '318', year: 2025, folder: path.join(__dirname, '..', 'fixtures', 'ssda903-import', '2025'), dryRun: false, strict: false, clock });
    // A demo child with a plan, views and a life story: the sync may rename them, nothing more.
    const [row] = await db.dataSource.query(
      `SELECT c.local_id FROM children c JOIN plans p ON p.child_id = c.id JOIN councils co ON co.id = c.council_id WHERE co.la_code = '318' LIMIT 1`,
    );
    demoChild = row.local_id;
  }, 60_000);
  afterAll(async () => {
    await db?.drop();
  });

  const productOnly = () =>
    Promise.all(['plans', 'views', 'life_story_items', 'meetings', 'placements', 'legal_statuses'].map((t) => db.dataSource.query(`SELECT * FROM ${t} ORDER BY id`)));

  it('names and allocates imported children, then changes nothing when run again', async () => {
    const f = file('children.csv', `${HEADER}A001,Amara,Osei,,Permanence Team North,sam.worker,ira.iro\nB002,Ben,Hughes,Benny,,,\n${demoChild},,Renamed,,,,\n`);
    const before = await productOnly();
    const first = await syncChildren(db.dataSource, { laCode: '318', file: f, dryRun: false, clock });
    expect(first.problems).toEqual([]);
    expect(first.updated.map((u) => [u.child, u.changes])).toEqual([
      ['A001', ['legal_first_name', 'legal_last_name', 'team_id', 'social_worker_id', 'iro_id']],
      ['B002', ['legal_first_name', 'legal_last_name', 'preferred_name']],
      [demoChild, ['legal_last_name']],
    ]);
    const [a001] = await db.dataSource.query(
      `SELECT c.legal_first_name, t.name AS team, u.username AS worker, i.username AS iro, c.iro_allocated_on::text FROM children c JOIN teams t ON t.id = c.team_id
         JOIN users u ON u.id = c.social_worker_id JOIN users i ON i.id = c.iro_id WHERE c.local_id = 'A001'`,
    );
    expect(a001).toEqual({ legal_first_name: 'Amara', team: 'Permanence Team North', worker: 'sam.worker', iro: 'ira.iro', iro_allocated_on: '2026-11-24' });
    expect(await productOnly()).toEqual(before);

    const versions = await db.dataSource.query(`SELECT local_id, version FROM children ORDER BY local_id`);
    const again = await syncChildren(db.dataSource, { laCode: '318', file: f, dryRun: false, clock });
    expect([again.updated, again.unchanged, again.rejected]).toEqual([[], 3, 0]);
    expect(await db.dataSource.query(`SELECT local_id, version FROM children ORDER BY local_id`)).toEqual(versions);
    const audits = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'SYNC_CASE_SYSTEM' ORDER BY occurred_at`);
    expect(audits.map((a: { changes: { counts: { after: unknown } } }) => a.changes.counts.after)).toEqual([
      { updated: 3, unchanged: 0, rejected: 0 },
      { updated: 0, unchanged: 3, rejected: 0 },
    ]);
  });

  it('reports rows it cannot apply by line and column, and applies none of them', async () => {
    const f = file('bad.csv', `${HEADER}C003,Cara,,,No Such Team,,\nD004,,,,,omar.worker,\nZZZ9,X,Y,,,,\nE005,=cmd,,,,,\n`);
    const versions = await db.dataSource.query(`SELECT local_id, version FROM children ORDER BY local_id`);
    const report = await syncChildren(db.dataSource, { laCode: '318', file: f, dryRun: false, clock });
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([[2, 'TEAM'], [3, 'SOCIAL_WORKER'], [4, 'CHILD'], [5, 'LEGAL_FIRST_NAME']]);
    expect(report.problems[1].reason).toBe("omar.worker is not a social worker in the child's team with an account in use.");
    expect(report.rejected).toBe(4);
    expect(await db.dataSource.query(`SELECT local_id, version FROM children ORDER BY local_id`)).toEqual(versions);
  });
});

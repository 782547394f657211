import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { ManualClock } from '../../packages/server/src/common/clock';
import { importSsda903, type ImportOptions } from '../../packages/server/src/import/ssda903-import';
import { formatReport } from '../../packages/server/src/import/import-report';
import { councilExport } from '../../packages/server/src/ssda903/ssda903.export';
import type { Ssda903FileName } from '../../packages/server/src/ssda903/ssda903.return';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { snapshot } from '../support/import-snapshot';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';

/**
 * Hand-made returns for a council (LA 318) covering an adoption, a special
 * guardianship order, a care leaver who is a mother, an unaccompanied
 * asylum-seeking child with missing episodes, and a child still in care the
 * next year: imported, imported again, imported the next year, and exported.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ssda903-import');
const TABLES_HELD: Ssda903FileName[] = ['header', 'episodes', 'reviews', 'uasc', 'placed_for_adoption', 'ad1', 'missing', 'oc2', 'oc3', 'sw_episodes', 'previous_permanence'];
/** The fixtures name the previous permanence table as councils' systems do (prev_perm.csv); the export writes previous_permanence.csv. */
const FIXTURE_FILE: Partial<Record<string, string>> = { previous_permanence: 'prev_perm' };
const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));

const options = (year: number, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  laCode: '318',
  councilName: 'Richmond upon Thames',
  year,
  folder: path.join(FIXTURES, String(year)),
  dryRun: false,
  strict: false,
  clock,
  ...extra,
});

/** Rows as sets: each row's cells in column order, blanks as empty strings, sorted. */
function rowsOf(rows: Record<string, string>[]): string[] {
  return rows.map((r) => Object.keys(r).sort().map((k) => `${k}=${(r[k] ?? '').trim()}`).join('|')).sort();
}
/** An export's rows of a table the importer holds (the header includes care leavers there only for their OC3 birthdays). */
const heldRows = (files: Record<string, Record<string, string>[]>, table: string): string[] => rowsOf(files[table]);
const inputRows = (year: number, table: string): string[] => {
  const file = path.join(FIXTURES, String(year), `${FIXTURE_FILE[table] ?? table}.csv`);
  return fs.existsSync(file) ? rowsOf(parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true })) : [];
};

describe('Importing a council from its SSDA903 returns', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('a dry run reports what it would create and writes nothing', async () => {
    const before = await snapshot(db);
    const report = await importSsda903(db.dataSource, options(2025, { dryRun: true }));
    expect(report.completed).toBe(true);
    expect(report.council.created).toBe(true);
    expect(report.children).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(formatReport(report)).toContain('DRY RUN, nothing written');
    expect(formatReport(report)).toContain('Children: 5 would be created');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'IMPORT_SSDA903'`)).toEqual([{ n: 0 }]);
  });

  it('tells each child and problem as found and holds only the first few, so a big return does not fill memory', async () => {
    const told: { children: string[]; problems: string[] } = { children: [], problems: [] };
    // The next year's return alone, into an empty database: notes on periods begun before it, and a care leaver not held yet.
    const report = await importSsda903(db.dataSource, options(2026, {
      dryRun: true,
      keep: 0,
      onChild: (c) => told.children.push(`${c.child} ${c.outcome}`),
      onProblem: (p) => told.problems.push(`${p.severity} ${p.child}`),
    }));
    // Every child and every problem is told and counted; the report holds none of them.
    expect(told.children.sort()).toEqual(['C003 rejected', 'D004 created', 'E005 created', 'F006 created']);
    expect(report.children).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(report.perChild).toEqual([]);
    expect(told.problems).toEqual(expect.arrayContaining(['error C003', expect.stringMatching(/^warning /)]));
    expect(report.problemCounts.errors + report.problemCounts.warnings).toBe(told.problems.length);
    expect(report.problems).toEqual([]);
    expect(formatReport(report)).toContain('Each child changed, the first 0 of 4:');
    expect(formatReport(report)).toContain(`${report.problemCounts.errors} problem(s), ${report.problemCounts.warnings} note(s) (the first 0 listed):`);
    // The command printed each line as it was found: its summary does not repeat them.
    expect(formatReport(report, { streamed: true })).toContain('note(s) (listed above, as they were found).');
    expect(formatReport(report, { streamed: true })).not.toContain('Each child changed');
  });

  it('creates the council, its children and their records, and the export gives back the same rows', async () => {
    const report = await importSsda903(db.dataSource, options(2025));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.council.created).toBe(true);
    expect(report.children).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: 0 });
    // Every table in these returns is now held (previous permanence too): nothing is read and left aside.
    expect(report.notHeld).toEqual({});
    // Previous permanence as the return gives it, the DfE's partial dates (ZZ) kept.
    expect(await db.dataSource.query(`SELECT local_id, prev_perm, la_perm, date_perm FROM children ORDER BY local_id`)).toEqual([
      { local_id: 'A001', prev_perm: 'Z1', la_perm: null, date_perm: null },
      { local_id: 'B002', prev_perm: 'P3', la_perm: '313', date_perm: '2019-06-ZZ' },
      { local_id: 'C003', prev_perm: 'Z1', la_perm: null, date_perm: null },
      { local_id: 'D004', prev_perm: 'P1', la_perm: 'WAL', date_perm: '2015-ZZ-ZZ' },
      { local_id: 'E005', prev_perm: 'P2', la_perm: '318', date_perm: '2021-03-12' },
    ]);
    expect(report.records.missingEpisodes).toEqual({ created: 2, updated: 0 });
    expect(report.records.adopters).toEqual({ created: 1, updated: 0 });
    // AD1: A001's adopters are her foster-for-adoption carers (A5), placed with her from 01/12/2024, held in family finding.
    expect(await db.dataSource.query(
      `SELECT c.local_id, p.name, p.kind, p.stage, p.stage_on::text, p.matched_on::text, p.adopters_sex, p.adopters_legal_status
         FROM prospective_carers p JOIN children c ON c.id = p.child_id`,
    )).toEqual([{ local_id: 'A001', name: 'Carers from 01/07/2024 (imported)', kind: 'ADOPTERS', stage: 'PLACED', stage_on: '2024-12-01', matched_on: '2024-11-15', adopters_sex: 'MF', adopters_legal_status: 'L11' }]);
    // Social worker episodes: each SW_ID becomes a placeholder staff record (no account holds those numbers yet).
    expect(report.records.socialWorkerEpisodes).toEqual({ created: 6, updated: 0 });
    expect(report.placeholdersCreated).toBe(4);
    expect(await db.dataSource.query(`SELECT swe_number, name, linked_user_id FROM social_worker_placeholders ORDER BY swe_number`)).toEqual([
      { swe_number: 'SW100001', name: 'Social worker SW100001 (from the SSDA903 return)', linked_user_id: null },
      { swe_number: 'SW100002', name: 'Social worker SW100002 (from the SSDA903 return)', linked_user_id: null },
      { swe_number: 'SW100003', name: 'Social worker SW100003 (from the SSDA903 return)', linked_user_id: null },
      { swe_number: 'XX999', name: 'Social worker XX999 (from the SSDA903 return)', linked_user_id: null },
    ]);

    const [council] = await db.dataSource.query(`SELECT id, name FROM councils WHERE la_code = '318'`);
    expect(council.name).toBe('Richmond upon Thames');
    const children = await db.dataSource.query(`SELECT local_id, imported_from, imported_at, legal_last_name FROM children WHERE council_id = $1 ORDER BY local_id`, [council.id]);
    expect(children.map((c: { local_id: string }) => c.local_id)).toEqual(['A001', 'B002', 'C003', 'D004', 'E005']);
    for (const c of children) {
      expect(c.imported_from).toBe('SSDA903 return 2024/25 (2025)');
      // The import's moment by the server clock (which moves a millisecond a reading).
      expect(new Date(c.imported_at).toISOString().slice(0, 19)).toBe('2026-11-24T09:00:00');
    }
    // The adoption ended on an adoption order, the special guardianship on an SGO.
    const orders = await db.dataSource.query(
      `SELECT c.local_id, l.status, l.start_date::text FROM legal_statuses l JOIN children c ON c.id = l.child_id WHERE l.status IN ('ADOPTION_ORDER', 'SPECIAL_GUARDIANSHIP_ORDER') ORDER BY 1`,
    );
    expect(orders).toEqual([
      { local_id: 'A001', status: 'ADOPTION_ORDER', start_date: '2025-02-01' },
      { local_id: 'B002', status: 'SPECIAL_GUARDIANSHIP_ORDER', start_date: '2025-02-20' },
    ]);

    const exported = await councilExport(db.dataSource, council.id, 2025);
    for (const table of TABLES_HELD) expect([table, heldRows(exported.files, table)]).toEqual([table, inputRows(2025, table)]);

    const [audit] = await db.dataSource.query(`SELECT record_id, changes FROM audit_events WHERE action = 'IMPORT_SSDA903'`);
    expect(audit.record_id).toBe(council.id);
    expect(audit.changes.children.after).toEqual({ created: 5, updated: 0, unchanged: 0, rejected: 0 });
  });

  it('importing the same return again changes nothing', async () => {
    const before = await snapshot(db);
    const report = await importSsda903(db.dataSource, options(2025));
    expect(report.children).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: 0 });
    const none = { created: 0, updated: 0 };
    expect(report.records).toEqual({ placements: none, legalStatuses: none, reviews: none, missingEpisodes: none, deprivationOfLibertyOrders: none, healthOutcomes: none, careLeaverBirthdays: none, adopters: none, socialWorkerEpisodes: none });
    expect(report.placeholdersCreated).toBe(0);
    expect(await snapshot(db)).toEqual(before);
    const audits = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'IMPORT_SSDA903' ORDER BY occurred_at`);
    expect(audits).toHaveLength(2);
    expect(audits[1].changes.children.after.unchanged).toBe(5);
  });

  it('a blank PREV_PERM, or Z1 (not known), never clears a recorded previous order', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-prevperm-'));
    try {
      fs.cpSync(path.join(FIXTURES, '2025'), folder, { recursive: true });
      // B002 now "not known", E005's row blank, D004's order without its authority and date.
      fs.writeFileSync(path.join(folder, 'prev_perm.csv'), 'CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA001,15/01/2022,Z1,,\nB002,20/09/2012,Z1,,\nC003,03/11/2006,Z1,,\nD004,14/02/2008,P1,,\nE005,10/06/2015,,,\n');
      const before = await snapshot(db);
      const report = await importSsda903(db.dataSource, options(2025, { folder }));
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.children).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: 0 });
      expect(report.problems).toContainEqual(expect.objectContaining({ child: 'B002', reason: expect.stringContaining('the recorded order is kept') }));
      expect(report.problems).toContainEqual(expect.objectContaining({ child: 'D004', file: 'prev_perm.csv', column: 'LA_PERM', severity: 'warning' }));
      expect(await snapshot(db)).toEqual(before);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the next year’s return closes and adds episodes without duplicating, and both years export as their returns', async () => {
    clock.set(new Date('2027-05-02T08:00:00Z'));
    const factsVersions = async () => Object.fromEntries(
      ((await db.dataSource.query(`SELECT local_id, facts_version::text FROM children`)) as { local_id: string; facts_version: string }[]).map((c) => [c.local_id, c.facts_version]),
    );
    const versionsBefore = await factsVersions();
    const report = await importSsda903(db.dataSource, options(2026));
    // The import moves a changed child's facts_version once (the alerts read it), not once per row it inserts; an unchanged child's stays.
    const versionsAfter = await factsVersions();
    expect(versionsAfter.E005).not.toBe(versionsBefore.E005);
    expect(versionsAfter.A001).toBe(versionsBefore.A001);
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.children).toEqual({ created: 1, updated: 3, unchanged: 0, rejected: 0 });
    // C003 left care at 18 the year before: in this return only for her 19th birthday (a header row and OC3).
    expect(report.perChild.find((c) => c.child === 'C003')).toEqual({ child: 'C003', outcome: 'updated', changes: ["care leaver's 19th birthday created"] });
    expect(report.records.careLeaverBirthdays).toEqual({ created: 1, updated: 0 });
    expect(await db.dataSource.query(`SELECT b.age, b.in_touch, b.activity, b.accommodation FROM care_leaver_birthdays b JOIN children c ON c.id = b.child_id WHERE c.local_id = 'C003'`))
      .toEqual([{ age: 19, in_touch: 'YES', activity: 'F2', accommodation: 'U1' }]);
    const [c003] = await db.dataSource.query(`SELECT mother, date_ceased_looked_after::text FROM children WHERE local_id = 'C003'`);
    expect(c003).toEqual({ mother: true, date_ceased_looked_after: '2024-11-03' });
    const e005 = report.perChild.find((c) => c.child === 'E005')!;
    expect(e005.outcome).toBe('updated');
    expect(e005.changes).toEqual(expect.arrayContaining([
      'legal status from 01/07/2024: end_date', 'legal status FULL_CARE_ORDER from 01/02/2026 created', 'review of 12/02/2026 created',
      'missing period from 20/03/2026 created', 'health outcomes 2025/26 created',
    ]));
    expect(report.records.missingEpisodes).toEqual({ created: 2, updated: 0 });
    expect(report.records.healthOutcomes).toEqual({ created: 2, updated: 0 });
    // D004's social worker changed: the episode held ends, the new one (a new SW_ID, so a new placeholder) opens; nothing duplicated.
    expect(report.records.socialWorkerEpisodes).toEqual({ created: 2, updated: 1 });
    expect(
      await db.dataSource.query(
        `SELECT p.swe_number, e.start_date::text, e.end_date::text, e.reason FROM social_worker_episodes e JOIN children c ON c.id = e.child_id
           JOIN social_worker_placeholders p ON p.id = e.placeholder_id WHERE c.local_id = 'D004' ORDER BY e.start_date`,
      ),
    ).toEqual([
      { swe_number: 'SW100002', start_date: '2024-06-20', end_date: '2025-09-01', reason: 'FCONTA' },
      { swe_number: 'SW100004', start_date: '2025-09-01', end_date: null, reason: 'MANAGE' },
    ]);
    // Missing periods: last year's kept, this year's added; the one still open at 31 March has no end.
    const missing = await db.dataSource.query(
      `SELECT c.local_id, m.kind, m.start_date::text, m.end_date::text FROM missing_episodes m JOIN children c ON c.id = m.child_id ORDER BY 1, 3`,
    );
    expect(missing).toEqual([
      { local_id: 'D004', kind: 'M', start_date: '2024-09-02', end_date: '2024-09-04' },
      { local_id: 'D004', kind: 'A', start_date: '2025-05-05', end_date: '2025-05-06' },
      { local_id: 'E005', kind: 'A', start_date: '2025-01-12', end_date: '2025-01-13' },
      { local_id: 'E005', kind: 'M', start_date: '2026-03-20', end_date: null },
    ]);
    const health = await db.dataSource.query(
      `SELECT c.local_id, h.year, h.sdq_score, h.convicted, h.substance_misuse, h.intervention_received, h.intervention_offered
         FROM health_outcomes h JOIN children c ON c.id = h.child_id ORDER BY 1`,
    );
    expect(health).toEqual([
      { local_id: 'D004', year: 2026, sdq_score: null, convicted: false, substance_misuse: true, intervention_received: false, intervention_offered: true },
      { local_id: 'E005', year: 2026, sdq_score: 14, convicted: false, substance_misuse: false, intervention_received: null, intervention_offered: null },
    ]);
    // E005's placements: the three of 2024, none duplicated; the long-term one still open.
    const placements = await db.dataSource.query(
      `SELECT p.start_date::text, p.end_date::text, p.type FROM placements p JOIN children c ON c.id = p.child_id WHERE c.local_id = 'E005' ORDER BY p.start_date`,
    );
    expect(placements).toEqual([
      { start_date: '2024-05-01', end_date: '2024-09-15', type: 'FOSTER_CARE' },
      { start_date: '2024-09-15', end_date: null, type: 'LONG_TERM_FOSTER' },
    ]);
    const legal = await db.dataSource.query(
      `SELECT l.status, l.start_date::text, l.end_date::text FROM legal_statuses l JOIN children c ON c.id = l.child_id WHERE c.local_id = 'E005' ORDER BY l.start_date`,
    );
    expect(legal).toEqual([
      { status: 'SECTION_20', start_date: '2024-05-01', end_date: '2024-07-01' },
      { status: 'INTERIM_CARE_ORDER', start_date: '2024-07-01', end_date: '2026-02-01' },
      { status: 'FULL_CARE_ORDER', start_date: '2026-02-01', end_date: null },
    ]);
    // Children who left care the year before are left as they were, with their first import's time.
    const [a001] = await db.dataSource.query(`SELECT imported_at FROM children WHERE local_id = 'A001'`);
    expect(new Date(a001.imported_at).toISOString().slice(0, 19)).toBe('2026-11-24T09:00:00');
    const [d004] = await db.dataSource.query(`SELECT imported_from, imported_at FROM children WHERE local_id = 'D004'`);
    expect([d004.imported_from, new Date(d004.imported_at).toISOString().slice(0, 19)]).toEqual(['SSDA903 return 2025/26 (2026)', '2027-05-02T08:00:00']);

    const [council] = await db.dataSource.query(`SELECT id FROM councils WHERE la_code = '318'`);
    for (const year of [2025, 2026]) {
      const exported = await councilExport(db.dataSource, council.id, year);
      for (const table of TABLES_HELD) expect([year, table, heldRows(exported.files, table)]).toEqual([year, table, inputRows(year, table)]);
    }

    const before = await snapshot(db);
    const again = await importSsda903(db.dataSource, options(2026));
    expect(again.children).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('with --previous, a first import of the later year gives the whole period of care', async () => {
    const fresh = await createTestDatabase();
    try {
      const report = await importSsda903(fresh.dataSource, { ...options(2026), previous: path.join(FIXTURES, '2025') });
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.children).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 });
      const [council] = await fresh.dataSource.query(`SELECT id FROM councils WHERE la_code = '318'`);
      const exported = await councilExport(fresh.dataSource, council.id, 2026);
      for (const table of TABLES_HELD) expect([table, heldRows(exported.files, table)]).toEqual([table, inputRows(2026, table)]);
    } finally {
      await fresh.drop();
    }
  });

  it('read in passes (memory flat for a big return), the import gives the same records and the same export', async () => {
    const fresh = await createTestDatabase();
    try {
      const progress: { done: number; total: number }[] = [];
      const report = await importSsda903(fresh.dataSource, { ...options(2026), previous: path.join(FIXTURES, '2025'), childrenPerPass: 2, onProgress: (p) => { progress.push(p); } });
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(report.children).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 });
      expect(report.perChild.map((c) => c.child).sort()).toEqual(['C003', 'D004', 'E005', 'F006']);
      expect(progress.at(-1)).toEqual({ done: 4, total: 4 });
      const [council] = await fresh.dataSource.query(`SELECT id FROM councils WHERE la_code = '318'`);
      const exported = await councilExport(fresh.dataSource, council.id, 2026);
      for (const table of TABLES_HELD) expect([table, heldRows(exported.files, table)]).toEqual([table, inputRows(2026, table)]);
      const again = await importSsda903(fresh.dataSource, { ...options(2026), previous: path.join(FIXTURES, '2025'), childrenPerPass: 3 });
      expect(again.children).toEqual({ created: 0, updated: 0, unchanged: 4, rejected: 0 });
    } finally {
      await fresh.drop();
    }
  });
});

describe('Councils named by the DfE’s new-style codes, and batches the database refuses', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('an E-code creates the council and finds it again; a code that is neither is refused', async () => {
    const bad = await importSsda903(db.dataSource, options(2025, { laCode: 'E07000001' }));
    expect(bad.completed).toBe(false);
    expect(bad.problems[0]).toMatchObject({ file: '--council', reason: expect.stringMatching(/not a local authority code/) });
    const report = await importSsda903(db.dataSource, options(2025, { laCode: 'e09000027' }));
    expect(report.children.created).toBe(5);
    // Named by either code, the council holds both (from the DfE's list of England's local authorities).
    expect(await db.dataSource.query(`SELECT name, la_code, ons_code FROM councils`)).toEqual([{ name: 'Richmond upon Thames', la_code: '318', ons_code: 'E09000027' }]);
    // Named by its E-code again (no name needed): the same council, nothing changed.
    const before = await snapshot(db);
    const again = await importSsda903(db.dataSource, options(2025, { laCode: 'E09000027', councilName: undefined }));
    expect(again.council).toMatchObject({ name: 'Richmond upon Thames', created: false });
    expect(again.children).toEqual({ created: 0, updated: 0, unchanged: 5, rejected: 0 });
    expect(await snapshot(db)).toEqual(before);
    // And by its old three-digit number: the same council again.
    const byNumber = await importSsda903(db.dataSource, options(2025, { laCode: '318', councilName: undefined }));
    expect(byNumber.children.unchanged).toBe(5);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a council held by one code gets the other; a new council takes its name from the DfE list; an abolished authority names its successors', async () => {
    const fresh = await createTestDatabase();
    try {
      await fresh.dataSource.query(`INSERT INTO councils (name, la_code) VALUES ('Newham Council', '316')`);
      const report = await importSsda903(fresh.dataSource, options(2025, { laCode: 'E09000025', councilName: undefined }));
      expect(report.council).toMatchObject({ name: 'Newham Council', created: false });
      expect(report.children.created).toBe(5);
      expect(await fresh.dataSource.query(`SELECT name, la_code, ons_code FROM councils`)).toEqual([{ name: 'Newham Council', la_code: '316', ons_code: 'E09000025' }]);

      const named = await importSsda903(fresh.dataSource, options(2025, { laCode: 'E06000065', councilName: undefined, dryRun: true }));
      expect(named.council).toMatchObject({ name: 'North Yorkshire', created: true });
      // A return with the county's code from before it became a unitary authority finds the same authority.
      const older = await importSsda903(fresh.dataSource, options(2025, { laCode: 'E10000023', councilName: undefined, dryRun: true }));
      expect(older.council).toMatchObject({ laCode: 'E10000023', name: 'North Yorkshire' });

      const gone = await importSsda903(fresh.dataSource, options(2025, { laCode: '928' }));
      expect(gone.completed).toBe(false);
      expect(gone.problems.find((p) => p.file === '--council')!.reason).toMatch(/Northamptonshire, which no longer runs children's services.*North Northamptonshire \(940, E06000061\) or West Northamptonshire \(941, E06000062\)/);
    } finally {
      await fresh.drop();
    }
  });

  it('a batch the database refuses is retried child by child: only the refused child is left out, with nothing half-written', async () => {
    const fresh = await createTestDatabase();
    try {
      // A real refusal by the database (not one the import's own checks catch): no placement may be at B1 1AA.
      await fresh.dataSource.query(`ALTER TABLE placements ADD CONSTRAINT test_refuse_b1 CHECK (postcode IS DISTINCT FROM 'B1 1AA')`);
      const progress: number[] = [];
      const report = await importSsda903(fresh.dataSource, options(2025, { batchSize: 2, onProgress: ({ done }) => { progress.push(done); } }));
      expect(report.children).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 1 });
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([
        expect.objectContaining({ child: 'D004', file: 'header.csv', line: 5, reason: expect.stringMatching(/^The database refused the child's records/) }),
      ]);
      expect(progress).toEqual([0, 2, 4, 5]);
      expect(await fresh.dataSource.query(`SELECT local_id FROM children ORDER BY 1`)).toEqual(['A001', 'B002', 'C003', 'E005'].map((local_id) => ({ local_id })));
      // D004's missing period went nowhere either: a child is imported whole or not at all.
      expect(await fresh.dataSource.query(`SELECT count(*)::int AS n FROM missing_episodes`)).toEqual([{ n: 1 }]);
    } finally {
      await fresh.drop();
    }
  });
});

describe('Imported children on an existing council, as its head of service sees them', () => {
  let db: TestDatabase;
  let api: TestApi;
  beforeAll(async () => {
    db = await createTestDatabase();
    // Riverside, the demo council, has the DfE number 318: the return goes into it.
    await seedDemoCouncil(db.dataSource, { today: '2026-11-24' });
    api = await startTestApi(db.dataSource, { now: new Date('2026-11-24T10:00:00Z') });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('lists them among the council’s children, each saying where its record came from; another council sees none', async () => {
    const report = await importSsda903(db.dataSource, options(2025, { councilName: undefined, clock: new ManualClock(new Date('2026-11-24T09:00:00Z')) }));
    expect(report.council).toMatchObject({ name: 'Riverside Borough Council', created: false });
    expect(report.children.created).toBe(5);
    const head = api.client();
    await head.signIn('harriet.head', DEMO_PASSWORD);
    const { children } = await head.ok<{ children: { edges: { node: { id: string; localId: string; displayName: string; importedFrom: string | null; importedAt: string | null } }[] } }>(
      `{ children(first: 20, filter: { name: "Child" }) { edges { node { id localId displayName importedFrom importedAt } } } }`,
    );
    const imported = children.edges.map((e) => e.node).filter((n) => n.importedFrom !== null);
    expect(imported.map((n) => [n.localId, n.displayName, n.importedFrom, n.importedAt]).sort()).toEqual(
      ['A001', 'B002', 'C003', 'D004', 'E005'].map((id) => [id, `Child ${id}`, 'SSDA903 return 2024/25 (2025)', '2026-11-24T09:00:00.000Z']),
    );
    // The rules run on imported records as on any: the record, its alerts and the drift list answer without errors.
    const e005 = imported.find((n) => n.localId === 'E005')!;
    const record = await head.ok<{ child: { placements: { type: string }[]; alerts: { code: string }[] } }>(
      `query($id: ID!) { child(id: $id) { placements { type } alerts { code } } }`,
      { id: e005.id },
    );
    expect(record.child.placements.map((p) => p.type).sort()).toEqual(['FOSTER_CARE', 'LONG_TERM_FOSTER']);
    await head.ok(`{ driftList(first: 100) { child { displayName } alerts { code } } }`);
    const other = api.client();
    await other.signIn('noah.head', DEMO_PASSWORD);
    const theirs = await other.gql(`query($id: ID!) { child(id: $id) { localId } }`, { id: imported[0].id });
    expect(errorCode(theirs)).toBe('NOT_FOUND');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../packages/server/src/common/clock';
import type { Problem } from '../../packages/server/src/import/csv-file';
import { importSsda903, type ImportOptions, type ImportReport } from '../../packages/server/src/import/ssda903-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { snapshot } from '../support/import-snapshot';

/**
 * Every kind of bad input the issue names, fed to an import over a council
 * already imported: each is reported with its file and line, and the
 * database is left exactly as it was.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ssda903-import', '2025');
const clock = new ManualClock(new Date('2026-11-24T09:00:00Z'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-import-bad-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the good 2025 return with one file changed. */
function returnWith(name: string, change: (files: Record<string, Buffer>) => void): string {
  const folder = path.join(tmp, name);
  fs.mkdirSync(folder);
  const files: Record<string, Buffer> = {};
  for (const f of fs.readdirSync(FIXTURES)) files[f] = fs.readFileSync(path.join(FIXTURES, f));
  change(files);
  for (const [f, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, f), content);
  return folder;
}
const edit = (files: Record<string, Buffer>, file: string, from: string, to: string) => {
  const text = files[file].toString('utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  files[file] = Buffer.from(text.replace(from, to), 'utf8');
};

const options = (folder: string, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  laCode: '318', councilName: 'Richmond upon Thames', year: 2025, folder, dryRun: false, strict: false, clock, ...extra,
});
const errors = (r: ImportReport): Problem[] => r.problems.filter((p) => p.severity === 'error');
const where = (p: Problem) => [p.file, p.line, p.column];

describe('Bad SSDA903 input', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    const good = await importSsda903(db.dataSource, options(FIXTURES));
    expect(good.children.created).toBe(5);
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** Runs the import and checks nothing the product holds changed. */
  async function unchanged(opts: ImportOptions): Promise<ImportReport> {
    const before = await snapshot(db);
    const report = await importSsda903(db.dataSource, opts);
    expect(await snapshot(db)).toEqual(before);
    expect(errors(report).length).toBeGreaterThan(0);
    return report;
  }

  it('a file with the wrong columns stops the import, naming the file, line 1 and the column', async () => {
    const folder = returnWith('columns', (f) => edit(f, 'header.csv', 'CHILD,SEX,DOB', 'CHILD,GENDER,DOB'));
    const report = await unchanged(options(folder));
    expect(report.completed).toBe(false);
    expect(where(errors(report)[0])).toEqual(['header.csv', 1, 'SEX']);
    expect(errors(report)[0].reason).toMatch(/missing SEX; unexpected GENDER/);
  });

  it('an unknown collection year is refused', async () => {
    const report = await unchanged(options(FIXTURES, { year: 2019 }));
    expect(report.completed).toBe(false);
    expect(errors(report)[0].reason).toMatch(/Unknown collection year 2019/);
  });

  it('a date not written DD/MM/YYYY leaves that child out, names file, line and column, and the others carry on', async () => {
    const folder = returnWith('dates', (f) => edit(f, 'episodes.csv', 'B002,15/04/2024', 'B002,2024-04-15'));
    const report = await unchanged(options(folder));
    expect(report.children).toMatchObject({ rejected: 1, unchanged: 4 });
    expect(errors(report).map(where)).toEqual([['episodes.csv', 5, 'DECOM']]);
    expect(errors(report)[0].reason).toBe('DECOM "2024-04-15" is not a date written DD/MM/YYYY.');
  });

  it('a bad row on an empty database imports the other children; with --strict nothing at all', async () => {
    const folder = returnWith('dates-fresh', (f) => edit(f, 'reviews.csv', 'C003,03/11/2006,01/05/2024', 'C003,03/11/2006,31/02/2024'));
    const fresh = await createTestDatabase();
    try {
      const strict = await importSsda903(fresh.dataSource, options(folder, { strict: true }));
      expect(strict.completed).toBe(false);
      expect(await fresh.dataSource.query(`SELECT count(*)::int AS n FROM councils`)).toEqual([{ n: 0 }]);
      const report = await importSsda903(fresh.dataSource, options(folder));
      expect(report.children).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 1 });
      expect(errors(report).map(where)).toEqual([['reviews.csv', 6, 'REVIEW']]);
      // Imported whole or not at all: the rejected child has no records.
      expect(await fresh.dataSource.query(`SELECT local_id FROM children ORDER BY local_id`)).toEqual(['A001', 'B002', 'D004', 'E005'].map((local_id) => ({ local_id })));
    } finally {
      await fresh.drop();
    }
  });

  it('unknown codes are named with their column', async () => {
    const folder = returnWith('codes', (f) => {
      edit(f, 'episodes.csv', 'D004,20/06/2024,S,V2,N1,U6', 'D004,20/06/2024,S,V2,N1,Q9');
      edit(f, 'header.csv', 'C003,F,03/11/2006,BAFR', 'C003,X,03/11/2006,BAFR');
    });
    const report = await unchanged(options(folder));
    expect(errors(report).map(where)).toEqual([['header.csv', 4, 'SEX'], ['episodes.csv', 9, 'PLACE']]);
    expect(errors(report)[1].reason).toBe('PLACE "Q9" is not one of the DfE\'s codes for 2024/25.');
  });

  it('overlapping episodes are refused for that child', async () => {
    const folder = returnWith('overlap', (f) => edit(f, 'episodes.csv', 'E005,01/07/2024,L', 'E005,01/06/2024,L'));
    const report = await unchanged(options(folder));
    expect(errors(report).map(where)).toEqual([['episodes.csv', 11, 'DECOM']]);
    expect(errors(report)[0].reason).toMatch(/episodes overlap/);
  });

  it('a child already in another council’s care (same UPN) is refused', async () => {
    const report = await unchanged(options(FIXTURES, { laCode: '319', councilName: 'Kingston upon Thames', strict: true }));
    expect(errors(report).map((p) => [p.child, p.column])).toEqual([['B002', 'UPN'], ['C003', 'UPN'], ['E005', 'UPN']]);
    expect(errors(report)[0].reason).toMatch(/already a child of Richmond upon Thames \(LA 318\)/);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM councils WHERE la_code = '319'`)).toEqual([{ n: 0 }]);
      // Read in passes (a child a pass), --strict still checks every pass before writing any.
    const inPasses = await unchanged(options(FIXTURES, { laCode: '319', councilName: 'Kingston upon Thames', strict: true, childrenPerPass: 1 }));
    expect(errors(inPasses).map((p) => [p.child, p.column]).sort()).toEqual([['B002', 'UPN'], ['C003', 'UPN'], ['E005', 'UPN']]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM councils WHERE la_code = '319'`)).toEqual([{ n: 0 }]);
  });

  it('missing periods and health outcomes the DfE’s rules refuse leave that child out, naming the row and the rule', async () => {
    const folder = returnWith('missing-oc2', (f) => {
      edit(f, 'missing.csv', 'D004,14/02/2008,M,02/09/2024,04/09/2024', 'D004,14/02/2008,M,02/09/2024,01/09/2024');
      edit(f, 'missing.csv', 'E005,10/06/2015,A', 'E005,10/06/2015,X');
      // A001 is 3: no SDQ is asked (188), and whether development assessments are up to date is (545).
      f['oc2.csv'] = Buffer.from(`${f['oc2.csv'].toString('utf8').trim()}\nA001,15/01/2022,12,,,,1,1,1,0,,\nB002,20/09/2012,55,,0,,1,1,1,0,,\n`, 'utf8');
    });
    const report = await unchanged(options(folder));
    expect(report.children).toMatchObject({ rejected: 4, unchanged: 1 });
    expect(errors(report).map((p) => [...where(p), p.child])).toEqual([
      ['oc2.csv', 2, 'SDQ_SCORE', 'A001'],
      ['oc2.csv', 2, 'HEALTH_CHECK', 'A001'],
      ['oc2.csv', 3, 'SDQ_SCORE', 'B002'],
      ['missing.csv', 2, 'MIS_END', 'D004'],
      ['missing.csv', 3, 'MISSING', 'E005'],
    ]);
    expect(errors(report)[0].reason).toMatch(/\(DfE rule 188\)$/);
    expect(errors(report)[1].reason).toMatch(/\(DfE rule 545\)$/);
    expect(errors(report)[2].reason).toMatch(/not a whole number from 0 to 40 \(DfE rule 180\)/);
    expect(errors(report)[3].reason).toBe('The period ends (01/09/2024) before it starts (02/09/2024) (DfE rule 567).');
  });

  it('adopters (AD1) the DfE’s rules refuse leave that child out, naming the row, the column and the rule', async () => {
    const header = 'CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR\n';
    // One adopter cannot be a couple, a single person (L0) cannot be MF, and the match cannot come before the decision.
    const rows = returnWith('ad1-row', (f) => {
      f['ad1.csv'] = Buffer.from(`${header}A001,15/01/2022,10/06/2024,01/06/2024,1,1,MF,L0\n`);
    });
    const report = await unchanged(options(rows));
    expect(report.children).toMatchObject({ rejected: 1, unchanged: 4 });
    expect(errors(report).map((p) => [...where(p), p.child])).toEqual([
      ['ad1.csv', 2, 'NB_ADOPTR', 'A001'],
      ['ad1.csv', 2, 'SEX_ADOPTR', 'A001'],
      ['ad1.csv', 2, 'DATE_MATCH', 'A001'],
    ]);
    expect(errors(report)[1].reason).toMatch(/\(DfE rules 514, 517 to 520, 524\)\.$/);
    expect(errors(report)[2].reason).toMatch(/\(DfE rule 333\)\.$/);
    // Against the episodes: matched after the child was placed with the adopters (A5 on 01/12/2024), and FOSTER_CARE 0 for an A5 adoption.
    const episodes = returnWith('ad1-episodes', (f) => {
      f['ad1.csv'] = Buffer.from(`${header}A001,15/01/2022,10/06/2024,02/12/2024,0,2,MF,L11\n`);
    });
    const refused = await unchanged(options(episodes));
    expect(errors(refused).map((p) => [...where(p), p.child])).toEqual([
      ['ad1.csv', 2, 'DATE_MATCH', 'A001'],
      ['ad1.csv', 2, 'FOSTER_CARE', 'A001'],
    ]);
    expect(errors(refused).map((p) => p.reason.match(/rule \d+/)?.[0])).toEqual(['rule 331', 'rule 335']);
    // A child is adopted once: a second row is refused where it is.
    const twice = returnWith('ad1-twice', (f) => {
      f['ad1.csv'] = Buffer.concat([f['ad1.csv'], Buffer.from('A001,15/01/2022,10/06/2024,15/11/2024,1,2,MF,L11\n')]);
    });
    expect(errors(await unchanged(options(twice))).map((p) => [...where(p), p.child])).toEqual([['ad1.csv', 3, 'CHILD', 'A001']]);
  });

  it('social worker episodes the DfE’s rules refuse leave that child out, naming file, line, column and rule', async () => {
    const folder = returnWith('sw-episodes', (f) => {
      edit(f, 'sw_episodes.csv', 'A001,15/01/2022,SW100001', 'A001,15/01/2022,AB100001');
      edit(f, 'sw_episodes.csv', 'B002,20/09/2012,SW100002,15/04/2024,01/10/2024', 'B002,20/09/2012,SW100002,15/04/2024,2024-10-01');
      edit(f, 'sw_episodes.csv', 'C003,03/11/2006,XX999,10/04/2024,,FCONTA', 'C003,03/11/2006,XX999,10/04/2024,,BOSSES');
      edit(f, 'sw_episodes.csv', 'D004,14/02/2008,SW100002,20/06/2024,,FCONTA', 'D004,14/02/2008,SW100002,20/06/2024,,');
      // E005: a second episode while the first is still open (SW08).
      f['sw_episodes.csv'] = Buffer.from(`${f['sw_episodes.csv'].toString('utf8').trim()}\nE005,10/06/2015,SW100009,01/09/2024,,MANAGE\n`, 'utf8');
    });
    const report = await unchanged(options(folder));
    expect(report.children).toMatchObject({ rejected: 5 });
    expect(errors(report).map((p) => [...where(p), p.child])).toEqual([
      ['sw_episodes.csv', 2, 'SW_ID', 'A001'],
      ['sw_episodes.csv', 3, 'SW_DEC', 'B002'],
      ['sw_episodes.csv', 5, 'SW_REASON', 'C003'],
      ['sw_episodes.csv', 6, 'SW_REASON', 'D004'],
      ['sw_episodes.csv', 8, 'SW_DEC', 'E005'],
    ]);
    expect(errors(report)[0].reason).toMatch(/\(DfE rule SW02STG1\)\.$/);
    expect(errors(report)[4].reason).toMatch(/\(DfE rule SW08STG2\)\.$/);
  });

  it('overlapping missing periods are refused (DfE rule 574)', async () => {
    const folder = returnWith('missing-overlap', (f) => {
      f['missing.csv'] = Buffer.from(`${f['missing.csv'].toString('utf8').trim()}\nD004,14/02/2008,A,03/09/2024,05/09/2024\n`, 'utf8');
    });
    const report = await unchanged(options(folder));
    expect(errors(report).map((p) => [...where(p), p.child])).toEqual([['missing.csv', 4, 'MIS_START', 'D004']]);
    expect(errors(report)[0].reason).toMatch(/periods overlap \(DfE rule 574\)/);
  });

  it('a cell a spreadsheet would run as a formula is refused', async () => {
    const folder = returnWith('formula', (f) => edit(f, 'header.csv', 'A001,F,15/01/2022,WBRI', 'A001,F,15/01/2022,"=HYPERLINK(""http://x"")"'));
    const report = await unchanged(options(folder));
    expect(errors(report).map(where)).toEqual([['header.csv', 2, 'ETHNIC']]);
    expect(errors(report)[0].reason).toMatch(/formula/);
  });

  it('an encoding other than UTF-8 or Windows-1252 is refused; Windows-1252 is read', async () => {
    const utf16 = returnWith('utf16', (f) => {
      f['header.csv'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(f['header.csv'].toString('utf8'), 'utf16le')]);
    });
    const report = await unchanged(options(utf16));
    expect(report.completed).toBe(false);
    expect(where(errors(report)[0])).toEqual(['header.csv', 1, null]);
    expect(errors(report)[0].reason).toMatch(/UTF-16/);

    const unknownBytes = returnWith('bytes', (f) => {
      f['reviews.csv'] = Buffer.concat([f['reviews.csv'], Buffer.from('E005,10/06/2015,', 'latin1'), Buffer.from([0xe9, 0x81]), Buffer.from('\n')]);
    });
    const refused = await unchanged(options(unknownBytes));
    expect(where(errors(refused)[0])).toEqual(['reviews.csv', 11, null]);
    expect(errors(refused)[0].reason).toMatch(/not UTF-8 or Windows-1252/);

    // Excel on Windows: "é" as the single byte 0xE9, read as Windows-1252: the refusal quotes the cell as written ("Crée" is no LA_PERM).
    const cp1252 = returnWith('cp1252', (f) => {
      f['prev_perm.csv'] = Buffer.concat([Buffer.from('CHILD,DOB,PREV_PERM,LA_PERM,DATE_PERM\nA001,15/01/2022,P2,Cr'), Buffer.from([0xe9]), Buffer.from('e,01/02/2020\n')]);
    });
    const before = await snapshot(db);
    const read = await importSsda903(db.dataSource, options(cp1252));
    expect(errors(read).map(where)).toEqual([['prev_perm.csv', 2, 'LA_PERM']]);
    expect(errors(read)[0].reason).toContain('"Crée"');
    expect(read.children).toMatchObject({ unchanged: 4, rejected: 1 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('care leavers’ birthdays (OC3): an unknown code, a birthday not in the year, and a care leaver not held are each refused where they are', async () => {
    const folder = returnWith('oc3', (f) => {
      f['header.csv'] = Buffer.concat([f['header.csv'], Buffer.from('Z999,M,01/05/2006,WBRI,V318000011112,,\n')]);
      // Line 2: ACCOM is not a DfE code; line 3: A001 is two, with no 17th to 21st birthday; line 4: Z999 is not held and has no episodes.
      f['oc3.csv'] = Buffer.from('CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nC003,03/11/2006,YES,F2,Q7\nA001,15/01/2022,YES,F2,U1\nZ999,01/05/2006,YES,F5,U1\n');
    });
    const report = await unchanged(options(folder));
    expect(errors(report).map(where)).toEqual(expect.arrayContaining([['oc3.csv', 2, 'ACCOM'], ['oc3.csv', 3, 'DOB'], ['header.csv', 7, 'CHILD']]));
    expect(errors(report)).toHaveLength(3);
    expect(errors(report).find((p) => p.child === 'Z999')!.reason).toMatch(/only as a care leaver .* not held yet/);
    expect(report.children).toMatchObject({ rejected: 3, unchanged: 3 });
  });

  it('an empty file is refused', async () => {
    const folder = returnWith('empty', (f) => {
      f['episodes.csv'] = Buffer.alloc(0);
    });
    const report = await unchanged(options(folder));
    expect(report.completed).toBe(false);
    expect(errors(report)[0]).toMatchObject({ file: 'episodes.csv', reason: expect.stringMatching(/^The file is empty/) });
  });

  it('a file over the size limit is refused before it is read', async () => {
    const report = await unchanged(options(FIXTURES, { maxBytes: 600 }));
    expect(report.completed).toBe(false);
    expect(errors(report)[0]).toMatchObject({ file: 'episodes.csv', reason: expect.stringMatching(/over the import's limit/) });
  });
});

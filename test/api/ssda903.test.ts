import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { councilExport, fileCsv, type Ssda903Export } from '../../packages/server/src/ssda903/ssda903.export';
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
      const ret = await councilExport(db.dataSource, council.id, year, TODAY);
      expect(ret.failures.flatMap((f) => f.issues.map((i) => `${f.child.localId} ${i.code} ${i.date}: ${i.message}`))).toEqual([]);
      expect(ret.files.header.length).toBeGreaterThan(0);
      expect(ret.files.episodes.length).toBeGreaterThanOrEqual(ret.files.header.length);
    }
  });
});

/**
 * The points of the DfE's rules for 2024/25 and 2025/26 that the return's
 * shape decides, checked on Riverside's return as the DfE's validator reads
 * it: a folder of CSV files named and headed as the DfE's tables.
 */
describe('SSDA903 return of Riverside for 2024/25 and 2025/26, as the DfE reads it', () => {
  const SEEDED_ON = '2026-11-24';
  const DFE_TABLES: Record<string, string[]> = {
    header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
    episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
    reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
    uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
    missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
    ad1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
    placed_for_adoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
    previous_permanence: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
    oc2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
    oc3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
    sw_episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  };
  // Written out here from the DfE's code lists, apart from the product's own list.
  const PLACE_2024_25 = 'A3 A4 A5 A6 H5 K1 K2 K3 P1 P2 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z1'.split(' ');
  const PLACE_2025_26 = 'A3 A4 A5 A6 K1 K2 K3 P1 P3 R1 R2 R3 R5 S1 T0 T1 T2 T3 T4 U1 U2 U3 U4 U5 U6 Z11 Z12 Z13 Z14'.split(' ');

  let db: TestDatabase;
  let out: string;
  const returns = new Map<number, Ssda903Export>();
  const iso = (dfe: string) => dfe.split('/').reverse().join('-');
  const plusYears = (dfe: string, years: number) => `${dfe.slice(0, 6)}${Number(dfe.slice(6)) + years}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: SEEDED_ON });
    const [{ id }]: { id: string }[] = await db.dataSource.query(`SELECT id FROM councils WHERE la_code = '318'`);
    for (const year of [2024, 2025, 2026, 2027]) returns.set(year, await councilExport(db.dataSource, id, year, SEEDED_ON));
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-ssda903-'));
  }, 60_000);
  afterAll(async () => {
    await db?.drop();
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('writes a folder holding only the DfE tables, each with the DfE columns, and the report beside it', async () => {
    const dir = path.join(out, '2025');
    const cli = path.resolve(__dirname, '../../packages/server/src/ssda903/ssda903.cli.ts');
    const run = promisify(execFile)(process.execPath, ['-r', '@swc-node/register', cli, '--year', '2025', '--out', dir, '--council', '318'], {
      cwd: path.resolve(__dirname, '../../packages/server'),
      env: { ...process.env, DATABASE_URL: db.url },
    });
    const { stdout } = await run;
    expect(stdout).toContain(`Riverside Borough Council (318): ${returns.get(2025)!.children.length} children`);
    expect(stdout).not.toContain('No validation errors');
    expect(stdout).toContain('does not check every DfE rule');
    expect(fs.readdirSync(dir).sort()).toEqual(Object.keys(DFE_TABLES).map((t) => `${t}.csv`).sort());
    for (const [table, columns] of Object.entries(DFE_TABLES)) {
      expect([table, fs.readFileSync(path.join(dir, `${table}.csv`), 'utf8').split(/\r?\n/)[0]]).toEqual([table, columns.join(',')]);
    }
    // Every child in the demo's return has their social workers, each with a Social Work England number and a reason.
    const sw = fs.readFileSync(path.join(dir, 'sw_episodes.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
    const inCare = fs.readFileSync(path.join(dir, 'episodes.csv'), 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',')[0]);
    expect(sw.length).toBeGreaterThan(0);
    expect(new Set(sw.map((r) => r[0]))).toEqual(new Set(inCare));
    for (const r of sw) expect([r[0], /^SW\d+$/.test(r[2]), r[5].length > 0]).toEqual([r[0], true, true]);
    expect(fs.readFileSync(`${dir}.validation.csv`, 'utf8').trim()).toBe('CHILD,RULE,FIELD,DATE,MESSAGE');
    const notes = fs.readFileSync(`${dir}.notes.txt`, 'utf8');
    expect(notes).not.toContain('ad1.csv');
    expect(notes).toContain('AD1:');
    expect(notes).not.toContain('oc2.csv');
    expect(notes).not.toContain('missing.csv');
  }, 60_000);

  it.each([2025, 2026])('%i: every table is written with the DfE columns, and the product finds nothing to fix', (year) => {
    const ret = returns.get(year)!;
    for (const [table, columns] of Object.entries(DFE_TABLES)) {
      expect(fileCsv(ret.files, table as keyof typeof DFE_TABLES & keyof Ssda903Export['files']).split(/\r?\n/)[0]).toBe(columns.join(','));
    }
    expect(ret.files.header.length).toBeGreaterThan(30);
    expect(ret.failures.flatMap((f) => f.issues.map((i) => `${f.child.localId} ${i.code}: ${i.message}`))).toEqual([]);
  });

  it('2027: DoLo.csv holds the demo child’s deprivation of liberty order in force, with the DfE’s columns, and the DfE’s rules 700 to 710 pass', () => {
    const ret = returns.get(2027)!;
    expect(fileCsv(ret.files, 'DoLo').split(/\r?\n/)[0]).toBe('CHILD,DOB,DOLO_START,DOLO_END');
    expect(ret.files.DoLo).toEqual([{ CHILD: expect.any(String), DOB: expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), DOLO_START: expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/), DOLO_END: '' }]);
    // The child is in a children's home (K2) throughout the order (709, 710).
    const episodes = ret.files.episodes.filter((e) => e.CHILD === ret.files.DoLo[0].CHILD);
    expect(episodes[episodes.length - 1].PLACE).toBe('K2');
    expect(ret.failures.flatMap((f) => f.issues.filter((i) => /^7(0\d|10)$/.test(i.code)))).toEqual([]);
    expect(returns.get(2026)!.files.DoLo).toEqual([]);
  });

  it.each([2024, 2025, 2026])('%i: OC2 has a row for each child looked after for 12 months at 31 March and no other, asking what the DfE asks at their age', (year) => {
    const { files } = returns.get(year)!;
    const start = `${year - 1}-04-01`;
    const end = `${year}-03-31`;
    // Looked after for 12 months as the DfE's rules see it in the episodes: no period of care begins after 1 April or ends before 31 March.
    const continuous = files.header
      .map((h) => h.CHILD)
      .filter((child) => {
        const eps = files.episodes.filter((e) => e.CHILD === child);
        // A care leaver in the return for OC3 only has no episodes in the year: not looked after.
        return eps.length > 0 && !eps.some((e) => (e.RNE === 'S' && iso(e.DECOM) > start) || (e.DEC !== '' && e.REC !== 'X1' && iso(e.DEC) < end));
      });
    expect(continuous.length).toBeGreaterThan(2);
    expect(files.oc2.map((o) => o.CHILD)).toEqual(continuous);
    const flags = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const;
    for (const o of files.oc2) {
      const birthday = (n: number) => iso(plusYears(o.DOB, n));
      for (const f of flags) expect([o.CHILD, f, o[f]]).toEqual([o.CHILD, f, expect.stringMatching(/^[01]$/)]); // 191, 181
      const sdqAsked = birthday(4) <= end && birthday(17) >= start; // 186, 197B, 188, 189
      expect([o.CHILD, 'SDQ', o.SDQ_SCORE !== '' || o.SDQ_REASON !== '']).toEqual([o.CHILD, 'SDQ', sdqAsked]);
      expect([o.CHILD, 'SDQ one', o.SDQ_SCORE === '' || o.SDQ_REASON === '']).toEqual([o.CHILD, 'SDQ one', true]); // 197a
      expect([o.CHILD, 'CONVICTED', o.CONVICTED !== '']).toEqual([o.CHILD, 'CONVICTED', birthday(10) <= end]); // 542, 543
      expect([o.CHILD, 'HEALTH_CHECK', o.HEALTH_CHECK !== '']).toEqual([o.CHILD, 'HEALTH_CHECK', end < birthday(5)]); // 545, 546
      const misuse = o.SUBSTANCE_MISUSE === '1';
      expect([o.CHILD, 'intervention', o.INTERVENTION_RECEIVED !== '']).toEqual([o.CHILD, 'intervention', misuse]); // 192, 193
      expect([o.CHILD, 'offered', o.INTERVENTION_OFFERED !== '']).toEqual([o.CHILD, 'offered', o.INTERVENTION_RECEIVED === '0']); // 158, 159
    }
  });

  it.each([2025, 2026])('%i: SEX is M, F or U, in the header and uasc.csv (101)', (year) => {
    const { files } = returns.get(year)!;
    expect(new Set(files.header.map((h) => h.SEX))).toEqual(new Set(['M', 'F']));
    expect(files.uasc.length).toBeGreaterThan(0);
    for (const u of files.uasc) expect(u.SEX).toMatch(/^[MFU]$/);
  });

  it.each([2025, 2026])('%i: MOTHER is 0 or 1 for every girl and blank for boys (393, 165)', (year) => {
    const { files } = returns.get(year)!;
    // Children looked after in the year (a care leaver in the return for OC3 only has MOTHER blank: rules 628, 1012).
    const lookedAfter = new Set(files.episodes.map((e) => e.CHILD));
    for (const h of files.header.filter((x) => lookedAfter.has(x.CHILD))) expect([h.CHILD, h.SEX, h.MOTHER]).toEqual([h.CHILD, h.SEX, h.SEX === 'F' ? expect.stringMatching(/^[01]$/) : '']);
  });

  it.each([2025, 2026])('%i: every child has a UPN or a UN code, and UN1 only before school age (442, 168, 209)', (year) => {
    const { files } = returns.get(year)!;
    // School age for UN1: four by 31 August two years before the year ends.
    const cutOff = `${year - 2}-08-31`;
    const fourth = (dob: string) => `${Number(dob.slice(6)) + 4}-${dob.slice(3, 5)}-${dob.slice(0, 2)}`;
    for (const h of files.header) {
      expect([h.CHILD, /^([A-HJ-NP-RT-Z]\d{11}[0-9A-Z]|UN[1-5])$/.test(h.UPN)]).toEqual([h.CHILD, true]);
      if (h.UPN === 'UN1') expect([h.CHILD, fourth(h.DOB) > cutOff]).toEqual([h.CHILD, true]);
    }
    expect(files.header.some((h) => h.UPN === 'UN1')).toBe(true);
  });

  it('keeps each child’s UPN from one year to the next, or makes it known (208)', () => {
    const before = new Map(returns.get(2025)!.files.header.map((h) => [h.CHILD, h.UPN]));
    const both = returns.get(2026)!.files.header.filter((h) => before.has(h.CHILD));
    expect(both.length).toBeGreaterThan(20);
    for (const h of both) {
      const last = before.get(h.CHILD)!;
      expect([h.CHILD, last === h.UPN || (last === 'UN1' && !h.UPN.startsWith('UN'))]).toEqual([h.CHILD, true]);
    }
  });

  it.each([
    [2025, PLACE_2024_25],
    [2026, PLACE_2025_26],
  ])('%i: placement codes are valid for the year, no P2 after 28/10/2023, K3 only from 16 (146, 217t, 371)', (year, valid) => {
    const { files } = returns.get(year)!;
    const dob = new Map(files.header.map((h) => [h.CHILD, h.DOB]));
    for (const e of files.episodes) {
      expect([e.CHILD, e.DECOM, valid.includes(e.PLACE)]).toEqual([e.CHILD, e.DECOM, true]);
      if (e.PLACE === 'P2') expect(e.DEC && iso(e.DEC) <= '2023-10-28').toBeTruthy();
      if (e.PLACE === 'K3') expect([e.CHILD, iso(e.DECOM) >= iso(plusYears(dob.get(e.CHILD)!, 16))]).toEqual([e.CHILD, true]);
    }
    // Supported accommodation is in the demo: 2025/26 has K3 episodes.
    if (year === 2026) expect(files.episodes.some((e) => e.PLACE === 'K3')).toBe(true);
  });

  it.each([2025, 2026])('%i: every placement but with parents has an Ofsted URN (218)', (year) => {
    const { files } = returns.get(year)!;
    for (const e of files.episodes) expect([e.CHILD, e.PLACE, e.PLACE === 'P1' ? e.URN === '' : /^(SC\d{6}|\d{6,7}|XXXXXXX)$/.test(e.URN)]).toEqual([e.CHILD, e.PLACE, true]);
  });

  it.each([2025, 2026])('%i: a child with a placement order (E1) has the decision that they should be placed for adoption (553)', (year) => {
    const { files } = returns.get(year)!;
    const decided = new Set(files.placed_for_adoption.map((p) => p.CHILD));
    for (const e of files.episodes.filter((x) => x.LS === 'E1')) expect([e.CHILD, decided.has(e.CHILD)]).toEqual([e.CHILD, true]);
  });

  it.each([2025, 2026])('%i: each child adopted in the year, and only they, has an AD1 row with every item, from the decision and the match in family finding (601, 602, 333, 331, 335, 582, 523)', (year) => {
    const { files } = returns.get(year)!;
    const adoptions = files.episodes.filter((e) => (e.REC === 'E11' || e.REC === 'E12') && e.DEC !== '');
    expect(adoptions.length).toBe(1);
    expect(files.ad1.map((a) => a.CHILD)).toEqual(adoptions.map((e) => e.CHILD));
    for (const a of files.ad1) {
      const adopted = adoptions.find((e) => e.CHILD === a.CHILD)!;
      for (const item of ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']) expect([a.CHILD, item, a[item] !== '']).toEqual([a.CHILD, item, true]);
      // The decision to place for adoption is the same decision placed_for_adoption returns, made before the match; matched before the placement and not on the day of adoption.
      expect(files.placed_for_adoption.find((p) => p.CHILD === a.CHILD)?.DATE_PLACED).toBe(a.DATE_INT);
      expect(iso(a.DATE_INT) <= iso(a.DATE_MATCH)).toBe(true);
      expect(iso(a.DATE_MATCH) <= iso(adopted.DECOM)).toBe(true);
      expect(a.DATE_MATCH).not.toBe(adopted.DEC);
      // Adopted by their foster carers (A3, A5, new episode T or U) or not (A4, A6).
      expect([adopted.PLACE, a.FOSTER_CARE]).toEqual(['A3', 'A5'].includes(adopted.PLACE) ? [adopted.PLACE, '1'] : [adopted.PLACE, '0']);
      if (a.FOSTER_CARE === '1') expect(['S', 'T', 'U']).toContain(adopted.RNE);
      expect(a.NB_ADOPTR).toBe(a.SEX_ADOPTR.endsWith('1') ? '1' : '2');
    }
    // Adopted children's decision has not ceased (558).
    for (const p of files.placed_for_adoption.filter((x) => files.ad1.some((a) => a.CHILD === x.CHILD))) expect(p.DATE_PLACED_CEASED).toBe('');
  });

  it.each([2025, 2026])('%i: a UASC child ends UASC on their 18th birthday and has no home postcode (205B, 406)', (year) => {
    const { files } = returns.get(year)!;
    for (const u of files.uasc) {
      expect(u.DUC).toBe(plusYears(u.DOB, 18));
      for (const e of files.episodes.filter((x) => x.CHILD === u.CHILD)) expect(e.HOME_POST).toBe('');
    }
  });

  it.each([2025, 2026])('%i: postcodes are full postcodes, and no child is placed at their home postcode unless with parents (392c, 392d)', (year) => {
    const { files } = returns.get(year)!;
    const postcode = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;
    for (const e of files.episodes) {
      expect([e.CHILD, postcode.test(e.PL_POST)]).toEqual([e.CHILD, true]);
      if (e.HOME_POST) expect([e.CHILD, postcode.test(e.HOME_POST)]).toEqual([e.CHILD, true]);
      if (e.PLACE !== 'P1' && e.HOME_POST) expect([e.CHILD, e.HOME_POST === e.PL_POST]).toEqual([e.CHILD, false]);
    }
  });
});

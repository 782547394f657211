import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe('tracker and exports', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const signedIn = async (key: keyof World['users']): Promise<ApiClient> => {
    const client = api.client();
    await client.signIn(world.users[key].username, PASSWORD);
    return client;
  };
  const download = (client: ApiClient | null, path: string) => fetch(`${api.baseUrl}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    const q = (sql: string, p: unknown[]) => db.dataSource.query(sql, p);
    // a1: £350 a week from 1 November 2026, £700 from Wednesday 11 November (a mid-week move). The clock says 24 November.
    await q(`UPDATE children SET preferred_name = '=HYPERLINK("http://evil")', local_id = 'A1CASE', date_of_birth = '2014-03-02' WHERE id = $1`, [world.children.a1.id]);
    await q(`UPDATE children SET local_id = 'A2CASE' WHERE id = $1`, [world.children.a2.id]);
    await q(`INSERT INTO placements (child_id, type, carer_name, start_date, end_date, weekly_cost) VALUES ($1, 'FOSTER_CARE', 'The Smiths', '2026-11-01', '2026-11-11', 350), ($1, 'RESIDENTIAL', 'Oakfield House', '2026-11-11', NULL, 700)`, [world.children.a1.id]);
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('gives the tracker with costs worked out by the day and group totals', async () => {
    const hos = await signedIn('hosA');
    const data = await hos.ok<{ tracker: { rows: { childId: string; weeklyCost: number; costToDate: number; projectedCostTo18: number; placementType: string }[]; groups: { label: string; children: number }[] } }>(
      `query { tracker(groupBy: TEAM, sort: { field: WEEKLY_COST, descending: true }) { rows { childId weeklyCost costToDate projectedCostTo18 placementType } groups { label children } } }`,
    );
    const a1 = data.tracker.rows[0];
    // 10 days at 350/7 = 500; 13 days at 700/7 = 1,300. Eighteen on 2 March 2032: 1,925 days = 275 weeks × 700 = 192,500.
    expect(a1).toEqual({ childId: world.children.a1.id, weeklyCost: 700, costToDate: 1800, projectedCostTo18: 194300, placementType: 'RESIDENTIAL' });
    expect(data.tracker.groups).toEqual([{ label: 'Team A1', children: 2 }, { label: 'Team A2', children: 1 }]);
  });

  it("gives a social worker's CSV only their caseload, with formulas neutralised, and audits it", async () => {
    const sw = await signedIn('swA1');
    const res = await download(sw, '/exports/tracker.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await res.text();
    expect(csv).toContain('A1CASE');
    expect(csv).not.toContain('A2CASE');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"") Ahmed"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const [row] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE child_id = $1 AND parts @> ARRAY['trackerExport']`, [world.children.a1.id]);
    expect(row.n).toBeGreaterThan(0);
  });

  it('exports XLSX, refuses anonymous and the wrong roles', async () => {
    const tm = await signedIn('tmA1');
    const xlsx = await download(tm, '/exports/tracker.xlsx');
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await download(null, '/exports/tracker.csv')).status).toBe(401);
    expect((await download(await signedIn('adminA'), '/exports/tracker.csv')).status).toBe(403);
    expect((await download(tm, '/exports/ssda903/2026/header.csv')).status).toBe(403);
  });

  it('gives reports for a valid period only, and a team manager only their team', async () => {
    const tm = await signedIn('tmA1');
    const bad = await tm.gql(`query { annualIndicators(period: { from: "2026-04-01", to: "2025-04-01" }) { code } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const other = await tm.gql(`query($t: ID) { quarterlyReport(period: { from: "2026-07-01", to: "2026-09-30" }, teamId: $t) { lookedAfter } }`, { t: world.teamA2.id });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const csv = await (await download(tm, '/exports/quarterly-report.csv?from=2026-07-01&to=2026-09-30')).text();
    expect(csv).toContain('Looked after at the end of the period,2');
    expect((await download(tm, '/exports/annual-indicators.csv?from=2026-01-01&to=2025-01-01')).status).toBe(400);
  });

  it('offers the SSDA903 files and validation to a head of service', async () => {
    const hos = await signedIn('hosA');
    const header = await (await download(hos, '/exports/ssda903/2027/header.csv')).text();
    expect(header.split('\r\n')[0]).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB');
    expect(header).toContain('A1CASE');
    const data = await hos.ok<{ ssda903Validation: { failures: { localId: string; issues: { code: string }[] }[] } }>(`query { ssda903Validation(year: 2027) { failures { localId issues { code } } } }`);
    // The world's children have no legal status, ethnicity or category of need: the rules say so.
    const a1 = data.ssda903Validation.failures.find((f) => f.localId === 'A1CASE');
    expect(a1?.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['103', '145', '144']));
    const child = await hos.ok<{ child: { ssda903Issues: { code: string }[] } }>(`query($id: ID!) { child(id: $id) { ssda903Issues { code } } }`, { id: world.children.a1.id });
    expect(child.child.ssda903Issues.map((i) => i.code)).toContain('144');
  });
  it('gives a head of service Ofsted’s Annex A List 8 of the children in care they reach, each read audited; a social worker cannot download it', async () => {
    const hos = await signedIn('hosA');
    const response = await download(hos, '/exports/annex-a-list-8.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('annex-a-list-8-children-in-care-2026-11-24.csv');
    const [header, ...lines] = (await response.text()).trim().split('\r\n');
    expect(header.split(',').slice(0, 5)).toEqual(['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)']);
    const a1 = lines.find((l) => l.startsWith('A1CASE,'))?.split(',') ?? [];
    const column = (name: string) => a1[header.split(',').indexOf(name)];
    // Born 2 March 2014: 12 on the reference date; in Oakfield House (a children's home) since 11 November, after the Smiths.
    expect(column('Date of Birth')).toBe('02/03/2014');
    expect(column('Age of Child (Years)')).toBe('12');
    expect(column('Start Date of Most Recent Placement')).toBe('11/11/2026');
    expect(column('Placement Type')).toBe('K2');
    expect(column('Number of Placements in the Last 12 months')).toBe('2');
    expect(column('Allocated Team')).toBe('Team A1');
    // Council B's child is not on council A's list.
    expect(lines.some((l) => l.includes(world.children.b1.localId))).toBe(false);
    const audited = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE child_id = $1 AND 'annexAList8' = ANY(parts)`, [world.children.a1.id]);
    expect(audited[0].n).toBe(1);

    expect((await download(hos, '/exports/annex-a-list-8.csv?teamId=x')).status).toBe(400);
    expect((await download(await signedIn('swA1'), '/exports/annex-a-list-8.csv')).status).toBe(403);
    expect((await download(null, '/exports/annex-a-list-8.csv')).status).toBe(401);
  });
});

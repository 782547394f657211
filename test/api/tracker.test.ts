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

  it('gives each child’s court stage (week of 26) and family-finding status from the court and family-finding rules, on screen and in the export', async () => {
    // a2: proceedings issued 1 September 2026, case management hearing held 15 September; today 24 November is day 85, week 13 of 26.
    const swA2 = await signedIn('swA2');
    const started = await swA2.ok<{ startCourtProceedings: { id: string } }>(`mutation($input: StartCourtProceedingsInput!) { startCourtProceedings(input: $input) { id } }`, {
      input: { childId: world.children.a2.id, issuedOn: '2026-09-01' },
    });
    await swA2.ok(`mutation($input: AddCourtHearingInput!) { addCourtHearing(input: $input) { id } }`, {
      input: { proceedingsId: started.startCourtProceedings.id, kind: 'CASE_MANAGEMENT', hearingOn: '2026-09-15' },
    });
    // a1: with the regional adoption agency since 1 August, searching since 10 August: the 12-week review (24 October) has passed.
    const swA1 = await signedIn('swA1');
    const referral = await swA1.ok<{ referForFamilyFinding: { id: string } }>(`mutation($input: ReferForFamilyFindingInput!) { referForFamilyFinding(input: $input) { id } }`, {
      input: { childId: world.children.a1.id, team: 'REGIONAL_ADOPTION_AGENCY', referredOn: '2026-08-01' },
    });
    await swA1.ok(`mutation($input: UpdateFamilyFindingReferralInput!) { updateFamilyFindingReferral(input: $input) { id } }`, {
      input: { id: referral.referForFamilyFinding.id, expectedVersion: 1, status: 'SEARCHING', statusOn: '2026-08-10' },
    });

    const hos = await signedIn('hosA');
    type Row = { childId: string; courtStage: string | null; courtWeek: number | null; courtWeeksAllowed: number | null; familyFindingTeam: string | null; familyFindingStatus: string | null; familyFindingOverdue: boolean };
    const data = await hos.ok<{ tracker: { rows: Row[] } }>(
      `query { tracker(sort: { field: NAME }) { rows { childId courtStage courtWeek courtWeeksAllowed familyFindingTeam familyFindingStatus familyFindingOverdue } } }`,
    );
    const byChild = new Map(data.tracker.rows.map((r) => [r.childId, r]));
    expect(byChild.get(world.children.a2.id)).toEqual({
      childId: world.children.a2.id, courtStage: 'CASE_MANAGEMENT', courtWeek: 13, courtWeeksAllowed: 26, familyFindingTeam: null, familyFindingStatus: null, familyFindingOverdue: false,
    });
    expect(byChild.get(world.children.a1.id)).toEqual({
      childId: world.children.a1.id, courtStage: null, courtWeek: null, courtWeeksAllowed: null, familyFindingTeam: 'REGIONAL_ADOPTION_AGENCY', familyFindingStatus: 'SEARCHING', familyFindingOverdue: true,
    });

    const csv = await (await download(hos, '/exports/tracker.csv')).text();
    const [header, ...lines] = csv.split('\r\n');
    expect(header).toContain('Court stage (PLO week of 26),Family finding');
    expect(lines.find((l) => l.includes('A2CASE'))).toContain('Case management hearing held, week 13 of 26');
    expect(lines.find((l) => l.includes('A1CASE'))).toContain('Regional adoption agency: searching for a family (overdue)');
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

import ExcelJS from 'exceljs';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

/**
 * The tracker of a council with thousands of children looked after: read a page
 * at a time, exported whole with every filter of the screen, and counted over
 * time. The clock says 24 November 2026.
 */
const GENERATED = 2500;

interface Row {
  childId: string;
  localId: string;
  placementType: string | null;
  inArea: boolean | null;
}
interface Page {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  rows: Row[];
}

describe('the tracker of a large council', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let fixtureTeamId: string;
  const signedIn = async (key: keyof World['users']): Promise<ApiClient> => {
    const client = api.client();
    await client.signIn(world.users[key].username, PASSWORD);
    return client;
  };
  const download = (client: ApiClient, path: string) => fetch(`${api.baseUrl}${path}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  const csvRows = (csv: string) => csv.trim().split('\r\n').slice(1);
  const TRACKER = `query($filter: TrackerFilter, $first: Int, $after: String, $sort: TrackerSort) {
    tracker(filter: $filter, first: $first, after: $after, sort: $sort) { totalCount hasNextPage endCursor rows { childId localId placementType inArea } }
  }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    const q = (sql: string, p: unknown[]) => db.dataSource.query(sql, p);
    // 2,500 more children in team A2, in care since various days of 2024 and 2025; one placement each.
    await q(
      `INSERT INTO children (council_id, team_id, social_worker_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after)
       SELECT $1, $2, $3, 'GEN' || lpad(i::text, 5, '0'), 'Generated', 'Child ' || i, DATE '2012-01-01' + (i % 1500), 'FEMALE', DATE '2024-01-01' + (i % 700)
         FROM generate_series(1, $4::int) AS i`,
      [world.councilA.id, world.teamA2.id, world.users.swA2.id, GENERATED],
    );
    await q(
      `INSERT INTO placements (child_id, type, carer_name, start_date, in_area, weekly_cost)
       SELECT c.id, (ARRAY['FOSTER_CARE', 'RESIDENTIAL', 'CONNECTED_PERSON'])[1 + substring(c.local_id, 4)::int % 3], 'Carers', c.date_looked_after, substring(c.local_id, 4)::int % 2 = 0, 400
         FROM children c WHERE c.local_id LIKE 'GEN%'`,
      [],
    );
    // Every fifth generated child has an approved adoption plan.
    await q(
      `INSERT INTO plans (child_id, plan_number, status, primary_option, created_by_id, approved_at)
       SELECT c.id, 1, 'APPROVED', 'ADOPTION', $1, '2026-06-01' FROM children c WHERE c.local_id LIKE 'GEN%' AND substring(c.local_id, 4)::int % 5 = 0`,
      [world.users.swA2.id],
    );
    // A team of four children whose counts over time are worked out by hand below.
    const [team] = await q(`INSERT INTO teams (council_id, name) VALUES ($1, 'Team Fixture') RETURNING id`, [world.councilA.id]);
    fixtureTeamId = team.id;
    const child = (localId: string, from: string, ceased: string | null, council = world.councilA.id, teamId = fixtureTeamId) =>
      q(
        `INSERT INTO children (council_id, team_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after, date_ceased_looked_after)
         VALUES ($1, $2, $3, 'Fixture', $3, '2015-01-01', 'MALE', $4, $5)`,
        [council, teamId, localId, from, ceased],
      );
    await child('F1', '2025-12-10', null);
    await child('F2', '2026-01-31', '2026-03-01');
    await child('F3', '2025-11-01', '2026-01-31');
    await child('F4', '2026-02-15', '2026-02-28');
    // Another council's child with the same dates as F1: never counted for council A.
    await child('OTHER', '2025-12-10', null, world.councilB.id, world.teamB.id);
    api = await startTestApi(db.dataSource);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const everyPage = async (client: ApiClient, variables: Record<string, unknown>): Promise<{ pages: Page[]; rows: Row[] }> => {
    const pages: Page[] = [];
    let after: string | null = null;
    do {
      const data: { tracker: Page } = await client.ok<{ tracker: Page }>(TRACKER, { ...variables, after });
      pages.push(data.tracker);
      after = data.tracker.hasNextPage ? data.tracker.endCursor : null;
    } while (after);
    return { pages, rows: pages.flatMap((p) => p.rows) };
  };

  it('pages through every child a head of service reaches, each once, and the CSV holds them all', async () => {
    const hos = await signedIn('hosA');
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM children WHERE council_id = $1 AND date_looked_after <= '2026-11-24' AND (date_ceased_looked_after IS NULL OR date_ceased_looked_after > '2026-11-24')`,
      [world.councilA.id],
    );
    expect(n).toBeGreaterThan(GENERATED);
    const { pages, rows } = await everyPage(hos, { first: 500, sort: { field: 'WEEKLY_COST', descending: true } });
    expect(pages.length).toBe(Math.ceil(n / 500));
    expect(pages.every((p) => p.totalCount === n)).toBe(true);
    expect(rows.length).toBe(n);
    expect(new Set(rows.map((r) => r.childId)).size).toBe(n);

    const csv = await (await download(hos, '/exports/tracker.csv?sort=WEEKLY_COST&descending=true')).text();
    expect(csvRows(csv).length).toBe(n);
    expect(csvRows(csv).map((line) => line.split(',')[0])).toEqual(rows.map((r) => r.localId));
  }, 120_000);

  it('refuses a cursor from another sort order, or one it never gave', async () => {
    const hos = await signedIn('hosA');
    const first = await hos.ok<{ tracker: Page }>(TRACKER, { first: 10 });
    const other = await hos.gql(TRACKER, { first: 10, after: first.tracker.endCursor, sort: { field: 'WEEKLY_COST', descending: false } });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const forged = await hos.gql(TRACKER, { first: 10, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('exports CSV and XLSX with every filter the screen offers, exactly the children the screen lists', async () => {
    const hos = await signedIn('hosA');
    const filter = { teamId: world.teamA2.id, placementType: 'RESIDENTIAL', inArea: false, withAlerts: true, planStatus: null, planOption: null };
    const { rows } = await everyPage(hos, { filter, first: 500 });
    // Hand count: generated child i is RESIDENTIAL when i % 3 = 1 and out of area when i is odd: i % 6 = 1, so 417 of 1..2,500.
    // None has a plan or a review after months in care, so every one has alerts.
    expect(rows.length).toBe(417);
    expect(rows.every((r) => r.placementType === 'RESIDENTIAL' && r.inArea === false)).toBe(true);

    const query = `teamId=${world.teamA2.id}&placementType=RESIDENTIAL&inArea=false&withAlerts=true`;
    const csv = await (await download(hos, `/exports/tracker.csv?${query}`)).text();
    const lines = csvRows(csv);
    expect(lines.map((l) => l.split(',')[0]).sort()).toEqual(rows.map((r) => r.localId).sort());
    expect(lines.every((l) => l.includes(",Residential children's home,No,"))).toBe(true);

    const xlsx = await download(hos, `/exports/tracker.xlsx?${query}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = book.getWorksheet('Tracker')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const caseNumbers: string[] = [];
    sheet.eachRow((row, index) => {
      const cell = String(row.getCell(1).value ?? '');
      if (index > 1 && cell.startsWith('GEN')) caseNumbers.push(cell);
    });
    expect(caseNumbers.sort()).toEqual(rows.map((r) => r.localId).sort());
    // Without alerts: none of them, in both formats.
    expect(csvRows(await (await download(hos, '/exports/tracker.csv?placementType=RESIDENTIAL&inArea=false&withAlerts=false&teamId=' + world.teamA2.id)).text())).toEqual([]);
    const placementColumn = header.indexOf('Placement type') + 1;
    sheet.eachRow((row, index) => {
      if (index > 1 && String(row.getCell(1).value ?? '').startsWith('GEN')) expect(row.getCell(placementColumn).value).toBe("Residential children's home");
    });
  }, 120_000);

  it('exports by plan status and option as the screen filters them', async () => {
    const hos = await signedIn('hosA');
    const { rows } = await everyPage(hos, { filter: { planStatus: 'APPROVED', planOption: 'ADOPTION' }, first: 500 });
    // Every fifth of 2,500: 500, over two pages.
    expect(rows.length).toBe(500);
    const csv = csvRows(await (await download(hos, '/exports/tracker.csv?planStatus=APPROVED&planOption=ADOPTION')).text());
    expect(csv.map((l) => l.split(',')[0]).sort()).toEqual(rows.map((r) => r.localId).sort());
    expect(csvRows(await (await download(hos, '/exports/tracker.csv?planStatus=APPROVED&planOption=REUNIFICATION')).text())).toEqual([]);
  }, 60_000);

  it("exports only a social worker's caseload whatever team they ask for, and refuses filters the screen never sends", async () => {
    const sw = await signedIn('swA1');
    const csv = await (await download(sw, `/exports/tracker.csv?teamId=${world.teamA2.id}`)).text();
    expect(csvRows(csv)).toEqual([]);
    const own = csvRows(await (await download(sw, '/exports/tracker.csv')).text());
    expect(own.length).toBe(1);
    expect((await download(sw, '/exports/tracker.csv?placementType=CASTLE')).status).toBe(400);
    expect((await download(sw, '/exports/tracker.csv?inArea=maybe')).status).toBe(400);
    expect((await download(sw, '/exports/tracker.xlsx?sort=SHOE_SIZE')).status).toBe(400);
  });

  it('counts children looked after at each month and quarter end, as worked out by hand', async () => {
    const hos = await signedIn('hosA');
    const OVER_TIME = `query($period: ReportPeriodInput!, $interval: OverTimeInterval!, $teamId: ID) {
      lookedAfterOverTime(period: $period, interval: $interval, teamId: $teamId) { periodStart periodEnd lookedAfter started ceased }
    }`;
    const months = await hos.ok<{ lookedAfterOverTime: unknown[] }>(OVER_TIME, { period: { from: '2026-01-01', to: '2026-03-15' }, interval: 'MONTH', teamId: fixtureTeamId });
    // 31 Jan: F1, F2 (started that day); F3 ceased that day. 28 Feb: F1, F2; F4 started and ceased in February. 15 Mar: F1; F2 ceased 1 March.
    expect(months.lookedAfterOverTime).toEqual([
      { periodStart: '2026-01-01', periodEnd: '2026-01-31', lookedAfter: 2, started: 1, ceased: 1 },
      { periodStart: '2026-02-01', periodEnd: '2026-02-28', lookedAfter: 2, started: 1, ceased: 1 },
      { periodStart: '2026-03-01', periodEnd: '2026-03-15', lookedAfter: 1, started: 0, ceased: 1 },
    ]);
    const quarters = await hos.ok<{ lookedAfterOverTime: unknown[] }>(OVER_TIME, { period: { from: '2025-10-01', to: '2026-03-31' }, interval: 'QUARTER', teamId: fixtureTeamId });
    expect(quarters.lookedAfterOverTime).toEqual([
      { periodStart: '2025-10-01', periodEnd: '2025-12-31', lookedAfter: 2, started: 2, ceased: 0 },
      { periodStart: '2026-01-01', periodEnd: '2026-03-31', lookedAfter: 1, started: 2, ceased: 3 },
    ]);

    // Reach decides what is counted: the fixture children have no worker, so a team manager of another team and another council's head count none.
    for (const key of ['tmA1', 'hosB'] as const) {
      const other = await (await signedIn(key)).ok<{ lookedAfterOverTime: { lookedAfter: number }[] }>(OVER_TIME, { period: { from: '2026-01-01', to: '2026-03-15' }, interval: 'MONTH', teamId: fixtureTeamId });
      expect(other.lookedAfterOverTime.map((p) => p.lookedAfter)).toEqual([0, 0, 0]);
    }
    // The whole council: the 2,500 generated children and the world's three come in too.
    const council = await hos.ok<{ lookedAfterOverTime: { lookedAfter: number }[] }>(OVER_TIME, { period: { from: '2026-10-01', to: '2026-10-31' }, interval: 'MONTH' });
    expect(council.lookedAfterOverTime.map((p) => p.lookedAfter)).toEqual([GENERATED + 3 + 1]);

    const bad = await hos.gql(OVER_TIME, { period: { from: '2026-03-01', to: '2026-01-01' }, interval: 'MONTH' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

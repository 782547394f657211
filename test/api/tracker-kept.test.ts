import type { Actor } from '../../packages/server/src/common/actor';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

/**
 * The tracker keeps each child's line beside its facts and, per set of lines, the sorted order,
 * totals, groups and charts (tracker-view.ts). Whatever it keeps, every answer must be the one a
 * process that kept nothing gives: each read here is compared with a second API process started
 * afresh on the same database and clock, after a child changes, for another council or a smaller
 * reach, after a policy change and on a new day. The clock says 24 November 2026.
 */
const TRACKER = `query($filter: TrackerFilter, $sort: TrackerSort, $groupBy: TrackerGroupBy, $first: Int, $after: String) {
  tracker(filter: $filter, sort: $sort, groupBy: $groupBy, first: $first, after: $after) {
    totalCount hasNextPage endCursor
    rows {
      childId name localId teamId teamName planOption planStatus placementType inArea daysInCare permanenceDueOn permanenceAchievedOn daysToPermanence
      weeklyCost costToDate projectedCostTo18 outcomesTotal outcomesCompleted outcomesOverdue movesInLast12Months alertCodes
      courtStage courtWeek courtWeeksAllowed familyFindingTeam familyFindingStatus familyFindingOverdue
    }
    totals { key label children weeklyCost costToDate projectedCostTo18 alerts }
    groups { key label children weeklyCost costToDate projectedCostTo18 alerts }
    charts { byPlacementType { key label children } timeToPermanence { key achieved waiting } stability { key children } }
    teams { id name }
  }
}`;

interface Line {
  childId: string;
  name: string;
  localId: string;
  teamName: string;
  weeklyCost: number;
  daysInCare: number | null;
  permanenceDueOn: string | null;
  alertCodes: string[];
}
interface Tracker {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  rows: Line[];
  totals: { children: number; weeklyCost: number; alerts: number };
  groups: { label: string; children: number }[];
}

const GENERATED_A = 40;
const GENERATED_B = 6;

describe('the tracker kept between reads', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const PAGE = { sort: { field: 'NAME' }, groupBy: 'TEAM', first: 15 };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    const q = (sql: string, p: unknown[]) => db.dataSource.query(sql, p);
    // Council A: 40 more children in team A2, in care from 1 September 2026 every other day (so first reviews fall due
    // around today), names that sort differently by case and accent; council B: 6 with the same names.
    const generate = (council: string, team: string, worker: string, prefix: string, n: number) =>
      q(
        `INSERT INTO children (council_id, team_id, social_worker_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after)
         SELECT $1, $2, $3, $4 || lpad(i::text, 3, '0'), (ARRAY['Zoë', 'zoe', 'Émile', 'Emile', 'Ada'])[1 + i % 5], 'Kept ' || (i % 7),
                DATE '2012-01-01' + i * 40, 'FEMALE', DATE '2026-09-01' + i * 2
           FROM generate_series(1, $5::int) AS i`,
        [council, team, worker, prefix, n],
      );
    await generate(world.councilA.id, world.teamA2.id, world.users.swA2.id, 'KA', GENERATED_A);
    await generate(world.councilB.id, world.teamB.id, world.users.swB.id, 'KB', GENERATED_B);
    await q(
      `INSERT INTO placements (child_id, type, carer_name, start_date, in_area, weekly_cost)
       SELECT c.id, (ARRAY['FOSTER_CARE', 'RESIDENTIAL', 'CONNECTED_PERSON'])[1 + substring(c.local_id, 3)::int % 3], 'Carers', c.date_looked_after,
              substring(c.local_id, 3)::int % 2 = 0, 300 + substring(c.local_id, 3)::int * 10
         FROM children c WHERE c.local_id LIKE 'K%'`,
      [],
    );
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const read = (client: ApiClient, variables: Record<string, unknown> = PAGE) => client.ok<{ tracker: Tracker }>(TRACKER, variables).then((d) => d.tracker);
  /** The same read from a second API process on the same database and clock, which has kept nothing. */
  const freshRead = async (username: string, variables: Record<string, unknown> = PAGE): Promise<Tracker> => {
    const other = await startTestApi(db.dataSource, { clock: api.clock });
    try {
      return await read(await other.signedIn(username, PASSWORD), variables);
    } finally {
      await other.close();
    }
  };
  /** Every page, one after another. */
  const everyPage = async (client: ApiClient, variables: Record<string, unknown> = PAGE): Promise<Tracker[]> => {
    const pages: Tracker[] = [];
    let after: string | null = null;
    do {
      const page: Tracker = await read(client, { ...variables, after });
      pages.push(page);
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    return pages;
  };
  const hosActor = (): Actor => ({
    userId: world.users.hosA.id, sessionId: 'test', role: 'HEAD_OF_SERVICE', councilId: world.councilA.id, teamId: null, childId: null, firstName: 'Hos', lastName: 'Tester',
  });

  it('answers a second read from what it kept, the same as a process that kept nothing, page after page', async () => {
    const hos = await api.signedIn('hos.a');
    const first = await read(hos);
    expect(first.totalCount).toBe(GENERATED_A + 3);
    expect(await read(hos)).toEqual(first);
    expect(first).toEqual(await freshRead('hos.a'));
    const pages = await everyPage(hos);
    expect(pages.length).toBe(Math.ceil((GENERATED_A + 3) / 15));
    expect(new Set(pages.flatMap((p) => p.rows.map((r) => r.childId))).size).toBe(GENERATED_A + 3);
    expect(await read(hos, { ...PAGE, after: pages[0].endCursor })).toEqual(await freshRead('hos.a', { ...PAGE, after: pages[0].endCursor }));

    // What is kept: the service hands back the very same lines, totals and charts while nothing changed.
    const options = { sort: 'WEEKLY_COST' as const, descending: true, groupBy: 'PLACEMENT_TYPE' as const, first: 5 };
    const [a, b] = [await api.services.tracker.tracker(hosActor(), options, null), await api.services.tracker.tracker(hosActor(), options, null)];
    expect(b.lines[0]).toBe(a.lines[0]);
    expect([b.totals, b.charts]).toEqual([a.totals, a.charts]);
    expect(b.totals).toBe(a.totals);
    expect(b.charts).toBe(a.charts);
  });

  it("shows a child's change, a new name and a child coming into care on the next read", async () => {
    const hos = await api.signedIn('hos.a');
    const before = await read(hos, { ...PAGE, first: 100 });
    const [moved] = await db.dataSource.query(`SELECT id FROM children WHERE local_id = 'KA007'`);
    // A new placement at £2,000 a week (the facts version moves): the same children, one line changed.
    await db.dataSource.query(`UPDATE placements SET end_date = '2026-11-20' WHERE child_id = $1`, [moved.id]);
    await db.dataSource.query(`INSERT INTO placements (child_id, type, carer_name, start_date, in_area, weekly_cost) VALUES ($1, 'RESIDENTIAL', 'Oak House', '2026-11-20', false, 2000)`, [moved.id]);
    const placed = await read(hos, { ...PAGE, first: 100 });
    expect(placed.rows.find((r) => r.childId === moved.id)?.weeklyCost).toBe(2000);
    expect(placed.totals.weeklyCost).toBeGreaterThan(before.totals.weeklyCost);
    expect(placed).toEqual(await freshRead('hos.a', { ...PAGE, first: 100 }));
    // A new name (the facts do not hold it) and a new child in care.
    await db.dataSource.query(`UPDATE children SET legal_first_name = 'Aaron', legal_last_name = 'Aardvark' WHERE local_id = 'KA012'`);
    await db.dataSource.query(
      `INSERT INTO children (council_id, team_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after)
       VALUES ($1, $2, 'KANEW', 'Abby', 'New', '2015-01-01', 'FEMALE', '2026-11-23')`,
      [world.councilA.id, world.teamA2.id],
    );
    const after = await read(hos, { ...PAGE, first: 100 });
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.rows.slice(0, 2).map((r) => r.name)).toEqual(['Aaron Aardvark', 'Abby New']);
    expect(after).toEqual(await freshRead('hos.a', { ...PAGE, first: 100 }));
  });

  it("never gives another council's head of service, or a team manager with a smaller reach, the kept answer", async () => {
    const hosA = await api.signedIn('hos.a');
    const councilA = await read(hosA, { ...PAGE, first: 100 });
    const hosB = await api.signedIn('hos.b');
    const councilB = await read(hosB, { ...PAGE, first: 100 });
    expect(councilB.totalCount).toBe(GENERATED_B + 1);
    const [{ ids }] = await db.dataSource.query(`SELECT array_agg(id::text) AS ids FROM children WHERE council_id = $1`, [world.councilB.id]);
    expect(councilB.rows.every((r) => ids.includes(r.childId))).toBe(true);
    expect(councilB).toEqual(await freshRead('hos.b', { ...PAGE, first: 100 }));
    // Team A1's manager, same filter and order: their team's children only.
    const tm = await read(await api.signedIn('tm.a1'), { ...PAGE, first: 100 });
    expect(tm.rows.map((r) => r.teamName)).toEqual(tm.rows.map(() => 'Team A1'));
    expect(tm.totalCount).toBeLessThan(councilA.totalCount);
    expect(tm).toEqual(await freshRead('tm.a1', { ...PAGE, first: 100 }));
    // And the head of service still gets the whole council, unchanged.
    expect(await read(hosA, { ...PAGE, first: 100 })).toEqual(councilA);
  });

  it("works the figures out again after the council's policy changes, and on a new day", async () => {
    const hos = await api.signedIn('hos.a');
    const before = await read(hos, { ...PAGE, first: 100 });
    // Every weekday from 2 to 30 November a non-working day: deadlines counted in working days move.
    const admin = await api.signedIn('admin.a');
    for (let day = 2; day <= 30; day++) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      if ([0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) continue;
      await admin.ok(`mutation($input: NonWorkingDayInput!) { addNonWorkingDay(input: $input) { date } }`, { input: { date, name: 'Closure' } });
    }
    const afterPolicy = await read(hos, { ...PAGE, first: 100 });
    expect(afterPolicy.rows.map((r) => [r.permanenceDueOn, r.alertCodes])).not.toEqual(before.rows.map((r) => [r.permanenceDueOn, r.alertCodes]));
    expect(afterPolicy).toEqual(await freshRead('hos.a', { ...PAGE, first: 100 }));

    // The next day: a day more in care for every child.
    api.clock.set(new Date('2026-11-25T10:00:00Z'));
    const nextDay = await read(await api.signedIn('hos.a'), { ...PAGE, first: 100 });
    const days = new Map(afterPolicy.rows.map((r) => [r.childId, r.daysInCare]));
    expect(nextDay.rows.filter((r) => r.daysInCare !== null).every((r) => r.daysInCare === days.get(r.childId)! + 1)).toBe(true);
    expect(nextDay).toEqual(await freshRead('hos.a', { ...PAGE, first: 100 }));
  });

  it("shows a team's new name, a new case number, a new name, a move to another team and a child leaving care (only the last moves a facts version)", async () => {
    const hos = await api.signedIn('hos.a');
    const page = { ...PAGE, first: 100 };
    const before = await read(hos, page);
    // An unchanged list is answered from the kept rows (PostgreSQL sends its digest only): the same answer.
    expect(await read(hos, page)).toEqual(before);
    const version = async (localId: string) => (await db.dataSource.query(`SELECT facts_version FROM children WHERE local_id = $1`, [localId]))[0].facts_version;
    const [ka003, ka004, ka005, ka006] = [await version('KA003'), await version('KA004'), await version('KA005'), await version('KA006')];

    await db.dataSource.query(`UPDATE teams SET name = 'Team A2 (north)' WHERE id = $1`, [world.teamA2.id]);
    const renamed = await read(hos, page);
    expect(renamed.rows.filter((r) => r.teamName === 'Team A2 (north)').length).toBe(before.rows.filter((r) => r.teamName === 'Team A2').length);
    expect(renamed).toEqual(await freshRead('hos.a', page));

    await db.dataSource.query(`UPDATE children SET local_id = 'KA003-B' WHERE local_id = 'KA003'`);
    const numbered = await read(hos, page);
    expect(numbered.rows.some((r) => r.localId === 'KA003-B')).toBe(true);
    expect(numbered).toEqual(await freshRead('hos.a', page));

    // A name alone (no brother or sister, so no facts version moves anywhere).
    await db.dataSource.query(`UPDATE children SET preferred_name = 'Quentin' WHERE local_id = 'KA006'`);
    const named = await read(hos, page);
    expect(named.rows.filter((r) => r.name.startsWith('Quentin '))).toHaveLength(1);
    expect(named).toEqual(await freshRead('hos.a', page));

    await db.dataSource.query(`UPDATE children SET team_id = $1 WHERE local_id = 'KA004'`, [world.teamA1.id]);
    const moved = await read(hos, page);
    expect(moved.groups.find((g) => g.label === 'Team A1')?.children).toBe((renamed.groups.find((g) => g.label === 'Team A1')?.children ?? 0) + 1);
    expect(moved).toEqual(await freshRead('hos.a', page));
    // None of these moved the children's facts versions: the list itself changed.
    expect([await version('KA003-B'), await version('KA004'), await version('KA006')]).toEqual([ka003, ka004, ka006]);

    // Leaving care yesterday moves the facts version; the child is no longer on the tracker.
    await db.dataSource.query(`UPDATE children SET date_ceased_looked_after = '2026-11-24' WHERE local_id = 'KA005'`);
    expect(await version('KA005')).not.toBe(ka005);
    const left = await read(hos, page);
    expect(left.totalCount).toBe(moved.totalCount - 1);
    expect(left).toEqual(await freshRead('hos.a', page));
  });
});

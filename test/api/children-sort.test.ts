import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, PASSWORD, type World } from '../support/world';

interface Row {
  id: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  age: number;
  dateOfBirth: string;
  currentPlan: { status: string } | null;
  nextReview: { dueDate: string | null; scheduledFor: string | null } | null;
  socialWorker: { displayName: string } | null;
}
interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Row }[] }

const ROW = `id legalFirstName legalLastName preferredName age dateOfBirth currentPlan { status } nextReview { dueDate scheduledFor } socialWorker { displayName }`;
const STATUS_ORDER = ['DRAFT', 'PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED', 'ACHIEVED', 'ENDED'];

/** What each sort means, read from the rows as a person sees them: null is "none", which comes last. */
const VALUE: Record<string, (r: Row) => string | number | null> = {
  NAME: (r) => `${r.legalLastName} ${r.preferredName ?? r.legalFirstName}`.toLowerCase(),
  AGE: (r) => r.age,
  PLAN_STATUS: (r) => (r.currentPlan ? STATUS_ORDER.indexOf(r.currentPlan.status) : null),
  NEXT_REVIEW: (r) => r.nextReview?.scheduledFor ?? r.nextReview?.dueDate ?? null,
  SOCIAL_WORKER: (r) => r.socialWorker?.displayName.toLowerCase() ?? null,
};

function expectSorted(rows: Row[], by: string, direction: 'ASCENDING' | 'DESCENDING'): void {
  const values = rows.map(VALUE[by]);
  const firstMissing = values.indexOf(null);
  if (firstMissing >= 0) expect(values.slice(firstMissing).every((v) => v === null)).toBe(true);
  const present = values.filter((v) => v !== null);
  const compare = (a: string | number, b: string | number) => (typeof a === 'number' ? a - (b as number) : a.localeCompare(b as string, 'en'));
  for (let i = 1; i < present.length; i++) {
    const c = compare(present[i - 1]!, present[i]!);
    expect(direction === 'ASCENDING' ? c <= 0 : c >= 0).toBe(true);
  }
}

describe('sorting the children list across pages', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let tm: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    const m = db.dataSource.manager;
    const { councilA, teamA1 } = world;
    const { swA1, swA1b } = world.users;
    // Team A1 has Amira and Adam Ahmed already; ten more, with ties (same surname, same birthday, same worker, no plan).
    const made = [];
    for (const [first, last, dob, worker] of [
      ['Zara', 'Young', '2012-01-05', swA1], ['Ben', 'Patel', '2015-06-30', swA1b], ['Cleo', 'Patel', '2015-06-30', swA1],
      ['Dev', 'Kaur', '2010-09-12', swA1b], ['Ella', 'Lewis', '2018-02-14', swA1], ['Finn', 'Morris', '2013-03-03', swA1],
      ['Gus', 'Nolan', '2016-12-25', swA1b], ['Hana', 'Owens', '2011-04-01', swA1], ['Ivo', 'Quinn', '2017-08-08', swA1],
      ['Jada', 'Reid', '2015-06-30', swA1b],
    ] as const) {
      made.push(await makeChild(m, councilA, teamA1, { legalFirstName: first, legalLastName: last, dateOfBirth: dob, socialWorkerId: worker.id }));
    }
    // Plans in different states for some, none for the rest.
    const statuses = ['ENDORSED', 'DRAFT', 'APPROVED', 'DRAFT', 'PROPOSED'];
    for (const [i, status] of statuses.entries()) {
      await db.dataSource.query(
        `INSERT INTO plans (child_id, plan_number, status, created_by_id) VALUES ($1, 1, $2, $3)`,
        [made[i].id, status, swA1.id],
      );
    }
    // Reviews not yet held: booked dates beat due dates; a held review does not count.
    const reviews: [number, string | null, string][] = [[1, null, '2026-12-20'], [3, '2026-12-01', '2027-01-10'], [5, null, '2026-12-20'], [7, null, '2027-02-02'], [8, null, '2026-11-30']];
    for (const [i, scheduled, due] of reviews) {
      await db.dataSource.query(`INSERT INTO meetings (child_id, type, due_date, scheduled_for) VALUES ($1, 'SECOND_REVIEW', $2, $3)`, [made[i].id, due, scheduled]);
    }
    await db.dataSource.query(`INSERT INTO meetings (child_id, type, due_date, held_on) VALUES ($1, 'FIRST_REVIEW', '2026-01-01', '2026-01-01')`, [made[0].id]);
    api = await startTestApi(db.dataSource);
    tm = api.client();
    await tm.signIn('tm.a1', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const page = async (sort: Record<string, string> | null, first: number, after?: string | null) =>
    (await tm.ok<{ children: Page }>(
      `query($sort: ChildSort, $first: Int, $after: String) { children(sort: $sort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } }`,
      { sort, first, after: after ?? null },
    )).children;

  async function everyPage(sort: Record<string, string> | null, first: number): Promise<Row[][]> {
    const pages: Row[][] = [];
    let after: string | null = null;
    do {
      const p: Page = await page(sort, first, after);
      pages.push(p.edges.map((e) => e.node));
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after);
    return pages;
  }

  it.each([
    ['NAME', 'ASCENDING'], ['NAME', 'DESCENDING'], ['AGE', 'ASCENDING'], ['AGE', 'DESCENDING'],
    ['PLAN_STATUS', 'ASCENDING'], ['PLAN_STATUS', 'DESCENDING'], ['NEXT_REVIEW', 'ASCENDING'], ['NEXT_REVIEW', 'DESCENDING'],
    ['SOCIAL_WORKER', 'ASCENDING'],
  ] as const)('by %s %s: page 2 continues the order of page 1, and the pages together are the whole list in order', async (by, direction) => {
    const sort = { by, direction };
    const whole = (await page(sort, 100)).edges.map((e) => e.node);
    expect(whole).toHaveLength(12);
    expectSorted(whole, by, direction);

    const pages = await everyPage(sort, 5);
    expect(pages.map((p) => p.length)).toEqual([5, 5, 2]);
    expect(pages.flat().map((r) => r.id)).toEqual(whole.map((r) => r.id));
    // The last row of page 1 and the first of page 2 are in order too: the sort did not restart on page 2.
    expectSorted([pages[0].at(-1)!, pages[1][0]], by, direction);
  });

  it('sorts the youngest first by age, children with no plan or no review last, and by name unless told otherwise', async () => {
    const byAge = (await page({ by: 'AGE', direction: 'ASCENDING' }, 3)).edges.map((e) => e.node.legalFirstName);
    expect(byAge[0]).toBe('Ella');
    const byStatus = (await everyPage({ by: 'PLAN_STATUS', direction: 'DESCENDING' }, 4)).flat();
    expect(byStatus.slice(0, 5).map((r) => r.currentPlan?.status)).toEqual(['ENDORSED', 'APPROVED', 'PROPOSED', 'DRAFT', 'DRAFT']);
    expect(byStatus.slice(5).every((r) => r.currentPlan === null)).toBe(true);
    const byReview = (await everyPage({ by: 'NEXT_REVIEW', direction: 'ASCENDING' }, 4)).flat();
    expect(byReview.slice(0, 5).map((r) => r.nextReview?.scheduledFor ?? r.nextReview?.dueDate)).toEqual(['2026-11-30', '2026-12-01', '2026-12-20', '2026-12-20', '2027-02-02']);
    expect(byReview.map((r) => r.legalFirstName).filter((n) => ['Ivo', 'Dev', 'Hana'].includes(n))).toEqual(['Ivo', 'Dev', 'Hana']);
    // Zara's only review was held: she has no next review and comes with the others who have none.
    expect(byReview.slice(5).map((r) => r.nextReview)).toEqual(Array(7).fill(null));
    const byDefault = (await everyPage(null, 5)).flat().map((r) => r.legalLastName);
    expect(byDefault.slice(0, 3)).toEqual(['Ahmed', 'Ahmed', 'Kaur']);
    expect(byDefault.at(-1)).toBe('Young');
  });

  it('ties (same surname, same birthday) always come in the same order, so no child is on two pages or none', async () => {
    for (const size of [1, 2, 3, 7]) {
      const ids = (await everyPage({ by: 'AGE', direction: 'DESCENDING' }, size)).flat().map((r) => r.id);
      expect(new Set(ids).size).toBe(12);
      expect(ids).toEqual((await page({ by: 'AGE', direction: 'DESCENDING' }, 100)).edges.map((e) => e.node.id));
    }
  });

  it('refuses a cursor made for another sort, and a cursor it never gave out', async () => {
    const first = await page({ by: 'NAME', direction: 'ASCENDING' }, 2);
    const other = await tm.gql(`query($after: String) { children(sort: { by: AGE }, first: 2, after: $after) { totalCount } }`, { after: first.pageInfo.endCursor });
    expect(errorCode(other)).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify(['NAME:ASCENDING', '0', "x' OR 1=1 --", 'not-a-uuid'])).toString('base64url');
    expect(errorCode(await tm.gql(`query($after: String) { children(first: 2, after: $after) { totalCount } }`, { after: forged }))).toBe('BAD_USER_INPUT');
    for (const [sort, key] of [
      ['{ by: AGE }', ['AGE:ASCENDING', '0', 'not a date', world.children.a1.id]],
      ['{ by: PLAN_STATUS }', ['PLAN_STATUS:ASCENDING', '0', '1; DROP TABLE children', world.children.a1.id]],
      ['{ by: NEXT_REVIEW }', ['NEXT_REVIEW:ASCENDING', '7', '2026-12-01', world.children.a1.id]],
    ] as const) {
      const after = Buffer.from(JSON.stringify(key)).toString('base64url');
      const res = await tm.gql(`query($after: String) { children(sort: ${sort}, first: 2, after: $after) { totalCount } }`, { after });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });
});

import type { TestDatabase } from '../support/database';
import { startWorldApi, stopWorldApi } from '../support/world-api';
import { errorCode, type ApiClient, type TestApi } from '../support/api';
import { makeChild, type World } from '../support/world';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';

const FIELDS = 'id version startDate endDate authorisedBy';
const RECORD = `mutation($input: RecordDeprivationOfLibertyOrderInput!) { recordDeprivationOfLibertyOrder(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateDeprivationOfLibertyOrderInput!) { updateDeprivationOfLibertyOrder(input: $input) { ${FIELDS} } }`;
const READ = `query($id: ID!) { child(id: $id) { deprivationOfLibertyOrders { startDate endDate authorisedBy } } }`;

describe('deprivation of liberty orders (SSDA903 DoLo, 2026/27)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;

  /** Born 2 February 2010, looked after from 15 January 2024 to 1 October 2026 (the API's clock says 24 November 2026). */
  const freshChild = (dateCeasedLookedAfter: string | null = '2026-10-01') =>
    db.dataSource.transaction((m) =>
      makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth: '2010-02-02', dateLookedAfter: '2024-01-15', dateCeasedLookedAfter }),
    );
  const rows = async (childId: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM deprivation_of_liberty_orders WHERE child_id = $1`, [childId]))[0].n);

  beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')), 60_000);
  afterAll(() => stopWorldApi({ db, api }));

  it('records an order in force, ends it, lists it on the child, audits both, and refuses a stale version', async () => {
    const child = await freshChild(null);
    const made = (await sw.ok<{ recordDeprivationOfLibertyOrder: { id: string } }>(RECORD, { input: { childId: child.id, startDate: '2025-02-03', authorisedBy: 'HIGH_COURT' } }))
      .recordDeprivationOfLibertyOrder;
    expect(made).toMatchObject({ startDate: '2025-02-03', endDate: null, authorisedBy: 'HIGH_COURT', version: 1 });
    const ended = await sw.ok(UPDATE, { input: { id: made.id, endDate: '2025-08-05', expectedVersion: 1 } });
    expect(ended).toMatchObject({ updateDeprivationOfLibertyOrder: { endDate: '2025-08-05', version: 2 } });
    const read = await sw.ok<{ child: { deprivationOfLibertyOrders: unknown[] } }>(READ, { id: child.id });
    expect(read.child.deprivationOfLibertyOrders).toEqual([{ startDate: '2025-02-03', endDate: '2025-08-05', authorisedBy: 'HIGH_COURT' }]);
    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE record_type = 'DeprivationOfLibertyOrder' AND record_id = $1 ORDER BY occurred_at`, [made.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(errorCode(await sw.gql(UPDATE, { input: { id: made.id, endDate: '2025-09-01', expectedVersion: 1 } }))).toBe('CONFLICT');
    // Ending an order the day it started (702) is refused, and the order stays as it was.
    expect(errorCode(await sw.gql(UPDATE, { input: { id: made.id, endDate: '2025-02-03', expectedVersion: 2 } }))).toBe('BAD_USER_INPUT');
    expect(await db.dataSource.query(`SELECT version, end_date::text FROM deprivation_of_liberty_orders WHERE id = $1`, [made.id])).toEqual([{ version: 2, end_date: '2025-08-05' }]);
  });

  it.each([
    ['an authorising body that is not on the list', { authorisedBy: 'MAGISTRATES' }, 'authorisedBy'],
    ['a start in the future', { startDate: '2026-12-01' }, 'startDate'],
    ['an end in the future', { endDate: '2026-12-01' }, 'endDate'],
    ['a start before the child was looked after (707)', { startDate: '2023-12-01', endDate: '2024-02-01' }, 'startDate'],
    ['a start after care ended (707)', { startDate: '2026-10-02' }, 'startDate'],
    ['an order still in force after care ended (707)', { startDate: '2026-09-01', endDate: null }, 'endDate'],
    ['an end on or before the start (702)', { startDate: '2025-03-10', endDate: '2025-03-10' }, 'endDate'],
    ['an order starting while another is in force (705)', { startDate: '2024-05-02', endDate: '2024-06-03' }, 'startDate'],
    ['the Court of Protection for a child under 16', { authorisedBy: 'COURT_OF_PROTECTION' }, 'authorisedBy'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, fields, field) => {
    const child = await freshChild();
    await sw.ok(RECORD, { input: { childId: child.id, startDate: '2024-05-01', endDate: '2024-06-01', authorisedBy: 'HIGH_COURT' } });
    const res = await sw.gql(RECORD, { input: { childId: child.id, startDate: '2025-01-01', endDate: '2025-06-01', authorisedBy: 'HIGH_COURT', ...fields } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0]?.extensions?.field)).toMatch(new RegExp(`(^|\\.)${field}$`));
    expect(await rows(child.id)).toBe(1);
  });

  it("refuses an order over a placement that is not a children's home (709), in the DfE's words, and takes one over the home", async () => {
    const child = await freshChild();
    // Foster care until 1 January 2025, then a children's home until care ended.
    await db.dataSource.transaction(async (m) => {
      await m.save(m.create(PlacementEntity, { childId: child.id, type: 'FOSTER_CARE', carerName: 'Mr and Mrs Oak', startDate: '2024-01-15', endDate: '2025-01-01' }));
      await m.save(m.create(PlacementEntity, { childId: child.id, type: 'RESIDENTIAL', carerName: 'Oakfield House', startDate: '2025-01-01', endDate: '2026-10-01' }));
    });
    const inFosterCare = await sw.gql(RECORD, { input: { childId: child.id, startDate: '2024-05-01', endDate: '2024-06-01', authorisedBy: 'HIGH_COURT' } });
    expect(errorCode(inFosterCare)).toBe('BAD_USER_INPUT');
    expect(inFosterCare.errors?.[0]?.message).toMatch(/^Child with a DoLO is in an unexpected placement type \(DfE rule 709\): from 2024-01-15 the child was in a U6 placement/);
    expect(await rows(child.id)).toBe(0);
    const made = (await sw.ok<{ recordDeprivationOfLibertyOrder: { id: string } }>(RECORD, { input: { childId: child.id, startDate: '2025-02-03', endDate: '2025-08-05', authorisedBy: 'HIGH_COURT' } }))
      .recordDeprivationOfLibertyOrder;
    // Moving its start back into the foster placement is refused too, and the order stays as it was.
    expect(errorCode(await sw.gql(UPDATE, { input: { id: made.id, startDate: '2024-12-01', expectedVersion: 1 } }))).toBe('BAD_USER_INPUT');
    expect(await db.dataSource.query(`SELECT version, start_date::text FROM deprivation_of_liberty_orders WHERE id = $1`, [made.id])).toEqual([{ version: 1, start_date: '2025-02-03' }]);
  });

  it('takes the Court of Protection for a young person of 16', async () => {
    const child = await freshChild();
    const res = await sw.ok(RECORD, { input: { childId: child.id, startDate: '2026-03-01', endDate: '2026-09-30', authorisedBy: 'COURT_OF_PROTECTION' } });
    expect(res).toMatchObject({ recordDeprivationOfLibertyOrder: { authorisedBy: 'COURT_OF_PROTECTION' } });
  });
});

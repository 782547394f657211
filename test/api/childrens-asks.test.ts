import type { TestDatabase } from '../support/database';
import { startWorldApi, stopWorldApi } from '../support/world-api';
import { errorCode, signedInClients, type ApiClient, type TestApi } from '../support/api';
import { makeChild, type World } from '../support/world';

// Bolton's children's asks (Bolton 1.3): how long they will live somewhere, told about a move first,
// meeting a new carer first, whether family was thought about first, a trusted teacher. The test API's day is 24 November 2026.
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id version } }`;
const ASKS = `id version intendedDuration intendedUntil durationInChildWords movePlannedFor moveToCarerName childToldOfMoveOn childMetNewCarerOn newCarerAlreadyKnown`;
const UPDATE = `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { ${ASKS} } }`;
const CREATE_PLAN = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id version familyConsidered familyConsideredInChildWords } }`;
const ADD_MEMBER = `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id version kind trustedAdultRole shownToChild } }`;
const UPDATE_MEMBER = `mutation($input: UpdateNetworkMemberInput!) { updateNetworkMember(input: $input) { id version kind trustedAdultRole shownToChild } }`;
const MY_PLAN = `query { myPlan { moving { plannedFor newCarerFirstName newCarerAlreadyKnown metNewCarerOn } howLong { duration until inMyWords }
  familyFirst { answer inMyWords } } myProfile { trustedAdults { firstName role } } }`;

interface Asks {
  id: string;
  version: number;
  movePlannedFor: string | null;
  childToldOfMoveOn: string | null;
  childMetNewCarerOn: string | null;
  [k: string]: unknown;
}

describe("Bolton's children's asks: how long, a move told first, meeting new carers, family first, a trusted teacher", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;
  const signedIn = signedInClients();
  const as = (username: string): Promise<ApiClient> => signedIn(api, username);

  const placementRow = async (id: string) =>
    (await db.dataSource.query(`SELECT version, intended_duration, move_planned_for::text, child_told_of_move_on::text FROM placements WHERE id = $1`, [id]))[0];

  /** A placement with Mrs Ali since 1 March 2025, for a child on swA1's caseload (Amira, who has an account, unless another is given). */
  const livingWithMrsAli = async (childId: string) =>
    (await sw.ok<{ startPlacement: { id: string; version: number } }>(START, {
      input: { childId, type: 'FOSTER_CARE', carerName: 'Mrs Ali', startDate: '2025-03-01', inArea: true, weeklyCost: 450 },
    })).startPlacement;

  beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')), 60_000);
  afterAll(() => stopWorldApi({ db, api }));

  it('the worker records how long and a planned move, audited with versions; the child reads the move only once told, then meeting the carers first', async () => {
    const placement = await livingWithMrsAli(world.children.a1.id);
    const howLong = (await sw.ok<{ updatePlacement: Asks }>(UPDATE, {
      input: { id: placement.id, expectedVersion: placement.version, intendedDuration: 'FIXED_PERIOD', intendedUntil: '2027-07-31', durationInChildWords: 'Until the end of the school year.' },
    })).updatePlacement;
    expect(howLong).toMatchObject({ version: placement.version + 1, intendedDuration: 'FIXED_PERIOD', intendedUntil: '2027-07-31' });
    const planned = (await sw.ok<{ updatePlacement: Asks }>(UPDATE, {
      input: { id: placement.id, expectedVersion: howLong.version, movePlannedFor: '2026-12-12', moveToCarerName: 'Joy and Sam' },
    })).updatePlacement;

    // The plan is shared with Amira; the move is not yet told, so her page says nothing of it.
    const { createPlan } = await sw.ok<{ createPlan: { id: string } }>(CREATE_PLAN, { input: { childId: world.children.a1.id } });
    await db.dataSource.query(`UPDATE plans SET shared_with_child_at = '2026-11-20T10:00:00Z' WHERE id = $1`, [createPlan.id]);
    const amira = await as('yp.a1');
    const before = (await amira.ok<{ myPlan: Record<string, unknown> }>(MY_PLAN)).myPlan;
    expect(before).toMatchObject({ moving: null, howLong: { duration: 'FIXED_PERIOD', until: '2027-07-31', inMyWords: 'Until the end of the school year.' }, familyFirst: null });

    const told = (await sw.ok<{ updatePlacement: Asks }>(UPDATE, {
      input: { id: placement.id, expectedVersion: planned.version, childToldOfMoveOn: '2026-11-20', childMetNewCarerOn: '2026-11-22' },
    })).updatePlacement;
    expect(told).toMatchObject({ movePlannedFor: '2026-12-12', childToldOfMoveOn: '2026-11-20', childMetNewCarerOn: '2026-11-22', newCarerAlreadyKnown: false });
    const after = (await amira.ok<{ myPlan: Record<string, unknown> }>(MY_PLAN)).myPlan;
    expect(after.moving).toEqual({ plannedFor: '2026-12-12', newCarerFirstName: 'Joy and Sam', newCarerAlreadyKnown: false, metNewCarerOn: '2026-11-22' });

    const audit: { changes: Record<string, { before: unknown; after: unknown }> }[] = await db.dataSource.query(
      `SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at`,
      [placement.id],
    );
    expect(audit.map((a) => Object.keys(a.changes).sort())).toEqual([
      ['durationInChildWords', 'intendedDuration', 'intendedUntil'],
      ['movePlannedFor', 'moveToCarerName'],
      ['childMetNewCarerOn', 'childToldOfMoveOn'],
    ]);

    // No move any more: what the child was told goes with it, and their page says nothing of a move.
    const cancelled = (await sw.ok<{ updatePlacement: Asks }>(UPDATE, { input: { id: placement.id, expectedVersion: told.version, movePlannedFor: null } })).updatePlacement;
    expect(cancelled).toMatchObject({ movePlannedFor: null, moveToCarerName: null, childToldOfMoveOn: null, childMetNewCarerOn: null });
    expect((await amira.ok<{ myPlan: { moving: unknown } }>(MY_PLAN)).myPlan.moving).toBeNull();
  });

  it('refuses what does not hold together with a typed error and changes nothing', async () => {
    const child = await db.dataSource.transaction((m) => makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, dateOfBirth: '2013-05-05' }));
    const placement = await livingWithMrsAli(child.id);
    const tries: [Record<string, unknown>, string][] = [
      [{ intendedDuration: 'FIXED_PERIOD' }, 'intendedUntil'],
      [{ intendedDuration: 'LONG_TERM', intendedUntil: '2027-01-01' }, 'intendedUntil'],
      [{ intendedDuration: 'FIXED_PERIOD', intendedUntil: '2024-01-01' }, 'intendedUntil'],
      [{ intendedDuration: 'NOT_YET_KNOWN' }, 'durationInChildWords'],
      [{ durationInChildWords: 'A long time.' }, 'intendedDuration'],
      [{ intendedDuration: 'FOREVER' }, ''],
      [{ childToldOfMoveOn: '2026-11-20' }, 'movePlannedFor'],
      [{ movePlannedFor: '2025-01-01' }, 'movePlannedFor'],
      [{ movePlannedFor: '2026-12-12', childToldOfMoveOn: '2026-11-30' }, 'childToldOfMoveOn'],
      [{ movePlannedFor: '2026-11-23', childToldOfMoveOn: '2026-11-24' }, 'childToldOfMoveOn'],
      [{ movePlannedFor: '2026-12-12', newCarerAlreadyKnown: true, childMetNewCarerOn: '2026-11-20' }, 'childMetNewCarerOn'],
      [{ movePlannedFor: '2026-12-12', moveToCarerName: 'x'.repeat(201) }, ''],
    ];
    for (const [fields, field] of tries) {
      const res = await sw.gql(UPDATE, { input: { id: placement.id, expectedVersion: placement.version, ...fields } });
      expect([JSON.stringify(fields), errorCode(res)]).toEqual([JSON.stringify(fields), 'BAD_USER_INPUT']);
      if (field) expect(res.errors![0].extensions?.field ?? res.errors![0].message).toContain(field);
    }
    expect(await placementRow(placement.id)).toEqual({ version: placement.version, intended_duration: null, move_planned_for: null, child_told_of_move_on: null });

    // A move is planned only from where the child lives now: not from a placement that has ended.
    const next = await sw.ok<{ startPlacement: { id: string } }>(START, {
      input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'Joy and Sam', startDate: '2026-06-01', reasonForChange: 'CARPL', weeklyCost: 400 },
    });
    const [{ version }] = await db.dataSource.query(`SELECT version FROM placements WHERE id = $1`, [placement.id]);
    const ended = await sw.gql(UPDATE, { input: { id: placement.id, expectedVersion: version, movePlannedFor: '2026-12-12' } });
    expect(errorCode(ended)).toBe('BAD_USER_INPUT');
    // A change based on an old version is a CONFLICT.
    const stale = await sw.gql(UPDATE, { input: { id: next.startPlacement.id, expectedVersion: 99, intendedDuration: 'LONG_TERM' } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('only the worker and team may change it: the IRO, the child and another council are refused, and a child reads only their own', async () => {
    const child = await db.dataSource.transaction((m) => makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth: '2012-05-05' }));
    const placement = await livingWithMrsAli(child.id);
    const input = { id: placement.id, expectedVersion: placement.version, intendedDuration: 'UNTIL_GROWN_UP' };
    expect(errorCode(await (await as('iro.a')).gql(UPDATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('yp.a1')).gql(UPDATE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('sw.b')).gql(UPDATE, { input }))).toBe('NOT_FOUND');
    const teamManager = (await (await as('tm.a1')).ok<{ updatePlacement: Asks }>(UPDATE, { input })).updatePlacement;
    expect(teamManager).toMatchObject({ intendedDuration: 'UNTIL_GROWN_UP' });
    // Adam (Amira's brother, his own account) reads his own plan: none is shared with him, so nothing of Amira's.
    expect((await (await as('yp.a1sib')).ok<{ myPlan: unknown }>(MY_PLAN)).myPlan).toBeNull();
  });

  it('family first: a yes needs who was considered on the network and the words for the child; the child reads it once the plan is shared', async () => {
    const child = world.children.a1;
    const [plan] = await db.dataSource.query(`SELECT id, version FROM plans WHERE child_id = $1 ORDER BY plan_number DESC LIMIT 1`, [child.id]);
    const noOne = await sw.gql(UPDATE_PLAN, { input: { planId: plan.id, expectedVersion: plan.version, familyConsidered: 'CONSIDERED', familyConsideredInChildWords: 'We asked your nan first.' } });
    expect(errorCode(noOne)).toBe('BAD_USER_INPUT');
    expect(noOne.errors![0].message).toMatch(/family network/);
    const noWords = await sw.gql(UPDATE_PLAN, { input: { planId: plan.id, expectedVersion: plan.version, familyConsidered: 'NOT_CONSIDERED' } });
    expect(errorCode(noWords)).toBe('BAD_USER_INPUT');
    const bad = await sw.gql(UPDATE_PLAN, { input: { planId: plan.id, expectedVersion: plan.version, familyConsidered: 'MAYBE' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((await db.dataSource.query(`SELECT version, family_considered FROM plans WHERE id = $1`, [plan.id]))[0]).toEqual({ version: plan.version, family_considered: null });
    // Another council's worker cannot see the plan at all.
    expect(errorCode(await (await as('sw.b')).gql(UPDATE_PLAN, { input: { planId: plan.id, expectedVersion: plan.version, familyConsidered: 'BEING_CONSIDERED' } }))).toBe('NOT_FOUND');

    await sw.ok(ADD_MEMBER, { input: { childId: child.id, kind: 'RELATIVE', name: 'Fatima Ahmed', relationship: 'Maternal grandmother', consideredAsCarer: true, carerAssessmentOutcome: 'Not well enough to care for Amira now' } });
    const saved = (await sw.ok<{ updatePlan: { version: number; familyConsidered: string } }>(UPDATE_PLAN, {
      input: { planId: plan.id, expectedVersion: plan.version, familyConsidered: 'CONSIDERED', familyConsideredInChildWords: 'We asked your nan first. She is not well enough right now.' },
    })).updatePlan;
    expect(saved).toMatchObject({ version: plan.version + 1, familyConsidered: 'CONSIDERED' });
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`, [plan.id]);
    expect(audit.changes.familyConsidered).toEqual({ before: null, after: 'CONSIDERED' });
    const mine = (await (await as('yp.a1')).ok<{ myPlan: { familyFirst: unknown } }>(MY_PLAN)).myPlan;
    expect(mine.familyFirst).toEqual({ answer: 'CONSIDERED', inMyWords: 'We asked your nan first. She is not well enough right now.' });
  });

  it("a trusted teacher shows on the child's People who help me only when the worker shares them, with no contact details", async () => {
    const child = world.children.a1;
    const teacher = (await sw.ok<{ addNetworkMember: { id: string; version: number } }>(ADD_MEMBER, {
      input: { childId: child.id, kind: 'TRUSTED_ADULT', name: 'Miss Okafor', relationship: 'Class teacher', trustedAdultRole: 'TEACHER', shownToChild: true, phone: '01632 960001' },
    })).addNetworkMember;
    await sw.ok(ADD_MEMBER, { input: { childId: child.id, kind: 'TRUSTED_ADULT', name: 'Mr Bell', relationship: 'Key worker', trustedAdultRole: 'SCHOOL_KEY_WORKER', shownToChild: false } });
    const notTrusted = await sw.gql(ADD_MEMBER, { input: { childId: child.id, kind: 'RELATIVE', name: 'Uncle Ray', relationship: 'Uncle', trustedAdultRole: 'TEACHER' } });
    expect(errorCode(notTrusted)).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(ADD_MEMBER, { input: { childId: child.id, kind: 'RELATIVE', name: 'Uncle Ray', relationship: 'Uncle', shownToChild: true } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(ADD_MEMBER, { input: { childId: child.id, kind: 'TRUSTED_ADULT', name: 'Mx Hart', relationship: 'Coach', trustedAdultRole: 'HEADTEACHER' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await (await as('sw.b')).gql(UPDATE_MEMBER, { input: { id: teacher.id, expectedVersion: teacher.version, shownToChild: false } }))).toBe('NOT_FOUND');
    expect(errorCode(await (await as('iro.a')).gql(UPDATE_MEMBER, { input: { id: teacher.id, expectedVersion: teacher.version, shownToChild: false } }))).toBe('FORBIDDEN');
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM network_members WHERE name = 'Uncle Ray'`)).toEqual([{ n: 0 }]);

    const amira = await as('yp.a1');
    expect((await amira.ok<{ myProfile: { trustedAdults: unknown[] } }>(MY_PLAN)).myProfile.trustedAdults).toEqual([{ firstName: 'Miss Okafor', role: 'TEACHER' }]);
    // Her brother sees none of Amira's people.
    expect((await (await as('yp.a1sib')).ok<{ myProfile: { trustedAdults: unknown[] } }>(`query { myProfile { trustedAdults { firstName } } }`)).myProfile.trustedAdults).toEqual([]);
    // No longer a trusted adult: no role, and off the child's page.
    const relative = (await sw.ok<{ updateNetworkMember: Record<string, unknown> }>(UPDATE_MEMBER, { input: { id: teacher.id, expectedVersion: teacher.version, kind: 'LIFELONG_LINK' } })).updateNetworkMember;
    expect(relative).toMatchObject({ kind: 'LIFELONG_LINK', trustedAdultRole: null, shownToChild: false });
    expect((await amira.ok<{ myProfile: { trustedAdults: unknown[] } }>(MY_PLAN)).myProfile.trustedAdults).toEqual([]);
  });
});

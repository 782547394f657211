import type { TestDatabase } from '../support/database';
import { startWorldApi, stopWorldApi } from '../support/world-api';
import { errorCode, type ApiClient, type TestApi } from '../support/api';
import { makeChild, PASSWORD, type World } from '../support/world';
import { councilExport } from '../../packages/server/src/ssda903/ssda903.export';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';

// The test API's day is 24 November 2026.
const SAVE = `mutation($input: SaveLeavingCareInput!) { saveLeavingCare(input: $input) {
  id version pathwayPlanAgreedOn pathwayPlanReviewedOn personalAdviserName afterEighteen afterEighteenDetails planInMyWords } }`;
const BIRTHDAY = `mutation($input: SaveCareLeaverBirthdayInput!) { saveCareLeaverBirthday(input: $input) { id version age inTouch activity accommodation } }`;
const READ = `query($id: ID!) { child(id: $id) { leavingCare { version afterEighteen personalAdviserName } careLeaverBirthdays { age inTouch }
  pathwayPlanDue { label dueDate overdue source } alerts { code title } } }`;

describe('leaving care: pathway plan, personal adviser, Staying Put, care leavers’ birthdays (OC3)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;

  /** 16 on 1 September 2026, looked after since 2019. */
  const sixteen = (dateOfBirth = '2010-09-01') =>
    db.dataSource.transaction((m) =>
      makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth, dateLookedAfter: '2019-02-01' }),
    );
  /** 19 on 10 June 2026; left care on the 18th birthday (10 June 2025). */
  const careLeaver = () =>
    db.dataSource.transaction(async (m) => {
      const child = await makeChild(m, world.councilA, world.teamA1, {
        socialWorkerId: world.users.swA1.id, dateOfBirth: '2007-06-10', dateLookedAfter: '2019-02-01', dateCeasedLookedAfter: '2025-06-10', gender: 'MALE',
      });
      await m.save(m.create(PlacementEntity, { childId: child.id, type: 'LONG_TERM_FOSTER', carerName: 'The Adeyemis', startDate: '2019-02-01', endDate: '2025-06-10', endReason: 'E17' }));
      return child;
    });

  beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')), 60_000);
  afterAll(() => stopWorldApi({ db, api }));

  it('shows the first pathway plan due three months after the 16th birthday, overdue with an alert, until the plan is saved', async () => {
    const child = await sixteen();
    const before = (await sw.ok<{ child: { pathwayPlanDue: { dueDate: string; overdue: boolean; source: string }; alerts: { code: string }[] } }>(READ, { id: child.id })).child;
    expect(before.pathwayPlanDue).toMatchObject({ dueDate: '2026-12-01', overdue: false });
    expect(before.pathwayPlanDue.source).toContain('Bolton 3.2');
    expect(before.alerts.map((a) => a.code)).not.toContain('PATHWAY_PLAN_OVERDUE');
    // 16 on 1 July: the plan was due by 1 October.
    const late = await sixteen('2010-07-01');
    const overdue = (await sw.ok<{ child: { pathwayPlanDue: { overdue: boolean }; alerts: { code: string; title: string }[] } }>(READ, { id: late.id })).child;
    expect(overdue.pathwayPlanDue.overdue).toBe(true);
    expect(overdue.alerts).toContainEqual({ code: 'PATHWAY_PLAN_OVERDUE', title: 'No pathway plan' });
    const saved = (await sw.ok<{ saveLeavingCare: { version: number; afterEighteen: string } }>(SAVE, {
      input: { childId: late.id, pathwayPlanAgreedOn: '2026-11-20', personalAdviserName: 'Dee Patel', afterEighteen: 'STAYING_PUT', planInMyWords: 'I stay with Joy and Sam.' },
    })).saveLeavingCare;
    expect(saved).toMatchObject({ version: 1, afterEighteen: 'STAYING_PUT' });
    const after = (await sw.ok<{ child: { pathwayPlanDue: { dueDate: string; label: string }; alerts: { code: string }[] } }>(READ, { id: late.id })).child;
    expect(after.pathwayPlanDue).toMatchObject({ label: 'The pathway plan review', dueDate: '2027-05-20' });
    expect(after.alerts.map((a) => a.code)).not.toContain('PATHWAY_PLAN_OVERDUE');
    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE record_type = 'LeavingCare' AND child_id = $1`, [late.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE']);
  });

  it("the young person reads where they will live after 18 and when their plan was looked at as a code and a date, for their portal to say in their language", async () => {
    await sw.ok(SAVE, {
      input: { childId: world.children.a1.id, pathwayPlanAgreedOn: '2026-11-20', afterEighteen: 'STAYING_CLOSE', planInMyWords: 'I move near my home.' },
    });
    const child = api.client();
    await child.signIn('yp.a1', PASSWORD);
    const mine = (await child.ok<{ myLeavingCare: Record<string, unknown> }>(
      `query { myLeavingCare { afterEighteen after18 planLookedAtDate planLookedAtOn stayingPut planInMyWords } }`,
    )).myLeavingCare;
    expect(mine).toEqual({
      afterEighteen: 'STAYING_CLOSE',
      planLookedAtDate: '2026-11-20',
      // The older English fields, kept for other callers (deprecated in the schema).
      after18: expect.stringContaining('Staying Close'),
      planLookedAtOn: '20 November',
      stayingPut: false,
      planInMyWords: 'I move near my home.',
    });
  });

  it('updates with the version read, and answers CONFLICT to a stale version or a second first save, changing nothing', async () => {
    const child = await sixteen();
    const first = (await sw.ok<{ saveLeavingCare: { version: number } }>(SAVE, { input: { childId: child.id, afterEighteen: 'NOT_DECIDED' } })).saveLeavingCare;
    expect(errorCode(await sw.gql(SAVE, { input: { childId: child.id, afterEighteen: 'STAYING_CLOSE' } }))).toBe('CONFLICT');
    expect(errorCode(await sw.gql(SAVE, { input: { childId: child.id, afterEighteen: 'STAYING_CLOSE', expectedVersion: first.version + 3 } }))).toBe('CONFLICT');
    const second = (await sw.ok<{ saveLeavingCare: { version: number; afterEighteen: string } }>(SAVE, {
      input: { childId: child.id, afterEighteen: 'STAYING_CLOSE', afterEighteenDetails: 'Flat near Oak House', expectedVersion: first.version },
    })).saveLeavingCare;
    expect(second).toMatchObject({ version: 2, afterEighteen: 'STAYING_CLOSE' });
  });

  it.each([
    ['an unknown arrangement', { afterEighteen: 'HOTEL' }],
    ['a plan date in the future', { afterEighteen: 'NOT_DECIDED', pathwayPlanAgreedOn: '2027-01-01' }],
    ['a review before the plan', { afterEighteen: 'NOT_DECIDED', pathwayPlanAgreedOn: '2026-10-01', pathwayPlanReviewedOn: '2026-09-01' }],
    ['a review with no plan', { afterEighteen: 'NOT_DECIDED', pathwayPlanReviewedOn: '2026-09-01' }],
    ['a bad adviser email', { afterEighteen: 'NOT_DECIDED', personalAdviserEmail: 'not-an-email' }],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_what, fields) => {
    const child = await sixteen();
    expect(errorCode(await sw.gql(SAVE, { input: { childId: child.id, ...fields } }))).toBe('BAD_USER_INPUT');
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM leaving_care WHERE child_id = $1`, [child.id]))[0].n).toBe(0);
  });

  it("records a care leaver's birthdays by the DfE's OC3 rules, and the return writes them", async () => {
    const child = await careLeaver();
    const saved = (await sw.ok<{ saveCareLeaverBirthday: { version: number } }>(BIRTHDAY, {
      input: { childId: child.id, age: 19, inTouch: 'YES', activity: 'F2', accommodation: 'Z1' },
    })).saveCareLeaverBirthday;
    expect(saved.version).toBe(1);
    for (const [input, rule] of [
      [{ age: 18, inTouch: 'YES', activity: 'F2', accommodation: 'Z1' }, 'left care on the 18th birthday (1016)'],
      [{ age: 20, inTouch: 'YES', activity: 'F2', accommodation: 'U1' }, 'not 20 yet'],
      [{ age: 19, inTouch: 'YES', activity: null, accommodation: 'U1', expectedVersion: 1 }, 'in touch needs the activity (345)'],
      [{ age: 19, inTouch: 'NO', activity: 'F2', accommodation: null, expectedVersion: 1 }, 'not in touch takes none (344)'],
      [{ age: 19, inTouch: 'YES', activity: 'F2', accommodation: 'Q9', expectedVersion: 1 }, 'not an OC3 code (133)'],
    ] as const) {
      expect({ rule, code: errorCode(await sw.gql(BIRTHDAY, { input: { childId: child.id, ...input } })) }).toEqual({ rule, code: 'BAD_USER_INPUT' });
    }
    const read = (await sw.ok<{ child: { careLeaverBirthdays: { age: number; inTouch: string }[] } }>(READ, { id: child.id })).child;
    expect(read.careLeaverBirthdays).toEqual([{ age: 19, inTouch: 'YES' }]);
    const ret = await councilExport(db.dataSource, world.councilA.id, 2027);
    expect(ret.files.oc3).toContainEqual({ CHILD: child.localId, DOB: '10/06/2007', IN_TOUCH: 'YES', ACTIV: 'F2', ACCOM: 'Z1' });
    expect(ret.files.header).toContainEqual(expect.objectContaining({ CHILD: child.localId, MOTHER: '' }));
    expect(ret.files.episodes.filter((e) => e.CHILD === child.localId)).toEqual([]);
  });

  it('never lets a worker reach a child they do not hold', async () => {
    const other = api.client();
    await other.signIn(world.users.swB.username, PASSWORD);
    const child = await sixteen();
    expect(errorCode(await other.gql(SAVE, { input: { childId: child.id, afterEighteen: 'STAYING_PUT' } }))).toBe('NOT_FOUND');
  });
});

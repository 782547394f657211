import { KeepingInTouchPlanEntity } from '../../packages/server/src/modules/siblings/keeping-in-touch-plan.entity';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';
import { SiblingLinkEntity } from '../../packages/server/src/modules/siblings/sibling-link.entity';
import type { ChildEntity } from '../../packages/server/src/modules/children/child.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, makeUser, PASSWORD, type World } from '../support/world';

const GROUP = `query($id: ID!) { child(id: $id) { siblingGroup {
  size membersOutsideReach households
  members { id firstName isThisChild placement { carerName } }
  decision { id version outcome reasons groupSizeWhenDecided groupChangedSince }
  familyTime { between carers frequency }
} } }`;
const DECIDE = `mutation($input: RecordSiblingGroupDecisionInput!) { recordSiblingGroupDecision(input: $input) { id version outcome groupSizeWhenDecided } }`;

interface Group {
  size: number;
  membersOutsideReach: number;
  households: number;
  members: { id: string; firstName: string; isThisChild: boolean; placement: { carerName: string } | null }[];
  decision: { id: string; version: number; outcome: string; reasons: string; groupSizeWhenDecided: number; groupChangedSince: boolean } | null;
  familyTime: { between: string[]; carers: string[]; frequency: string }[];
}

/**
 * Four brothers and sisters linked in a chain (Zara–Yusuf, Yusuf–Xena,
 * Xena–Will) in three placements, split between workers and teams:
 *   Zara, Yusuf  team A1, worker sw.a1, with Mrs Khan
 *   Xena         team A2, worker sw.a2, with Mr Patel
 *   Will         team A1, worker sw.a1b, with the Greens
 */
describe('brothers and sisters as a group', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let zara: ChildEntity;
  let yusuf: ChildEntity;
  let xena: ChildEntity;
  let will: ChildEntity;
  const signedIn = new Map<string, ApiClient>();

  async function as(username: string): Promise<ApiClient> {
    let client = signedIn.get(username);
    if (!client) {
      client = api.client();
      const res = await client.signIn(username, PASSWORD);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      signedIn.set(username, client);
    }
    return client;
  }
  const groupSeenBy = async (username: string, child: ChildEntity) => (await (await as(username)).ok<{ child: { siblingGroup: Group | null } }>(GROUP, { id: child.id })).child.siblingGroup;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    await db.dataSource.transaction(async (m) => {
      const { councilA, teamA1, teamA2, users } = world;
      zara = await makeChild(m, councilA, teamA1, { legalFirstName: 'Zara', legalLastName: 'Moss', dateOfBirth: '2011-04-01', socialWorkerId: users.swA1.id, iroId: users.iroA.id });
      yusuf = await makeChild(m, councilA, teamA1, { legalFirstName: 'Yusuf', legalLastName: 'Moss', dateOfBirth: '2013-06-01', socialWorkerId: users.swA1.id, iroId: users.iroA.id });
      xena = await makeChild(m, councilA, teamA2, { legalFirstName: 'Xena', legalLastName: 'Moss', dateOfBirth: '2015-08-01', socialWorkerId: users.swA2.id, iroId: users.iroA2.id });
      will = await makeChild(m, councilA, teamA1, { legalFirstName: 'Will', legalLastName: 'Moss', dateOfBirth: '2018-10-01', socialWorkerId: users.swA1b.id, iroId: users.iroA2.id });
      const link = (x: ChildEntity, y: ChildEntity, livingTogether: boolean) => {
        const [a, b] = x.id < y.id ? [x, y] : [y, x];
        return m.save(m.create(SiblingLinkEntity, { childAId: a.id, childBId: b.id, relationship: 'FULL', livingTogether }));
      };
      await link(zara, yusuf, true);
      await link(yusuf, xena, false);
      const xw = await link(xena, will, false);
      await m.save(m.create(KeepingInTouchPlanEntity, { siblingLinkId: xw.id, kind: 'DIRECT', frequency: 'Every other Saturday', agreedBy: 'Review', arrangements: null }));
      for (const [child, carerName] of [[zara, 'Mrs Khan'], [yusuf, 'Mrs Khan'], [xena, 'Mr Patel'], [will, 'The Greens']] as const) {
        await m.save(m.create(PlacementEntity, { childId: child.id, type: 'FOSTER_CARE', carerName, startDate: '2024-01-01', endDate: null }));
      }
      await makeUser(m, 'yp.zara', 'YOUNG_PERSON', councilA, { child: zara, firstName: 'Zara' });
    });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('follows the links through each other: the head of service sees all four children in three placements, from any of them', async () => {
    for (const child of [zara, yusuf, xena, will]) {
      const group = (await groupSeenBy('hos.a', child))!;
      expect(group).toMatchObject({ size: 4, membersOutsideReach: 0, households: 3 });
      expect(group.members.map((m) => [m.firstName, m.placement?.carerName, m.isThisChild])).toEqual([
        ['Zara', 'Mrs Khan', child === zara],
        ['Yusuf', 'Mrs Khan', child === yusuf],
        ['Xena', 'Mr Patel', child === xena],
        ['Will', 'The Greens', child === will],
      ]);
      expect(group.familyTime).toEqual([{ between: ['Xena', 'Will'], carers: ['Mr Patel', 'The Greens'], frequency: 'Every other Saturday' }]);
    }
  });

  it('a worker who reaches only some of the group sees those children and a count of the rest, never their names', async () => {
    const sw = (await groupSeenBy('sw.a1', zara))!;
    expect(sw).toMatchObject({ size: 4, membersOutsideReach: 2 });
    expect(sw.members.map((m) => m.firstName)).toEqual(['Zara', 'Yusuf']);
    expect(sw.familyTime).toEqual([]);
    expect(JSON.stringify(sw)).not.toMatch(/Xena|Will|Patel|Greens/);

    const manager = (await groupSeenBy('tm.a1', yusuf))!;
    expect(manager.members.map((m) => m.firstName)).toEqual(['Zara', 'Yusuf', 'Will']);
    expect(manager.membersOutsideReach).toBe(1);
    expect(JSON.stringify(manager)).not.toMatch(/Xena|Patel|Every other Saturday/);

    const other = (await groupSeenBy('sw.a2', xena))!;
    expect(other.members.map((m) => m.firstName)).toEqual(['Xena']);
    expect(other.membersOutsideReach).toBe(3);
  });

  it('a child outside your reach has no group to show you, and a child with no links has none', async () => {
    const res = await (await as('sw.a1')).gql(GROUP, { id: xena.id });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(await groupSeenBy('sw.a2', world.children.a2)).toBeNull();
  });

  it('the together-or-apart decision is for the whole group: recorded once, read from every child, versioned and audited on each record', async () => {
    const input = { childId: zara.id, decidedOn: '2026-03-01', outcome: 'TOGETHER_WHERE_POSSIBLE', reasons: 'Zara and Yusuf stay with Mrs Khan; look for a home for all four.' };
    const made = (await (await as('sw.a1')).ok<{ recordSiblingGroupDecision: { id: string; version: number; groupSizeWhenDecided: number } }>(DECIDE, { input })).recordSiblingGroupDecision;
    expect(made.groupSizeWhenDecided).toBe(4);
    const seenByXenasWorker = (await groupSeenBy('sw.a2', xena))!.decision;
    expect(seenByXenasWorker).toMatchObject({ id: made.id, outcome: 'TOGETHER_WHERE_POSSIBLE', groupChangedSince: false });
    const audited = await db.dataSource.query(`SELECT child_id FROM audit_events WHERE record_id = $1 AND action = 'CREATE'`, [made.id]);
    expect(audited.map((r: { child_id: string }) => r.child_id).sort()).toEqual([zara.id, yusuf.id, xena.id, will.id].sort());

    // Xena's worker changes it from Xena's record, with the version read; a stale version changes nothing.
    const change = { childId: xena.id, id: made.id, decidedOn: '2026-03-01', outcome: 'APART', reasons: 'Xena needs a home on her own for now.' };
    const changed = (await (await as('sw.a2')).ok<{ recordSiblingGroupDecision: { version: number; outcome: string } }>(DECIDE, { input: { ...change, expectedVersion: made.version } })).recordSiblingGroupDecision;
    expect(changed).toMatchObject({ outcome: 'APART', version: made.version + 1 });
    const stale = await (await as('sw.a1')).gql(DECIDE, { input: { ...input, id: made.id, expectedVersion: made.version } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await groupSeenBy('sw.a1', zara))!.decision).toMatchObject({ outcome: 'APART', reasons: 'Xena needs a home on her own for now.' });
  });

  it('only someone who may change the child’s case records a decision; bad input changes nothing', async () => {
    const input = { childId: xena.id, decidedOn: '2026-03-02', outcome: 'TOGETHER', reasons: 'No' };
    const before = Number((await db.dataSource.query(`SELECT count(*) AS n FROM sibling_group_decisions`))[0].n);
    expect(errorCode(await (await as('sw.a1')).gql(DECIDE, { input }))).toBe('NOT_FOUND');
    expect(errorCode(await (await as('iro.a2')).gql(DECIDE, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await (await as('sw.a2')).gql(DECIDE, { input: { ...input, decidedOn: '2099-01-01' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await (await as('sw.a2')).gql(DECIDE, { input: { ...input, childId: world.children.a2.id } }))).toBe('BAD_USER_INPUT');
    expect(Number((await db.dataSource.query(`SELECT count(*) AS n FROM sibling_group_decisions`))[0].n)).toBe(before);
  });

  it('the eldest sees the whole group on their own page: first names, who they live with, and the plans shared with them', async () => {
    const mine = (await (await as('yp.zara')).ok<{ myBrothersAndSisters: { firstName: string; livingTogether: boolean; keepingInTouch: unknown[] }[] }>(
      `query { myBrothersAndSisters { firstName livingTogether keepingInTouch { how howOften } } }`,
    )).myBrothersAndSisters;
    expect(mine.map((b) => [b.firstName, b.livingTogether])).toEqual([
      ['Yusuf', true],
      ['Xena', false],
      ['Will', false],
    ]);
    expect(JSON.stringify(mine)).not.toMatch(/Moss|Khan|Patel|Greens/);
  });
});

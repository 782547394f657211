import type { DataSource } from 'typeorm';
import type { Actor } from '../../packages/server/src/common/actor';
import { lockChild, lockChildRecord } from '../../packages/server/src/policies/child-record';
import { MeetingEntity } from '../../packages/server/src/modules/meetings/meeting.entity';
import type { ChildEntity } from '../../packages/server/src/modules/children/child.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, PASSWORD, type World } from '../support/world';

/**
 * The one lock order (policies/child-record.ts): the child row first (several
 * children in ascending id), then the record. Two writes on the same child
 * from different paths queue on the child row and never deadlock.
 */
describe('one lock order', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let tm: ApiClient;

  const actor = (user: keyof World['users'], role: Actor['role'], teamId: string | null): Actor => ({
    userId: world.users[user].id, sessionId: 'lock-order', role, councilId: world.councilA.id, teamId, childId: null, firstName: 'T', lastName: 'M',
  });

  /** Transactions of this database waiting for a row lock. */
  async function waiting(ds: DataSource): Promise<number> {
    const [row] = await ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    return row.n as number;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    tm = api.client();
    const res = await tm.signIn('tm.a1', PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a write to a record waits at its child row, holding nothing of the record, while another write holds the child', async () => {
    const manager = actor('tmA1', 'TEAM_MANAGER', world.teamA1.id);
    const meeting = await db.dataSource.manager.save(
      db.dataSource.manager.create(MeetingEntity, {
        childId: world.children.a1.id, type: 'PERMANENCE_PLANNING_MEETING', dueDate: '2026-12-01', scheduledFor: null, heldOn: null, chairId: null, attendees: [],
        decisions: null, participation: null, planEndorsedId: null, signedOffAt: null, signedOffById: null, sharedWithChildAt: null,
      }),
    );
    const first = db.dataSource.createQueryRunner();
    await first.connect();
    await first.startTransaction();
    try {
      await lockChild(first.manager, manager, world.children.a1.id, 'editCase');
      const second = db.dataSource.transaction((m) => lockChildRecord(m, manager, MeetingEntity, meeting.id, 'Meeting'));
      for (let i = 0; i < 100 && (await waiting(db.dataSource)) === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(await waiting(db.dataSource)).toBeGreaterThan(0);
      // The waiting write has not touched the meeting: a third can take its row at once.
      const third = db.dataSource.createQueryRunner();
      await third.connect();
      await third.startTransaction();
      try {
        const rows = await third.query(`SELECT id FROM meetings WHERE id = $1 FOR UPDATE NOWAIT`, [meeting.id]);
        expect(rows).toHaveLength(1);
      } finally {
        await third.rollbackTransaction();
        await third.release();
      }
      await first.commitTransaction();
      const { record, child } = await second;
      expect({ record: record.id, child: child.id }).toEqual({ record: meeting.id, child: world.children.a1.id });
    } finally {
      if (first.isTransactionActive) await first.rollbackTransaction();
      await first.release();
    }
  });

  it('brothers and sisters linked from both sides at once: one link, one "already linked", never a deadlock', async () => {
    const LINK = `mutation($input: LinkBrotherOrSisterInput!) { linkBrotherOrSister(input: $input) { id } }`;
    const pairs: [ChildEntity, ChildEntity][] = [];
    await db.dataSource.transaction(async (m) => {
      for (let i = 0; i < 8; i++) pairs.push([await makeChild(m, world.councilA, world.teamA1), await makeChild(m, world.councilA, world.teamA1)]);
    });
    const results = await Promise.all(
      pairs.flatMap(([x, y]) =>
        [[x, y], [y, x]].map(([a, b]) => tm.gql(LINK, { input: { childId: a.id, otherChildId: b.id, relationship: 'FULL', livingTogether: true } })),
      ),
    );
    const outcomes = results.map((r) => errorCode(r) ?? 'LINKED');
    expect(outcomes.filter((o) => o !== 'LINKED' && o !== 'BAD_USER_INPUT')).toEqual([]);
    for (let i = 0; i < pairs.length; i++) expect([outcomes[2 * i], outcomes[2 * i + 1]].sort()).toEqual(['BAD_USER_INPUT', 'LINKED']);
  });

  it('many writes on one child from different paths at once all finish (saved or CONFLICT), none fails in the database', async () => {
    const child = world.children.a1;
    const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
    const UPDATE = `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id version } }`;
    const READ = `query($id: ID!) { child(id: $id) { version } }`;
    const { child: current } = await tm.ok<{ child: { version: number } }>(READ, { id: child.id });
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2
          ? tm.gql(SCHEDULE, { input: { childId: child.id, type: 'PERMANENCE_PLANNING_MEETING', dueDate: '2026-12-20' } })
          : tm.gql(UPDATE, { input: { id: child.id, expectedVersion: current.version, preferredName: `Name ${i}` } }),
      ),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK');
    expect(codes.filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    // Every meeting was scheduled; exactly one of the updates from the same version won.
    expect(codes.filter((c, i) => i % 2 && c === 'OK')).toHaveLength(6);
    expect(codes.filter((c, i) => i % 2 === 0 && c === 'OK')).toHaveLength(1);
  });
});

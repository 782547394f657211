import fc from 'fast-check';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';
import { NetworkMemberEntity } from '../../packages/server/src/modules/network/network-member.entity';
import { MeetingEntity } from '../../packages/server/src/modules/meetings/meeting.entity';
import { ViewEntity } from '../../packages/server/src/modules/views/view.entity';
import { AdvocacyReferralEntity } from '../../packages/server/src/modules/advocacy/advocacy-referral.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { countingDataSource } from '../support/statement-counter';
import { auditRowsBy, changeSession, SESSION_ENDINGS } from '../support/sessions';
import { signedInClients, startTestApi, type TestApi } from '../support/api';
import { buildWorld, makeChild, makeUser, PASSWORD, type World } from '../support/world';

/**
 * The young person's home in one statement (young-person-home.screen-query.ts) against the
 * general resolvers (FP_SCREEN_QUERIES=false): for young people with random records (and one
 * with nothing shared yet), the same answers and the same audit rows, whichever of the home's
 * fields the query asks for; a dead session refused the same way; and the statements per request.
 */
const HOME = `query YoungPersonHome {
  myProfile { firstName age mayAskForAdvocate myWorker { firstName role phone email } myIro { firstName role } myAdvocate { firstName role } trustedAdults { firstName role } }
  myPlan { mainPlan mainPlanOption backUpPlans whereILive placementType carerFirstName whatIsBeingDecided outcomes { whatWeWant byWhen } moving { plannedFor } howLong { duration } familyFirst { answer } }
  myNextMeeting { id date what type }
  myViews { id topic topicWords words mood status sentAt version readers followsViewId writtenWithMyAdvocate
    reply { words language fromFirstName fromRole fromRoleName repliedAt planGoal meetingOn meetingIsReview } }
}`;
const FIELDS = ['myProfile { firstName age myWorker { firstName role } }', 'myPlan { mainPlan backUpPlans outcomes { whatWeWant byWhen } }', 'myNextMeeting { date what }', 'myViews { id words reply { words fromFirstName planGoal meetingOn } }'];
/** The bench's document (src/bench/scenarios.ts), as the portal's integrator would send it. */
const BENCH_HOME = `query YoungPersonHome {
  myProfile { firstName age myWorker { firstName role } myIro { firstName role } myAdvocate { firstName role } }
  myPlan { mainPlan backUpPlans whereILive carerFirstName outcomes { whatWeWant byWhen } }
  myNextMeeting { date what }
  myViews { id topic words mood status sentAt version reply { words fromFirstName repliedAt } }
}`;

const AUDIT = `SELECT id, action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address
  FROM audit_events WHERE actor_user_id = $1 ORDER BY record_type, child_id NULLS FIRST, parts`;

describe("the young person's home in one statement", () => {
  let db: TestDatabase;
  let fast: TestApi;
  let general: TestApi;
  let world: World;
  const youngPeople: string[] = [];
  const as = signedInClients();

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    fast = await startTestApi(db.dataSource);
    general = await startTestApi(db.dataSource, { env: { FP_SCREEN_QUERIES: 'false' } });
    // yp.a1 (an advocate, from the world) and yp.a1sib (nothing shared with them yet), and random young people.
    youngPeople.push('yp.a1', 'yp.a1sib');
    const shapes = fc.sample(
      fc.record({
        worker: fc.constantFrom('swA1', 'swA2', null),
        iro: fc.constantFrom('iroA', null),
        placement: fc.option(fc.constantFrom('FOSTER_CARE', 'RESIDENTIAL')),
        trusted: fc.integer({ min: 0, max: 2 }),
        plan: fc.option(fc.record({ outcomes: fc.integer({ min: 0, max: 2 }), shared: fc.boolean() })),
        meetings: fc.array(fc.record({ days: fc.integer({ min: -60, max: 200 }), held: fc.boolean() }), { maxLength: 3 }),
        views: fc.array(fc.record({ sent: fc.boolean(), reply: fc.boolean(), deleted: fc.boolean() }), { maxLength: 3 }),
        advocate: fc.boolean(),
      }),
      { numRuns: 6, seed: 22 },
    );
    const made: { childId: string; shape: (typeof shapes)[number] }[] = [];
    await db.dataSource.transaction(async (m) => {
      for (const [i, shape] of shapes.entries()) {
        const child = await makeChild(m, world.councilA, world.teamA1, {
          legalFirstName: `Young${i}`, dateOfBirth: `201${i}-03-15`, dateLookedAfter: '2024-02-01',
          socialWorkerId: shape.worker ? world.users[shape.worker as 'swA1'].id : null, iroId: shape.iro ? world.users.iroA.id : null,
        });
        await makeUser(m, `yp.home${i}`, 'YOUNG_PERSON', world.councilA, { child, firstName: `Young${i}` });
        youngPeople.push(`yp.home${i}`);
        if (shape.placement) {
          await m.save(m.create(PlacementEntity, { childId: child.id, type: shape.placement, carerName: `Jo and Sam Carer${i}`, startDate: '2025-01-01', endDate: null, inArea: true }));
        }
        for (let k = 0; k < shape.trusted; k++) {
          await m.save(m.create(NetworkMemberEntity, { childId: child.id, kind: 'TRUSTED_ADULT', name: `Miss Teacher${k}`, relationship: 'teacher', shownToChild: k === 0, trustedAdultRole: 'TEACHER' }));
        }
        const now = Date.now();
        for (const meeting of shape.meetings) {
          const day = new Date(now + meeting.days * 86_400_000).toISOString().slice(0, 10);
          await m.save(m.create(MeetingEntity, { childId: child.id, type: 'SUBSEQUENT_REVIEW', dueDate: day, scheduledFor: null, heldOn: meeting.held && meeting.days < 0 ? day : null, attendees: [] }));
        }
        if (shape.advocate) {
          await m.save(m.create(AdvocacyReferralEntity, {
            childId: child.id, advocateId: world.users.advA.id, status: 'ACTIVE', requestedById: world.users.swA1.id, requestedByChild: false, reason: null,
            acceptedAt: new Date('2026-01-10T10:00:00Z'), closedAt: null,
          }));
        }
        made.push({ childId: child.id, shape });
      }
    });
    // Plans with outcomes and actions through the API, as their team manager writes them; some shared with the child.
    const sw = await as(fast, 'tm.a1');
    for (const { childId, shape } of made) {
      let outcomeId: string | null = null;
      if (shape.plan) {
        const PLAN = 'id version outcomes { id }';
        type Plan = { id: string; version: number; outcomes: { id: string }[] };
        let plan = (await sw.ok<{ createPlan: Plan }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`, { input: { childId } })).createPlan;
        plan = (await sw.ok<{ updatePlan: Plan }>(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN} } }`, {
          input: { planId: plan.id, expectedVersion: plan.version, primaryOption: 'LONG_TERM_FOSTERING', contingencies: ['KINSHIP_CARE', 'ADOPTION'] },
        })).updatePlan;
        for (let k = 0; k < shape.plan.outcomes; k++) {
          plan = (await sw.ok<{ addPlanOutcome: Plan }>(`mutation($input: AddPlanOutcomeInput!) { addPlanOutcome(input: $input) { ${PLAN} } }`, {
            input: { planId: plan.id, expectedVersion: plan.version, outcome: `Outcome ${k}`, measure: 'Says so', optionTrack: 'PRIMARY',
              actions: [{ action: 'Visit', byWhom: 'Social Worker', withinWeeks: 6 }, { action: 'Call', byWhom: 'Carer', dueDate: '2026-12-04' }] },
          })).addPlanOutcome;
        }
        outcomeId = plan.outcomes[0]?.id ?? null;
        if (shape.plan.shared) await db.dataSource.query(`UPDATE plans SET shared_with_child_at = '2026-11-20T10:00:00Z' WHERE id = $1`, [plan.id]);
      }
      const [meeting] = await db.dataSource.query(`SELECT id FROM meetings WHERE child_id = $1 LIMIT 1`, [childId]);
      for (const [k, view] of shape.views.entries()) {
        const replied = view.sent && view.reply;
        await db.dataSource.manager.save(db.dataSource.manager.create(ViewEntity, {
          childId, topic: 'WHERE_I_LIVE', words: `My words ${k}`, mood: null, readers: ['WORKER'], status: view.sent ? 'SENT' : 'DRAFT',
          sentAt: view.sent ? new Date(`2026-11-0${k + 1}T10:00:00Z`) : null, meetingId: null,
          reply: replied ? `Thank you ${k}` : null, repliedById: replied ? world.users.swA1.id : null,
          repliedAt: replied ? new Date(`2026-11-1${k}T10:00:00Z`) : null,
          replyOutcomeId: replied ? outcomeId : null, replyMeetingId: replied ? (meeting?.id ?? null) : null,
          deletedAt: view.deleted && !view.sent ? new Date('2026-11-25T10:00:00Z') : null,
        }));
      }
    }
  }, 120_000);
  afterAll(async () => {
    await fast?.close();
    await general?.close();
    await db?.drop();
  });

  async function run(api: TestApi, username: string, query: string) {
    const client = await as(api, username);
    const userId = (await db.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]))[0].id;
    const before = new Set((await db.dataSource.query(AUDIT, [userId])).map((r: { id: string }) => r.id));
    const answer = await client.gql(query, {});
    const audit = (await db.dataSource.query(AUDIT, [userId])).filter((r: { id: string }) => !before.has(r.id)).map(({ id: _id, ...row }: { id: string }) => row);
    return { answer, audit };
  }

  it('gives every young person the same home and the same audit rows as the general resolvers, whichever home fields are asked for', async () => {
    const seen = { plans: 0, meetings: 0, views: 0, replies: 0, noPlan: 0 };
    for (const username of youngPeople) {
      const a = await run(fast, username, HOME);
      const b = await run(general, username, HOME);
      expect(a.answer.errors).toBeUndefined();
      expect(a.answer).toEqual(b.answer);
      expect(a.audit).toEqual(b.audit);
      expect(a.audit.map((r: { parts: string[] }) => r.parts[0]).sort()).toEqual(['myNextMeeting', 'myPlan', 'myProfile', 'myViews']);
      const data = a.answer.data as { myPlan: unknown; myNextMeeting: unknown; myViews: { reply: unknown }[] };
      if (data.myPlan) seen.plans += 1;
      else seen.noPlan += 1;
      if (data.myNextMeeting) seen.meetings += 1;
      seen.views += data.myViews.length;
      seen.replies += data.myViews.filter((v) => v.reply).length;
    }
    // Not only empty homes.
    expect(seen.plans).toBeGreaterThan(0);
    expect(seen.noPlan).toBeGreaterThan(0);
    expect(seen.meetings).toBeGreaterThan(0);
    expect(seen.replies).toBeGreaterThan(0);
    // Any subset of the home's fields, in any order.
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...youngPeople), fc.shuffledSubarray(FIELDS, { minLength: 1 }), async (username, fields) => {
        const query = `query { ${fields.join(' ')} }`;
        const a = await run(fast, username, query);
        const b = await run(general, username, query);
        expect(a.answer).toEqual(b.answer);
        expect(a.audit).toEqual(b.audit);
        expect(a.audit).toHaveLength(fields.length);
      }),
      { seed: 22, numRuns: 20 },
    );
  }, 120_000);

  it('reads afresh on every request of a remembered session: a change made between two requests shows at once', async () => {
    const client = fast.client();
    await client.signIn('yp.a1', PASSWORD);
    const IRO = 'query { myProfile { myIro { firstName } } }';
    // Two requests first, so the process remembers the session.
    await client.ok(IRO);
    const before = (await client.ok<{ myProfile: { myIro: { firstName: string } | null } }>(IRO)).myProfile.myIro;
    // A new IRO for the child (another first name), then back.
    const [{ first_name: firstName }] = await db.dataSource.query(`SELECT first_name FROM users WHERE id = $1`, [world.users.iroA2.id]);
    await db.dataSource.query(`UPDATE users SET first_name = 'Priya' WHERE id = $1`, [world.users.iroA2.id]);
    await db.dataSource.query(`UPDATE children SET iro_id = $1 WHERE id = $2`, [world.users.iroA2.id, world.children.a1.id]);
    try {
      const after = (await client.ok<{ myProfile: { myIro: { firstName: string } | null } }>(IRO)).myProfile.myIro;
      expect({ before, after }).toEqual({ before: { firstName: world.users.iroA.firstName }, after: { firstName: 'Priya' } });
    } finally {
      await db.dataSource.query(`UPDATE children SET iro_id = $1 WHERE id = $2`, [world.users.iroA.id, world.children.a1.id]);
      await db.dataSource.query(`UPDATE users SET first_name = $1 WHERE id = $2`, [firstName, world.users.iroA2.id]);
    }
  });

  it('refuses a revoked, idle or expired session in the one statement as the general path does: UNAUTHENTICATED on every field, no audit row', async () => {
    const userId = (await db.dataSource.query(`SELECT id FROM users WHERE username = 'yp.a1'`))[0].id;
    for (const [how, change] of Object.entries(SESSION_ENDINGS)) {
      const answers = [];
      for (const api of [fast, general]) {
        const client = api.client();
        await client.signIn('yp.a1', PASSWORD);
        // Seen once, so the fast API remembers its actor and checks it in the home's statement from now on.
        await client.ok(HOME);
        await changeSession(db.dataSource, client, change);
        const before = await auditRowsBy(db.dataSource, userId);
        const home = await client.gql(HOME);
        const after = await auditRowsBy(db.dataSource, userId);
        // A refused non-null root field nulls the whole answer, so which fields' errors arrive first varies: all are UNAUTHENTICATED.
        const codes = [...new Set((home.errors ?? []).map((e: { extensions?: Record<string, unknown> }) => e.extensions?.code))];
        answers.push({ how, codes, data: home.data, audit: after - before });
      }
      expect(answers).toEqual([
        { how, codes: ['UNAUTHENTICATED'], data: null, audit: 0 },
        { how, codes: ['UNAUTHENTICATED'], data: null, audit: 0 },
      ]);
    }
  }, 60_000);

  it('asks PostgreSQL one statement for the home (session check, reads and audit rows), against 13 on the general path (a session lookup and 12 reads and audit writes)', async () => {
    const counted = await countingDataSource(db.url);
    const api = await startTestApi(counted.dataSource);
    const slow = await startTestApi(counted.dataSource, { env: { FP_SCREEN_QUERIES: 'false' } });
    try {
      const counts: Record<string, number> = {};
      for (const [name, target] of [['one statement', api], ['general', slow]] as const) {
        for (const username of ['yp.a1', 'yp.a1sib']) {
          const client = target.client();
          await client.signIn(username, PASSWORD);
          // Warm: the council's policy is read once per process (FP_POLICY_CACHE_SECONDS).
          await client.ok(BENCH_HOME);
          counted.statements = 0;
          await client.ok(BENCH_HOME);
          counts[`${name} ${username}`] = counted.statements;
        }
      }
      expect(counts).toEqual({ 'one statement yp.a1': 1, 'one statement yp.a1sib': 1, 'general yp.a1': 13, 'general yp.a1sib': 13 });
    } finally {
      await api.close();
      await slow.close();
      await counted.dataSource.destroy();
    }
  }, 120_000);
});

import fc from 'fast-check';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';
import { LegalStatusEntity } from '../../packages/server/src/modules/legal-status/legal-status.entity';
import { NetworkMemberEntity } from '../../packages/server/src/modules/network/network-member.entity';
import { SiblingLinkEntity } from '../../packages/server/src/modules/siblings/sibling-link.entity';
import { MeetingEntity } from '../../packages/server/src/modules/meetings/meeting.entity';
import { PlanEntity } from '../../packages/server/src/modules/plans/plan.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { countingDataSource } from '../support/statement-counter';
import { auditRowsBy, changeSession, sessionLastSeen, SESSION_ENDINGS } from '../support/sessions';
import { signedInClients, startTestApi, type TestApi } from '../support/api';
import { buildWorld, makeChild, makeTeam, makeUser, PASSWORD, type World } from '../support/world';

/**
 * The one-statement screens (children.screen-query.ts) against the general
 * resolvers (FP_SCREEN_QUERIES=false): on random children and actors, the
 * same answers (data and errors) and the same audit rows; and the statements
 * per request, the same for 5 or 50 children.
 */
const RECORD = `query($id: ID!) { child(id: $id) {
  id version displayName legalFirstName dateOfBirth age team { id name } socialWorker { id displayName } iro { id displayName }
  currentPlacement { id type carerName startDate } placements { id type carerName startDate endDate weeklyCost }
  currentLegalStatus { id status startDate } legalStatuses { id status startDate endDate }
  currentPlan { id status primaryOption contingencies { id option position } outcomes { id position outcome dueDate actions { id action byWhom dueDate progress completed version } } } planHistory { id planNumber status }
  nextReview { id type dueDate } meetings { id type dueDate heldOn }
  alerts { code urgency title dueDate daysOverdue } measures { daysInCare placementCostToDate }
  brothersAndSisters { id relationship livingTogether child { id firstName age } }
  familyNetwork { id kind name relationship } lifeStory { id kind title } views { id topic status }
} }`;
const CASELOAD = `query($first: Int) { children(first: $first) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
  id displayName age dateLookedAfter localId team { name } socialWorker { displayName }
  currentPlacement { type startDate } currentPlan { id status primaryOption } nextReview { id type dueDate scheduledFor }
  alerts { code urgency title dueDate daysOverdue } brothersAndSisters { id relationship livingTogether child { id firstName age } }
} } } }`;

const DRIFT = `query($filter: DriftFilter, $first: Int) { drift(filter: $filter, first: $first) {
  totalCount childrenReached alertCounts { code title children } teams { id name } workers { id displayName }
  entries { topUrgency child { id displayName age } alerts { code urgency title detail dueDate daysOverdue source { section } } }
} }`;
const DRIFT_LIST = `query($first: Int) { driftList(first: $first) { topUrgency child { id displayName age } alerts { code urgency title dueDate daysOverdue } } }`;

const TRACKER = `query($filter: TrackerFilter, $sort: TrackerSort, $groupBy: TrackerGroupBy, $first: Int, $after: String) {
  tracker(filter: $filter, sort: $sort, groupBy: $groupBy, first: $first, after: $after) {
    totalCount hasNextPage endCursor teams { id name }
    totals { key label children weeklyCost costToDate projectedCostTo18 alerts } groups { key label children weeklyCost alerts }
    charts { byPlacementType { label children } stability { label children } }
    rows { childId name localId teamName planOption planStatus placementType inArea daysInCare permanenceDueOn weeklyCost costToDate
      projectedCostTo18 outcomesTotal outcomesCompleted outcomesOverdue movesInLast12Months alertCodes }
  }
}`;

const AUDIT = `SELECT id, action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address
  FROM audit_events WHERE actor_user_id = $1 AND action = 'READ' ORDER BY record_type, child_id NULLS FIRST, parts`;

describe('one statement per screen', () => {
  let db: TestDatabase;
  let fast: TestApi;
  let general: TestApi;
  let world: World;
  const as = signedInClients();

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    fast = await startTestApi(db.dataSource);
    general = await startTestApi(db.dataSource, { env: { FP_SCREEN_QUERIES: 'false' } });
    // Random children with random relations, the same on every run (fixed seed).
    const shapes = fc.sample(
      fc.record({
        team: fc.constantFrom('A1', 'A2'),
        worker: fc.constantFrom('swA1', 'swA1b', 'swA2', null),
        iro: fc.constantFrom('iroA', 'iroA2', null),
        placements: fc.array(fc.record({ type: fc.constantFrom('FOSTER_CARE', 'LONG_TERM_FOSTER', 'RESIDENTIAL'), days: fc.integer({ min: 30, max: 700 }), cost: fc.integer({ min: 0, max: 4000 }) }), { maxLength: 3 }),
        legal: fc.array(fc.constantFrom('INTERIM_CARE_ORDER', 'FULL_CARE_ORDER', 'SECTION_20'), { maxLength: 2 }),
        network: fc.array(fc.constantFrom('RELATIVE', 'TRUSTED_ADULT'), { maxLength: 2 }),
        siblingOf: fc.option(fc.integer({ min: 0, max: 11 })),
        plan: fc.option(fc.record({ option: fc.constantFrom('REUNIFICATION', 'ADOPTION', 'LONG_TERM_FOSTERING'), outcomes: fc.integer({ min: 1, max: 2 }) })),
      }),
      { numRuns: 12, seed: 22 },
    );
    // Drawn apart so the shapes above stay as they were: what the caseload's one-row picks choose from
    // (the current placement, the next review, the current plan), with ties and rows none of them picks.
    const day = fc.constantFrom(null, '2025-03-01', '2026-01-15');
    const extras = fc.sample(
      fc.record({
        lastEnded: fc.boolean(),
        meetings: fc.array(fc.record({ type: fc.constantFrom('FIRST_REVIEW', 'SUBSEQUENT_REVIEW', 'PERMANENCE_PLANNING_MEETING'), due: day, scheduled: day, held: fc.constantFrom(null, null, '2025-06-01') }), { maxLength: 5 }),
        versions: fc.array(fc.constantFrom('DRAFT', 'PROPOSED', 'APPROVED', 'ENDORSED', 'ENDED'), { maxLength: 3 }),
      }),
      { numRuns: 12, seed: 23 },
    );
    await db.dataSource.transaction(async (m) => {
      const made: string[] = [];
      for (const [i, shape] of shapes.entries()) {
        const team = shape.team === 'A1' ? world.teamA1 : world.teamA2;
        const child = await makeChild(m, world.councilA, team, {
          legalFirstName: `Kid${i}`, dateOfBirth: `201${i % 10}-0${(i % 9) + 1}-15`, dateLookedAfter: '2024-02-01',
          socialWorkerId: shape.worker ? world.users[shape.worker as 'swA1'].id : null, iroId: shape.iro ? world.users[shape.iro as 'iroA'].id : null,
        });
        let start = new Date('2024-02-01T00:00:00Z');
        for (const [j, p] of shape.placements.entries()) {
          const end = new Date(start.getTime() + p.days * 86_400_000);
          const last = j === shape.placements.length - 1;
          await m.save(m.create(PlacementEntity, { childId: child.id, type: p.type, carerName: `Carer ${j}`, startDate: start.toISOString().slice(0, 10), endDate: last ? null : end.toISOString().slice(0, 10), inArea: true, weeklyCost: `${p.cost}.50` }));
          start = end;
        }
        if (extras[i].lastEnded && shape.placements.length > 0) {
          await m.query(`UPDATE placements SET end_date = start_date + 10 WHERE child_id = $1 AND end_date IS NULL`, [child.id]);
        }
        for (const meeting of extras[i].meetings) {
          await m.save(m.create(MeetingEntity, { childId: child.id, type: meeting.type, dueDate: meeting.due, scheduledFor: meeting.scheduled, heldOn: meeting.held }));
        }
        // Plan versions written directly, for children who get no plan through the API below.
        if (!shape.plan || !shape.worker) {
          for (const [j, status] of extras[i].versions.entries()) {
            await m.save(m.create(PlanEntity, { childId: child.id, planNumber: j + 1, status, primaryOption: 'REUNIFICATION', createdById: world.users.swA1.id }));
          }
        }
        for (const [j, status] of shape.legal.entries()) {
          await m.save(m.create(LegalStatusEntity, { childId: child.id, status, startDate: `2024-0${j + 2}-01`, endDate: null }));
        }
        for (const [j, kind] of shape.network.entries()) {
          await m.save(m.create(NetworkMemberEntity, { childId: child.id, kind, name: `Person ${j}`, relationship: 'aunt' }));
        }
        if (shape.siblingOf !== null && made[shape.siblingOf % Math.max(made.length, 1)]) {
          const [lo, hi] = [child.id, made[shape.siblingOf % made.length]].sort();
          await m.save(m.create(SiblingLinkEntity, { childAId: lo, childBId: hi, relationship: 'HALF', livingTogether: false }));
        }
        made.push(child.id);
      }
    });
    // Plans with contingencies, outcomes and actions, written through the API as a social worker would.
    for (const [i, shape] of shapes.entries()) {
      if (!shape.plan || !shape.worker) continue;
      const row = (await db.dataSource.query(`SELECT id FROM children WHERE legal_first_name = $1`, [`Kid${i}`]))[0];
      const sw = await as(fast, shape.worker === 'swA1' ? 'sw.a1' : shape.worker === 'swA1b' ? 'sw.a1b' : 'sw.a2');
      const PLAN = 'id version';
      let plan = (await sw.ok<{ createPlan: { id: string; version: number } }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN} } }`, { input: { childId: row.id } })).createPlan;
      plan = (await sw.ok<{ updatePlan: typeof plan }>(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { ${PLAN} } }`, {
        input: { planId: plan.id, expectedVersion: plan.version, primaryOption: shape.plan.option, contingencies: ['KINSHIP_CARE'] },
      })).updatePlan;
      for (let k = 0; k < shape.plan.outcomes; k++) {
        plan = (await sw.ok<{ addPlanOutcome: typeof plan }>(`mutation($input: AddPlanOutcomeInput!) { addPlanOutcome(input: $input) { ${PLAN} } }`, {
          input: { planId: plan.id, expectedVersion: plan.version, outcome: `Outcome ${k}`, measure: 'Says so', optionTrack: 'PRIMARY',
            actions: [{ action: 'Visit', byWhom: 'Social Worker', withinWeeks: 6 }, { action: 'Call', byWhom: 'Carer', dueDate: '2026-12-04' }] },
        })).addPlanOutcome;
      }
    }
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM plan_outcome_actions`);
    expect(n).toBeGreaterThan(0);
  }, 90_000);
  afterAll(async () => {
    await fast?.close();
    await general?.close();
    await db?.drop();
  });

  const actors = ['sw.a1', 'sw.a1b', 'sw.a2', 'tm.a1', 'tm.a2', 'iro.a', 'iro.a2', 'hos.a', 'sw.b', 'hos.b', 'adv.a', 'yp.a1'];

  /** Runs one request on one API and gives its answer and the audit rows it wrote. */
  async function run(api: TestApi, username: string, query: string, variables: Record<string, unknown>) {
    const client = await as(api, username);
    const userId = (await db.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]))[0].id;
    // The trail is append-only: the rows this request wrote are the ones not there before it.
    const before = new Set((await db.dataSource.query(AUDIT, [userId])).map((r: { id: string }) => r.id));
    const answer = await client.gql(query, variables);
    const audit = (await db.dataSource.query(AUDIT, [userId])).filter((r: { id: string }) => !before.has(r.id)).map(({ id: _id, ...row }: { id: string }) => row);
    return { answer, audit };
  }

  it("gives the same record, errors and audit rows as the general resolvers, for random children and actors", async () => {
    const childIds: string[] = (await db.dataSource.query(`SELECT id FROM children ORDER BY legal_first_name`)).map((r: { id: string }) => r.id);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actors), fc.constantFrom(...childIds), async (username, id) => {
        const a = await run(fast, username, RECORD, { id });
        const b = await run(general, username, RECORD, { id });
        expect(a.answer).toEqual(b.answer);
        expect(a.audit).toEqual(b.audit);
      }),
      { seed: 22, numRuns: 40 },
    );
  }, 120_000);

  it('gives the same caseload pages, cursors and audit rows as the general resolvers', async () => {
    const shown = { placement: 0, noPlacement: 0, review: 0, plan: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actors), fc.integer({ min: 1, max: 8 }), async (username, first) => {
        const a = await run(fast, username, CASELOAD, { first });
        const b = await run(general, username, CASELOAD, { first });
        expect(a.answer).toEqual(b.answer);
        expect(a.audit).toEqual(b.audit);
        type Node = { currentPlacement: unknown; nextReview: unknown; currentPlan: unknown };
        for (const { node } of (a.answer.data as { children?: { edges: { node: Node }[] } } | null)?.children?.edges ?? []) {
          shown.placement += node.currentPlacement ? 1 : 0;
          shown.noPlacement += node.currentPlacement ? 0 : 1;
          shown.review += node.nextReview ? 1 : 0;
          shown.plan += node.currentPlan ? 1 : 0;
        }
      }),
      { seed: 22, numRuns: 25 },
    );
    // The one-row picks (the current placement, the next review, the current plan) were compared, found and not found.
    expect(Object.values(shown).every((n) => n > 0)).toBe(true);
  }, 120_000);

  it('gives the same current placement, next review and current plan on a record that does not ask for the lists', async () => {
    const CURRENT = `query($id: ID!) { child(id: $id) { id currentPlacement { id type startDate endDate } nextReview { id type dueDate scheduledFor heldOn }
      currentPlan { id planNumber status primaryOption contingencies { id option } } } }`;
    const childIds: string[] = (await db.dataSource.query(`SELECT id FROM children ORDER BY legal_first_name`)).map((r: { id: string }) => r.id);
    for (const username of ['sw.a1', 'tm.a1', 'hos.a', 'iro.a']) {
      for (const id of childIds) {
        const a = await run(fast, username, CURRENT, { id });
        const b = await run(general, username, CURRENT, { id });
        expect(a.answer).toEqual(b.answer);
        expect(a.audit).toEqual(b.audit);
      }
    }
  }, 120_000);

  it('gives the same drift lists, filters, counts and audit rows as the general resolvers', async () => {
    const codes: string[] = (await (await as(general, 'hos.a')).ok<{ drift: { alertCounts: { code: string }[] } }>(DRIFT, {})).drift.alertCounts.map((c) => c.code);
    expect(codes.length).toBeGreaterThan(1);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actors),
        fc.record({
          alert: fc.option(fc.constantFrom(...codes, 'NOT_A_CODE')),
          urgency: fc.option(fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW')),
          teamId: fc.option(fc.constantFrom(world.teamA1.id, world.teamA2.id, 'not-an-id')),
          workerId: fc.option(fc.constantFrom(world.users.swA1.id, world.users.swA2.id)),
        }, { requiredKeys: [] }),
        fc.option(fc.integer({ min: 0, max: 6 })),
        fc.boolean(),
        async (username, filter, first, list) => {
          const [query, variables] = list ? [DRIFT_LIST, { first }] : [DRIFT, { filter, first }];
          const a = await run(fast, username, query, variables);
          const b = await run(general, username, query, variables);
          expect(a.answer).toEqual(b.answer);
          expect(a.audit).toEqual(b.audit);
        },
      ),
      { seed: 22, numRuns: 40 },
    );
  }, 120_000);

  it('gives the same tracker pages, cursors, totals, teams and audit rows as the general resolvers', async () => {
    let rowsShown = 0;
    let secondPages = 0;
    await fc.assert(
      fc.asyncProperty(
        // Mostly people who reach many children, with filters that leave some.
        fc.constantFrom(...actors, 'hos.a', 'hos.a', 'hos.a', 'tm.a1', 'tm.a2'),
        fc.record({
          teamId: fc.option(fc.constantFrom(world.teamA1.id, world.teamA2.id, 'not-an-id'), { freq: 2 }),
          placementType: fc.option(fc.constantFrom('FOSTER_CARE', 'RESIDENTIAL'), { freq: 2 }),
          withAlerts: fc.option(fc.boolean(), { freq: 2 }),
        }, { requiredKeys: [] }),
        fc.option(fc.record({ field: fc.constantFrom('NAME', 'DAYS_IN_CARE', 'WEEKLY_COST', 'ALERTS'), descending: fc.boolean() })),
        fc.option(fc.constantFrom('TEAM', 'PLACEMENT_TYPE', 'PLAN_OPTION')),
        fc.integer({ min: 1, max: 5 }),
        async (username, filter, sort, groupBy, first) => {
          let after: string | null = null;
          // The first page and the next (from the cursor): the same on both paths.
          for (let page = 0; page < 2; page++) {
            const variables = { filter, sort, groupBy, first, after };
            const a = await run(fast, username, TRACKER, variables);
            const b = await run(general, username, TRACKER, variables);
            expect(a.answer).toEqual(b.answer);
            expect(a.audit).toEqual(b.audit);
            const next = (a.answer.data as { tracker?: { hasNextPage: boolean; endCursor: string | null; rows: unknown[] } } | null)?.tracker;
            rowsShown += next?.rows.length ?? 0;
            secondPages += page;
            if (!next?.hasNextPage) break;
            after = next.endCursor;
          }
        },
      ),
      { seed: 22, numRuns: 30 },
    );
    // Not only errors: pages of rows, and pages reached by a cursor.
    expect(rowsShown).toBeGreaterThan(30);
    expect(secondPages).toBeGreaterThan(3);
  }, 120_000);

  it('refuses a revoked, idle or expired session in the one statement (record, caseload, drift list, tracker) as the general path does: UNAUTHENTICATED, no audit row', async () => {
    const userId = (await db.dataSource.query(`SELECT id FROM users WHERE username = 'sw.a1'`))[0].id;
    const childId = (await db.dataSource.query(`SELECT id FROM children WHERE social_worker_id = $1 LIMIT 1`, [userId]))[0].id;
    for (const [how, change] of Object.entries(SESSION_ENDINGS)) {
      const answers = [];
      for (const api of [fast, general]) {
        const client = api.client();
        await client.signIn('sw.a1', PASSWORD);
        // Seen once, so the fast API remembers its actor and checks it in the screen's statement from now on.
        await client.ok(CASELOAD, { first: 2 });
        await client.ok(RECORD, { id: childId });
        await changeSession(db.dataSource, client, change);
        const before = await auditRowsBy(db.dataSource, userId);
        const record = await client.gql(RECORD, { id: childId });
        const caseload = await client.gql(CASELOAD, { first: 2 });
        const drift = await client.gql(DRIFT, {});
        const tracker = await client.gql(TRACKER, { first: 5 });
        const after = await auditRowsBy(db.dataSource, userId);
        const code = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
        expect({ how, record: code(record), caseload: code(caseload), drift: code(drift), tracker: code(tracker), audit: after - before }).toEqual({
          how, record: 'UNAUTHENTICATED', caseload: 'UNAUTHENTICATED', drift: 'UNAUTHENTICATED', tracker: 'UNAUTHENTICATED', audit: 0,
        });
        answers.push({ record, caseload, drift, tracker });
      }
      expect(answers[0]).toEqual(answers[1]);
    }
  }, 60_000);

  it('keeps a session in use alive from the one statement, as the lookup does', async () => {
    const client = fast.client();
    await client.signIn('sw.a1', PASSWORD);
    await client.ok(CASELOAD, { first: 2 });
    await changeSession(db.dataSource, client, `last_seen_at = last_seen_at - interval '10 minutes'`);
    const before = await sessionLastSeen(db.dataSource, client);
    await client.ok(CASELOAD, { first: 2 });
    const after = await sessionLastSeen(db.dataSource, client);
    expect(after.getTime() - before.getTime()).toBeGreaterThanOrEqual(10 * 60_000);
  });

  it('asks PostgreSQL one statement for the record and the caseload, two for the drift list and the tracker (session check included), as many for 50 children as for 5', async () => {
    const counted = await countingDataSource(db.url);
    const api = await startTestApi(counted.dataSource);
    try {
      const managers: Record<number, { username: string; childId: string }> = {};
      for (const size of [5, 50]) {
        await db.dataSource.transaction(async (m) => {
          const team = await makeTeam(m, world.councilA, `Screen team of ${size}`);
          const manager = await makeUser(m, `tm.screen${size}`, 'TEAM_MANAGER', world.councilA, { team });
          let childId = '';
          for (let i = 0; i < size; i++) {
            const child = await makeChild(m, world.councilA, team, { legalFirstName: `Kid${i}` });
            childId = child.id;
            await m.save(m.create(PlacementEntity, { childId: child.id, type: 'FOSTER_CARE', carerName: 'C', startDate: '2025-01-01', endDate: null }));
            await m.save(m.create(NetworkMemberEntity, { childId: child.id, kind: 'RELATIVE', name: 'Gran', relationship: 'grandmother' }));
            const [lo, hi] = [child.id, world.children.a2.id].sort();
            await m.save(m.create(SiblingLinkEntity, { childAId: lo, childBId: hi, relationship: 'HALF', livingTogether: false }));
          }
          managers[size] = { username: manager.username, childId };
        });
      }
      const counts: Record<string, number> = {};
      for (const size of [5, 50]) {
        const client = api.client();
        await client.signIn(managers[size].username, PASSWORD);
        // Warm: the council's policy is read once per process (FP_POLICY_CACHE_SECONDS), the facts once per version.
        await client.ok(CASELOAD, { first: 50 });
        counted.statements = 0;
        const page = await client.ok<{ children: { edges: unknown[] } }>(CASELOAD, { first: 50 });
        counts[`caseload ${size}`] = counted.statements;
        expect(page.children.edges).toHaveLength(size);
        counted.statements = 0;
        await client.ok(RECORD, { id: managers[size].childId });
        counts[`record ${size}`] = counted.statements;
        counted.statements = 0;
        const drift = await client.ok<{ drift: { childrenReached: number } }>(DRIFT, {});
        counts[`drift ${size}`] = counted.statements;
        expect(drift.drift.childrenReached).toBe(size);
        counted.statements = 0;
        const tracker = await client.ok<{ tracker: { totalCount: number } }>(TRACKER, { first: 100 });
        counts[`tracker ${size}`] = counted.statements;
        expect(tracker.tracker.totalCount).toBe(size);
      }
      // One statement: the session check, the screen and its audit rows (the session was looked up once, on the warming request).
      // The drift list and the tracker: two, the reads in one and the audit rows once the rules have said which children are shown.
      expect(counts).toEqual({ 'caseload 5': 1, 'caseload 50': 1, 'record 5': 1, 'record 50': 1, 'drift 5': 2, 'drift 50': 2, 'tracker 5': 2, 'tracker 50': 2 });
      // A session this process has not seen yet is looked up first: two.
      const fresh = api.client();
      await fresh.signIn(managers[5].username, PASSWORD);
      const other = await startTestApi(counted.dataSource);
      try {
        // Warm the other process's policy cache with someone else's session.
        const warm = other.client();
        await warm.signIn(managers[50].username, PASSWORD);
        await warm.ok(CASELOAD, { first: 50 });
        const elsewhere = other.client();
        elsewhere.cookie = fresh.cookie;
        counted.statements = 0;
        await elsewhere.ok(CASELOAD, { first: 50 });
        expect(counted.statements).toBe(2);
      } finally {
        await other.close();
      }
    } finally {
      await api.close();
      await counted.dataSource.destroy();
    }
  }, 120_000);
});

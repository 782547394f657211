import type { Actor } from '../../packages/server/src/common/actor';
import { PlacementEntity } from '../../packages/server/src/modules/placements/placement.entity';
import { SiblingLinkEntity } from '../../packages/server/src/modules/siblings/sibling-link.entity';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { countingDataSource } from '../support/statement-counter';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, makeTeam, makeUser, PASSWORD, type World } from '../support/world';

const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id version startDate endDate carerName } }`;
const END = `mutation($input: EndPlacementInput!) { endPlacement(input: $input) { id version endDate endReason } }`;
const UPDATE = `mutation($input: UpdatePlacementInput!) { updatePlacement(input: $input) { id version carerName weeklyCost } }`;
const PLACEMENTS = `query($id: ID!) { child(id: $id) { placementMovesInLast12Months currentPlacement { carerName } placements { carerName startDate endDate reasonForChange } } }`;

describe('case records', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
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

  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].n);
  /** A new child on swA1's caseload, so each test starts from nothing. */
  const freshChild = (fields: Record<string, unknown> = {}) =>
    db.dataSource.transaction((m) => makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth: '2012-02-02', ...fields }));

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('placements', () => {
    it('starting a placement ends the current one on the same day with the reason, audited, in one transaction', async () => {
      const child = await freshChild();
      const sw = await as('sw.a1');
      const first = (await sw.ok<{ startPlacement: { id: string } }>(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'Mrs Ali', startDate: '2025-03-01', inArea: true, weeklyCost: 450.5 } })).startPlacement;
      const second = await sw.ok(START, { input: { childId: child.id, type: 'LONG_TERM_FOSTER', carerName: 'Mr and Mrs Jones', startDate: '2026-02-01', reasonForChange: 'CARPL', weeklyCost: 500 } });
      expect(second).toMatchObject({ startPlacement: { startDate: '2026-02-01', endDate: null } });
      const read = await sw.ok<{ child: { currentPlacement: { carerName: string }; placements: unknown[] } }>(PLACEMENTS, { id: child.id });
      expect(read.child.currentPlacement.carerName).toBe('Mr and Mrs Jones');
      expect(read.child.placements).toEqual([
        { carerName: 'Mrs Ali', startDate: '2025-03-01', endDate: '2026-02-01', reasonForChange: 'CARPL' },
        { carerName: 'Mr and Mrs Jones', startDate: '2026-02-01', endDate: null, reasonForChange: null },
      ]);
      const [ended] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE'`, [first.id]);
      expect(ended.changes).toEqual({ endDate: { before: null, after: '2026-02-01' }, reasonForChange: { before: null, after: 'CARPL' } });

      // A failure after the old placement was ended rolls the end back too.
      await db.dataSource.query(`CREATE FUNCTION records_test_boom() RETURNS trigger AS $$ BEGIN IF NEW.carer_name = 'Boom' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await db.dataSource.query(`CREATE TRIGGER records_test_boom BEFORE INSERT ON placements FOR EACH ROW EXECUTE FUNCTION records_test_boom()`);
      try {
        const audits = await count(`SELECT count(*) AS n FROM audit_events WHERE child_id = $1 AND action <> 'READ'`, [child.id]);
        const failed = await sw.gql(START, { input: { childId: child.id, type: 'RESIDENTIAL', carerName: 'Boom', startDate: '2026-11-01', reasonForChange: 'CARPL' } });
        expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
        const rows = await db.dataSource.getRepository(PlacementEntity).find({ where: { childId: child.id }, order: { startDate: 'ASC' } });
        expect(rows.map((p) => [p.carerName, p.endDate])).toEqual([['Mrs Ali', '2026-02-01'], ['Mr and Mrs Jones', null]]);
        expect(await count(`SELECT count(*) AS n FROM audit_events WHERE child_id = $1 AND action <> 'READ'`, [child.id])).toBe(audits);
      } finally {
        await db.dataSource.query(`DROP TRIGGER records_test_boom ON placements; DROP FUNCTION records_test_boom()`);
      }
    });

    it('counts more than three moves in the last 12 months', async () => {
      const child = await freshChild();
      const sw = await as('sw.a1');
      await sw.ok(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'Carer 0', startDate: '2025-06-01' } });
      for (const [i, startDate] of ['2026-01-05', '2026-03-01', '2026-06-01', '2026-09-01'].entries()) {
        await sw.ok(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: `Carer ${i + 1}`, startDate, reasonForChange: 'CARPL' } });
      }
      const read = await sw.ok<{ child: { placementMovesInLast12Months: number; currentPlacement: { carerName: string } } }>(PLACEMENTS, { id: child.id });
      expect(read.child.placementMovesInLast12Months).toBe(4);
      expect(read.child.currentPlacement.carerName).toBe('Carer 4');
    });

    it('refuses bad dates with BAD_USER_INPUT naming the field, writing nothing', async () => {
      const child = await freshChild();
      const sw = await as('sw.a1');
      const placed = (await sw.ok<{ startPlacement: { id: string; version: number } }>(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'A', startDate: '2026-01-10' } })).startPlacement;
      const before = await count(`SELECT count(*) AS n FROM audit_events WHERE child_id = $1 AND action <> 'READ'`, [child.id]);
      const attempts: [string, Record<string, unknown>, string][] = [
        [START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'B', startDate: '2026-11-25', reasonForChange: 'CARPL' } }, 'startDate'],
        [START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'B', startDate: '2026-01-09', reasonForChange: 'CARPL' } }, 'startDate'],
        [START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'B', startDate: '2026-02-01' } }, 'reasonForChange'],
        [START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'B', startDate: '1850-01-01' } }, 'startDate'],
        [END, { input: { id: placed.id, endDate: '2026-01-09', endReason: 'E11', expectedVersion: placed.version } }, 'endDate'],
        [END, { input: { id: placed.id, endDate: '2026-12-01', endReason: 'E11', expectedVersion: placed.version } }, 'endDate'],
        [`mutation($input: RecordLegalStatusInput!) { recordLegalStatus(input: $input) { id } }`, { input: { childId: child.id, status: 'SECTION_20', startDate: '2027-01-01' } }, 'startDate'],
        [`mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id } }`, { input: { childId: child.id, kind: 'RELATIVE', name: 'Aunt', relationship: 'aunt', email: 'not-an-email' } }, 'email'],
      ];
      for (const [document, variables, field] of attempts) {
        const res = await sw.gql(document, variables);
        expect({ field, code: errorCode(res), named: res.errors?.[0]?.extensions?.field }).toEqual({ field, code: 'BAD_USER_INPUT', named: field });
      }
      expect(await count(`SELECT count(*) AS n FROM placements WHERE child_id = $1 AND end_date IS NULL`, [child.id])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM placements WHERE child_id = $1`, [child.id])).toBe(1);
      expect(await count(`SELECT count(*) AS n FROM legal_statuses WHERE child_id = $1`, [child.id])).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE child_id = $1 AND action <> 'READ'`, [child.id])).toBe(before);
    });

    it('answers CONFLICT to a stale version and keeps the newer change', async () => {
      const child = await freshChild();
      const sw = await as('sw.a1');
      const tm = await as('tm.a1');
      const placed = (await sw.ok<{ startPlacement: { id: string; version: number } }>(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'A', startDate: '2026-01-10' } })).startPlacement;
      await tm.ok(UPDATE, { input: { id: placed.id, carerName: 'Corrected by manager', expectedVersion: placed.version } });
      const stale = await sw.gql(UPDATE, { input: { id: placed.id, weeklyCost: 1, expectedVersion: placed.version } });
      expect(errorCode(stale)).toBe('CONFLICT');
      const [row] = await db.dataSource.query(`SELECT carer_name, weekly_cost FROM placements WHERE id = $1`, [placed.id]);
      expect(row).toEqual({ carer_name: 'Corrected by manager', weekly_cost: '0.00' });

      const SAVE = `mutation($input: SaveMatchingAreaInput!) { saveMatchingArea(input: $input) { version needs } }`;
      expect((await sw.ok<{ saveMatchingArea: { version: number } }>(SAVE, { input: { childId: child.id, area: 'IDENTITY', needs: 'Halal food' } })).saveMatchingArea.version).toBe(1);
      expect(errorCode(await tm.gql(SAVE, { input: { childId: child.id, area: 'IDENTITY', needs: 'Other' } }))).toBe('CONFLICT');
      const areas = await sw.ok<{ child: { matchingRecord: { area: string; needs: string | null }[] } }>(`query($id: ID!) { child(id: $id) { matchingRecord { area needs } } }`, { id: child.id });
      expect(areas.child.matchingRecord).toHaveLength(9);
      expect(areas.child.matchingRecord[0].area).toBe('VIEWS_WISHES_WORRIES');
      expect(areas.child.matchingRecord.find((a) => a.area === 'IDENTITY')!.needs).toBe('Halal food');
    });

    it('gives NOT_FOUND for a placement of a child out of reach, and FORBIDDEN to an IRO who can read it', async () => {
      const child = await freshChild();
      const placed = (await (await as('sw.a1')).ok<{ startPlacement: { id: string; version: number } }>(START, { input: { childId: child.id, type: 'FOSTER_CARE', carerName: 'A', startDate: '2026-01-10' } })).startPlacement;
      expect(errorCode(await (await as('sw.a2')).gql(UPDATE, { input: { id: placed.id, carerName: 'X', expectedVersion: placed.version } }))).toBe('NOT_FOUND');
      expect(errorCode(await (await as('iro.a')).gql(UPDATE, { input: { id: placed.id, carerName: 'X', expectedVersion: placed.version } }))).toBe('FORBIDDEN');
    });
  });

  describe('brothers and sisters', () => {
    const SIBLINGS = `query($id: ID!) { child(id: $id) { brothersAndSisters { relationship livingTogether child { id firstName age reachable } keepingInTouchPlans { kind } } } }`;

    it('shows a brother or sister outside your reach by first name and age only', async () => {
      const mine = await (await as('sw.a1')).ok<{ child: { brothersAndSisters: { child: unknown }[] } }>(SIBLINGS, { id: world.children.a1.id });
      expect(mine.child.brothersAndSisters).toEqual([
        { relationship: 'FULL', livingTogether: false, child: { id: null, firstName: 'Adam', age: 10, reachable: false }, keepingInTouchPlans: [] },
      ]);
      const manager = await (await as('tm.a1')).ok<{ child: { brothersAndSisters: { child: { id: string; reachable: boolean } }[] } }>(SIBLINGS, { id: world.children.a1.id });
      expect(manager.child.brothersAndSisters[0].child).toMatchObject({ id: world.children.a1sib.id, reachable: true });
    });

    it('links a child in the same council, stores the pair ordered, and refuses another council', async () => {
      const child = await freshChild({ legalFirstName: 'Zara' });
      const other = await db.dataSource.transaction((m) => makeChild(m, world.councilA, world.teamA2, { legalFirstName: 'Yusuf', dateOfBirth: '2018-01-01' }));
      const LINK = `mutation($input: LinkBrotherOrSisterInput!) { linkBrotherOrSister(input: $input) { id version child { id firstName reachable } } }`;
      const sw = await as('sw.a1');
      const linked = (await sw.ok<{ linkBrotherOrSister: { id: string; version: number; child: unknown } }>(LINK, { input: { childId: child.id, otherChildId: other.id, relationship: 'HALF', livingTogether: false } })).linkBrotherOrSister;
      expect(linked.child).toEqual({ id: null, firstName: 'Yusuf', reachable: false });
      const row = await db.dataSource.getRepository(SiblingLinkEntity).findOneByOrFail({ id: linked.id });
      expect(row.childAId < row.childBId).toBe(true);
      expect(await count(`SELECT count(*) AS n FROM audit_events WHERE record_id = $1 AND action = 'CREATE'`, [linked.id])).toBe(2);
      expect(errorCode(await sw.gql(LINK, { input: { childId: child.id, otherChildId: world.children.b1.id, relationship: 'HALF', livingTogether: false } }))).toBe('NOT_FOUND');

      const PLAN = `mutation($input: SetKeepingInTouchPlanInput!) { setKeepingInTouchPlan(input: $input) { id version frequency } }`;
      const plan = (await sw.ok<{ setKeepingInTouchPlan: { id: string; version: number } }>(PLAN, { input: { linkId: linked.id, kind: 'DIRECT', frequency: 'Monthly', agreedBy: 'Review' } })).setKeepingInTouchPlan;
      await sw.ok(PLAN, { input: { linkId: linked.id, id: plan.id, kind: 'DIRECT', frequency: 'Weekly', agreedBy: 'Review', expectedVersion: plan.version } });
      expect(errorCode(await sw.gql(PLAN, { input: { linkId: linked.id, id: plan.id, kind: 'DIRECT', frequency: 'Daily', agreedBy: 'Review', expectedVersion: plan.version } }))).toBe('CONFLICT');
      const UPDATE_LINK = `mutation($input: UpdateBrotherOrSisterLinkInput!) { updateBrotherOrSisterLink(input: $input) { livingTogether } }`;
      expect(errorCode(await sw.gql(UPDATE_LINK, { input: { id: linked.id, livingTogether: true, expectedVersion: linked.version + 5 } }))).toBe('CONFLICT');
      // The other child's team manager reaches the link through their own child.
      expect(await (await as('tm.a2')).ok(UPDATE_LINK, { input: { id: linked.id, livingTogether: true, expectedVersion: linked.version } })).toEqual({ updateBrotherOrSisterLink: { livingTogether: true } });
    });
  });

  describe('advocacy', () => {
    const actorFor = (key: 'advA' | 'advA2'): Actor => ({
      userId: world.users[key].id, sessionId: 'test', role: 'ADVOCATE', councilId: world.councilA.id, teamId: null, childId: null, firstName: 'Adv', lastName: 'Tester',
    });
    const reachedBy = async (key: 'advA' | 'advA2') => (await api.services.children.reachable(actorFor(key)).getMany()).map((c) => c.id);
    const QUEUE = `{ advocacyReferralQueue { referralId firstName age } }`;
    const ACCEPT = `mutation($id: ID!) { acceptAdvocacyReferral(referralId: $id) { status advocate { displayName } } }`;
    const CLOSE = `mutation($id: ID!) { closeAdvocacyReferral(referralId: $id) { status } }`;

    it('gives an advocate access only while the referral is ACTIVE', async () => {
      const child = await freshChild({ legalFirstName: 'Priya', advocacyOfferedOn: null });
      const sw = await as('sw.a1');
      const adv = await as('adv.a2');
      const requested = (await sw.ok<{ requestAdvocacy: { id: string; status: string } }>(`mutation($input: RequestAdvocacyInput!) { requestAdvocacy(input: $input) { id status } }`, { input: { childId: child.id, reason: 'Wants help at her review' } })).requestAdvocacy;
      expect(requested.status).toBe('REQUESTED');
      expect((await db.dataSource.query(`SELECT to_char(advocacy_offered_on, 'YYYY-MM-DD') AS d FROM children WHERE id = $1`, [child.id]))[0].d).toBe('2026-11-24');

      const queue = await adv.ok<{ advocacyReferralQueue: Record<string, unknown>[] }>(QUEUE);
      expect(queue.advocacyReferralQueue).toContainEqual({ referralId: requested.id, firstName: 'Priya', age: 14 });
      expect(await reachedBy('advA2')).not.toContain(child.id);
      expect(errorCode(await adv.gql(CLOSE, { id: requested.id }))).toBe('NOT_FOUND');

      expect(await adv.ok(ACCEPT, { id: requested.id })).toEqual({ acceptAdvocacyReferral: { status: 'ACTIVE', advocate: { displayName: 'Adv Tester' } } });
      expect(await reachedBy('advA2')).toContain(child.id);
      expect(await reachedBy('advA')).not.toContain(child.id);
      expect((await adv.ok<{ advocacyReferralQueue: { referralId: string }[] }>(QUEUE)).advocacyReferralQueue.map((q) => q.referralId)).not.toContain(requested.id);
      expect(errorCode(await (await as('adv.a')).gql(ACCEPT, { id: requested.id }))).toBe('NOT_FOUND');

      expect(await adv.ok(CLOSE, { id: requested.id })).toEqual({ closeAdvocacyReferral: { status: 'CLOSED' } });
      expect(await reachedBy('advA2')).not.toContain(child.id);
      expect(errorCode(await adv.gql(CLOSE, { id: requested.id }))).toBe('NOT_FOUND');
      expect(errorCode(await sw.gql(CLOSE, { id: requested.id }))).toBe('CONFLICT');
    });

    it("keeps another council's referrals out of an advocate's queue", async () => {
      const b = await as('sw.b');
      const requested = (await b.ok<{ requestAdvocacy: { id: string } }>(`mutation($input: RequestAdvocacyInput!) { requestAdvocacy(input: $input) { id } }`, { input: { childId: world.children.b1.id, reason: 'Asked' } })).requestAdvocacy;
      const adv = await as('adv.a');
      expect((await adv.ok<{ advocacyReferralQueue: { referralId: string }[] }>(QUEUE)).advocacyReferralQueue.map((q) => q.referralId)).not.toContain(requested.id);
      expect(errorCode(await adv.gql(ACCEPT, { id: requested.id }))).toBe('NOT_FOUND');
    });
  });

  describe('allocation', () => {
    const ALLOCATE = `mutation($input: AllocateChildInput!) { allocateChild(input: $input) { version socialWorker { id } iro { id } iroAllocatedOn } }`;

    it('allocates a worker from the team and an IRO from the council, audited, and refuses anyone else', async () => {
      const child = await freshChild({ socialWorkerId: null, iroId: null });
      const tm = await as('tm.a1');
      const wrongTeam = await tm.gql(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA2.id, expectedVersion: 1 } });
      expect({ code: errorCode(wrongTeam), field: wrongTeam.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'socialWorkerId' });
      expect(errorCode(await tm.gql(ALLOCATE, { input: { childId: child.id, iroId: world.users.iroB.id, expectedVersion: 1 } }))).toBe('BAD_USER_INPUT');
      const done = await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1b.id, iroId: world.users.iroA2.id, expectedVersion: 1 } });
      expect(done).toEqual({ allocateChild: { version: 2, socialWorker: { id: world.users.swA1b.id }, iro: { id: world.users.iroA2.id }, iroAllocatedOn: '2026-11-24' } });
      const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE child_id = $1 AND action = 'UPDATE'`, [child.id]);
      expect(audit.changes.socialWorkerId).toEqual({ before: null, after: world.users.swA1b.id });
      expect(errorCode(await tm.gql(ALLOCATE, { input: { childId: child.id, iroId: null, expectedVersion: 1 } }))).toBe('CONFLICT');
      expect(errorCode(await (await as('tm.a2')).gql(ALLOCATE, { input: { childId: child.id, iroId: null, expectedVersion: 2 } }))).toBe('NOT_FOUND');
    });

    it('offers the team manager exactly the people allocateChild accepts, and says who may allocate', async () => {
      const tm = await as('tm.a1');
      const CHOICES = `query { allocationChoices { socialWorkers { id } iros { id } } }`;
      const { allocationChoices } = await tm.ok<{ allocationChoices: { socialWorkers: { id: string }[]; iros: { id: string }[] } }>(CHOICES);
      // Team A1's social workers (not team A2's, not council B's); the council's IROs (not council B's).
      expect(allocationChoices.socialWorkers.map((p) => p.id).sort()).toEqual([world.users.swA1.id, world.users.swA1b.id].sort());
      expect(allocationChoices.iros.map((p) => p.id).sort()).toEqual([world.users.iroA.id, world.users.iroA2.id].sort());
      const child = await freshChild({ socialWorkerId: null, iroId: null });
      for (const p of allocationChoices.socialWorkers) {
        const [{ version }] = await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [child.id]);
        expect((await tm.gql(ALLOCATE, { input: { childId: child.id, socialWorkerId: p.id, changeReason: 'MANAGE', expectedVersion: version } })).errors).toBeUndefined();
      }
      // A disabled account is offered no more.
      await db.dataSource.query(`UPDATE users SET disabled_at = '2026-11-01' WHERE id = $1`, [world.users.swA1.id]);
      const after = await tm.ok<{ allocationChoices: { socialWorkers: { id: string }[] } }>(CHOICES);
      expect(after.allocationChoices.socialWorkers.map((p) => p.id)).toEqual([world.users.swA1b.id]);
      await db.dataSource.query(`UPDATE users SET disabled_at = NULL WHERE id = $1`, [world.users.swA1.id]);
      const ABILITY = `query($id: ID!) { child(id: $id) { abilities { canAllocate } } }`;
      const may = async (username: string) => (await (await as(username)).ok<{ child: { abilities: { canAllocate: boolean } } }>(ABILITY, { id: world.children.a1.id })).child.abilities.canAllocate;
      expect({ tm: await may('tm.a1'), sw: await may('sw.a1'), iro: await may('iro.a'), head: await may('hos.a') }).toEqual({ tm: true, sw: false, iro: false, head: false });
      expect(errorCode(await (await as('sw.a1')).gql(CHOICES))).toBe('FORBIDDEN');
    });

    const HISTORY = `query($id: ID!) { child(id: $id) { socialWorkerEpisodes { workerName workerId sweNumber placeholder startDate endDate reason } } }`;
    const episodes = (childId: string) =>
      db.dataSource.query(`SELECT worker_id, start_date::text, end_date::text, reason FROM social_worker_episodes WHERE child_id = $1 ORDER BY start_date, created_at`, [childId]);

    it('keeps the allocation history: a first allocation is FCONTA; a change closes the open episode and opens one with the reason, in the same step', async () => {
      const child = await freshChild({ socialWorkerId: null, iroId: null });
      const tm = await as('tm.a1');
      await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1b.id, expectedVersion: 1 } });
      const today = api.clock.now().toISOString().slice(0, 10);
      expect(await episodes(child.id)).toEqual([{ worker_id: world.users.swA1b.id, start_date: today, end_date: null, reason: 'FCONTA' }]);
      // As if that allocation had been made in the spring: a change today ends it today.
      await db.dataSource.query(`UPDATE social_worker_episodes SET start_date = '2026-04-01' WHERE child_id = $1`, [child.id]);

      // A change of worker needs the reason; refused, nothing changes.
      const noReason = await tm.gql(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1.id, expectedVersion: 2 } });
      expect({ code: errorCode(noReason), field: noReason.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'changeReason' });
      expect(errorCode(await tm.gql(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1.id, changeReason: 'BOSSES', expectedVersion: 2 } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await tm.gql(ALLOCATE, { input: { childId: child.id, iroId: world.users.iroA.id, changeReason: 'MANAGE', expectedVersion: 2 } }))).toBe('BAD_USER_INPUT');
      expect(await episodes(child.id)).toEqual([{ worker_id: world.users.swA1b.id, start_date: '2026-04-01', end_date: null, reason: 'FCONTA' }]);
      expect((await db.dataSource.query(`SELECT version, social_worker_id FROM children WHERE id = $1`, [child.id]))[0]).toEqual({ version: 2, social_worker_id: world.users.swA1b.id });

      await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1.id, changeReason: 'LEFTRL', expectedVersion: 2 } });
      expect(await episodes(child.id)).toEqual([
        { worker_id: world.users.swA1b.id, start_date: '2026-04-01', end_date: today, reason: 'FCONTA' },
        { worker_id: world.users.swA1.id, start_date: today, end_date: null, reason: 'LEFTRL' },
      ]);
      const audited = await db.dataSource.query(`SELECT action FROM audit_events WHERE child_id = $1 AND record_type = 'SocialWorkerEpisode' ORDER BY occurred_at, action`, [child.id]);
      expect(audited.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE', 'CREATE']);
      // The same worker again changes nothing; a second change the same day corrects today's episode (none lasts under a day, SW09).
      await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1.id, expectedVersion: 3 } });
      await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: world.users.swA1b.id, changeReason: 'MANAGE', expectedVersion: 3 } });
      expect((await episodes(child.id)).slice(1)).toEqual([{ worker_id: world.users.swA1b.id, start_date: today, end_date: null, reason: 'MANAGE' }]);

      // The record shows who, when and why, latest first, to those who may read it.
      const history = await (await as('tm.a1')).ok<{ child: { socialWorkerEpisodes: { workerName: string; reason: string; endDate: string | null }[] } }>(HISTORY, { id: child.id });
      expect(history.child.socialWorkerEpisodes.map((e) => [e.workerName, e.reason, e.endDate])).toEqual([
        [`${world.users.swA1b.firstName} ${world.users.swA1b.lastName}`, 'MANAGE', null],
        [`${world.users.swA1b.firstName} ${world.users.swA1b.lastName}`, 'FCONTA', today],
      ]);
      expect(errorCode(await (await as('tm.a2')).gql(HISTORY, { id: child.id }))).toBe('NOT_FOUND');

      // Taking the worker away ends the open episode and opens none.
      await db.dataSource.query(`UPDATE social_worker_episodes SET start_date = '2026-05-01' WHERE child_id = $1 AND end_date IS NULL`, [child.id]);
      await tm.ok(ALLOCATE, { input: { childId: child.id, socialWorkerId: null, expectedVersion: 4 } });
      expect(await count(`SELECT count(*) AS n FROM social_worker_episodes WHERE child_id = $1 AND end_date IS NULL`, [child.id])).toBe(0);
    });
  });

  describe('SQL statements per request', () => {
    it('are as many for 50 children as for 5', async () => {
      const counted = await countingDataSource(db.url);
      const countingApi = await startTestApi(counted.dataSource);
      try {
        const managers: Record<number, string> = {};
        for (const size of [5, 50]) {
          await db.dataSource.transaction(async (m) => {
            const team = await makeTeam(m, world.councilA, `Team of ${size}`);
            const manager = await makeUser(m, `tm.size${size}`, 'TEAM_MANAGER', world.councilA, { team });
            managers[size] = manager.username;
            for (let i = 0; i < size; i++) {
              const child = await makeChild(m, world.councilA, team, { legalFirstName: `Kid${i}` });
              await m.save(m.create(PlacementEntity, { childId: child.id, type: 'FOSTER_CARE', carerName: 'C', startDate: '2025-01-01', endDate: null }));
              const [lo, hi] = [child.id, world.children.a2.id].sort();
              await m.save(m.create(SiblingLinkEntity, { childAId: lo, childBId: hi, relationship: 'HALF', livingTogether: false }));
            }
          });
        }
        const QUERY = `{ children(first: 50) { edges { node { placements { id } currentPlacement { type } brothersAndSisters { child { firstName } } } } } }`;
        const counts: Record<number, number> = {};
        for (const size of [5, 50]) {
          const client = countingApi.client();
          await client.signIn(managers[size], PASSWORD);
          counted.statements = 0;
          const data = await client.ok<{ children: { edges: unknown[] } }>(QUERY);
          counts[size] = counted.statements;
          expect(data.children.edges).toHaveLength(size);
        }
        expect(counts[50]).toBe(counts[5]);
        expect(counts[5]).toBeGreaterThan(0);
        expect(counts[5]).toBeLessThan(15);
      } finally {
        await countingApi.close();
        await counted.dataSource.destroy();
      }
    });
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';
import { ApiClient, errorCode, startTestApi, type GraphQLResponse, type TestApi } from '../support/api';
import { buildWorld, makeChild, PASSWORD, type World } from '../support/world';
import type { ChildEntity } from '../../packages/server/src/modules/children/child.entity';

/**
 * Newham's outcome rows (section 13) and bottom lines (section 12): several
 * actions per outcome, each with its owner, timescale and progress; the
 * structured bottom lines; the family's agreement; the target date for
 * permanence; and the panel decision as data.
 */
interface Action { id: string; version: number; action: string; byWhom: string; withinWeeks: number | null; dueDate: string; progress: string | null; completed: boolean }
interface Plan {
  id: string; version: number; status: string;
  safetyPeople: string | null; monitoringPeople: string | null; peopleToAvoid: string | null; safetyPlanLasts: string | null; wordsAndPicturesAge: number | null;
  familyAgreement: string | null; familyComments: string | null; permanenceTargetDate: string | null;
  panelType: string | null; panelDate: string | null; panelRecommendation: string | null;
  panelDecision: string | null; panelDecisionDate: string | null; panelDecisionMaker: string | null; panelDecisionNotes: string | null;
  outcomes: { id: string; version: number; outcome: string; optionTrack: string | null; dueDate: string | null; actions: Action[] }[];
  changesSinceApproved: { comparedWithPlanNumber: number | null; changes: { field: string; outcome: string | null; before: string | null; after: string | null }[] };
}

const PLAN = `id version status safetyPeople monitoringPeople peopleToAvoid safetyPlanLasts wordsAndPicturesAge familyAgreement familyComments permanenceTargetDate
  panelType panelDate panelRecommendation panelDecision panelDecisionDate panelDecisionMaker panelDecisionNotes
  outcomes { id version outcome optionTrack dueDate actions { id version action byWhom withinWeeks dueDate progress completed } }
  changesSinceApproved { comparedWithPlanNumber changes { field outcome before after } }`;

const FOURTH_OUTCOME = {
  outcome: 'If Damian can not be cared for by his mother he has alternative permanent carers',
  measure: 'Damian has a permanent carer',
  optionTrack: 'CONTINGENCY',
  actions: [
    { action: 'SW progress viability assessment of Lisa Brown', byWhom: 'Social Worker', withinWeeks: 6 },
    { action: 'SW to commence life story work for Damian', byWhom: 'Social Worker, Fostering Worker', withinWeeks: 6 },
    { action: 'SW to book permanence Planning meeting', byWhom: 'Social Worker', dueDate: '2026-12-04' },
  ],
};

describe("Newham's outcome rows, bottom lines and the panel decision", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let damian: ChildEntity;
  const as: Record<'sw' | 'tm' | 'hos' | 'iro', ApiClient> = {} as never;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    damian = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, {
      legalFirstName: 'Damian', legalLastName: 'Newham', dateOfBirth: '2020-03-01', gender: 'MALE',
      socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id,
    });
    api = await startTestApi(db.dataSource);
    await signInAll();
  }, 60_000);
  /** Sessions end when the clock moves on a week: everyone signs in again. */
  async function signInAll(): Promise<void> {
    for (const [key, username] of [['sw', 'sw.a1'], ['tm', 'tm.a1'], ['hos', 'hos.a'], ['iro', 'iro.a']] as const) {
      const c = api.client();
      const res = await c.signIn(username, PASSWORD);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      as[key] = c;
    }
  }
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const raw = (client: ApiClient, op: string, inputType: string, input: Record<string, unknown>): Promise<GraphQLResponse> =>
    client.gql(`mutation($input: ${inputType}!) { ${op}(input: $input) { ${PLAN} } }`, { input });
  const m = async (client: ApiClient, op: string, inputType: string, input: Record<string, unknown>): Promise<Plan> =>
    (await client.ok<Record<string, Plan>>(`mutation($input: ${inputType}!) { ${op}(input: $input) { ${PLAN} } }`, { input }))[op];
  const step = (client: ApiClient, op: string, inputType: string, plan: Plan, extra: Record<string, unknown> = {}) =>
    m(client, op, inputType, { planId: plan.id, expectedVersion: plan.version, ...extra });
  const snapshot = () =>
    db.dataSource.query(
      `SELECT p.version, (SELECT count(*)::int FROM plan_outcomes o WHERE o.plan_id = p.id) AS outcomes,
              (SELECT count(*)::int FROM plan_outcome_actions a JOIN plan_outcomes o ON o.id = a.outcome_id WHERE o.plan_id = p.id) AS actions,
              p.safety_people, p.words_and_pictures_age, p.panel_decision
         FROM plans p WHERE p.child_id = $1 ORDER BY p.plan_number`,
      [damian.id],
    );

  let plan: Plan;

  it('holds several actions per outcome, each with its owner and timescale; "within N weeks" counts from today until approval', async () => {
    plan = await m(as.sw, 'createPlan', 'CreatePlanInput', { childId: damian.id });
    plan = await step(as.sw, 'updatePlan', 'UpdatePlanInput', plan, {
      primaryOption: 'REUNIFICATION',
      contingencies: ['KINSHIP_CARE'],
      safetyPeople: 'Lisa Brown (aunt), Nan',
      monitoringPeople: 'Family support worker; Lisa Brown',
      peopleToAvoid: "Angie's former partner",
      safetyPlanLasts: 'Until the final hearing, and at least 6 months',
      wordsAndPicturesAge: 5,
      familyAgreement: 'AGREED',
      familyComments: 'Angie agrees and wants more family time.',
      permanenceTargetDate: '2027-05-24',
    });
    plan = await step(as.sw, 'addPlanOutcome', 'AddPlanOutcomeInput', plan, FOURTH_OUTCOME);
    const [outcome] = plan.outcomes;
    expect(outcome.optionTrack).toBe('CONTINGENCY');
    // The test clock says 24 November 2026: within 6 weeks falls on 5 January 2027 until the plan is approved.
    expect(outcome.actions.map((a) => [a.action, a.byWhom, a.withinWeeks, a.dueDate])).toEqual([
      ['SW progress viability assessment of Lisa Brown', 'Social Worker', 6, '2027-01-05'],
      ['SW to commence life story work for Damian', 'Social Worker, Fostering Worker', 6, '2027-01-05'],
      ['SW to book permanence Planning meeting', 'Social Worker', null, '2026-12-04'],
    ]);
    expect(outcome.dueDate).toBe('2027-01-05');
    expect(plan).toMatchObject({
      safetyPeople: 'Lisa Brown (aunt), Nan', monitoringPeople: 'Family support worker; Lisa Brown', peopleToAvoid: "Angie's former partner",
      safetyPlanLasts: 'Until the final hearing, and at least 6 months', wordsAndPicturesAge: 5,
      familyAgreement: 'AGREED', familyComments: 'Angie agrees and wants more family time.', permanenceTargetDate: '2027-05-24',
    });
  });

  it('refuses bad actions and bottom lines with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await snapshot();
    const add = (actions: unknown[]) =>
      raw(as.sw, 'addPlanOutcome', 'AddPlanOutcomeInput', { planId: plan.id, expectedVersion: plan.version, outcome: 'Safe', measure: 'Says so', actions });
    const field = (res: GraphQLResponse) => [errorCode(res), (res.errors![0].extensions as { field?: string }).field];
    expect(field(await add([{ action: '   ', byWhom: 'Angie', dueDate: '2027-01-01' }]))).toEqual(['BAD_USER_INPUT', 'actions.0.action']);
    expect(field(await add([{ action: '', byWhom: 'Angie', dueDate: '2027-01-01' }]))).toEqual(['BAD_USER_INPUT', 'actions.0.action']);
    expect(field(await add([{ action: 'Visit', byWhom: ' ', dueDate: '2027-01-01' }]))).toEqual(['BAD_USER_INPUT', 'actions.0.byWhom']);
    expect(field(await add([{ action: 'Visit', byWhom: 'Angie', withinWeeks: 0 }]))).toEqual(['BAD_USER_INPUT', 'actions.0.withinWeeks']);
    expect(field(await add([{ action: 'Visit', byWhom: 'Angie', withinWeeks: -2 }]))).toEqual(['BAD_USER_INPUT', 'actions.0.withinWeeks']);
    expect(field(await add([{ action: 'Visit', byWhom: 'Angie', withinWeeks: 105 }]))).toEqual(['BAD_USER_INPUT', 'actions.0.withinWeeks']);
    expect(field(await add([{ action: 'Visit', byWhom: 'Angie', dueDate: '2027-01-01' }, { action: 'Call', byWhom: 'Angie' }]))).toEqual(['BAD_USER_INPUT', 'actions.1.dueDate']);
    expect(field(await add([{ action: 'Visit', byWhom: 'Angie', dueDate: '2027-01-01', withinWeeks: 4 }]))).toEqual(['BAD_USER_INPUT', 'actions.0.withinWeeks']);
    expect(field(await add([]))).toEqual(['BAD_USER_INPUT', 'actions']);
    const edit = (input: Record<string, unknown>) => raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: plan.id, expectedVersion: plan.version, ...input });
    expect(field(await edit({ wordsAndPicturesAge: 18 }))).toEqual(['BAD_USER_INPUT', 'wordsAndPicturesAge']);
    expect(field(await edit({ wordsAndPicturesAge: -1 }))).toEqual(['BAD_USER_INPUT', 'wordsAndPicturesAge']);
    expect(field(await edit({ safetyPlanLasts: 'x'.repeat(501) }))).toEqual(['BAD_USER_INPUT', 'safetyPlanLasts']);
    expect(field(await edit({ permanenceTargetDate: '1800-01-01' }))).toEqual(['BAD_USER_INPUT', 'permanenceTargetDate']);
    expect(errorCode(await edit({ familyAgreement: 'MAYBE' }))).toBe('BAD_USER_INPUT');
    const [outcome] = plan.outcomes;
    const replace = await raw(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', { outcomeId: outcome.id, expectedVersion: outcome.version, actions: [] });
    expect(field(replace)).toEqual(['BAD_USER_INPUT', 'actions']);
    expect(await snapshot()).toEqual(before);
  });

  it('counts "within N weeks" again from the day the manager approves, and keeps dated actions as they are', async () => {
    plan = await step(as.sw, 'submitPlan', 'PlanTransitionInput', plan);
    api.clock.set(new Date('2026-12-01T10:00:00Z'));
    await signInAll();
    plan = await step(as.tm, 'approvePlan', 'ApprovePlanInput', plan);
    expect(plan.outcomes[0].actions.map((a) => a.dueDate)).toEqual(['2027-01-12', '2027-01-12', '2026-12-04']);
  });

  it('records progress on one action after approval; a stale version is a CONFLICT; editing the action itself is not allowed', async () => {
    const [first] = plan.outcomes[0].actions;
    plan = await m(as.sw, 'updatePlanActionProgress', 'UpdatePlanActionProgressInput', { actionId: first.id, expectedVersion: first.version, progress: 'Referral sent to the kinship team', completed: false });
    expect(plan.outcomes[0].actions[0]).toMatchObject({ progress: 'Referral sent to the kinship team', completed: false });
    const stale = await raw(as.sw, 'updatePlanActionProgress', 'UpdatePlanActionProgressInput', { actionId: first.id, expectedVersion: first.version, completed: true });
    expect(errorCode(stale)).toBe('CONFLICT');
    const [outcome] = plan.outcomes;
    const locked = await raw(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', {
      outcomeId: outcome.id, expectedVersion: outcome.version, actions: [{ action: 'Other', byWhom: 'Me', withinWeeks: 2 }],
    });
    expect(errorCode(locked)).toBe('CONFLICT');
    expect(errorCode(await raw(as.iro, 'updatePlanActionProgress', 'UpdatePlanActionProgressInput', { actionId: first.id, expectedVersion: 99, progress: 'x' }))).toBe('FORBIDDEN');
    expect(errorCode(await raw(as.sw, 'updatePlanActionProgress', 'UpdatePlanActionProgressInput', { actionId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, progress: 'x' }))).toBe('NOT_FOUND');
  });

  it('records the panel (type, date, recommendation) and the decision maker’s decision with its date and name', async () => {
    const notPanel = await raw(as.tm, 'recordPanelRecommendation', 'RecordPanelRecommendationInput', {
      planId: plan.id, expectedVersion: plan.version, recommendation: 'x', panelType: 'FIRST_REVIEW', panelDate: '2026-11-30',
    });
    expect([errorCode(notPanel), (notPanel.errors![0].extensions as { field?: string }).field]).toEqual(['BAD_USER_INPUT', 'panelType']);
    plan = await step(as.tm, 'recordPanelRecommendation', 'RecordPanelRecommendationInput', plan, {
      recommendation: 'The permanence panel recommends the twin-track plan: return home to Angie, with Lisa Brown as the contingency.',
      panelType: 'PERMANENCE_PANEL', panelDate: '2026-11-30',
    });
    expect(plan).toMatchObject({ status: 'RECOMMENDED_BY_PANEL', panelType: 'PERMANENCE_PANEL', panelDate: '2026-11-30' });

    const before = await snapshot();
    const decide = (extra: Record<string, unknown>) =>
      raw(as.hos, 'recordPanelDecision', 'RecordPanelDecisionInput', { planId: plan.id, expectedVersion: plan.version, decision: 'AGREED', decisionDate: '2026-12-01', decisionMaker: 'Dee Maker, head of service', ...extra });
    const field = (res: GraphQLResponse) => [errorCode(res), (res.errors![0].extensions as { field?: string }).field];
    expect(field(await decide({ decisionDate: '2026-11-29' }))).toEqual(['BAD_USER_INPUT', 'decisionDate']);
    expect(field(await decide({ decisionDate: '2026-12-02' }))).toEqual(['BAD_USER_INPUT', 'decisionDate']);
    expect(field(await decide({ decisionMaker: '  ' }))).toEqual(['BAD_USER_INPUT', 'decisionMaker']);
    expect(errorCode(await decide({ decision: 'MAYBE' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await raw(as.sw, 'recordPanelDecision', 'RecordPanelDecisionInput', { planId: plan.id, expectedVersion: plan.version, decision: 'AGREED', decisionDate: '2026-12-01', decisionMaker: 'Me' }))).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);

    plan = await step(as.hos, 'recordPanelDecision', 'RecordPanelDecisionInput', plan, {
      decision: 'AGREED', decisionDate: '2026-12-01', decisionMaker: 'Dee Maker, head of service', notes: 'Agreed: review the contingency at the second review.',
    });
    expect(plan).toMatchObject({
      panelDecision: 'AGREED', panelDecisionDate: '2026-12-01', panelDecisionMaker: 'Dee Maker, head of service',
      panelDecisionNotes: 'Agreed: review the contingency at the second review.',
    });
  });

  it('carries the bottom lines and actions into a new version (dates fixed, so no deadline moves) and lists what changed since approval', async () => {
    let next = await m(as.sw, 'createPlan', 'CreatePlanInput', { childId: damian.id });
    expect(next).toMatchObject({ safetyPeople: 'Lisa Brown (aunt), Nan', wordsAndPicturesAge: 5, permanenceTargetDate: '2027-05-24', familyAgreement: null, panelDecision: null });
    expect(next.outcomes[0].actions.map((a) => [a.withinWeeks, a.dueDate, a.progress])).toEqual([
      [null, '2027-01-12', 'Referral sent to the kinship team'], [null, '2027-01-12', null], [null, '2026-12-04', null],
    ]);
    const [outcome] = next.outcomes;
    next = await m(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', {
      outcomeId: outcome.id, expectedVersion: outcome.version, optionTrack: 'PRIMARY',
      actions: [{ action: 'SW progress viability assessment of Lisa Brown', byWhom: 'Social Worker', withinWeeks: 2, progress: 'Referral sent to the kinship team' }],
    });
    next = await step(as.sw, 'updatePlan', 'UpdatePlanInput', next, { familyAgreement: 'NOT_AGREED', familyComments: 'Angie does not agree to Lisa as the contingency.', wordsAndPicturesAge: 6 });
    expect(next.changesSinceApproved.comparedWithPlanNumber).toBe(1);
    expect(next.changesSinceApproved.changes).toEqual([
      { field: 'wordsAndPicturesAge', outcome: null, before: '5', after: '6' },
      { field: 'familyAgreement', outcome: null, before: 'AGREED', after: 'NOT_AGREED' },
      { field: 'familyComments', outcome: null, before: 'Angie agrees and wants more family time.', after: 'Angie does not agree to Lisa as the contingency.' },
      { field: 'optionTrack', outcome: FOURTH_OUTCOME.outcome, before: 'CONTINGENCY', after: 'PRIMARY' },
      {
        field: 'action', outcome: FOURTH_OUTCOME.outcome,
        before: 'Social Worker: SW progress viability assessment of Lisa Brown (within 6 weeks, by 12 January 2027) Progress: Referral sent to the kinship team',
        after: 'Social Worker: SW progress viability assessment of Lisa Brown (within 2 weeks, by 15 December 2026) Progress: Referral sent to the kinship team',
      },
      { field: 'actionRemoved', outcome: FOURTH_OUTCOME.outcome, before: 'Social Worker, Fostering Worker: SW to commence life story work for Damian (within 6 weeks, by 12 January 2027)', after: null },
      { field: 'actionRemoved', outcome: FOURTH_OUTCOME.outcome, before: 'Social Worker: SW to book permanence Planning meeting (by 4 December 2026)', after: null },
    ]);
  });
});

describe('the outcome actions migration', () => {
  let db: TestDatabase;
  afterEach(async () => db?.drop());

  it("makes each existing outcome's one action its first action, and back again", async () => {
    db = await createTestDatabase({ empty: true });
    const ds = db.dataSource;
    await ds.runMigrations();
    const mine = 'OutcomeActionsAndPanelDecision1796290236376';
    const applied = async () => (await ds.query(`SELECT name FROM migrations`)).map((r: { name: string }) => r.name) as string[];
    while ((await applied()).includes(mine)) await ds.undoLastMigration();

    const [council] = await ds.query(`INSERT INTO councils (name, la_code) VALUES ('C', '998') RETURNING id`);
    const [team] = await ds.query(`INSERT INTO teams (council_id, name) VALUES ($1, 'T') RETURNING id`, [council.id]);
    const [user] = await ds.query(`INSERT INTO users (council_id, username, first_name, last_name) VALUES ($1, 'u', 'U', 'V') RETURNING id`, [council.id]);
    const [child] = await ds.query(
      `INSERT INTO children (council_id, team_id, local_id, legal_first_name, legal_last_name, date_of_birth, gender, date_looked_after)
       VALUES ($1, $2, 'X1', 'D', 'N', '2020-03-01', 'MALE', '2026-01-05') RETURNING id`,
      [council.id, team.id],
    );
    const [plan] = await ds.query(`INSERT INTO plans (child_id, plan_number, status, created_by_id) VALUES ($1, 1, 'DRAFT', $2) RETURNING id`, [child.id, user.id]);
    await ds.query(
      `INSERT INTO plan_outcomes (plan_id, position, outcome, measure, actions, by_whom, due_date, progress, completed)
       VALUES ($1, 0, 'Damian feels safe', 'Angie drug free', 'Angie gets to contact on time', 'Angie', '2026-02-01', 'On track', true)`,
      [plan.id],
    );

    await ds.runMigrations();
    expect(await ds.query(`SELECT o.outcome, a.position, a.action, a.by_whom, a.due_date::text, a.within_weeks, a.completed
      FROM plan_outcome_actions a JOIN plan_outcomes o ON o.id = a.outcome_id`)).toEqual([
      { outcome: 'Damian feels safe', position: 0, action: 'Angie gets to contact on time', by_whom: 'Angie', due_date: '2026-02-01', within_weeks: null, completed: true },
    ]);

    while ((await applied()).includes(mine)) await ds.undoLastMigration();
    expect(await ds.query(`SELECT actions, by_whom, due_date::text FROM plan_outcomes`)).toEqual([
      { actions: 'Angie gets to contact on time', by_whom: 'Angie', due_date: '2026-02-01' },
    ]);
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';
import { ApiClient, errorCode, startTestApi, type GraphQLResponse, type TestApi } from '../support/api';
import { buildWorld, makeChild, PASSWORD, type World } from '../support/world';
import type { ChildEntity } from '../../packages/server/src/modules/children/child.entity';

interface Action { id: string; version: number; action: string; byWhom: string; withinWeeks: number | null; dueDate: string; progress: string | null; completed: boolean }
interface Outcome { id: string; version: number; outcome: string; measure: string; dueDate: string | null; actions: Action[]; progress: string | null; completed: boolean }
interface Plan {
  id: string; version: number; planNumber: number; status: string; primaryOption: string | null; childWishes: string | null;
  bottomLines: string | null; needsHeadOfServiceApproval: boolean; sharedWithChildAt: string | null;
  contingencies: { option: string }[]; outcomes: Outcome[];
  createdBy: { displayName: string } | null; approvedBy: { displayName: string } | null; endorsedBy: { displayName: string } | null;
  endorsedAtMeeting: { id: string } | null;
  changesFromPrevious: { field: string; outcome: string | null; before: string | null; after: string | null }[];
}
interface Meeting { id: string; version: number; type: string; heldOn: string | null; signedOffAt: string | null; sharedWithChildAt: string | null; participation: string | null; chair: { displayName: string } | null; planEndorsed: { id: string } | null }

const PLAN = `id version planNumber status primaryOption childWishes bottomLines needsHeadOfServiceApproval sharedWithChildAt
  contingencies { option } outcomes { id version outcome measure dueDate actions { id version action byWhom withinWeeks dueDate progress completed } progress completed }
  createdBy { displayName } approvedBy { displayName } endorsedBy { displayName } endorsedAtMeeting { id }
  changesFromPrevious { field outcome before after }`;
const MEETING = `id version type heldOn signedOffAt sharedWithChildAt participation chair { displayName } planEndorsed { id }`;

/** Newham's worked example plan (section 13): Damian, his mother Angie, and Lisa Brown as the alternative carer. */
const NEWHAM_OUTCOMES = [
  {
    outcome: 'Damian will feel safe and not worry about Mum as he sees her not under the influence of drugs',
    measure: 'Angie is drug free when spending time with Damian',
    actions: [{ action: 'Angie will get to contact sessions with Damian on time and not take drugs before contact', byWhom: 'Angie', dueDate: '2027-02-01' }],
  },
  {
    outcome: "Damian will more often receive Angie's best care he will feel safe",
    measure: 'Angie is more in control of her drug use so that she can limit use to times when Damian is in the safe care of an agreed safety person',
    actions: [{ action: 'Angie will develop strategies with her substance misuse worker to manage her cocaine use so she can have care of the children drug free', byWhom: 'Angie and Drugs worker', dueDate: '2027-02-14' }],
  },
  {
    outcome: 'Damian will be kept clean and have a good diet and show weight gain. He will not ingest drugs',
    measure: 'Angie is keeping her home clean and free of drugs and equipment. She is buying food',
    actions: [{ action: 'Angie will keep her home clean and will not have drugs in the home or use them in her home. Angie will have help to develop routine', byWhom: 'Angie and Family Support Worker', dueDate: '2027-02-14' }],
  },
  {
    outcome: 'If Damian can not be cared for by his mother he has alternative permanent carers',
    measure: 'Damian has a permanent carer',
    optionTrack: 'CONTINGENCY',
    actions: [
      { action: 'SW progress viability assessment of Lisa Brown', byWhom: 'Social Worker', dueDate: '2027-02-14' },
      { action: 'SW to commence life story work for Damian', byWhom: 'Fostering Worker', dueDate: '2027-02-14' },
      { action: 'SW to book permanence planning meeting', byWhom: 'Social Worker', dueDate: '2027-01-20' },
    ],
  },
];

describe('the Forever Plan and reviews', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let damian: ChildEntity;
  let toddler: ChildEntity;
  const as: Record<'sw' | 'sw2' | 'tm' | 'iro' | 'hos', ApiClient> = {} as never;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    damian = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, {
      legalFirstName: 'Damian', legalLastName: 'Example', dateOfBirth: '2019-06-01', gender: 'MALE',
      socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id,
    });
    toddler = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, {
      legalFirstName: 'Tia', legalLastName: 'Young', dateOfBirth: '2023-02-01', socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id,
    });
    api = await startTestApi(db.dataSource);
    const sign = async (username: string) => {
      const c = api.client();
      const res = await c.signIn(username, PASSWORD);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return c;
    };
    as.sw = await sign('sw.a1');
    as.sw2 = await sign('sw.a1');
    as.tm = await sign('tm.a1');
    as.iro = await sign('iro.a');
    as.hos = await sign('hos.a');
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const m = async <T>(client: ApiClient, op: string, inputType: string, input: Record<string, unknown>, fields = PLAN): Promise<T> =>
    (await client.ok<Record<string, T>>(`mutation($input: ${inputType}!) { ${op}(input: $input) { ${fields} } }`, { input }))[op];
  const raw = (client: ApiClient, op: string, inputType: string, input: Record<string, unknown>, fields = 'id version status'): Promise<GraphQLResponse> =>
    client.gql(`mutation($input: ${inputType}!) { ${op}(input: $input) { ${fields} } }`, { input });
  const current = async (client: ApiClient, childId: string) =>
    (await client.ok<{ child: { latestPlan: Plan; planHistory: { planNumber: number; status: string }[] } }>(
      `query($id: ID!) { child(id: $id) { latestPlan { ${PLAN} } planHistory { planNumber status } } }`, { id: childId })).child;
  const transition = (client: ApiClient, op: string, plan: { id: string; version: number }, extra: Record<string, unknown> = {}, type = 'PlanTransitionInput') =>
    m<Plan>(client, op, type, { planId: plan.id, expectedVersion: plan.version, ...extra });

  /** Enter Newham's example plan through the API, as Damian's worker. */
  async function enterNewhamPlan(childId: string, primaryOption = 'REUNIFICATION'): Promise<Plan> {
    let plan = await m<Plan>(as.sw, 'createPlan', 'CreatePlanInput', { childId });
    plan = await m<Plan>(as.sw, 'updatePlan', 'UpdatePlanInput', {
      planId: plan.id, expectedVersion: plan.version, primaryOption,
      childWishes: 'Damian wants to go home to Mum and to keep seeing his Nan.',
      bottomLines: 'Angie does not use drugs before or during family time. No drugs or equipment in the home. Lisa Brown is the agreed safety person.',
      consequenceOfNoChange: 'If Angie cannot keep Damian safe within the timescales, Damian will live with Lisa Brown permanently.',
      childFriendlySummary: 'Everyone is working so you can go home to Mum. If that cannot happen, you will live with Lisa.',
    });
    plan = await transition(as.sw, 'setContingencyOptions', plan, { options: ['KINSHIP_CARE', 'SPECIAL_GUARDIANSHIP'] }, 'SetContingencyOptionsInput');
    for (const o of NEWHAM_OUTCOMES) plan = await transition(as.sw, 'addPlanOutcome', plan, o, 'AddPlanOutcomeInput');
    return plan;
  }

  let endorsed: Plan;

  it("enters Newham's example plan for Damian, submits it, the team manager approves and the IRO endorses it at the second review", async () => {
    let plan = await enterNewhamPlan(damian.id);
    expect(plan).toMatchObject({ planNumber: 1, status: 'DRAFT', primaryOption: 'REUNIFICATION', createdBy: { displayName: 'Sw Tester' } });
    expect(plan.contingencies.map((c) => c.option)).toEqual(['KINSHIP_CARE', 'SPECIAL_GUARDIANSHIP']);
    expect(plan.outcomes.map((o) => [o.outcome, o.actions.map((a) => [a.action, a.byWhom, a.dueDate])])).toEqual(NEWHAM_OUTCOMES.map((o) => [o.outcome, o.actions.map((a) => [a.action, a.byWhom, a.dueDate])]));
    expect(plan.outcomes[3].dueDate).toBe('2027-02-14');

    // The summary for the child says its language: a portal language only, audited, and refused otherwise with nothing changed.
    const unknown = await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: plan.id, expectedVersion: plan.version, childFriendlySummaryLanguage: 'xx' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    plan = await transition(as.sw, 'updatePlan', plan, { childFriendlySummaryLanguage: 'ps' }, 'UpdatePlanInput');
    const [lang] = await db.dataSource.query(`SELECT child_friendly_summary_language AS language, version FROM plans WHERE id = $1`, [plan.id]);
    expect(lang).toEqual({ language: 'ps', version: plan.version });
    const [langAudit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE record_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`, [plan.id]);
    expect(langAudit.changes.childFriendlySummaryLanguage).toEqual({ before: null, after: 'ps' });
    plan = await transition(as.sw, 'updatePlan', plan, { childFriendlySummaryLanguage: null }, 'UpdatePlanInput');

    plan = await transition(as.sw, 'submitPlan', plan);
    expect(plan.status).toBe('PROPOSED');
    plan = await transition(as.tm, 'approvePlan', plan, {}, 'ApprovePlanInput');
    expect(plan).toMatchObject({ status: 'APPROVED', approvedBy: { displayName: 'Tm Tester' } });

    let review = await m<Meeting>(as.sw, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: damian.id, type: 'SECOND_REVIEW', dueDate: '2026-11-30', scheduledFor: '2026-11-23' }, MEETING);
    expect(review.chair).toEqual({ displayName: 'Iro Tester' }); // a review is chaired by the child's IRO unless someone else is named
    review = await m<Meeting>(as.iro, 'recordMeeting', 'RecordMeetingInput', {
      meetingId: review.id, expectedVersion: review.version, heldOn: '2026-11-23', attendees: ['Damian', 'Angie', 'Lisa Brown', 'Social worker'],
      decisions: 'Plan endorsed: reunification with Mum, kinship care with Lisa Brown in parallel.', participation: 'PN1',
    }, MEETING);
    plan = await transition(as.iro, 'endorsePlanAtReview', plan, { meetingId: review.id }, 'EndorsePlanInput');
    expect(plan).toMatchObject({ status: 'ENDORSED', endorsedBy: { displayName: 'Iro Tester' }, endorsedAtMeeting: { id: review.id } });

    const meetings = await as.sw.ok<{ child: { meetings: Meeting[] } }>(`query($id: ID!) { child(id: $id) { meetings { ${MEETING} } } }`, { id: damian.id });
    expect(meetings.child.meetings[0]).toMatchObject({ id: review.id, planEndorsed: { id: plan.id } });

    const audit: { action: string; changes: Record<string, { before: unknown; after: unknown }> }[] = await db.dataSource.query(
      `SELECT action, changes FROM audit_events WHERE record_id = $1 AND action <> 'READ' ORDER BY occurred_at, id`, [plan.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'SUBMIT', 'APPROVE', 'ENDORSE']));
    expect(audit.find((a) => a.action === 'SUBMIT')!.changes.status).toEqual({ before: 'DRAFT', after: 'PROPOSED' });
    endorsed = plan;
  });

  it('enforces the workflow order and who may do each step', async () => {
    const child = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id });
    let plan = await m<Plan>(as.sw, 'createPlan', 'CreatePlanInput', { childId: child.id });

    // Submitting an incomplete plan names everything missing.
    const incomplete = await raw(as.sw, 'submitPlan', 'PlanTransitionInput', { planId: plan.id, expectedVersion: plan.version });
    expect(errorCode(incomplete)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0].message).toMatch(/primary option.*contingency.*outcome/);

    const approveDraft = await raw(as.tm, 'approvePlan', 'ApprovePlanInput', { planId: plan.id, expectedVersion: plan.version });
    expect(errorCode(approveDraft)).toBe('CONFLICT');
    expect(approveDraft.errors![0].message).toMatch(/draft \(DRAFT\)/);

    plan = await enterNewhamPlanOn(plan);
    plan = await transition(as.sw, 'submitPlan', plan);
    const endorseEarly = await raw(as.iro, 'endorsePlanAtReview', 'EndorsePlanInput', { planId: plan.id, expectedVersion: plan.version, meetingId: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(endorseEarly)).toBe('CONFLICT');
    expect(endorseEarly.errors![0].message).toMatch(/PROPOSED/);
    const editSubmitted = await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: plan.id, expectedVersion: plan.version, childWishes: 'Changed' });
    expect(errorCode(editSubmitted)).toBe('CONFLICT');
    // A social worker may not approve; an IRO and the head of service may read but not edit.
    expect(errorCode(await raw(as.sw, 'approvePlan', 'ApprovePlanInput', { planId: plan.id, expectedVersion: plan.version }))).toBe('FORBIDDEN');
    expect(errorCode(await raw(as.iro, 'updatePlan', 'UpdatePlanInput', { planId: plan.id, expectedVersion: plan.version, childWishes: 'x' }))).toBe('FORBIDDEN');
    expect(errorCode(await raw(as.hos, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', { outcomeId: plan.outcomes[0].id, expectedVersion: 1, progress: 'x' }))).toBe('FORBIDDEN');
    // The endorsing meeting must be a review of this child.
    plan = await transition(as.tm, 'approvePlan', plan, {}, 'ApprovePlanInput');
    const ppm = await m<Meeting>(as.sw, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'PERMANENCE_PLANNING_MEETING', scheduledFor: '2026-11-20' }, MEETING);
    const notReview = await raw(as.iro, 'endorsePlanAtReview', 'EndorsePlanInput', { planId: plan.id, expectedVersion: plan.version, meetingId: ppm.id });
    expect(notReview.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    const otherChildsReview = await m<Meeting>(as.sw, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: damian.id, type: 'SUBSEQUENT_REVIEW', dueDate: '2027-05-23' }, MEETING);
    const wrongChild = await raw(as.iro, 'endorsePlanAtReview', 'EndorsePlanInput', { planId: plan.id, expectedVersion: plan.version, meetingId: otherChildsReview.id });
    expect(wrongChild.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'meetingId' });
    // Panel recommends, then the IRO endorses; then it is achieved, and nothing moves after that.
    plan = await transition(as.tm, 'recordPanelRecommendation', plan, { recommendation: 'Panel supports the plan.' }, 'RecordPanelRecommendationInput');
    expect(plan.status).toBe('RECOMMENDED_BY_PANEL');
    const review = await m<Meeting>(as.iro, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'FIRST_REVIEW', dueDate: '2026-11-24' }, MEETING);
    plan = await transition(as.iro, 'endorsePlanAtReview', plan, { meetingId: review.id }, 'EndorsePlanInput');
    plan = await transition(as.sw, 'markPlanAchieved', plan);
    expect(plan.status).toBe('ACHIEVED');
    expect(errorCode(await raw(as.sw, 'endPlan', 'EndPlanInput', { planId: plan.id, expectedVersion: plan.version, reason: 'x' }))).toBe('CONFLICT');
  });

  async function enterNewhamPlanOn(plan: Plan): Promise<Plan> {
    plan = await transition(as.sw, 'updatePlan', plan, { primaryOption: 'ADOPTION', childFriendlySummary: 'A forever family.' }, 'UpdatePlanInput');
    plan = await transition(as.sw, 'setContingencyOptions', plan, { options: ['LONG_TERM_FOSTERING'] }, 'SetContingencyOptionsInput');
    return transition(as.sw, 'addPlanOutcome', plan, NEWHAM_OUTCOMES[3], 'AddPlanOutcomeInput');
  }

  it('does not let long-term fostering for a child under five be endorsed without head of service approval', async () => {
    let plan = await enterNewhamPlan(toddler.id, 'LONG_TERM_FOSTERING');
    plan = await transition(as.sw, 'submitPlan', plan);
    plan = await transition(as.tm, 'approvePlan', plan, {}, 'ApprovePlanInput');
    expect(plan.needsHeadOfServiceApproval).toBe(true);
    const review = await m<Meeting>(as.iro, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: toddler.id, type: 'SECOND_REVIEW', dueDate: '2026-11-24' }, MEETING);
    const refused = await raw(as.iro, 'endorsePlanAtReview', 'EndorsePlanInput', { planId: plan.id, expectedVersion: plan.version, meetingId: review.id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/head of service approval/);
    const panel = await raw(as.tm, 'recordPanelRecommendation', 'RecordPanelRecommendationInput', { planId: plan.id, expectedVersion: plan.version, recommendation: 'Yes' });
    expect(errorCode(panel)).toBe('CONFLICT');
    expect(errorCode(await raw(as.tm, 'approvePlanAsHeadOfService', 'PlanTransitionInput', { planId: plan.id, expectedVersion: plan.version }))).toBe('FORBIDDEN');

    plan = await transition(as.hos, 'approvePlanAsHeadOfService', plan);
    expect(plan).toMatchObject({ status: 'APPROVED', needsHeadOfServiceApproval: false });
    plan = await transition(as.iro, 'endorsePlanAtReview', plan, { meetingId: review.id }, 'EndorsePlanInput');
    expect(plan.status).toBe('ENDORSED');
  });

  it("shares a plan with the child, and invites the child, only when the child is old enough under the council's policy", async () => {
    // Tia is three: her endorsed plan is not shared with her, and she gets no account of her own.
    const [tias] = await db.dataSource.query(`SELECT id, version FROM plans WHERE child_id = $1 AND status = 'ENDORSED'`, [toddler.id]);
    const refused = await raw(as.sw, 'sharePlanWithChild', 'PlanTransitionInput', { planId: tias.id, expectedVersion: tias.version });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors![0].message).toMatch(/younger than the age/);
    const invite = await as.sw.gql('mutation($input: CreateYoungPersonInvitationInput!) { createYoungPersonInvitation(input: $input) { code } }', {
      input: { childId: toddler.id, username: 'tia.young' },
    });
    expect(errorCode(invite)).toBe('CONFLICT');
    expect(await db.dataSource.query(`SELECT shared_with_child_at FROM plans WHERE id = $1`, [tias.id])).toEqual([{ shared_with_child_at: null }]);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE username = 'tia.young'`)).toEqual([{ n: 0 }]);
    const ages = await as.sw.ok<{ tia: { oldEnoughForOwnAccess: boolean }; damian: { oldEnoughForOwnAccess: boolean } }>(
      `query($t: ID!, $d: ID!) { tia: child(id: $t) { oldEnoughForOwnAccess } damian: child(id: $d) { oldEnoughForOwnAccess } }`, { t: toddler.id, d: damian.id });
    expect(ages).toEqual({ tia: { oldEnoughForOwnAccess: false }, damian: { oldEnoughForOwnAccess: true } });
  });

  it('copies the previous version into a new draft and lists what changed between versions', async () => {
    // Progress is how the plan is worked: it may be updated on the endorsed plan; other outcome fields may not.
    const first = endorsed.outcomes[0];
    const plan = await m<Plan>(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', { outcomeId: first.id, expectedVersion: first.version, progress: 'Angie on time to all four sessions' });
    expect(plan.outcomes[0].progress).toBe('Angie on time to all four sessions');
    const locked = await raw(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', { outcomeId: first.id, expectedVersion: plan.outcomes[0].version, measure: 'Other' });
    expect(errorCode(locked)).toBe('CONFLICT');

    let next = await m<Plan>(as.sw, 'createPlan', 'CreatePlanInput', { childId: damian.id });
    expect(next).toMatchObject({ planNumber: 2, status: 'DRAFT', primaryOption: 'REUNIFICATION', changesFromPrevious: [] });
    expect(next.outcomes.map((o) => [o.outcome, o.progress])).toEqual(plan.outcomes.map((o) => [o.outcome, o.progress]));
    expect(errorCode(await raw(as.sw, 'createPlan', 'CreatePlanInput', { childId: damian.id }))).toBe('CONFLICT');

    // The plan form's one save: swapping the primary option with a contingency is one change, checked as it will be.
    const swapped = await transition(as.sw, 'updatePlan', next, { primaryOption: 'KINSHIP_CARE', contingencies: ['REUNIFICATION', 'SPECIAL_GUARDIANSHIP'] }, 'UpdatePlanInput');
    expect([swapped.primaryOption, swapped.contingencies.map((c) => c.option), swapped.version]).toEqual(['KINSHIP_CARE', ['REUNIFICATION', 'SPECIAL_GUARDIANSHIP'], next.version + 1]);
    const clash = await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: swapped.id, expectedVersion: swapped.version, primaryOption: 'ADOPTION', contingencies: ['ADOPTION'] });
    expect(clash.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contingencies' });
    next = await transition(as.sw, 'updatePlan', swapped, { primaryOption: 'REUNIFICATION', contingencies: ['KINSHIP_CARE', 'SPECIAL_GUARDIANSHIP'] }, 'UpdatePlanInput');
    const primaryClash = await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: next.id, expectedVersion: next.version, primaryOption: 'KINSHIP_CARE' });
    expect(primaryClash.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'primaryOption' });
    next = await transition(as.sw, 'setContingencyOptions', next, { options: ['SPECIAL_GUARDIANSHIP', 'LONG_TERM_FOSTERING'] }, 'SetContingencyOptionsInput');
    next = await transition(as.sw, 'updatePlan', next, { primaryOption: 'KINSHIP_CARE' }, 'UpdatePlanInput');
    const contingencyClash = await raw(as.sw, 'setContingencyOptions', 'SetContingencyOptionsInput', { planId: next.id, expectedVersion: next.version, options: ['KINSHIP_CARE'] });
    expect(contingencyClash.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options' });
    const repeated = await raw(as.sw, 'setContingencyOptions', 'SetContingencyOptionsInput', { planId: next.id, expectedVersion: next.version, options: ['ADOPTION', 'ADOPTION'] });
    expect(repeated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'options' });
    const [o1, o2, o3] = next.outcomes;
    next = await m<Plan>(as.sw, 'updatePlanOutcome', 'UpdatePlanOutcomeInput', { outcomeId: o2.id, expectedVersion: o2.version, actions: [{ ...NEWHAM_OUTCOMES[1].actions[0], dueDate: '2027-03-14' }] });
    next = await m<Plan>(as.sw, 'removePlanOutcome', 'RemovePlanOutcomeInput', { outcomeId: o3.id, expectedVersion: o3.version });
    next = await transition(as.sw, 'addPlanOutcome', next, {
      outcome: 'Damian moves to live with Lisa Brown', measure: 'Damian is settled with Lisa', actions: [{ action: 'Introductions', byWhom: 'Social Worker', dueDate: '2027-04-01' }],
    }, 'AddPlanOutcomeInput');
    const reordered = [next.outcomes[3].id, ...next.outcomes.slice(0, 3).map((o) => o.id)];
    next = await transition(as.sw, 'reorderPlanOutcomes', next, { outcomeIds: reordered }, 'ReorderPlanOutcomesInput');
    expect(next.outcomes.map((o) => o.id)).toEqual(reordered);

    const { latestPlan, planHistory } = await current(as.sw, damian.id);
    expect(planHistory.map((p) => [p.planNumber, p.status])).toEqual([[2, 'DRAFT'], [1, 'ENDORSED']]);
    expect(latestPlan.id).toBe(next.id);
    // The plan in force stays the endorsed version 1; version 2 is shown as a draft beside it.
    const inForce = await as.sw.ok<{ child: { currentPlan: { planNumber: number; status: string }; draftPlan: { planNumber: number; status: string } } }>(
      `query($id: ID!) { child(id: $id) { currentPlan { planNumber status } draftPlan { planNumber status } } }`, { id: damian.id });
    expect(inForce.child).toEqual({ currentPlan: { planNumber: 1, status: 'ENDORSED' }, draftPlan: { planNumber: 2, status: 'DRAFT' } });
    expect(latestPlan.changesFromPrevious).toEqual([
      { field: 'primaryOption', outcome: null, before: 'REUNIFICATION', after: 'KINSHIP_CARE' },
      { field: 'contingencies', outcome: null, before: 'KINSHIP_CARE, SPECIAL_GUARDIANSHIP', after: 'SPECIAL_GUARDIANSHIP, LONG_TERM_FOSTERING' },
      { field: 'outcomeAdded', outcome: 'Damian moves to live with Lisa Brown', before: null, after: 'Damian moves to live with Lisa Brown' },
      { field: 'action', outcome: o2.outcome, before: `Angie and Drugs worker: ${NEWHAM_OUTCOMES[1].actions[0].action} (by 14 February 2027)`, after: `Angie and Drugs worker: ${NEWHAM_OUTCOMES[1].actions[0].action} (by 14 March 2027)` },
      { field: 'outcomeRemoved', outcome: o3.outcome, before: o3.outcome, after: null },
    ]);
    expect(o1.outcome).toBe(NEWHAM_OUTCOMES[0].outcome);
  });

  it('lets the team manager return a submitted plan with reasons or approve it with comments, kept as management oversight the worker sees', async () => {
    const child = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id });
    let plan = await enterNewhamPlanOn(await m<Plan>(as.sw, 'createPlan', 'CreatePlanInput', { childId: child.id }));
    plan = await transition(as.sw, 'submitPlan', plan);
    const OVERSIGHT = `${PLAN} managementOversight { kind comments decidedAt decidedBy { displayName } }`;
    type Decided = Plan & { managementOversight: { kind: string; comments: string | null; decidedAt: string; decidedBy: { displayName: string } }[] };

    // Reasons are required; a worker may not return a plan; nothing is written by a refusal.
    const blank = await raw(as.tm, 'returnPlan', 'ReturnPlanInput', { planId: plan.id, expectedVersion: plan.version, reasons: '   ' });
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    expect(errorCode(await raw(as.sw, 'returnPlan', 'ReturnPlanInput', { planId: plan.id, expectedVersion: plan.version, reasons: 'Mine' }))).toBe('FORBIDDEN');
    expect(errorCode(await raw(as.tm, 'returnPlan', 'ReturnPlanInput', { planId: plan.id, expectedVersion: plan.version - 1, reasons: 'Stale' }))).toBe('CONFLICT');
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM plan_decisions WHERE plan_id = $1', [plan.id])).toEqual([{ n: 0 }]);

    const returned = await m<Decided>(as.tm, 'returnPlan', 'ReturnPlanInput', {
      planId: plan.id, expectedVersion: plan.version, reasons: 'The contingency needs a timescale for the viability assessment of Lisa Brown.',
    }, OVERSIGHT);
    expect(returned.status).toBe('DRAFT');
    // The worker reads the reasons on the plan, by name and date.
    const seen = await as.sw.ok<{ child: { latestPlan: Decided } }>(`query($id: ID!) { child(id: $id) { latestPlan { ${OVERSIGHT} } } }`, { id: child.id });
    expect(seen.child.latestPlan.managementOversight).toEqual([
      { kind: 'RETURNED', comments: 'The contingency needs a timescale for the viability assessment of Lisa Brown.', decidedAt: expect.stringMatching(/^2026-11-24T10:00:00/), decidedBy: { displayName: 'Tm Tester' } },
    ]);
    // A returned plan cannot be approved until it is submitted again.
    expect(errorCode(await raw(as.tm, 'approvePlan', 'ApprovePlanInput', { planId: returned.id, expectedVersion: returned.version }))).toBe('CONFLICT');

    plan = await transition(as.sw, 'submitPlan', returned);
    const approved = await m<Decided>(as.tm, 'approvePlan', 'ApprovePlanInput', {
      planId: plan.id, expectedVersion: plan.version, comments: 'Approved. Book the permanence planning meeting within the month.',
    }, OVERSIGHT);
    expect(approved.status).toBe('APPROVED');
    expect(approved.managementOversight.map((d) => [d.kind, d.comments])).toEqual([
      ['RETURNED', 'The contingency needs a timescale for the viability assessment of Lisa Brown.'],
      ['APPROVED', 'Approved. Book the permanence planning meeting within the month.'],
    ]);
    const audit: { action: string }[] = await db.dataSource.query(
      `SELECT action FROM audit_events WHERE child_id = $1 AND record_type IN ('Plan', 'PlanDecision') AND action <> 'READ' ORDER BY occurred_at, id`, [child.id]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['RETURN', 'APPROVE']));
    expect(audit.filter((a) => a.action === 'CREATE').length).toBeGreaterThanOrEqual(3); // the plan, and each decision

    // Now in force, the approved version is the child's current plan; a new draft compares itself with it.
    const next = await m<Plan>(as.sw, 'createPlan', 'CreatePlanInput', { childId: child.id });
    await transition(as.sw, 'updatePlan', next, { primaryOption: 'SPECIAL_GUARDIANSHIP' }, 'UpdatePlanInput');
    const compared = await as.sw.ok<{ child: { currentPlan: { planNumber: number }; latestPlan: { changesSinceApproved: { comparedWithPlanNumber: number; changes: { field: string; before: string; after: string }[] } } } }>(
      `query($id: ID!) { child(id: $id) { currentPlan { planNumber } latestPlan { changesSinceApproved { comparedWithPlanNumber changes { field before after } } } } }`, { id: child.id });
    expect(compared.child.currentPlan.planNumber).toBe(1);
    expect(compared.child.latestPlan.changesSinceApproved).toEqual({
      comparedWithPlanNumber: 1, changes: [{ field: 'primaryOption', before: 'ADOPTION', after: 'SPECIAL_GUARDIANSHIP' }],
    });
  });

  it('lets one of two workers editing the same plan at once succeed; the other gets CONFLICT', async () => {
    const { latestPlan } = await current(as.sw, damian.id);
    const input = (words: string) => ({ planId: latestPlan.id, expectedVersion: latestPlan.version, childWishes: words });
    const results = await Promise.all([
      raw(as.sw, 'updatePlan', 'UpdatePlanInput', input('First worker')),
      raw(as.tm, 'updatePlan', 'UpdatePlanInput', input('Second worker')),
    ]);
    expect(results.map((r) => errorCode(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data as { updatePlan: { version: number } };
    const after = await current(as.sw, damian.id);
    expect(after.latestPlan.version).toBe(winner.updatePlan.version);
    expect(['First worker', 'Second worker']).toContain(after.latestPlan.childWishes);
  });

  it("tells the worker who lost a race who saved first and when, by name, and the plan says who changed it last", async () => {
    const { latestPlan } = await current(as.sw, damian.id);
    const input = (words: string) => ({ planId: latestPlan.id, expectedVersion: latestPlan.version, childWishes: words });
    const results = await Promise.all([
      raw(as.sw, 'updatePlan', 'UpdatePlanInput', input('Written by the social worker'), 'version updatedAt updatedBy { displayName }'),
      raw(as.tm, 'updatePlan', 'UpdatePlanInput', input('Written by the team manager'), 'version updatedAt updatedBy { displayName }'),
    ]);
    const names = { sw: 'Sw Tester', tm: 'Tm Tester' };
    const [winnerName, loserName] = results[0].errors ? [names.tm, names.sw] : [names.sw, names.tm];
    const winner = (results.find((r) => !r.errors)!.data as { updatePlan: { updatedAt: string; updatedBy: { displayName: string } } }).updatePlan;
    const loser = results.find((r) => r.errors)!.errors![0];
    expect(winner.updatedBy.displayName).toBe(winnerName);
    expect(loser.extensions).toEqual({
      code: 'CONFLICT', currentVersion: latestPlan.version + 1, changedBy: winnerName, changedAt: winner.updatedAt,
    });
    expect(loser.extensions).not.toHaveProperty('changedById');
    expect(winnerName).not.toBe(loserName);

    // Told who it was, the loser reloads and reapplies: their words are saved and the plan now names them.
    const reloaded = await current(as.sw, damian.id);
    const reapplied = await m<{ childWishes: string; updatedBy: { displayName: string } }>(
      results[0].errors ? as.sw : as.tm, 'updatePlan', 'UpdatePlanInput',
      { planId: reloaded.latestPlan.id, expectedVersion: reloaded.latestPlan.version, childWishes: 'Reapplied after reloading' },
      'childWishes updatedBy { displayName }',
    );
    expect(reapplied).toEqual({ childWishes: 'Reapplied after reloading', updatedBy: { displayName: loserName } });
  });

  it('stamps who changed a record on every write path, including outcome edits that move the plan on', async () => {
    const { latestPlan } = await current(as.sw, damian.id);
    const plan = await transition(as.tm, 'addPlanOutcome', latestPlan, { ...NEWHAM_OUTCOMES[0], outcome: 'Stamped by the manager' }, 'AddPlanOutcomeInput');
    const [row] = await db.dataSource.query(`SELECT updated_by_id FROM plans WHERE id = $1`, [plan.id]);
    expect(row.updated_by_id).toBe(world.users.tmA1.id);
    const added = plan.outcomes.find((o) => o.outcome === 'Stamped by the manager')!;
    const [outcome] = await db.dataSource.query(`SELECT updated_by_id FROM plan_outcomes WHERE id = $1`, [added.id]);
    expect(outcome.updated_by_id).toBe(world.users.tmA1.id);
    await m(as.sw, 'removePlanOutcome', 'RemovePlanOutcomeInput', { outcomeId: added.id, expectedVersion: added.version });
    const [after] = await db.dataSource.query(`SELECT updated_by_id FROM plans WHERE id = $1`, [plan.id]);
    expect(after.updated_by_id).toBe(world.users.swA1.id);
  });

  it('names the field of bad input and writes nothing', async () => {
    const { latestPlan } = await current(as.sw, damian.id);
    const countBefore = await db.dataSource.query(`SELECT count(*)::int AS n, max(updated_at) AS u FROM plan_outcomes WHERE plan_id = $1`, [latestPlan.id]);
    const tooLong = await raw(as.sw, 'addPlanOutcome', 'AddPlanOutcomeInput', {
      planId: latestPlan.id, expectedVersion: latestPlan.version, ...NEWHAM_OUTCOMES[0], outcome: 'New', actions: [{ ...NEWHAM_OUTCOMES[0].actions[0], byWhom: 'x'.repeat(201) }],
    });
    expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actions.0.byWhom' });
    const badOption = await as.sw.gql(`mutation { updatePlan(input: { planId: "${latestPlan.id}", expectedVersion: ${latestPlan.version}, primaryOption: ORPHANAGE }) { id } }`);
    expect(badOption.errors).toBeDefined();
    const stale = await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: latestPlan.id, expectedVersion: latestPlan.version - 1, childWishes: 'stale' });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(errorCode(await raw(as.sw, 'updatePlan', 'UpdatePlanInput', { planId: 'not-a-plan', expectedVersion: 1 }))).toBe('NOT_FOUND');
    const after = await current(as.sw, damian.id);
    expect(after.latestPlan.version).toBe(latestPlan.version);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n, max(updated_at) AS u FROM plan_outcomes WHERE plan_id = $1`, [latestPlan.id])).toEqual(countBefore);
  });

  it('schedules, records, signs off and shares reviews, and shows the next review', async () => {
    const child = await makeChild(db.dataSource.manager, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id });
    const later = await m<Meeting>(as.iro, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'SECOND_REVIEW', dueDate: '2027-02-20' }, MEETING);
    let first = await m<Meeting>(as.sw, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'FIRST_REVIEW', dueDate: '2026-11-25', scheduledFor: '2026-11-24' }, MEETING);
    // The IRO schedules reviews only; other meetings are the worker's.
    expect(errorCode(await raw(as.iro, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'PLO_MEETING', dueDate: '2026-12-01' }, 'id'))).toBe('FORBIDDEN');
    expect(errorCode(await raw(as.sw, 'scheduleMeeting', 'ScheduleMeetingInput', { childId: child.id, type: 'PLO_MEETING' }, 'id'))).toBe('BAD_USER_INPUT');

    const next = async () => (await as.sw.ok<{ child: { nextReview: { id: string } | null } }>(`query($id: ID!) { child(id: $id) { nextReview { id } } }`, { id: child.id })).child.nextReview;
    expect(await next()).toEqual({ id: first.id });

    const record = (client: ApiClient, extra: Record<string, unknown>) => raw(client, 'recordMeeting', 'RecordMeetingInput', {
      meetingId: first.id, expectedVersion: first.version, heldOn: '2026-11-24', attendees: ['Child'], decisions: 'Continue.', participation: 'PN1', ...extra,
    }, 'id');
    expect(errorCode(await record(as.sw, {}))).toBe('FORBIDDEN');
    const future = await record(as.iro, { heldOn: '2026-11-25' });
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    expect((await record(as.iro, { participation: undefined })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participation' });
    expect((await record(as.iro, { participation: 'PN9' })).errors).toBeDefined();
    expect(errorCode(await raw(as.iro, 'signOffReview', 'MeetingStepInput', { meetingId: first.id, expectedVersion: first.version }, 'id'))).toBe('CONFLICT');
    first = await m<Meeting>(as.iro, 'recordMeeting', 'RecordMeetingInput', {
      meetingId: first.id, expectedVersion: first.version, heldOn: '2026-11-24', attendees: ['Child', 'Carer'], decisions: 'Continue.', participation: 'PN1',
    }, MEETING);
    expect(await next()).toEqual({ id: later.id });

    expect(errorCode(await raw(as.iro, 'shareReviewWithChild', 'MeetingStepInput', { meetingId: first.id, expectedVersion: first.version }, 'id'))).toBe('CONFLICT');
    // The IRO who chaired the review signs its record off; the team manager may not.
    expect(errorCode(await raw(as.tm, 'signOffReview', 'MeetingStepInput', { meetingId: first.id, expectedVersion: first.version }, 'id'))).toBe('FORBIDDEN');
    first = await m<Meeting>(as.iro, 'signOffReview', 'MeetingStepInput', { meetingId: first.id, expectedVersion: first.version }, MEETING);
    expect(first.signedOffAt).not.toBeNull();
    expect(errorCode(await record(as.iro, { expectedVersion: first.version }))).toBe('CONFLICT');
    first = await m<Meeting>(as.iro, 'shareReviewWithChild', 'MeetingStepInput', { meetingId: first.id, expectedVersion: first.version }, MEETING);
    expect(first.sharedWithChildAt).not.toBeNull();

    const list = await as.sw.ok<{ child: { meetings: { id: string }[] } }>(`query($id: ID!) { child(id: $id) { meetings { id } } }`, { id: child.id });
    expect(list.child.meetings.map((x) => x.id)).toEqual([later.id, first.id]);
    const audit = await db.dataSource.query(`SELECT action, changes FROM audit_events WHERE record_id = $1 AND action = 'SIGN_OFF'`, [first.id]);
    expect(audit[0].changes.signedOffAt.before).toBeNull();
  });

  it('shares a plan with the child only once it has been submitted', async () => {
    const { latestPlan } = await current(as.sw, damian.id);
    expect(errorCode(await raw(as.sw, 'sharePlanWithChild', 'PlanTransitionInput', { planId: latestPlan.id, expectedVersion: latestPlan.version }))).toBe('CONFLICT');
    const [{ version }] = await db.dataSource.query(`SELECT version FROM plans WHERE id = $1`, [endorsed.id]);
    const shared = await transition(as.sw, 'sharePlanWithChild', { id: endorsed.id, version });
    expect(shared.sharedWithChildAt).not.toBeNull();
  });
});

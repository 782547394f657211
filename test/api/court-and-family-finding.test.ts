import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, makeChild, PASSWORD, type World } from '../support/world';

// The API's clock says 24 November 2026.
const PROCEEDINGS = `id version stage preProceedingsLetterOn legalGatewayOn legalGatewayDecision issuedOn finalHearingDue outcome concludedOn
  finalCarePlan { id planNumber } finalCarePlanFiledOn reviewPoints { label dueDate source { council section } }
  timetable { week startsOn hearings milestones { label date } }
  hearings { id version kind week hearingOn directions { id version description dueOn doneOn status } }`;
const START = `mutation($input: StartCourtProceedingsInput!) { startCourtProceedings(input: $input) { ${PROCEEDINGS} } }`;
const UPDATE = `mutation($input: UpdateCourtProceedingsInput!) { updateCourtProceedings(input: $input) { ${PROCEEDINGS} } }`;
const HEARING = `mutation($input: AddCourtHearingInput!) { addCourtHearing(input: $input) { ${PROCEEDINGS} } }`;
const RELIST = `mutation($input: UpdateCourtHearingInput!) { updateCourtHearing(input: $input) { ${PROCEEDINGS} } }`;
const DIRECTION = `mutation($input: AddCourtDirectionInput!) { addCourtDirection(input: $input) { ${PROCEEDINGS} } }`;
const DONE = `mutation($input: UpdateCourtDirectionInput!) { updateCourtDirection(input: $input) { ${PROCEEDINGS} } }`;
const ALERTS = `query($id: ID!) { child(id: $id) { alerts { code detail evidence } courtProceedings { id stage } } }`;

const REFER = `mutation($input: ReferForFamilyFindingInput!) { referForFamilyFinding(input: $input) { id version status timescales { label dueDate overdue } } }`;
const REFERRAL = `mutation($input: UpdateFamilyFindingReferralInput!) { updateFamilyFindingReferral(input: $input) { id version status statusOn } }`;
const CARER = `mutation($input: AddProspectiveCarerInput!) { addProspectiveCarer(input: $input) { id version stage } }`;
const MOVE = `mutation($input: MoveProspectiveCarerInput!) { moveProspectiveCarer(input: $input) { id version stage stageOn } }`;
const FORM = `mutation($input: SavePermanenceFormInput!) { savePermanenceForm(input: $input) { id version kind carerName completedOn signedOffAt canChange } }`;
const FORMS = `query($id: ID!) { child(id: $id) { permanenceForms { id summary canChange } } }`;
const SIGN = `mutation($input: SignOffPermanenceFormInput!) { signOffPermanenceForm(input: $input) { id version signedOffAt signedOffBy { displayName } } }`;

type Proceedings = {
  id: string; version: number; stage: string; issuedOn: string | null; finalHearingDue: string | null;
  reviewPoints: { label: string; dueDate: string }[]; timetable: { week: number; hearings: string[] }[];
  hearings: { id: string; version: number; kind: string; week: number; directions: { id: string; version: number; status: string }[] }[];
  finalCarePlan: { planNumber: number } | null;
};

describe('court proceedings and family finding', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let sw: ApiClient;
  let tm: ApiClient;

  const freshChild = () =>
    db.dataSource.transaction((m) =>
      makeChild(m, world.councilA, world.teamA1, { socialWorkerId: world.users.swA1.id, iroId: world.users.iroA.id, dateOfBirth: '2024-03-02', dateLookedAfter: '2026-01-05' }),
    );
  const count = async (table: string, childId: string) => Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE child_id = $1`, [childId]))[0].n);
  const codes = async (childId: string) => (await sw.ok<{ child: { alerts: { code: string }[] } }>(ALERTS, { id: childId })).child.alerts.map((a) => a.code);

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    sw = api.client();
    tm = api.client();
    for (const [client, user] of [[sw, world.users.swA1], [tm, world.users.tmA1]] as const) {
      const res = await client.signIn(user.username, PASSWORD);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('follows a case from the letter before proceedings to the outcome, with the timetable, directions and alerts', async () => {
    const child = await freshChild();
    let p = (await sw.ok<{ startCourtProceedings: Proceedings }>(START, { input: { childId: child.id, preProceedingsLetterOn: '2026-02-02' } })).startCourtProceedings;
    expect(p.stage).toBe('PRE_PROCEEDINGS');
    expect(p.reviewPoints.map((r) => r.dueDate)).toEqual(['2026-02-16', '2026-03-16', '2026-04-27', '2026-05-25']);
    expect(p.timetable).toEqual([]);

    p = (await sw.ok<{ updateCourtProceedings: Proceedings }>(UPDATE, { input: { id: p.id, expectedVersion: p.version, legalGatewayOn: '2026-05-20', legalGatewayDecision: 'ISSUE_PROCEEDINGS', issuedOn: '2026-06-01', court: 'Family Court at Bolton' } })).updateCourtProceedings;
    expect(p).toMatchObject({ stage: 'ISSUED', issuedOn: '2026-06-01', finalHearingDue: '2026-11-29' });
    expect(p.timetable).toHaveLength(26);

    p = (await sw.ok<{ addCourtHearing: Proceedings }>(HEARING, { input: { proceedingsId: p.id, kind: 'CASE_MANAGEMENT', hearingOn: '2026-06-15' } })).addCourtHearing;
    expect(p.stage).toBe('CASE_MANAGEMENT');
    expect(p.timetable[2].hearings).toEqual(['Case management hearing']);
    const cmh = p.hearings[0];
    p = (await sw.ok<{ addCourtDirection: Proceedings }>(DIRECTION, { input: { hearingId: cmh.id, description: 'Local authority to file the parenting assessment', dueOn: '2026-08-14' } })).addCourtDirection;
    const direction = p.hearings[0].directions[0];
    expect(direction.status).toBe('MISSED');
    expect(await codes(child.id)).toContain('COURT_DIRECTION_MISSED');

    p = (await sw.ok<{ updateCourtDirection: Proceedings }>(DONE, { input: { id: direction.id, expectedVersion: direction.version, doneOn: '2026-08-13' } })).updateCourtDirection;
    expect(p.hearings[0].directions[0].status).toBe('DONE');
    expect(await codes(child.id)).not.toContain('COURT_DIRECTION_MISSED');

    // A final hearing listed in week 28: the 26 weeks end on 29 November 2026.
    p = (await sw.ok<{ addCourtHearing: Proceedings }>(HEARING, { input: { proceedingsId: p.id, kind: 'FINAL', hearingOn: '2026-12-10' } })).addCourtHearing;
    expect(p.hearings.find((h) => h.kind === 'FINAL')?.week).toBe(28);
    expect(p.timetable).toHaveLength(28);
    expect(await codes(child.id)).toContain('FINAL_HEARING_BEYOND_TIMESCALE');
    const final = p.hearings.find((h) => h.kind === 'FINAL')!;
    expect(errorCode(await sw.gql(HEARING, { input: { proceedingsId: p.id, kind: 'FINAL', hearingOn: '2026-11-20' } }))).toBe('CONFLICT');
    p = (await sw.ok<{ updateCourtHearing: Proceedings }>(RELIST, { input: { id: final.id, expectedVersion: final.version, hearingOn: '2026-11-23' } })).updateCourtHearing;
    expect(await codes(child.id)).not.toContain('FINAL_HEARING_BEYOND_TIMESCALE');

    // The final care plan, a version of the child's plan, filed with the court; then the outcome.
    const plan = (await sw.ok<{ createPlan: { id: string } }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { childId: child.id } })).createPlan;
    p = (await sw.ok<{ updateCourtProceedings: Proceedings }>(UPDATE, { input: { id: p.id, expectedVersion: p.version, finalCarePlanId: plan.id, finalCarePlanFiledOn: '2026-11-02' } })).updateCourtProceedings;
    expect(p.finalCarePlan).toEqual({ id: plan.id, planNumber: 1 });
    p = (await sw.ok<{ updateCourtProceedings: Proceedings }>(UPDATE, { input: { id: p.id, expectedVersion: p.version, outcome: 'PLACEMENT_ORDER', concludedOn: '2026-11-23' } })).updateCourtProceedings;
    expect(p.stage).toBe('CONCLUDED');
    expect(errorCode(await sw.gql(HEARING, { input: { proceedingsId: p.id, kind: 'OTHER', hearingOn: '2026-11-24' } }))).toBe('CONFLICT');

    const audit = await db.dataSource.query(`SELECT record_type, action FROM audit_events WHERE child_id = $1 AND record_type LIKE 'Court%' ORDER BY occurred_at`, [child.id]);
    expect(audit.length).toBe(9);
  });

  it('refuses a second open set of proceedings, a stale version and a plan of another child', async () => {
    const child = await freshChild();
    const other = await freshChild();
    const p = (await sw.ok<{ startCourtProceedings: Proceedings }>(START, { input: { childId: child.id, issuedOn: '2026-06-01' } })).startCourtProceedings;
    expect(errorCode(await sw.gql(START, { input: { childId: child.id, preProceedingsLetterOn: '2026-07-01' } }))).toBe('CONFLICT');
    await sw.ok(UPDATE, { input: { id: p.id, expectedVersion: 1, court: 'Family Court at Telford' } });
    expect(errorCode(await sw.gql(UPDATE, { input: { id: p.id, expectedVersion: 1, caseNumber: 'X1' } }))).toBe('CONFLICT');
    const plan = (await sw.ok<{ createPlan: { id: string } }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { childId: other.id } })).createPlan;
    const res = await sw.gql(UPDATE, { input: { id: p.id, expectedVersion: 2, finalCarePlanId: plan.id } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(await count('court_proceedings', child.id)).toBe(1);
  });

  it.each([
    ['no first step', {}, 'preProceedingsLetterOn'],
    ['a letter in the future', { preProceedingsLetterOn: '2026-12-01' }, 'preProceedingsLetterOn'],
    ['a decision without its meeting', { preProceedingsLetterOn: '2026-02-02', legalGatewayDecision: 'ISSUE_PROCEEDINGS' }, 'legalGatewayOn'],
    ['issue before the letter', { preProceedingsLetterOn: '2026-02-02', issuedOn: '2026-01-30' }, 'issuedOn'],
    ['a date before the child was born', { issuedOn: '2024-01-01' }, 'issuedOn'],
    ['a decision that is not one', { legalGatewayOn: '2026-02-02', legalGatewayDecision: 'MAYBE' }, 'legalGatewayDecision'],
  ])('refuses to start proceedings with %s, writing nothing', async (_what, fields, field) => {
    const child = await freshChild();
    const res = await sw.gql(START, { input: { childId: child.id, ...fields } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0]?.extensions?.field ?? res.errors?.[0]?.message)).toMatch(new RegExp(field));
    expect(await count('court_proceedings', child.id)).toBe(0);
  });

  it.each([
    ['an outcome without its date', { outcome: 'CARE_ORDER' }],
    ['an end before issue', { outcome: 'CARE_ORDER', concludedOn: '2026-05-01' }],
    ['a final care plan filed with no plan chosen', { finalCarePlanFiledOn: '2026-07-01' }],
    ['no legal action after issue', { legalGatewayOn: '2026-05-20', legalGatewayDecision: 'NO_LEGAL_ACTION' }],
  ])('refuses to update proceedings with %s, changing nothing', async (_what, fields) => {
    const child = await freshChild();
    const p = (await sw.ok<{ startCourtProceedings: Proceedings }>(START, { input: { childId: child.id, issuedOn: '2026-06-01' } })).startCourtProceedings;
    expect(errorCode(await sw.gql(UPDATE, { input: { id: p.id, expectedVersion: 1, ...fields } }))).toBe('BAD_USER_INPUT');
    const [row] = await db.dataSource.query(`SELECT version, outcome, final_care_plan_filed_on FROM court_proceedings WHERE id = $1`, [p.id]);
    expect(row).toEqual({ version: 1, outcome: null, final_care_plan_filed_on: null });
  });

  it('refuses hearings before issue or before proceedings are issued, and directions due before their hearing', async () => {
    const child = await freshChild();
    const pre = (await sw.ok<{ startCourtProceedings: Proceedings }>(START, { input: { childId: child.id, preProceedingsLetterOn: '2026-02-02' } })).startCourtProceedings;
    expect(errorCode(await sw.gql(HEARING, { input: { proceedingsId: pre.id, kind: 'CASE_MANAGEMENT', hearingOn: '2026-06-15' } }))).toBe('BAD_USER_INPUT');
    const issued = (await sw.ok<{ updateCourtProceedings: Proceedings }>(UPDATE, { input: { id: pre.id, expectedVersion: 1, issuedOn: '2026-06-01' } })).updateCourtProceedings;
    expect(errorCode(await sw.gql(HEARING, { input: { proceedingsId: issued.id, kind: 'CASE_MANAGEMENT', hearingOn: '2026-05-15' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(HEARING, { input: { proceedingsId: issued.id, kind: 'SOON', hearingOn: '2026-06-15' } }))).toBe('BAD_USER_INPUT');
    const withHearing = (await sw.ok<{ addCourtHearing: Proceedings }>(HEARING, { input: { proceedingsId: issued.id, kind: 'CASE_MANAGEMENT', hearingOn: '2026-06-15' } })).addCourtHearing;
    const hearingId = withHearing.hearings[0].id;
    expect(errorCode(await sw.gql(DIRECTION, { input: { hearingId, description: 'File it', dueOn: '2026-06-14' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(DIRECTION, { input: { hearingId, description: '   ', dueOn: '2026-07-14' } }))).toBe('BAD_USER_INPUT');
    // Issue cannot move after a hearing already held.
    expect(errorCode(await sw.gql(UPDATE, { input: { id: issued.id, expectedVersion: withHearing.version, issuedOn: '2026-06-20' } }))).toBe('BAD_USER_INPUT');
    expect(await count('court_hearings', child.id)).toBe(1);
    expect(await count('court_directions', child.id)).toBe(0);
  });

  it('takes a child through the regional adoption agency to a match, with one match at a time and signed-off forms', async () => {
    const child = await freshChild();
    const referral = (await sw.ok<{ referForFamilyFinding: { id: string; version: number; timescales: { label: string; dueDate: string }[] } }>(REFER, {
      input: { childId: child.id, team: 'REGIONAL_ADOPTION_AGENCY', agencyName: 'Aspire', referredOn: '2026-09-01' },
    })).referForFamilyFinding;
    expect(referral.timescales.map((t) => t.dueDate)).toEqual(['2026-11-24', '2026-12-01']);
    expect(errorCode(await sw.gql(REFER, { input: { childId: child.id, team: 'REGIONAL_ADOPTION_AGENCY', referredOn: '2026-09-02' } }))).toBe('CONFLICT');
    await sw.ok(REFERRAL, { input: { id: referral.id, expectedVersion: 1, status: 'SEARCHING', statusOn: '2026-09-10' } });
    expect(errorCode(await sw.gql(REFERRAL, { input: { id: referral.id, expectedVersion: 2, status: 'REFERRED', statusOn: '2026-09-11' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(REFERRAL, { input: { id: referral.id, expectedVersion: 1, status: 'MATCHED', statusOn: '2026-09-11' } }))).toBe('CONFLICT');

    const add = async (name: string) => (await sw.ok<{ addProspectiveCarer: { id: string } }>(CARER, { input: { childId: child.id, referralId: referral.id, name, kind: 'ADOPTERS', identifiedOn: '2026-09-15' } })).addProspectiveCarer.id;
    const first = await add('Sam and Alex');
    const second = await add('Jo and Chris');
    await sw.ok(MOVE, { input: { id: first, expectedVersion: 1, stage: 'MATCH_APPROVED', stageOn: '2026-10-20' } });
    expect(errorCode(await sw.gql(MOVE, { input: { id: second, expectedVersion: 1, stage: 'MATCH_APPROVED', stageOn: '2026-10-21' } }))).toBe('CONFLICT');
    expect(errorCode(await sw.gql(MOVE, { input: { id: first, expectedVersion: 2, stage: 'LINKED', stageOn: '2026-10-21' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(MOVE, { input: { id: first, expectedVersion: 2, stage: 'PLACED', stageOn: '2026-12-01' } }))).toBe('BAD_USER_INPUT');
    await sw.ok(MOVE, { input: { id: second, expectedVersion: 1, stage: 'NOT_PROCEEDING', stageOn: '2026-10-21' } });
    expect(errorCode(await sw.gql(MOVE, { input: { id: second, expectedVersion: 2, stage: 'LINKED', stageOn: '2026-10-22' } }))).toBe('CONFLICT');

    expect(errorCode(await sw.gql(FORM, { input: { childId: child.id, kind: 'LONG_TERM_MATCH', summary: 'A match' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await sw.gql(FORM, { input: { childId: child.id, kind: 'CHILDS_PERMANENCE_REPORT', carerId: first, summary: 'About her' } }))).toBe('BAD_USER_INPUT');
    const report = (await sw.ok<{ savePermanenceForm: { id: string; version: number; canChange: boolean } }>(FORM, { input: { childId: child.id, kind: 'CHILDS_PERMANENCE_REPORT', summary: 'Adoption meets her needs.' } })).savePermanenceForm;
    // Who may change the words before sign-off: the case's editors, not a reader such as the head of service.
    type Forms = { child: { permanenceForms: { id: string; summary: string; canChange: boolean }[] } };
    expect(report.canChange).toBe(true);
    const hos = api.client();
    await hos.signIn(world.users.hosA.username, PASSWORD);
    expect((await hos.ok<Forms>(FORMS, { id: child.id })).child.permanenceForms.map((f) => f.canChange)).toEqual([false]);
    expect(errorCode(await sw.gql(SIGN, { input: { id: report.id, expectedVersion: 1 } }))).toBe('FORBIDDEN');
    expect(errorCode(await tm.gql(SIGN, { input: { id: report.id, expectedVersion: 1 } }))).toBe('BAD_USER_INPUT');
    await sw.ok(FORM, { input: { childId: child.id, id: report.id, expectedVersion: 1, kind: 'CHILDS_PERMANENCE_REPORT', summary: 'Adoption meets her needs.', completedOn: '2026-10-01' } });
    const signed = (await tm.ok<{ signOffPermanenceForm: { signedOffAt: string; signedOffBy: { displayName: string } } }>(SIGN, { input: { id: report.id, expectedVersion: 2 } })).signOffPermanenceForm;
    expect(signed.signedOffAt).toBeTruthy();
    expect(signed.signedOffBy.displayName).toBeTruthy();
    expect(errorCode(await sw.gql(FORM, { input: { childId: child.id, id: report.id, expectedVersion: 3, kind: 'CHILDS_PERMANENCE_REPORT', summary: 'Changed' } }))).toBe('CONFLICT');
    expect((await sw.ok<Forms>(FORMS, { id: child.id })).child.permanenceForms).toEqual([{ id: report.id, summary: 'Adoption meets her needs.', canChange: false }]);
    expect(errorCode(await tm.gql(SIGN, { input: { id: report.id, expectedVersion: 3 } }))).toBe('CONFLICT');
    const audit = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE child_id = $1 AND record_type IN ('FamilyFindingReferral', 'ProspectiveCarer', 'PermanenceForm')`, [child.id]);
    expect(audit[0].n).toBe(9);
  });
  it('keeps the day the match was approved and who the adopters are, for the SSDA903 AD1 table, refusing details that do not fit', async () => {
    const child = await freshChild();
    const carer = (kind: string, name: string) => sw.ok<{ addProspectiveCarer: { id: string } }>(CARER, { input: { childId: child.id, name, kind, identifiedOn: '2026-09-15' } });
    const MATCHED = `mutation($input: MoveProspectiveCarerInput!) { moveProspectiveCarer(input: $input) { id version stage matchedOn adoptersSex adoptersLegalStatus } }`;
    const adopters = (await carer('ADOPTERS', 'Sam and Alex')).addProspectiveCarer.id;
    const row = async () => (await db.dataSource.query(`SELECT version, stage, matched_on::text, adopters_sex, adopters_legal_status FROM prospective_carers WHERE id = $1`, [adopters]))[0];
    const untouched = await row();
    // A married couple of different sexes is MF (DfE rule 520); one status without the other is not enough.
    for (const details of [{ adoptersSex: 'MM', adoptersLegalStatus: 'L11' }, { adoptersSex: 'F1', adoptersLegalStatus: 'L2' }, { adoptersSex: 'MF' }]) {
      const res = await sw.gql(MATCHED, { input: { id: adopters, expectedVersion: 1, stage: 'MATCH_APPROVED', stageOn: '2026-10-20', ...details } });
      expect([details, errorCode(res)]).toEqual([details, 'BAD_USER_INPUT']);
    }
    expect(await row()).toEqual(untouched);
    const approved = (await sw.ok<{ moveProspectiveCarer: Record<string, unknown> }>(MATCHED, { input: { id: adopters, expectedVersion: 1, stage: 'MATCH_APPROVED', stageOn: '2026-10-20', adoptersSex: 'MF', adoptersLegalStatus: 'L11' } })).moveProspectiveCarer;
    expect(approved).toMatchObject({ stage: 'MATCH_APPROVED', matchedOn: '2026-10-20', adoptersSex: 'MF', adoptersLegalStatus: 'L11' });
    // Introductions and placement keep the day of the match and the adopters.
    await sw.ok(MATCHED, { input: { id: adopters, expectedVersion: 2, stage: 'INTRODUCTIONS', stageOn: '2026-11-02' } });
    expect(await row()).toMatchObject({ version: 3, stage: 'INTRODUCTIONS', matched_on: '2026-10-20', adopters_sex: 'MF', adopters_legal_status: 'L11' });
    // Foster carers have no adopters' details.
    const fosterers = (await carer('FOSTER_CARERS', 'Pat Jones')).addProspectiveCarer.id;
    expect(errorCode(await sw.gql(MATCHED, { input: { id: fosterers, expectedVersion: 1, stage: 'LINKED', stageOn: '2026-10-21', adoptersSex: 'F1', adoptersLegalStatus: 'L0' } }))).toBe('BAD_USER_INPUT');
  });
});

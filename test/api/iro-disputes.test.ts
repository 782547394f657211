import { ManualClock } from '../../packages/server/src/common/clock';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

interface Stage { stage: string; startedOn: string; dueOn: string; workingDays: number; closedOn: string | null; outcome: string | null; outcomeText: string | null; closedBy: { displayName: string } | null }
interface Escalation { id: string; version: number; currentStage: string | null; resolvedOn: string | null; resolution: string | null; stages: Stage[] }

const FIELDS = `id version currentStage resolvedOn resolution stages { stage startedOn dueOn workingDays closedOn outcome outcomeText closedBy { displayName } }`;

describe('the IRO’s disputes, through the stages of the council’s protocol', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const clock = new ManualClock(new Date('2026-11-02T10:00:00Z'));
  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    const res = await c.signIn(username, PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };
  const record = (client: ApiClient, e: Escalation, outcome: string, outcomeText: string) =>
    client.gql<{ recordIroEscalationStage: Escalation }>(`mutation($input: RecordIroEscalationStageInput!) { recordIroEscalationStage(input: $input) { ${FIELDS} } }`, {
      input: { id: e.id, expectedVersion: e.version, outcome, outcomeText },
    });
  const disputeAlerts = async (client: ApiClient) =>
    (await client.ok<{ child: { alerts: { code: string; title: string; detail: string }[] } }>(`query($id: ID!) { child(id: $id) { alerts { code title detail } } }`, { id: world.children.a1.id }))
      .child.alerts.filter((a) => a.code === 'IRO_DISPUTE_UNRESOLVED');

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { clock });
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('starts at informal resolution, escalates stage by stage with reasons, stops at the director, and resolves', async () => {
    let iro = await as('iro.a');
    let tm = await as('tm.a1');
    let sw = await as('sw.a1');
    const raised = await iro.ok<{ raiseIroEscalation: Escalation }>(`mutation($input: RaiseIroEscalationInput!) { raiseIroEscalation(input: $input) { ${FIELDS} } }`, {
      input: { childId: world.children.a1.id, concern: 'No permanence plan by the second review.' },
    });
    let e = raised.raiseIroEscalation;
    expect(e.currentStage).toBe('INFORMAL');
    expect(e.stages).toEqual([{ stage: 'INFORMAL', startedOn: '2026-11-02', dueOn: '2026-11-09', workingDays: 5, closedOn: null, outcome: null, outcomeText: null, closedBy: null }]);
    expect(await disputeAlerts(tm)).toEqual([]);

    // A week and a day later the informal stage is overdue: an alert names the stage, and does not read as resolved.
    clock.set(new Date('2026-11-10T10:00:00Z'));
    // Sessions time out over a week: everyone signs in again.
    [iro, tm, sw] = [await as('iro.a'), await as('tm.a1'), await as('sw.a1')];
    const overdue = await disputeAlerts(tm);
    expect(overdue.map((a) => a.title)).toEqual(['IRO dispute stage overdue']);
    expect(overdue[0].detail).toBe('Dispute raised on 2 November 2026: the informal resolution with the social worker stage to be resolved or escalated by 9 November 2026.');

    // The worker may not record the outcome; empty words and a stale version change nothing.
    expect(errorCode(await record(sw, e, 'RESOLVED', 'Agreed.'))).toBe('FORBIDDEN');
    expect(errorCode(await record(iro, e, 'ESCALATED', '  '))).toBe('BAD_USER_INPUT');
    expect(errorCode(await record(iro, { ...e, version: e.version + 1 }, 'ESCALATED', 'x'))).toBe('CONFLICT');

    const first = await record(iro, e, 'ESCALATED', 'The worker could not agree a date for the panel.');
    expect(first.errors).toBeUndefined();
    e = first.data!.recordIroEscalationStage;
    expect(e.currentStage).toBe('TEAM_MANAGER');
    expect(e.resolvedOn).toBeNull();
    expect(e.stages.map((s) => [s.stage, s.outcome, s.closedOn])).toEqual([['INFORMAL', 'ESCALATED', '2026-11-10'], ['TEAM_MANAGER', null, null]]);
    expect(e.stages[0].closedBy?.displayName).toBeTruthy();
    expect(e.stages[1]).toMatchObject({ startedOn: '2026-11-10', dueOn: '2026-11-17' });
    // The informal stage is no longer overdue; the team manager's stage is not due yet.
    expect((await disputeAlerts(tm)).map((a) => a.title)).toEqual([]);

    e = (await record(iro, e, 'ESCALATED', 'No plan from the team manager.')).data!.recordIroEscalationStage;
    e = (await record(iro, e, 'ESCALATED', 'The service manager did not respond.')).data!.recordIroEscalationStage;
    expect(e.currentStage).toBe('DIRECTOR');
    const beyond = await record(iro, e, 'ESCALATED', 'Still nothing.');
    expect(errorCode(beyond)).toBe('BAD_USER_INPUT');

    e = (await record(iro, e, 'RESOLVED', 'The director agreed the permanence panel date.')).data!.recordIroEscalationStage;
    expect(e).toMatchObject({ currentStage: null, resolvedOn: '2026-11-10', resolution: 'The director agreed the permanence panel date.' });
    expect(e.stages.map((s) => s.outcome)).toEqual(['ESCALATED', 'ESCALATED', 'ESCALATED', 'RESOLVED']);
    expect(errorCode(await record(tm, e, 'RESOLVED', 'Again.'))).toBe('CONFLICT');

    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE record_id = $1 ORDER BY occurred_at, id`, [e.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'ESCALATE', 'ESCALATE', 'ESCALATE', 'RESOLVE']);
    // On the child's record, for everyone who reads it.
    const read = await sw.ok<{ child: { iroEscalations: Escalation[] } }>(`query($id: ID!) { child(id: $id) { iroEscalations { ${FIELDS} } } }`, { id: world.children.a1.id });
    expect(read.child.iroEscalations[0].stages).toHaveLength(4);
  });

  it('takes each stage’s timescale from the council’s policy in force when the dispute was raised', async () => {
    const admin = await as('admin.a');
    await admin.ok(`mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { versionNumber } }`, {
      input: { baseProfile: 'national', effectiveFrom: '2026-11-16', disputeInformalWorkingDays: 10 },
    });
    let iro = await as('iro.a');
    const before = await iro.ok<{ child: { iroEscalations: Escalation[] } }>(`query($id: ID!) { child(id: $id) { iroEscalations { ${FIELDS} } } }`, { id: world.children.a1.id });
    expect(before.child.iroEscalations[0].stages[0]).toMatchObject({ workingDays: 5, dueOn: '2026-11-09' });
    clock.set(new Date('2026-11-16T10:00:00Z'));
    iro = await as('iro.a');
    const raised = await iro.ok<{ raiseIroEscalation: Escalation }>(`mutation($input: RaiseIroEscalationInput!) { raiseIroEscalation(input: $input) { ${FIELDS} } }`, {
      input: { childId: world.children.a1.id, concern: 'Life story work has not started.' },
    });
    expect(raised.raiseIroEscalation.stages[0]).toMatchObject({ workingDays: 10, dueOn: '2026-11-30' });
  });

  it('lets the IRO, not the team manager, sign off a held review, and keeps who and when', async () => {
    const [meeting] = await db.dataSource.query(
      `INSERT INTO meetings (child_id, type, held_on, attendees, decisions, participation) VALUES ($1, 'FIRST_REVIEW', '2026-11-16', '{Amira}', 'Continue.', 'PN1') RETURNING id, version`,
      [world.children.a1.id],
    );
    const input = { meetingId: meeting.id, expectedVersion: meeting.version };
    const tm = await as('tm.a1');
    expect(errorCode(await tm.gql(`mutation($input: MeetingStepInput!) { signOffReview(input: $input) { id } }`, { input }))).toBe('FORBIDDEN');
    const iro = await as('iro.a');
    const signed = await iro.ok<{ signOffReview: { signedOffAt: string; signedOffBy: { displayName: string } } }>(
      `mutation($input: MeetingStepInput!) { signOffReview(input: $input) { signedOffAt signedOffBy { displayName } } }`,
      { input },
    );
    expect(signed.signOffReview.signedOffAt).toMatch(/^2026-11-16T/);
    expect(signed.signOffReview.signedOffBy.displayName).toBeTruthy();
  });
});

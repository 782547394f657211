import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { planInState, type PlanStatus } from '../support/plan-fixtures';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { MeetingEntity } from '../../packages/server/src/modules/meetings/meeting.entity';

/**
 * Abilities are what the API will allow, so the portals show only that:
 * Me.abilities agrees with the committed access snapshot for the operation each
 * screen is built on, and Plan.abilities agrees with what the plan mutations
 * then actually do, role by role and status by status; Meeting.abilities
 * likewise for recording, signing off and sharing, meeting by meeting.
 */
const SCREEN_OPERATIONS: Record<string, string> = {
  children: 'Query.children', needsAttention: 'Query.childMessagesNeedingAttention', driftList: 'Query.drift', viewsInbox: 'Query.viewsInbox',
  advocacy: 'Query.advocacyReferralQueue', tracker: 'Query.tracker', reports: 'Query.quarterlyReport', ssda903: 'Query.ssda903Validation',
  retentionReview: 'Query.recordsDueForRetentionReview', notifications: 'Query.notificationOutbox', staffContacts: 'Query.staffAccounts',
  signInSettings: 'Query.singleSignOnSettings', localPolicy: 'Mutation.addPolicyVersion', imports: 'Query.ssda903Uploads', auditSearch: 'Query.auditEvents', youngPersonLanguages: 'Mutation.setYoungPersonLanguages', ownAccount: 'Query.myAuthenticator',
  staffAccounts: 'Mutation.requestStaffAccount', accountRequests: 'Mutation.approveStaffAccountRequest', ownRecord: 'Query.myProfile',
};

function snapshotRoles(): Map<string, string[]> {
  const text = fs.readFileSync(path.resolve(__dirname, '..', 'access-snapshot.txt'), 'utf8');
  return new Map(
    text.split('\n').filter((l) => /^(Query|Mutation)\./.test(l)).map((l) => {
      const [op, ...rest] = l.trim().split(/\s+/);
      return [op, rest.join(' ').split(',').map((r) => r.trim())];
    }),
  );
}

describe('abilities', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const clients: Record<string, ApiClient> = {};
  const USERS = ['sw.a1', 'tm.a1', 'tm.a2', 'iro.a', 'hos.a', 'admin.a', 'adv.a', 'yp.a1'];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    for (const u of USERS) {
      clients[u] = api.client();
      await clients[u].signIn(u, PASSWORD);
    }
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('Me.abilities: each screen exactly when the access rule of its operation lets the role in', async () => {
    const snapshot = snapshotRoles();
    for (const u of USERS) {
      const { me } = await clients[u].ok<{ me: { role: string; abilities: Record<string, boolean> } }>(
        `{ me { role abilities { ${Object.keys(SCREEN_OPERATIONS).join(' ')} } } }`,
      );
      for (const [screen, op] of Object.entries(SCREEN_OPERATIONS)) {
        const roles = snapshot.get(op)!;
        expect({ user: u, screen, shown: me.abilities[screen] }).toEqual({ user: u, screen, shown: roles.includes('PUBLIC') || roles.includes(me.role) });
      }
    }
  });

  it("Me.abilities: the team manager's and the administrator's menus", async () => {
    const shown = async (u: string) => {
      const { me } = await clients[u].ok<{ me: { abilities: Record<string, boolean> } }>(
        `{ me { abilities { ${Object.keys(SCREEN_OPERATIONS).join(' ')} filterByTeam } } }`,
      );
      return Object.keys(me.abilities).filter((k) => me.abilities[k]);
    };
    expect(await shown('tm.a1')).toEqual(['children', 'needsAttention', 'driftList', 'viewsInbox', 'tracker', 'reports', 'ownAccount']);
    expect(await shown('admin.a')).toEqual(['retentionReview', 'notifications', 'staffContacts', 'signInSettings', 'localPolicy', 'imports', 'auditSearch', 'youngPersonLanguages', 'ownAccount', 'staffAccounts']);
    expect(await shown('iro.a')).toContain('filterByTeam');
  });

  const PLAN = `planId: id abilities { canApprove canMarkAchieved canEnd canApproveAsHeadOfService canEndorse }`;
  const ACTIONS: { ability: string; mutation: string; input: (planId: string, version: number) => Record<string, unknown> }[] = [
    { ability: 'canApprove', mutation: 'approvePlan', input: (planId, expectedVersion) => ({ planId, expectedVersion }) },
    { ability: 'canMarkAchieved', mutation: 'markPlanAchieved', input: (planId, expectedVersion) => ({ planId, expectedVersion }) },
    { ability: 'canEnd', mutation: 'endPlan', input: (planId, expectedVersion) => ({ planId, expectedVersion, reason: 'Test' }) },
  ];
  const INPUT_TYPES: Record<string, string> = { approvePlan: 'ApprovePlanInput', markPlanAchieved: 'PlanTransitionInput', endPlan: 'EndPlanInput' };

  it.each<PlanStatus>(['DRAFT', 'PROPOSED', 'APPROVED', 'ENDORSED'])('Plan.abilities on a %s plan: true exactly when the mutation then succeeds', async (status) => {
    for (const u of ['sw.a1', 'tm.a1', 'tm.a2', 'iro.a', 'hos.a']) {
      for (const action of ACTIONS) {
        const { planId, expectedVersion } = await planInState(db.dataSource, world.children.a1.id, status);
        const read = await clients[u].gql<{ child: { latestPlan: { planId: string; abilities: Record<string, boolean> } } | null }>(
          `query($id: ID!) { child(id: $id) { latestPlan { ${PLAN} } } }`,
          { id: world.children.a1.id },
        );
        const may = read.data?.child?.latestPlan.abilities[action.ability] ?? false;
        const res = await clients[u].gql(`mutation($input: ${INPUT_TYPES[action.mutation]}!) { ${action.mutation}(input: $input) { id status } }`, {
          input: action.input(planId, expectedVersion),
        });
        expect({ user: u, status, action: action.mutation, may, succeeded: !res.errors }).toEqual({
          user: u, status, action: action.mutation, may, succeeded: may,
        });
        if (!may) expect(['FORBIDDEN', 'CONFLICT', 'NOT_FOUND']).toContain(errorCode(res));
      }
    }
  }, 120_000);

  /** A meeting of a1 in the state named: a review or another meeting, booked, held, or held and signed off. */
  async function meetingIn(state: 'REVIEW_BOOKED' | 'REVIEW_HELD' | 'REVIEW_SIGNED_OFF' | 'MEETING_BOOKED'): Promise<{ meetingId: string; expectedVersion: number }> {
    const held = state === 'REVIEW_HELD' || state === 'REVIEW_SIGNED_OFF';
    const m = await db.dataSource.manager.save(
      db.dataSource.manager.create(MeetingEntity, {
        childId: world.children.a1.id, type: state === 'MEETING_BOOKED' ? 'PERMANENCE_PLANNING_MEETING' : 'SUBSEQUENT_REVIEW', dueDate: '2026-11-20', scheduledFor: '2026-11-20',
        heldOn: held ? '2026-11-20' : null, chairId: world.users.iroA.id, attendees: [], decisions: held ? 'Agreed' : null, participation: held ? 'PN1' : null,
        planEndorsedId: null, signedOffAt: state === 'REVIEW_SIGNED_OFF' ? new Date('2026-11-21T10:00:00Z') : null, signedOffById: state === 'REVIEW_SIGNED_OFF' ? world.users.iroA.id : null,
        sharedWithChildAt: null,
      }),
    );
    return { meetingId: m.id, expectedVersion: m.version };
  }
  const MEETING_ACTIONS: { ability: string; mutation: string; inputType: string; extra: Record<string, unknown> }[] = [
    { ability: 'canRecord', mutation: 'recordMeeting', inputType: 'RecordMeetingInput', extra: { heldOn: '2026-11-20', attendees: ['Chair'], decisions: 'Agreed', participation: 'PN1' } },
    { ability: 'canSignOff', mutation: 'signOffReview', inputType: 'MeetingStepInput', extra: {} },
    { ability: 'canShareWithChild', mutation: 'shareReviewWithChild', inputType: 'MeetingStepInput', extra: {} },
  ];

  it.each(['REVIEW_BOOKED', 'REVIEW_HELD', 'REVIEW_SIGNED_OFF', 'MEETING_BOOKED'] as const)('Meeting.abilities on a %s: true exactly when the mutation then succeeds', async (state) => {
    const seen: Record<string, boolean> = {};
    for (const u of ['sw.a1', 'tm.a1', 'tm.a2', 'iro.a', 'hos.a']) {
      for (const action of MEETING_ACTIONS) {
        const { meetingId, expectedVersion } = await meetingIn(state);
        const read = await clients[u].gql<{ child: { meetings: { id: string; abilities: Record<string, boolean> }[] } | null }>(
          `query($id: ID!) { child(id: $id) { meetings { id abilities { canRecord canSignOff canShareWithChild } } } }`,
          { id: world.children.a1.id },
        );
        const may = read.data?.child?.meetings.find((m) => m.id === meetingId)?.abilities[action.ability] ?? false;
        const res = await clients[u].gql(`mutation($input: ${action.inputType}!) { ${action.mutation}(input: $input) { id } }`, {
          input: { meetingId, expectedVersion, ...action.extra },
        });
        expect({ user: u, state, action: action.mutation, may, succeeded: !res.errors }).toEqual({ user: u, state, action: action.mutation, may, succeeded: may });
        if (!may) expect(['FORBIDDEN', 'CONFLICT', 'NOT_FOUND']).toContain(errorCode(res));
        seen[`${action.ability}:${may}`] = true;
      }
    }
    // Each state allows someone something and refuses someone something: the comparison is not one-sided.
    expect(Object.keys(seen).some((k) => k.endsWith(':true'))).toBe(true);
    expect(Object.keys(seen).some((k) => k.endsWith(':false'))).toBe(true);
  }, 120_000);
});

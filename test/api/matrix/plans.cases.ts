import type { MatrixCase } from '../../support/matrix';
import { meetingInState, planInState, type PlanStatus } from '../../support/plan-fixtures';

/**
 * Plans and meetings. Each write case first puts the child's latest plan (or a
 * meeting) into the state the operation needs, directly in the database, so
 * the call is valid for every allowed actor however often it is repeated.
 */

const EDITORS = ['SOCIAL_WORKER', 'TEAM_MANAGER'] as const;
const READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;
const PLAN_FIELDS = 'id version status';
const MEETING_FIELDS = 'id version heldOn signedOffAt';

const planStep = (operation: string, input: string, roles: MatrixCase['roles'], reach: MatrixCase['reach'], status: PlanStatus, extra: Record<string, unknown> = {}): MatrixCase => ({
  operation: `Mutation.${operation}`,
  document: `mutation($input: ${input}!) { ${operation}(input: $input) { ${PLAN_FIELDS} } }`,
  roles,
  reach,
  write: true,
  variables: async ({ world, target, ds }) => ({ input: { ...(await planInState(ds, world.children[target].id, status)), ...extra } }),
});

export const plansCases: MatrixCase[] = [
  {
    operation: 'Mutation.createPlan',
    document: `mutation($input: CreatePlanInput!) { createPlan(input: $input) { ${PLAN_FIELDS} planNumber } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      await planInState(ds, world.children[target].id, 'ENDORSED');
      return { input: { childId: world.children[target].id } };
    },
  },
  planStep('updatePlan', 'UpdatePlanInput', EDITORS, 'caseEdit', 'DRAFT', { childWishes: 'To stay with my brother' }),
  planStep('setContingencyOptions', 'SetContingencyOptionsInput', EDITORS, 'caseEdit', 'DRAFT', { options: ['KINSHIP_CARE', 'LONG_TERM_FOSTERING'] }),
  planStep('addPlanOutcome', 'AddPlanOutcomeInput', EDITORS, 'caseEdit', 'DRAFT', {
    outcome: 'Feels safe', measure: 'Says so', optionTrack: 'PRIMARY', actions: [{ action: 'Visits', byWhom: 'Worker', withinWeeks: 6 }, { action: 'Calls', byWhom: 'Carer', dueDate: '2027-02-01' }],
  }),
  {
    operation: 'Mutation.updatePlanOutcome',
    document: `mutation($input: UpdatePlanOutcomeInput!) { updatePlanOutcome(input: $input) { ${PLAN_FIELDS} } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const { planId } = await planInState(ds, world.children[target].id, 'DRAFT');
      const [o] = await ds.query(`SELECT id, version FROM plan_outcomes WHERE plan_id = $1 ORDER BY position LIMIT 1`, [planId]);
      return { input: { outcomeId: o.id, expectedVersion: o.version, measure: 'Measured again', progress: 'Going well' } };
    },
  },
  {
    operation: 'Mutation.removePlanOutcome',
    document: `mutation($input: RemovePlanOutcomeInput!) { removePlanOutcome(input: $input) { ${PLAN_FIELDS} } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const { planId } = await planInState(ds, world.children[target].id, 'DRAFT');
      const [o] = await ds.query(`SELECT id, version FROM plan_outcomes WHERE plan_id = $1 ORDER BY position LIMIT 1`, [planId]);
      return { input: { outcomeId: o.id, expectedVersion: o.version } };
    },
  },
  {
    operation: 'Mutation.updatePlanActionProgress',
    document: `mutation($input: UpdatePlanActionProgressInput!) { updatePlanActionProgress(input: $input) { ${PLAN_FIELDS} } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const { planId } = await planInState(ds, world.children[target].id, 'ENDORSED');
      const [a] = await ds.query(
        `SELECT a.id, a.version FROM plan_outcome_actions a JOIN plan_outcomes o ON o.id = a.outcome_id WHERE o.plan_id = $1 ORDER BY o.position, a.position LIMIT 1`,
        [planId],
      );
      return { input: { actionId: a.id, expectedVersion: a.version, progress: 'Two visits done', completed: false } };
    },
  },
  {
    operation: 'Mutation.reorderPlanOutcomes',
    document: `mutation($input: ReorderPlanOutcomesInput!) { reorderPlanOutcomes(input: $input) { ${PLAN_FIELDS} } }`,
    roles: EDITORS,
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const plan = await planInState(ds, world.children[target].id, 'DRAFT');
      const rows: { id: string }[] = await ds.query(`SELECT id FROM plan_outcomes WHERE plan_id = $1 ORDER BY position DESC, created_at DESC`, [plan.planId]);
      return { input: { ...plan, outcomeIds: rows.map((r) => r.id) } };
    },
  },
  planStep('submitPlan', 'PlanTransitionInput', EDITORS, 'caseEdit', 'DRAFT'),
  planStep('approvePlan', 'ApprovePlanInput', ['TEAM_MANAGER'], 'manage', 'PROPOSED', { comments: 'Approved; book the panel.' }),
  planStep('returnPlan', 'ReturnPlanInput', ['TEAM_MANAGER'], 'manage', 'PROPOSED', { reasons: 'The contingency needs a timescale.' }),
  planStep('approvePlanAsHeadOfService', 'PlanTransitionInput', ['HEAD_OF_SERVICE'], 'fullRead', 'PROPOSED'),
  // Team managers reach their team's children, the head of service the council's: together, the full-record reach of those two roles.
  planStep('recordPanelRecommendation', 'RecordPanelRecommendationInput', ['TEAM_MANAGER', 'HEAD_OF_SERVICE'], 'fullRead', 'APPROVED', {
    recommendation: 'Panel recommends adoption.', panelType: 'ADOPTION_PANEL', panelDate: '2026-11-16',
  }),
  planStep('recordPanelDecision', 'RecordPanelDecisionInput', ['TEAM_MANAGER', 'HEAD_OF_SERVICE'], 'fullRead', 'RECOMMENDED_BY_PANEL', {
    decision: 'AGREED', decisionDate: '2026-11-23', decisionMaker: 'Dana Decider, agency decision maker',
  }),
  {
    operation: 'Mutation.endorsePlanAtReview',
    document: `mutation($input: EndorsePlanInput!) { endorsePlanAtReview(input: $input) { ${PLAN_FIELDS} } }`,
    roles: ['IRO'],
    reach: 'review',
    write: true,
    variables: async ({ world, target, ds }) => {
      const plan = await planInState(ds, world.children[target].id, 'APPROVED');
      const { meetingId } = await meetingInState(ds, world.children[target].id, 'FIRST_REVIEW', { held: true, signedOff: false });
      return { input: { ...plan, meetingId } };
    },
  },
  planStep('markPlanAchieved', 'PlanTransitionInput', EDITORS, 'caseEdit', 'ENDORSED'),
  planStep('endPlan', 'EndPlanInput', EDITORS, 'caseEdit', 'DRAFT', { reason: 'Made in error' }),
  planStep('sharePlanWithChild', 'PlanTransitionInput', EDITORS, 'caseEdit', 'ENDORSED'),

  {
    operation: 'Mutation.scheduleMeeting',
    document: `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`,
    // Workers and team managers schedule any meeting; the child's IRO schedules the child's reviews.
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'fullRead',
    write: true,
    variables: ({ world, target }) => ({ input: { childId: world.children[target].id, type: 'SUBSEQUENT_REVIEW', dueDate: '2027-05-01' } }),
  },
  {
    operation: 'Mutation.recordMeeting',
    document: `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { ${MEETING_FIELDS} } }`,
    // A review: only the child's IRO records it; the worker and team manager see it but may not.
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'review',
    forbiddenWhenVisible: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => ({
      input: {
        ...(await meetingInState(ds, world.children[target].id, 'FIRST_REVIEW', { held: false, signedOff: false })),
        heldOn: '2026-11-20', attendees: ['Child', 'Carer'], decisions: 'Plan continues.', participation: 'PN1',
      },
    }),
  },
  {
    operation: 'Mutation.recordMeeting',
    document: `mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { ${MEETING_FIELDS} } }`,
    // Any other meeting: the worker or team manager records it; the IRO sees it but may not.
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'caseEdit',
    forbiddenWhenVisible: 'review',
    write: true,
    variables: async ({ world, target, ds }) => ({
      input: {
        ...(await meetingInState(ds, world.children[target].id, 'PERMANENCE_PLANNING_MEETING', { held: false, signedOff: false })),
        heldOn: '2026-11-20', attendees: ['Worker'], decisions: 'Parallel plan agreed.',
      },
    }),
  },
  {
    operation: 'Mutation.signOffReview',
    document: `mutation($input: MeetingStepInput!) { signOffReview(input: $input) { ${MEETING_FIELDS} } }`,
    roles: ['IRO'],
    reach: 'review',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: await meetingInState(ds, world.children[target].id, 'FIRST_REVIEW', { held: true, signedOff: false }) }),
  },
  {
    operation: 'Mutation.shareReviewWithChild',
    document: `mutation($input: MeetingStepInput!) { shareReviewWithChild(input: $input) { ${MEETING_FIELDS} } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO'],
    reach: 'fullRead',
    write: true,
    variables: async ({ world, target, ds }) => ({ input: await meetingInState(ds, world.children[target].id, 'FIRST_REVIEW', { held: true, signedOff: true }) }),
  },
  {
    operation: 'Query.child',
    document: `query($id: ID!) {
      child(id: $id) {
        id
        currentPlan { id status contingencies { option } outcomes { outcome progress } createdBy { displayName } changesFromPrevious { field } endorsedAtMeeting { id } }
        latestPlan { id status managementOversight { kind comments decidedBy { displayName } } changesSinceApproved { comparedWithPlanNumber changes { field } } }
        draftPlan { id }
        planHistory { id planNumber }
        meetings { id type chair { displayName } planEndorsed { id } }
        nextReview { id }
      }
    }`,
    roles: READERS,
    reach: 'fullRead',
    variables: async ({ world, target, ds }) => {
      await planInState(ds, world.children[target].id, 'DRAFT');
      return { id: world.children[target].id };
    },
  },
];

import type { MatrixCase } from '../../support/matrix';

const READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;
let day = 0;
/** A fresh date for each call, so repeated additions never collide. */
const nextDate = () => {
  day += 1;
  const d = new Date(Date.UTC(2031, 0, 1) + day * 86_400_000);
  return d.toISOString().slice(0, 10);
};

export const rulesCases: MatrixCase[] = [
  {
    operation: 'Query.driftList',
    document: `query { driftList { child { id } alerts { code } } }`,
    roles: READERS,
    reach: 'fullRead',
    listedChildIds: (data) => (data as { driftList: { child: { id: string } }[] }).driftList.map((e) => e.child.id),
    variables: () => ({}),
  },
  {
    operation: 'Query.drift',
    document: `query { drift { totalCount entries { child { id } alerts { code } } alertCounts { code children } workers { id } teams { id } } }`,
    roles: READERS,
    reach: 'fullRead',
    listedChildIds: (data) => (data as { drift: { entries: { child: { id: string } }[] } }).drift.entries.map((e) => e.child.id),
    variables: () => ({}),
  },
  {
    operation: 'Query.policyProfile',
    document: `query { policyProfile { baseProfile effectiveFrom firstReviewWorkingDays } }`,
    roles: ['ADMINISTRATOR', 'HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Query.nonWorkingDays',
    document: `query { nonWorkingDays { date name } }`,
    roles: ['ADMINISTRATOR', 'HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.addPolicyVersion',
    document: `mutation($input: PolicyVersionInput!) { addPolicyVersion(input: $input) { effectiveFrom } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ input: { baseProfile: 'national', effectiveFrom: nextDate() } }),
  },
  {
    operation: 'Mutation.addNonWorkingDay',
    document: `mutation($input: NonWorkingDayInput!) { addNonWorkingDay(input: $input) { date } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ input: { date: nextDate(), name: 'Matrix day' } }),
  },
  {
    operation: 'Mutation.updateCaseFacts',
    document: `mutation($input: UpdateCaseFactsInput!) { updateCaseFacts(input: $input) { version jointFunding } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER'],
    reach: 'caseEdit',
    write: true,
    forbiddenWhenVisible: 'fullRead',
    variables: async ({ world, target, ds }) => {
      const rows = await ds.query(`SELECT version, joint_funding FROM case_facts WHERE child_id = $1`, [world.children[target].id]);
      return { input: { childId: world.children[target].id, expectedVersion: rows[0]?.version ?? null, jointFunding: !(rows[0]?.joint_funding ?? false) } };
    },
  },
  {
    operation: 'Mutation.raiseIroEscalation',
    document: `mutation($input: RaiseIroEscalationInput!) { raiseIroEscalation(input: $input) { id } }`,
    roles: ['IRO'],
    reach: 'review',
    write: true,
    forbiddenWhenVisible: 'fullRead',
    variables: ({ world, target }) => ({ input: { childId: world.children[target].id, concern: 'Drift: the plan is not progressing.' } }),
  },
  {
    operation: 'Mutation.resolveIroEscalation',
    document: `mutation($input: ResolveIroEscalationInput!) { resolveIroEscalation(input: $input) { resolvedOn } }`,
    roles: ['TEAM_MANAGER', 'IRO'],
    reach: 'manageOrReview',
    write: true,
    forbiddenWhenVisible: 'fullRead',
    variables: async ({ world, target, ds }) => {
      const child = world.children[target];
      const [row] = await ds.query(
        `INSERT INTO iro_escalations (child_id, raised_by_id, raised_on, concern) VALUES ($1, $2, '2026-10-01', 'Matrix concern') RETURNING id, version`,
        [child.id, child.iroId],
      );
      return { input: { id: row.id, expectedVersion: row.version, resolution: 'Plan agreed at a meeting.' } };
    },
  },
  {
    operation: 'Mutation.recordIroEscalationStage',
    document: `mutation($input: RecordIroEscalationStageInput!) { recordIroEscalationStage(input: $input) { currentStage stages { stage outcome } } }`,
    roles: ['TEAM_MANAGER', 'IRO'],
    reach: 'manageOrReview',
    write: true,
    forbiddenWhenVisible: 'fullRead',
    variables: async ({ world, target, ds }) => {
      const child = world.children[target];
      const [row] = await ds.query(
        `INSERT INTO iro_escalations (child_id, raised_by_id, raised_on, concern, stages)
         VALUES ($1, $2, '2026-10-01', 'Matrix concern', '[{"stage":"INFORMAL","startedOn":"2026-10-01","closedOn":null,"outcome":null,"outcomeText":null,"closedById":null}]')
         RETURNING id, version`,
        [child.id, child.iroId],
      );
      return { input: { id: row.id, expectedVersion: row.version, outcome: 'ESCALATED', outcomeText: 'No agreement with the worker: to the team manager.' } };
    },
  },
];

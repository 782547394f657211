import type { MatrixCase } from '../../support/matrix';

export const auditCases: MatrixCase[] = [
  {
    operation: 'Query.auditEvents',
    document: `query($childId: ID) { auditEvents(filter: { childId: $childId }, first: 5) { totalCount edges { node { action } } } }`,
    roles: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: ({ world, target }) => ({ childId: world.children[target].id }),
  },
  {
    // The server's today: every signed-in role; it says nothing about any child.
    operation: 'Query.today',
    document: `query { today }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'ADVOCATE', 'HEAD_OF_SERVICE', 'ADMINISTRATOR', 'YOUNG_PERSON'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
];

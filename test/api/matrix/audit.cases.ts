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
];

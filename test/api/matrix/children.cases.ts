import type { MatrixCase } from '../../support/matrix';

const READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;

export const childrenCases: MatrixCase[] = [
  {
    operation: 'Query.child',
    document: `query($id: ID!) { child(id: $id) { id legalFirstName dateOfBirth socialWorker { displayName } } }`,
    roles: READERS,
    reach: 'fullRead',
    variables: ({ world, target }) => ({ id: world.children[target].id }),
  },
  {
    operation: 'Query.children',
    document: `query { children(first: 100) { edges { node { id } } } }`,
    roles: READERS,
    reach: 'fullRead',
    listedChildIds: (data) => (data as { children: { edges: { node: { id: string } }[] } }).children.edges.map((e) => e.node.id),
    variables: () => ({}),
  },
  {
    operation: 'Mutation.updateChild',
    document: `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id version } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER'],
    reach: 'caseEdit',
    write: true,
    variables: async ({ world, target, ds }) => {
      const [{ version }] = await ds.query(`SELECT version FROM children WHERE id = $1`, [world.children[target].id]);
      return { input: { id: world.children[target].id, expectedVersion: version, school: 'Matrix Primary School' } };
    },
  },
];

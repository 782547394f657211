import type { MatrixCase } from '../../support/matrix';

/**
 * Life story media adds no root operation of its own (uploads and downloads
 * are HTTP endpoints, tested role by role in media.test.ts); these cases check
 * the new Child fields and the mutations' mediaId under every role.
 */
const PROFESSIONAL_READERS = ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'] as const;

export const mediaCases: MatrixCase[] = [
  {
    operation: 'Query.child (lifeStoryReleaseSchedule, life story media links)',
    document: `query($id: ID!) { child(id: $id) { id lifeStory { id media { id downloadUrl } }
      lifeStoryReleaseSchedule { visibleToday { id } upcoming { on item { id } } notShared { id } } } }`,
    roles: PROFESSIONAL_READERS,
    reach: 'fullRead',
    variables: ({ world, target }) => ({ id: world.children[target].id }),
  },
  {
    operation: 'Mutation.addLifeStoryItem (with a mediaId of another child)',
    document: `mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }`,
    roles: ['SOCIAL_WORKER', 'TEAM_MANAGER'],
    reach: 'none',
    write: true,
    // A file id that belongs to no child: even those who may edit the case get NOT_FOUND, and nothing is written.
    variables: ({ world, target }) => ({
      input: { childId: world.children[target].id, kind: 'PHOTO', title: 'Matrix media', audience: 'CHILD_NOW', mediaId: '00000000-0000-4000-8000-000000000000' },
    }),
  },
];

import type { DataSource } from 'typeorm';
import type { MatrixCase } from '../../support/matrix';
import type { World } from '../../support/world';

/**
 * A checked upload in council A (its files are not on disk: confirming it
 * imports nothing, which is enough to show who may do it).
 */
async function checkedUpload(world: World, ds: DataSource): Promise<Record<string, unknown>> {
  const report = {
    council: { laCode: '000', name: 'Council A', created: false },
    year: 2025,
    dryRun: true,
    completed: true,
    children: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
    records: { placements: { created: 1, updated: 0 }, legalStatuses: { created: 1, updated: 0 }, reviews: { created: 0, updated: 0 } },
    perChild: [{ child: 'C1', outcome: 'created', changes: ['new child'] }],
    notHeld: {},
    problems: [],
  };
  const [row] = await ds.query(
    `INSERT INTO ssda903_uploads (council_id, year, status, file_names, check_report, uploaded_by_id, version)
     VALUES ($1, 2025, 'CHECKED', ARRAY['episodes.csv', 'header.csv'], $2, $3, 1) RETURNING id`,
    [world.councilA.id, JSON.stringify(report), world.users.adminA.id],
  );
  return { id: row.id, expectedVersion: 1 };
}

export const importsCases: MatrixCase[] = [
  {
    operation: 'Query.ssda903Uploads',
    document: `query { ssda903Uploads { id status year } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Query.ssda903Upload',
    document: `query($id: ID!) { ssda903Upload(id: $id) { id status check { childrenCreated } } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: async ({ world, ds }) => ({ id: (await checkedUpload(world, ds)).id }),
  },
  {
    operation: 'Mutation.confirmSsda903Upload',
    document: `mutation($id: ID!, $expectedVersion: Int!) { confirmSsda903Upload(id: $id, expectedVersion: $expectedVersion) { id status } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: ({ world, ds }) => checkedUpload(world, ds),
  },
  {
    operation: 'Mutation.cancelSsda903Upload',
    document: `mutation($id: ID!, $expectedVersion: Int!) { cancelSsda903Upload(id: $id, expectedVersion: $expectedVersion) { id status } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: ({ world, ds }) => checkedUpload(world, ds),
  },
];

import type { MatrixCase } from '../../support/matrix';

export const dataProtectionCases: MatrixCase[] = [
  {
    operation: 'Mutation.createSubjectAccessExport',
    document: `mutation($input: CreateSubjectAccessExportInput!) { createSubjectAccessExport(input: $input) { id childId schemaVersion pdfUrl } }`,
    // Head of service only; on any child of their own council (another council's child is NOT_FOUND).
    roles: ['HEAD_OF_SERVICE'],
    reach: 'fullRead',
    write: true,
    variables: ({ world, target }) => ({ input: { childId: world.children[target].id, reason: 'Care leaver asked for her file by letter on 1 March' } }),
  },
  {
    operation: 'Query.retentionSettings',
    document: `query { retentionSettings { lookedAfterUntilAge adoptionYears version } }`,
    roles: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.updateRetentionSettings',
    document: `mutation($input: UpdateRetentionSettingsInput!) { updateRetentionSettings(input: $input) { lookedAfterUntilAge version } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => {
      const [{ version, age }] = await ds.query(`SELECT version, retention_looked_after_until_age AS age FROM councils WHERE id = $1`, [world.councilA.id]);
      // A real change every time, so an allowed call is a write the matrix can see.
      return { input: { lookedAfterUntilAge: age === 75 ? 76 : 75, adoptionYears: 100, expectedVersion: version } };
    },
  },
  {
    operation: 'Query.recordsDueForRetentionReview',
    document: `query { recordsDueForRetentionReview(withinDays: 30) { childId keepUntil rule } }`,
    roles: ['HEAD_OF_SERVICE', 'ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
];

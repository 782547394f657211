import type { MatrixCase } from '../../support/matrix';

let n = 0;

export const staffCases: MatrixCase[] = [
  {
    operation: 'Query.staffAccounts',
    document: `query { staffAccounts { username role } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Query.singleSignOnSettings',
    document: `query { singleSignOnSettings { providerName roleMappings { claimValue role teamName } } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.createStaffAccount',
    document: `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({
      input: { username: `matrix.iro${++n}`, firstName: 'Matrix', lastName: 'Person', role: 'IRO', initialPassword: 'a long first password 1' },
    }),
  },
  {
    operation: 'Mutation.disableStaffAccount',
    document: `mutation($userId: ID!) { disableStaffAccount(userId: $userId) { disabled } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => {
      const [user] = await ds.query(
        `INSERT INTO users (council_id, username, first_name, last_name) VALUES ($1, $2, 'To', 'Disable') RETURNING id`,
        [world.councilA.id, `matrix.leaver${++n}`],
      );
      await ds.query(`INSERT INTO role_assignments (user_id, role, council_id) VALUES ($1, 'IRO', $2)`, [user.id, world.councilA.id]);
      return { userId: user.id };
    },
  },
  {
    operation: 'Mutation.updateStaffContact',
    document: `mutation($input: StaffContactInput!) { updateStaffContact(input: $input) { id } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => {
      const [user] = await ds.query(
        `INSERT INTO users (council_id, username, first_name, last_name) VALUES ($1, $2, 'Contact', 'Details') RETURNING id`,
        [world.councilA.id, `matrix.contact${++n}`],
      );
      await ds.query(`INSERT INTO role_assignments (user_id, role, council_id) VALUES ($1, 'IRO', $2)`, [user.id, world.councilA.id]);
      return { input: { userId: user.id, email: 'contact@example.org', mobile: '07700 900321', notificationPreference: 'DAILY_DIGEST' } };
    },
  },
  {
    operation: 'Query.notificationOutbox',
    document: `query { notificationOutbox { deliveredBy notifications { id } } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.updateDutyContact',
    document: `mutation($input: DutyContactInput!) { updateDutyContact(input: $input) }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ input: { name: 'Out-of-hours duty team', email: 'duty@example.org', mobile: '07700 900000' } }),
  },
];

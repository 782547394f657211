import type { DataSource } from 'typeorm';
import type { ActorKey, MatrixCase } from '../../support/matrix';
import { PROFESSIONAL_ROLES } from '@forever-planning/shared';
import { PASSWORD, type World } from '../../support/world';

let n = 0;

/** A waiting request in the council of whoever will decide it (council A unless said), asked for by someone else there. */
async function pendingRequest(world: World, ds: DataSource, actor?: ActorKey): Promise<string> {
  const councilB = actor && world.users[actor].councilId === world.councilB.id;
  const [row] = await ds.query(
    `INSERT INTO staff_account_requests (council_id, username, first_name, last_name, role, password_hash, requested_by_id, version)
     VALUES ($1, $2, 'Asked', 'For', 'IRO', 'not-a-real-hash', $3, 1) RETURNING id`,
    [councilB ? world.councilB.id : world.councilA.id, `matrix.asked${++n}`, councilB ? world.users.tmB.id : world.users.adminA.id],
  );
  return row.id;
}

/** A council A social worker with an authenticator set up (never one of the matrix's actors, whose sign-ins stay one step). */
async function enrolledStaffMember(world: World, ds: DataSource): Promise<string> {
  const [user] = await ds.query(
    `INSERT INTO users (council_id, username, first_name, last_name, totp_secret, totp_enrolled_at) VALUES ($1, $2, 'Lost', 'Phone', 'v1.x.y.z', now()) RETURNING id`,
    [world.councilA.id, `matrix.lost${++n}`],
  );
  await ds.query(`INSERT INTO role_assignments (user_id, role, council_id, team_id) VALUES ($1, 'SOCIAL_WORKER', $2, $3)`, [user.id, world.councilA.id, world.teamA1.id]);
  return user.id;
}

export const staffCases: MatrixCase[] = [
  {
    operation: 'Query.myAuthenticator',
    document: `query { myAuthenticator { enrolled recoveryCodesLeft } }`,
    roles: PROFESSIONAL_ROLES,
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.startMyTotpEnrolment',
    // Starting changes nothing about how the person signs in until a code confirms it (test/api/second-factor.test.ts).
    document: `mutation($input: StartMyTotpEnrolmentInput!) { startMyTotpEnrolment(input: $input) { otpauthUri } }`,
    roles: PROFESSIONAL_ROLES,
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ input: { currentPassword: PASSWORD } }),
  },
  {
    operation: 'Mutation.resetStaffAuthenticator',
    document: `mutation($input: ResetStaffAuthenticatorInput!) { resetStaffAuthenticator(input: $input) { emailed } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => ({ input: { userId: await enrolledStaffMember(world, ds), reason: 'Lost phone, checked in person' } }),
  },
  {
    operation: 'Query.allocationChoices',
    document: `query { allocationChoices { socialWorkers { id displayName } iros { id displayName } } }`,
    roles: ['TEAM_MANAGER'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
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
    operation: 'Mutation.saveSingleSignOnSettings',
    document: `mutation($input: SingleSignOnSettingsInput!) { saveSingleSignOnSettings(input: $input) { providerName version } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => {
      // Each call sends the version it read, as the settings page does.
      const [current] = await ds.query(`SELECT version FROM identity_providers WHERE council_id = $1`, [world.councilA.id]);
      return {
        input: {
          providerName: 'Matrix provider',
          issuer: 'https://login.example.com/matrix',
          clientId: 'matrix-client',
          clientSecret: 'matrix-client-secret',
          allowedEmailDomains: ['a.gov.uk'],
          localPasswordsAllowed: true,
          mfaRequired: false,
          mfaAcrValues: [],
          disableAfterIdleDays: null,
          roleMappings: [{ claimValue: `grp-matrix-${++n}`, role: 'SOCIAL_WORKER', teamId: world.teamA1.id }],
          expectedVersion: current?.version ?? null,
        },
      };
    },
  },
  {
    operation: 'Query.staffSignInPolicy',
    document: `query { staffSignInPolicy { staffTotpRequired staffEnrolled } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.setStaffTotpRequired',
    // false: the matrix's own sign-ins stay one step.
    document: `mutation($required: Boolean!) { setStaffTotpRequired(required: $required) { staffTotpRequired } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ required: false }),
  },
  {
    operation: 'Query.youngPersonLanguages',
    document: `query { youngPersonLanguages { code switchedOn } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.setYoungPersonLanguages',
    // Only English: the young people's own sign-ins see what they always saw.
    document: `mutation($languages: [String!]!) { setYoungPersonLanguages(languages: $languages) { code switchedOn } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({ languages: ['en'] }),
  },
  {
    operation: 'Query.councilTeams',
    document: `query { councilTeams { id name } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Query.staffAccountRequests',
    document: `query { staffAccountRequests { username role status } }`,
    roles: ['ADMINISTRATOR', 'HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    variables: () => ({}),
  },
  {
    operation: 'Mutation.requestStaffAccount',
    document: `mutation($input: CreateStaffAccountInput!) { requestStaffAccount(input: $input) { id status } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: () => ({
      input: { username: `matrix.iro${++n}`, firstName: 'Matrix', lastName: 'Person', role: 'IRO', initialPassword: 'a long first password 1' },
    }),
  },
  {
    operation: 'Mutation.approveStaffAccountRequest',
    document: `mutation($input: ApproveStaffAccountRequestInput!) { approveStaffAccountRequest(input: $input) { status } }`,
    roles: ['HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds, actor }) => ({ input: { id: await pendingRequest(world, ds, actor), expectedVersion: 1 } }),
  },
  {
    operation: 'Mutation.refuseStaffAccountRequest',
    document: `mutation($input: RefuseStaffAccountRequestInput!) { refuseStaffAccountRequest(input: $input) { status } }`,
    roles: ['HEAD_OF_SERVICE'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds, actor }) => ({ input: { id: await pendingRequest(world, ds, actor), expectedVersion: 1, reason: 'Not in the staffing plan.' } }),
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
    operation: 'Mutation.setStaffSweNumber',
    document: `mutation($input: SetSweNumberInput!) { setStaffSweNumber(input: $input) { id sweNumber } }`,
    roles: ['ADMINISTRATOR'],
    reach: 'none',
    untargeted: true,
    write: true,
    variables: async ({ world, ds }) => {
      const [user] = await ds.query(
        `INSERT INTO users (council_id, username, first_name, last_name) VALUES ($1, $2, 'Registered', 'Worker') RETURNING id`,
        [world.councilA.id, `matrix.swe${++n}`],
      );
      await ds.query(`INSERT INTO role_assignments (user_id, role, council_id, team_id) VALUES ($1, 'SOCIAL_WORKER', $2, $3)`, [user.id, world.councilA.id, world.teamA1.id]);
      return { input: { userId: user.id, sweNumber: `SW9${String(n).padStart(5, '0')}` } };
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
    operation: 'Query.dutyContact',
    document: `query { dutyContact { name email mobile } }`,
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

import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe("the administrator manages professionals' accounts", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let admin: ApiClient;
  const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id username role teamName disabled } }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('creates a social worker in a team, who can sign in with the first password; audited without the password', async () => {
    const res = await admin.ok<{ createStaffAccount: { id: string; teamName: string } }>(CREATE, {
      input: { username: 'new.worker', firstName: 'Nia', lastName: 'Newcomer', role: 'SOCIAL_WORKER', teamId: world.teamA1.id, initialPassword: 'first password for Nia' },
    });
    expect(res.createStaffAccount.teamName).toBe('Team A1');
    const nia = api.client();
    expect(errorCode(await nia.signIn('new.worker', 'first password for Nia'))).toBeUndefined();
    const [row] = await db.dataSource.query(`SELECT changes::text AS c FROM audit_events WHERE action = 'ACCOUNT_CREATED' AND record_id = $1`, [res.createStaffAccount.id]);
    expect(row.c).toContain('SOCIAL_WORKER');
    expect(row.c).not.toContain('first password');
  });

  it('refuses bad input by field, a taken username, a team of another council, and a young person role', async () => {
    const base = { firstName: 'A', lastName: 'B', initialPassword: 'long enough password' };
    const short = await admin.gql(CREATE, { input: { ...base, username: 'ok.name', role: 'IRO', initialPassword: 'short' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions?.field).toBe('initialPassword');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'sw.a1', role: 'IRO' } }))).toBe('CONFLICT');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.team', role: 'SOCIAL_WORKER', teamId: world.teamB.id } }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.yp', role: 'YOUNG_PERSON' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.gql(CREATE, { input: { ...base, username: 'x.noteam', role: 'TEAM_MANAGER' } }))).toBe('BAD_USER_INPUT');
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE username LIKE 'x.%' OR username = 'ok.name'`);
    expect(count).toBe(0);
  });

  it('disables an account: its open session ends at once and it can no longer sign in', async () => {
    const worker = api.client();
    await worker.signIn('sw.a2', PASSWORD);
    expect((await worker.ok<{ me: { id: string } | null }>(`{ me { id } }`)).me).not.toBeNull();
    await admin.ok(`mutation($id: ID!) { disableStaffAccount(userId: $id) { disabled } }`, { id: world.users.swA2.id });
    expect((await worker.ok<{ me: null }>(`{ me { id } }`)).me).toBeNull();
    expect(errorCode(await api.client().signIn('sw.a2', PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it("cannot reach another council's accounts", async () => {
    const res = await admin.gql(`mutation($id: ID!) { disableStaffAccount(userId: $id) { disabled } }`, { id: world.users.swB.id });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const list = await admin.ok<{ staffAccounts: { username: string }[] }>(`{ staffAccounts { username } }`);
    expect(list.staffAccounts.map((a) => a.username)).not.toContain('sw.b');
  });
});

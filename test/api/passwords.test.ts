import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe('passwords: NCSC rules on invitation and change, sessions revoked on change', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
  const ME = `{ me { id } }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('refuses a common password when a young person redeems their invitation, and leaves the code usable', async () => {
    const worker = api.client();
    await worker.signIn(world.users.swA1b.username, PASSWORD);
    const { createYoungPersonInvitation: inv } = await worker.ok<{ createYoungPersonInvitation: { code: string } }>(
      `mutation($input: CreateYoungPersonInvitationInput!) { createYoungPersonInvitation(input: $input) { code } }`,
      { input: { childId: world.children.a1sib.id, username: world.users.ypA1sib.username } },
    );
    const redeem = `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { role } }`;
    const common = await api.client().gql(redeem, { input: { code: inv.code, password: 'qwertyuiop123' } });
    expect(errorCode(common)).toBe('BAD_USER_INPUT');
    expect(common.errors![0].extensions!.field).toBe('password');
    expect(common.errors![0].message).toMatch(/common/);
    const ok = await api.client().gql(redeem, { input: { code: inv.code, password: 'kite lantern orchard' } });
    expect(ok.errors).toBeUndefined();
  });

  it('changes a password: checks the current one, refuses weak ones, revokes other sessions, audits', async () => {
    const username = world.users.swA2.username;
    const here = api.client();
    const elsewhere = api.client();
    await here.signIn(username, PASSWORD);
    await elsewhere.signIn(username, PASSWORD);

    const wrong = await here.gql(CHANGE, { input: { currentPassword: 'not my password', newPassword: 'a brand new phrase' } });
    expect({ code: errorCode(wrong), field: wrong.errors![0].extensions!.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await here.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'too short' } });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const common = await here.gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'Password12345!' } });
    expect({ code: errorCode(common), field: common.errors![0].extensions!.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    // Nothing changed so far: the other session still works.
    expect((await elsewhere.gql(ME)).data).toMatchObject({ me: { id: world.users.swA2.id } });

    expect(await here.ok(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'lighthouse marmalade cello' } })).toEqual({ changePassword: true });
    expect((await here.gql(ME)).data).toMatchObject({ me: { id: world.users.swA2.id } });
    expect((await elsewhere.gql(ME)).data).toEqual({ me: null });
    expect(errorCode(await api.client().signIn(username, PASSWORD))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.client().signIn(username, 'lighthouse marmalade cello'))).toBeUndefined();
    const [audit] = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'PASSWORD_CHANGED' AND actor_user_id = $1`, [world.users.swA2.id]);
    expect(audit.n).toBe(1);
  });

  it('needs a signed-in person', async () => {
    expect(errorCode(await api.client().gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'lighthouse marmalade cello' } }))).toBe('UNAUTHENTICATED');
  });
});

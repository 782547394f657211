import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

describe('sign-in, sessions and invitations', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, {
      throttle: {
        perAccount: { freeFailures: 3, firstWaitSeconds: 2, maxWaitSeconds: 60 },
        perAddress: { freeFailures: 1000, firstWaitSeconds: 1, maxWaitSeconds: 60 },
        invitationsPerAddress: { freeFailures: 3, firstWaitSeconds: 30, maxWaitSeconds: 900 },
      },
    });
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  const ME = `{ me { id role displayName councilName teamName } }`;

  it('signs in with the right password, sets an HttpOnly SameSite=Lax cookie, and me names the person', async () => {
    const client = api.client();
    const res = await client.raw({ query: `mutation { signIn(input: { username: "sw.a1", password: "${PASSWORD}" }) { role } }` });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/fp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    client.cookie = /fp_session=[^;]+/.exec(cookie)![0];
    const me = await client.ok<{ me: { role: string; councilName: string; teamName: string } }>(ME);
    expect(me.me).toMatchObject({ role: 'SOCIAL_WORKER', councilName: 'Council A', teamName: 'Team A1' });
  });

  it('says the same thing for a wrong password and an unknown account, and audits both', async () => {
    const a = await api.client().signIn('sw.a2', 'wrong password!!');
    const b = await api.client().signIn('nobody.here', 'wrong password!!');
    expect(errorCode(a)).toBe('UNAUTHENTICATED');
    expect(a.errors![0].message).toBe(b.errors![0].message);
    const rows = await db.dataSource.query(`SELECT attempted_username FROM audit_events WHERE action = 'SIGN_IN_FAILED' ORDER BY occurred_at`);
    expect(rows.map((r: { attempted_username: string }) => r.attempted_username)).toEqual(expect.arrayContaining(['sw.a2', 'nobody.here']));
  });

  it('slows repeated failures for an account: a short wait, doubling, and the right password works once it is over', async () => {
    const client = api.client();
    for (let i = 0; i < 3; i++) expect(errorCode(await client.signIn('tm.a2', 'not the password'))).toBe('UNAUTHENTICATED');
    // The fourth try is checked (and fails); the next must wait 2 seconds, even with the right password.
    expect(errorCode(await client.signIn('tm.a2', 'not the password'))).toBe('UNAUTHENTICATED');
    const waiting = await client.signIn('tm.a2', PASSWORD);
    expect(errorCode(waiting)).toBe('TOO_MANY_REQUESTS');
    expect(waiting.errors![0].message).toMatch(/Try again in [12] seconds?\./);
    expect(waiting.errors![0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(2);
    // Many guesses at once during the next turn: exactly one is checked, the rest wait.
    await new Promise((r) => setTimeout(r, 2100));
    const burst = await Promise.all(Array.from({ length: 6 }, () => api.client().signIn('tm.a2', 'another guess')));
    expect(burst.map(errorCode).sort()).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);
    // That failure doubled the wait: 4 seconds now.
    const longer = await client.signIn('tm.a2', PASSWORD);
    expect(longer.errors![0].message).toMatch(/Try again in [34] seconds\./);
    // Not locked out: once the wait is over, the right password signs in (and clears the count).
    await new Promise((r) => setTimeout(r, 4100));
    expect((await client.signIn('tm.a2', PASSWORD)).errors).toBeUndefined();
    expect((await api.client().signIn('tm.a2', 'one wrong')).errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.client().signIn('tm.a2', PASSWORD)).errors).toBeUndefined();
  }, 30_000);


  it('ends a session at sign-out, and the old cookie no longer works', async () => {
    const client = api.client();
    await client.signIn('iro.a', PASSWORD);
    const cookie = client.cookie;
    expect((await client.ok<{ me: { role: string } }>(ME)).me.role).toBe('IRO');
    await client.ok(`mutation { signOut }`);
    const stale = api.client();
    stale.cookie = cookie;
    expect((await stale.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('rotates the session at sign-in: the cookie the browser had before is revoked', async () => {
    const client = api.client();
    await client.signIn('hos.a', PASSWORD);
    const first = client.cookie;
    await client.signIn('hos.a', PASSWORD);
    expect(client.cookie).not.toBe(first);
    const old = api.client();
    old.cookie = first;
    expect((await old.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('ends an idle professional session after 30 minutes but keeps a young person for 2 hours', async () => {
    const worker = api.client();
    await worker.signIn('sw.a1b', PASSWORD);
    const child = api.client();
    await child.signIn('yp.a1', PASSWORD);
    const start = api.clock.now();
    api.clock.set(new Date(start.getTime() + 31 * 60_000));
    expect((await worker.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await child.ok<{ me: { role: string } }>(ME)).me?.role).toBe('YOUNG_PERSON');
    api.clock.set(start);
  });

  it('ends any session after 12 hours however active', async () => {
    const worker = api.client();
    await worker.signIn('sw.a2', PASSWORD);
    const start = api.clock.now();
    for (let h = 1; h <= 12; h++) {
      api.clock.set(new Date(start.getTime() + h * 25 * 60_000 * 2.4));
      await worker.gql(ME);
    }
    api.clock.set(new Date(start.getTime() + 12 * 3_600_000 + 1000));
    expect((await worker.ok<{ me: null }>(ME)).me).toBeNull();
    api.clock.set(start);
  });

  it('lets a social worker invite their young person, who chooses a password with the code once', async () => {
    const worker = api.client();
    await worker.signIn('sw.a1', PASSWORD);
    const { createYoungPersonInvitation: inv } = await worker.ok<{ createYoungPersonInvitation: { code: string; username: string } }>(
      `mutation($input: CreateYoungPersonInvitationInput!) { createYoungPersonInvitation(input: $input) { code username expiresAt } }`,
      { input: { childId: world.children.a1.id, username: 'yp.a1' } },
    );
    expect(inv.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    const child = api.client();
    const redeem = `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { role firstName } }`;
    const tooShort = await child.gql(redeem, { input: { code: inv.code, password: 'short' } });
    expect(errorCode(tooShort)).toBe('BAD_USER_INPUT');
    const done = await child.ok<{ redeemInvitation: { role: string } }>(redeem, { input: { code: inv.code.toLowerCase(), password: 'my new secret 2026' } });
    expect(done.redeemInvitation.role).toBe('YOUNG_PERSON');
    const again = await api.client().gql(redeem, { input: { code: inv.code, password: 'another secret 2026' } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.client().signIn('yp.a1', 'my new secret 2026'))).toBeUndefined();
  });

  it('does not let a social worker invite a child outside their caseload (NOT_FOUND), nor an IRO at all (FORBIDDEN)', async () => {
    const worker = api.client();
    await worker.signIn('sw.a1', PASSWORD);
    const q = `mutation($input: CreateYoungPersonInvitationInput!) { createYoungPersonInvitation(input: $input) { code } }`;
    expect(errorCode(await worker.gql(q, { input: { childId: world.children.a2.id, username: 'bella.b' } }))).toBe('NOT_FOUND');
    const iro = api.client();
    await iro.signIn('iro.a', PASSWORD);
    expect(errorCode(await iro.gql(q, { input: { childId: world.children.a1.id, username: 'amira.x' } }))).toBe('FORBIDDEN');
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE username IN ('bella.b', 'amira.x')`);
    expect(count).toBe(0);
  });

  it('refuses a request without the JSON content type (CSRF protection)', async () => {
    const res = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(res.status).toBe(400);
  });

  // Last: the address it slows is every test client's.
  it('throttles invitation codes from one address: after 3 wrong codes the next waits, even with a right code', async () => {
    const redeem = (code: string) =>
      api.client().gql(`mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { id } }`, { input: { code, password: 'lighthouse marmalade cello' } });
    const outcomes: (string | undefined)[] = [];
    for (let i = 0; i < 6 && !outcomes.includes('TOO_MANY_REQUESTS'); i++) outcomes.push(errorCode(await redeem(`WRONG-CODE${i}`)));
    expect(outcomes.filter((o) => o !== 'BAD_USER_INPUT' && o !== 'TOO_MANY_REQUESTS')).toEqual([]);
    expect(outcomes.at(-1)).toBe('TOO_MANY_REQUESTS');
    const waiting = await redeem('ABCDE-FGHJK');
    expect(errorCode(waiting)).toBe('TOO_MANY_REQUESTS');
    expect(waiting.errors![0].message).toMatch(/Too many tries with a code\. Try again in \d+ seconds\./);
  });
});

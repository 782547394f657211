import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT } from 'jose';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { startTestProvider, type TestProvider } from '../support/oidc/provider';
import { HttpBrowser } from '../support/oidc/browser-client';
import { CLIENT_ID, CLIENT_SECRET, configureCouncilProvider, GROUPS, providerUser } from '../support/oidc/council-provider';
import type { IdentityProviderEntity } from '../../packages/server/src/modules/single-sign-on/identity-provider.entity';

const ME = `{ me { id role displayName councilName teamName } }`;

describe('staff sign in through their council’s OpenID Connect provider', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let idp: TestProvider;
  let council: IdentityProviderEntity;
  let apiHost: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    // The provider is another machine keeping real time: the API's clock is set to it.
    api = await startTestApi(db.dataSource, { now: new Date() });
    apiHost = new URL(api.baseUrl).host;
    await db.dataSource.query(`UPDATE users SET email = 'tm.a1@a.gov.uk' WHERE id = $1`, [world.users.tmA1.id]);
    await db.dataSource.query(`UPDATE users SET email = 'sw.a2@a.gov.uk', disabled_at = now() WHERE id = $1`, [world.users.swA2.id]);
    const providerId = randomUUID();
    idp = await startTestProvider({
      clients: [
        {
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          redirect_uris: [`${api.baseUrl}/auth/oidc/callback`],
          backchannel_logout_uri: `${api.baseUrl}/auth/oidc/${providerId}/backchannel-logout`,
          backchannel_logout_session_required: true,
        },
      ],
      users: {
        'sub-new-sw': providerUser('nadia.new@a.gov.uk', [GROUPS.everyone, GROUPS.socialWorkersA1]),
        'sub-tm': providerUser('tm.a1@a.gov.uk', [GROUPS.managersA1]),
        'sub-no-mfa': providerUser('pat.password@a.gov.uk', [GROUPS.socialWorkersA1], ['pwd']),
        'sub-no-group': providerUser('gina.nogroup@a.gov.uk', [GROUPS.everyone]),
        'sub-other-domain': providerUser('olly.other@elsewhere.org', [GROUPS.socialWorkersA1]),
        'sub-leaver': providerUser('sw.a2@a.gov.uk', [GROUPS.socialWorkersA1]),
        'sub-head': providerUser('hana.head@a.gov.uk', [GROUPS.heads]),
        'sub-closed': providerUser('carl.closed@a.gov.uk', [GROUPS.socialWorkersA1]),
      },
    });
    council = await configureCouncilProvider(api.services, world.councilA.id, idp.issuer, [
      { claimValue: GROUPS.heads, role: 'HEAD_OF_SERVICE', teamId: null },
      { claimValue: GROUPS.managersA1, role: 'TEAM_MANAGER', teamId: world.teamA1.id },
      { claimValue: GROUPS.socialWorkersA1, role: 'SOCIAL_WORKER', teamId: world.teamA1.id },
    ], { id: providerId });
  }, 60_000);
  afterAll(async () => {
    await idp?.stop();
    await api?.close();
    await db?.drop();
  });
  afterEach(() => idp.tamper(null));

  /** Start at the API, sign in on the provider's own page, come back; returns where the browser ended up. */
  async function signInAtProvider(email: string, browser = new HttpBrowser(), beforeLogin: () => void = () => undefined) {
    const started = await browser.go(`${api.baseUrl}/auth/oidc/${council.id}/start?returnTo=/children`);
    beforeLogin();
    expect(started.url).toMatch(new RegExp(`^${idp.issuer}/interaction/`));
    expect(await started.res.text()).toContain('Council account sign-in');
    const authorize = started.visited.find((u) => u.startsWith(`${idp.issuer}/auth?`))!;
    const params = new URL(authorize).searchParams;
    const done = await browser.go(started.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: email, password: 'provider-password-1' }).toString(),
    });
    const callback = done.visited.find((u) => u.startsWith(`${api.baseUrl}/auth/oidc/callback`));
    return { browser, params, landed: done.url, callback, session: browser.cookie(apiHost, 'fp_session') };
  }

  async function me(session: string | undefined) {
    const client = api.client();
    client.cookie = session ? `fp_session=${session}` : null;
    return (await client.ok<{ me: { id: string; role: string; teamName: string | null; displayName: string } | null }>(ME)).me;
  }

  it('lists the council’s provider for the sign-in page, without its secret', async () => {
    const res = await fetch(`${api.baseUrl}/auth/providers`);
    const body = (await res.json()) as { providers: Record<string, unknown>[]; localSignInAvailable: boolean };
    expect(body.providers).toEqual([{ id: council.id, name: 'Council A staff account', councilName: 'Council A', localPasswordsAllowed: true }]);
    expect(body.localSignInAvailable).toBe(true);
    expect(JSON.stringify(body)).not.toContain(CLIENT_SECRET);
  });

  it('an administrator sees the council’s provider settings and role mappings, never the client secret', async () => {
    const admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
    const res = await admin.ok<{ singleSignOnSettings: Record<string, unknown> }>(
      `{ singleSignOnSettings { providerName issuer clientId allowedEmailDomains localPasswordsAllowed mfaRequired roleMappings { position claimValue role teamName } } }`,
    );
    expect(res.singleSignOnSettings).toEqual({
      providerName: 'Council A staff account',
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      allowedEmailDomains: ['a.gov.uk'],
      localPasswordsAllowed: true,
      mfaRequired: true,
      roleMappings: [
        { position: 0, claimValue: GROUPS.heads, role: 'HEAD_OF_SERVICE', teamName: null },
        { position: 1, claimValue: GROUPS.managersA1, role: 'TEAM_MANAGER', teamName: 'Team A1' },
        { position: 2, claimValue: GROUPS.socialWorkersA1, role: 'SOCIAL_WORKER', teamName: 'Team A1' },
      ],
    });
    // Only administrators read it.
    const head = api.client();
    await head.signIn('hos.a', PASSWORD);
    expect((await head.gql(`{ singleSignOnSettings { providerName } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a new social worker signs in with PKCE, state and nonce, gets their account just in time and the role their group gives', async () => {
    const { params, landed, session } = await signInAtProvider('nadia.new@a.gov.uk');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    expect(landed).toBe(`${api.baseUrl}/children`);
    const person = await me(session);
    expect(person).toMatchObject({ role: 'SOCIAL_WORKER', teamName: 'Team A1', displayName: 'Nadia New' });
    const [row] = await db.dataSource.query(
      `SELECT u.username, u.external_subject, s.sign_in_method FROM users u JOIN sessions s ON s.user_id = u.id WHERE u.id = $1`,
      [person!.id],
    );
    expect(row).toEqual({ username: 'nadia.new@a.gov.uk', external_subject: 'sub-new-sw', sign_in_method: 'OIDC' });

    // The same person next time: the same account, not a second one.
    const again = await signInAtProvider('nadia.new@a.gov.uk');
    expect((await me(again.session))!.id).toBe(person!.id);
  });

  it('links a pre-created account by email, and the provider’s group sets the role', async () => {
    const { session } = await signInAtProvider('tm.a1@a.gov.uk');
    const person = await me(session);
    expect(person).toMatchObject({ id: world.users.tmA1.id, role: 'TEAM_MANAGER', teamName: 'Team A1' });
    const [row] = await db.dataSource.query(`SELECT identity_provider_id, external_subject FROM users WHERE id = $1`, [world.users.tmA1.id]);
    expect(row).toEqual({ identity_provider_id: council.id, external_subject: 'sub-tm' });
  });

  it('a head of service lands with the head of service role; a person whose groups map to nothing gets no account', async () => {
    expect(await me((await signInAtProvider('hana.head@a.gov.uk')).session)).toMatchObject({ role: 'HEAD_OF_SERVICE', teamName: null });
    const refused = await signInAtProvider('gina.nogroup@a.gov.uk');
    expect(refused.landed).toBe(`${api.baseUrl}/sign-in?problem=no-role`);
    expect(refused.session).toBeUndefined();
    expect(await db.dataSource.query(`SELECT 1 FROM users WHERE username = 'gina.nogroup@a.gov.uk'`)).toEqual([]);
  });

  it('refuses a sign-in without multi-factor authentication when the council requires it', async () => {
    const refused = await signInAtProvider('pat.password@a.gov.uk');
    expect(refused.landed).toBe(`${api.baseUrl}/sign-in?problem=mfa-required`);
    expect(refused.session).toBeUndefined();
    expect(await db.dataSource.query(`SELECT 1 FROM users WHERE username = 'pat.password@a.gov.uk'`)).toEqual([]);
  });

  it('refuses an email outside the council’s domains, and a disabled account (a leaver)', async () => {
    expect((await signInAtProvider('olly.other@elsewhere.org')).landed).toBe(`${api.baseUrl}/sign-in?problem=email-domain`);
    const leaver = await signInAtProvider('sw.a2@a.gov.uk');
    expect(leaver.landed).toBe(`${api.baseUrl}/sign-in?problem=disabled`);
    expect(leaver.session).toBeUndefined();
  });

  it('an account disabled at the provider cannot sign in next time, even from a browser with a live provider session', async () => {
    const first = await signInAtProvider('carl.closed@a.gov.uk');
    expect(await me(first.session)).toMatchObject({ role: 'SOCIAL_WORKER' });
    await idp.disable('sub-closed');
    // The same browser still holds its session at the provider: the provider no longer knows the account and sends no code back.
    const again = await first.browser.go(`${api.baseUrl}/auth/oidc/${council.id}/start?returnTo=/children`);
    expect(new URL(again.url).origin).toBe(idp.issuer);
    expect(again.visited.some((u) => u.startsWith(`${api.baseUrl}/auth/oidc/callback`))).toBe(false);
    const refused = await signInAtProvider('carl.closed@a.gov.uk');
    expect(refused.callback).toBeUndefined();
    expect(refused.landed).toMatch(new RegExp(`^${idp.issuer}/interaction/`));
    expect(refused.session).toBeUndefined();
    const sessions = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = 'carl.closed@a.gov.uk'`,
    );
    expect(sessions).toEqual([{ n: 1 }]);
  });

  it.each([
    ['a tampered signature', { mode: 'signature' as const }],
    ['another application’s audience', { mode: 'claims' as const, claims: { aud: 'some-other-app' } }],
    ['an expired token', { mode: 'claims' as const, claims: { iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 } }],
    ['another issuer', { mode: 'claims' as const, claims: { iss: 'https://login.example.com/evil' } }],
    ['a nonce from another sign-in', { mode: 'claims' as const, claims: { nonce: 'not-the-nonce' } }],
  ])('refuses an ID token with %s', async (_name, setting) => {
    await idp.tamper(setting);
    const refused = await signInAtProvider('nadia.new@a.gov.uk');
    expect(refused.callback).toBeDefined();
    expect(refused.landed).toBe(`${api.baseUrl}/sign-in?problem=failed`);
    expect(refused.session).toBeUndefined();
  });

  it('refuses a sign-in that took more than 10 minutes at the provider', async () => {
    api.clock.set(new Date());
    const late = await signInAtProvider('nadia.new@a.gov.uk', new HttpBrowser(), () => api.clock.set(new Date(Date.now() + 11 * 60_000)));
    api.clock.set(new Date());
    expect(late.landed).toBe(`${api.baseUrl}/sign-in?problem=expired`);
    expect(late.session).toBeUndefined();
  });

  it('refuses a replayed callback (the same code and state again), and a callback in another browser', async () => {
    const first = await signInAtProvider('nadia.new@a.gov.uk');
    expect(first.session).toBeDefined();
    const sessionsBefore = await db.dataSource.query(`SELECT count(*)::int AS n FROM sessions`);
    const replay = await first.browser.go(first.callback!);
    expect(replay.url).toBe(`${api.baseUrl}/sign-in?problem=failed`);
    // Another browser with a stolen callback address has no state cookie.
    const thief = new HttpBrowser();
    const second = await signInAtProvider('nadia.new@a.gov.uk');
    expect((await thief.go(second.callback!)).url).toBe(`${api.baseUrl}/sign-in?problem=failed`);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM sessions`)).toEqual([{ n: sessionsBefore[0].n + 1 }]);
  });

  it('back-channel logout from the provider ends the person’s session; a forged logout token is refused', async () => {
    const { browser, session } = await signInAtProvider('nadia.new@a.gov.uk');
    expect(await me(session)).not.toBeNull();
    api.clock.set(new Date());
    const [{ provider_session_id: sid, user_id: userId }] = await db.dataSource.query(
      `SELECT provider_session_id, user_id FROM sessions WHERE sign_in_method = 'OIDC' AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`,
    );
    expect(sid).toBeTruthy();
    const endpoint = `${api.baseUrl}/auth/oidc/${council.id}/backchannel-logout`;
    const post = (token: string) =>
      fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ logout_token: token }) });
    const base = {
      iss: idp.issuer,
      aud: CLIENT_ID,
      iat: Math.floor(Date.now() / 1000),
      jti: `jti-${Math.random()}`,
      sid,
      sub: 'sub-new-sw',
      events: { 'http://schemas.openid.net/event/backchannel-logout': {} },
    };
    // Signed by someone else's key, or for another app: nothing ends.
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(base).setProtectedHeader({ alg: 'RS256', kid: 'test-key-1', typ: 'logout+jwt' }).sign(privateKey);
    expect((await post(forged)).status).toBe(400);
    expect((await post(await idp.sign({ ...base, aud: 'another-app' }))).status).toBe(400);
    expect((await post(await idp.sign({ ...base, events: {} }))).status).toBe(400);
    expect(await me(session)).not.toBeNull();

    expect((await post(await idp.sign(base))).status).toBe(200);
    expect(await me(session)).toBeNull();
    const audit = await db.dataSource.query(`SELECT action FROM audit_events WHERE actor_user_id = $1 AND action = 'SIGN_OUT_BY_PROVIDER'`, [userId]);
    expect(audit).toHaveLength(1);
    void browser;
  });

  it('signing out at the provider sends a back-channel logout that ends the session here', async () => {
    const { browser, session } = await signInAtProvider('nadia.new@a.gov.uk');
    expect(await me(session)).not.toBeNull();
    api.clock.set(new Date());
    // The person signs out at their council's provider (its own end-session page).
    const page = await browser.go(`${idp.issuer}/session/end`);
    const form = await page.res.text();
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(form)![1];
    const action = new URL(/action="([^"]+)"/.exec(form)![1], idp.issuer).href;
    const done = await browser.go(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ xsrf, logout: 'yes' }).toString(),
    });
    expect(done.url).toBe(`${idp.issuer}/session/end/success`);
    // oidc-provider posts the logout token to the API before it answers the browser.
    expect(await me(session)).toBeNull();
  });

  it('where the council no longer allows local passwords, its staff must use the provider; young people still sign in', async () => {
    await db.dataSource.query(`UPDATE identity_providers SET local_passwords_allowed = false WHERE id = $1`, [council.id]);
    try {
      const staff = await api.client().signIn('sw.a1', PASSWORD);
      expect(staff.errors?.[0]).toMatchObject({
        message: 'Your council signs you in with Council A staff account. Use the “Sign in with Council A staff account” button.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      const young = await api.client().signIn('yp.a1', PASSWORD);
      expect(young.errors).toBeUndefined();
      const otherCouncil = await api.client().signIn('sw.b', PASSWORD);
      expect(otherCouncil.errors).toBeUndefined();
      // Council B has no provider: the sign-in page still offers the local form.
      expect(((await (await fetch(`${api.baseUrl}/auth/providers`)).json()) as { providers: { localPasswordsAllowed: boolean }[]; localSignInAvailable: boolean })).toMatchObject({
        providers: [{ localPasswordsAllowed: false }],
        localSignInAvailable: true,
      });
    } finally {
      await db.dataSource.query(`UPDATE identity_providers SET local_passwords_allowed = true WHERE id = $1`, [council.id]);
    }
  });
});

import type { Role } from '@forever-planning/shared';
import type { TestDatabase } from '../database';
import type { ApiClient, TestApi } from '../api';
import { PASSWORD, STAFF_EMAIL_DOMAIN, type World } from '../world';
import { ROLE_OF, type ActorKey } from '../matrix';
import { startTestProvider, type TestProvider, type TestProviderUser } from './provider';
import { HttpBrowser } from './browser-client';
import { CLIENT_ID, CLIENT_SECRET, configureCouncilProvider, providerUser } from './council-provider';

const CLIENT_B = { id: `${CLIENT_ID}-b`, secret: `${CLIENT_SECRET}-for-council-b` };

export interface ProviderSignIn {
  idp: TestProvider;
  /** Staff through their council's provider (linked to the world's account by email); young people with their password. */
  signIn(actor: ActorKey): Promise<ApiClient>;
  stop(): Promise<void>;
}

/**
 * The real oidc-provider on localhost as both councils' identity provider, for a
 * test world built with `{ staffEmails: true }`: each staff member is a provider
 * user with their email, in a group that maps to their role and team, so their
 * first sign-in links the world's account and keeps its role. Used to run the
 * access matrix and the attack suites with staff signed in through the provider.
 */
export async function startProviderSignIn(db: TestDatabase, api: TestApi, world: World): Promise<ProviderSignIn> {
  const staff = (Object.keys(ROLE_OF) as ActorKey[]).filter((actor) => ROLE_OF[actor] !== 'YOUNG_PERSON');
  const assignments: { user_id: string; role: Role; team_id: string | null; council_id: string }[] = await db.dataSource.query(
    `SELECT user_id, role, team_id, council_id FROM role_assignments WHERE user_id = ANY($1)`,
    [staff.map((actor) => world.users[actor].id)],
  );
  const groupOf = (a: (typeof assignments)[number]) => `grp-${a.role.toLowerCase()}-${a.team_id ?? a.council_id}`;
  const users: Record<string, TestProviderUser> = {};
  for (const actor of staff) {
    const held = assignments.filter((a) => a.user_id === world.users[actor].id);
    if (held.length !== 1) throw new Error(`${actor} holds ${held.length} roles: the provider's groups need exactly one.`);
    users[`sub-${actor}`] = providerUser(world.users[actor].email!, [groupOf(held[0]), 'grp-all-staff']);
  }
  const callback = [`${api.baseUrl}/auth/oidc/callback`];
  const idp = await startTestProvider({
    users,
    clients: [
      { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callback },
      { client_id: CLIENT_B.id, client_secret: CLIENT_B.secret, redirect_uris: callback },
    ],
  });
  /** Each council's identity provider id. */
  const providerOf = new Map<string, string>();
  for (const [council, domain, settings] of [
    [world.councilA, STAFF_EMAIL_DOMAIN.councilA, {}],
    [world.councilB, STAFF_EMAIL_DOMAIN.councilB, { name: 'Council B staff account', clientId: CLIENT_B.id, clientSecret: CLIENT_B.secret }],
  ] as const) {
    const mappings = [...new Map(assignments.filter((a) => a.council_id === council.id).map((a) => [groupOf(a), a])).values()].map((a) => ({
      claimValue: groupOf(a),
      role: a.role,
      teamId: a.team_id,
    }));
    const provider = await configureCouncilProvider(api.services, council.id, idp.issuer, mappings, { ...settings, allowedEmailDomains: [domain] });
    providerOf.set(council.id, provider.id);
  }

  async function signIn(actor: ActorKey): Promise<ApiClient> {
    const user = world.users[actor];
    const client = api.client();
    if (ROLE_OF[actor] === 'YOUNG_PERSON') {
      const res = await client.signIn(user.username, PASSWORD);
      if (res.errors) throw new Error(`${actor} could not sign in: ${JSON.stringify(res.errors)}`);
      return client;
    }
    // Start at the API, sign in on the provider's own page, come back with a session cookie.
    const browser = new HttpBrowser();
    const started = await browser.go(`${api.baseUrl}/auth/oidc/${providerOf.get(user.councilId)}/start?returnTo=/children`);
    if (!started.url.startsWith(`${idp.issuer}/interaction/`)) throw new Error(`${actor}: the sign-in did not reach the provider (${started.url})`);
    const done = await browser.go(started.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: user.email!, password: 'provider-password-1' }).toString(),
    });
    const session = browser.cookie(new URL(api.baseUrl).host, 'fp_session');
    if (done.url !== `${api.baseUrl}/children` || !session) throw new Error(`${actor} could not sign in through the provider: ended at ${done.url}`);
    client.cookie = `fp_session=${session}`;
    return client;
  }

  return { idp, signIn, stop: () => idp.stop() };
}

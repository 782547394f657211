import type { Role } from '@forever-planning/shared';
import { STAFF_EMAIL_DOMAIN, PASSWORD } from '../support/world';
import { ROLE_OF, type ActorKey } from '../support/matrix';
import { startTestProvider, type TestProvider, type TestProviderUser } from '../support/oidc/provider';
import { HttpBrowser } from '../support/oidc/browser-client';
import { CLIENT_ID, CLIENT_SECRET, configureCouncilProvider, providerUser } from '../support/oidc/council-provider';
import { MATRIX_ACTORS, runAccessMatrix } from './matrix/run-matrix';

/**
 * The same authorization matrix as test/api/access-matrix.test.ts, with every staff member signed in through their
 * council's OpenID Connect provider (the real oidc-provider on localhost): the world's staff accounts have emails,
 * the provider knows people with those emails in groups that map to the same role and team, so the first sign-in
 * links each account. Young people keep their own sign-in (invitation, then their password).
 */
const STAFF = MATRIX_ACTORS.filter((actor) => ROLE_OF[actor] !== 'YOUNG_PERSON');
const CLIENT_B = { id: `${CLIENT_ID}-b`, secret: `${CLIENT_SECRET}-for-council-b` };

describe('authorization matrix, staff signed in through their council’s identity provider', () => {
  let idp: TestProvider;
  /** Each council's identity provider id. */
  const providerOf = new Map<string, string>();

  runAccessMatrix({
    world: { staffEmails: true },
    async prepare({ db, api, world }) {
      // The groups the provider sends: one per role and team the world's staff hold.
      const assignments: { user_id: string; role: Role; team_id: string | null; council_id: string }[] = await db.dataSource.query(
        `SELECT user_id, role, team_id, council_id FROM role_assignments WHERE user_id = ANY($1)`,
        [STAFF.map((actor) => world.users[actor].id)],
      );
      const groupOf = (a: (typeof assignments)[number]) => `grp-${a.role.toLowerCase()}-${a.team_id ?? a.council_id}`;
      const users: Record<string, TestProviderUser> = {};
      for (const actor of STAFF) {
        const held = assignments.filter((a) => a.user_id === world.users[actor].id);
        expect(held).toHaveLength(1);
        users[`sub-${actor}`] = providerUser(world.users[actor].email!, [groupOf(held[0]), 'grp-all-staff']);
      }
      const callback = [`${api.baseUrl}/auth/oidc/callback`];
      idp = await startTestProvider({
        users,
        clients: [
          { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: callback },
          { client_id: CLIENT_B.id, client_secret: CLIENT_B.secret, redirect_uris: callback },
        ],
      });
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
    },
    async signIn(actor, { api, world }) {
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
    },
    async cleanUp() {
      await idp?.stop();
    },
    checks(matrix) {
      it('every staff session came from the provider, linked to the world’s account with its role and team unchanged', async () => {
        const { db, world, clients } = matrix();
        const ids = MATRIX_ACTORS.map((actor) => world.users[actor].id);
        const rows: { user_id: string; sign_in_method: string; linked: boolean; role: Role; team_id: string | null }[] = await db.dataSource.query(
          `SELECT s.user_id, s.sign_in_method, u.identity_provider_id IS NOT NULL AND u.external_subject IS NOT NULL AS linked, r.role, r.team_id
             FROM sessions s JOIN users u ON u.id = s.user_id JOIN role_assignments r ON r.user_id = u.id
            WHERE s.user_id = ANY($1) AND s.revoked_at IS NULL`,
          [ids],
        );
        const seen = (actor: ActorKey) => rows.filter((r) => r.user_id === world.users[actor].id).map(({ sign_in_method, linked, role }) => ({ sign_in_method, linked, role }));
        for (const actor of MATRIX_ACTORS) {
          const young = ROLE_OF[actor] === 'YOUNG_PERSON';
          expect({ actor, sessions: seen(actor) }).toEqual({
            actor,
            sessions: [{ sign_in_method: young ? 'PASSWORD' : 'OIDC', linked: !young, role: ROLE_OF[actor] }],
          });
        }
        // The same people as the world made: no account was created just in time.
        const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE identity_provider_id IS NOT NULL`);
        expect(n).toBe(STAFF.length);
        // And each client is that person.
        for (const actor of MATRIX_ACTORS) {
          const me = await clients.get(actor)!.ok<{ me: { id: string; role: string } }>(`{ me { id role } }`);
          expect(me.me).toEqual({ id: world.users[actor].id, role: ROLE_OF[actor] });
        }
      });
    },
  });
});

import type { Role } from '@forever-planning/shared';
import { ROLE_OF, type ActorKey } from '../support/matrix';
import { startProviderSignIn, type ProviderSignIn } from '../support/oidc/provider-sign-in';
import { MATRIX_ACTORS, runAccessMatrix } from './matrix/run-matrix';

/**
 * The same authorization matrix as test/api/access-matrix.test.ts, with every staff member signed in through their
 * council's OpenID Connect provider (the real oidc-provider on localhost, test/support/oidc/provider-sign-in.ts):
 * the world's staff accounts have emails, the provider knows people with those emails in groups that map to the same
 * role and team, so the first sign-in links each account. Young people keep their own sign-in.
 */
const STAFF = MATRIX_ACTORS.filter((actor) => ROLE_OF[actor] !== 'YOUNG_PERSON');

describe('authorization matrix, staff signed in through their council’s identity provider', () => {
  let provider: ProviderSignIn;

  runAccessMatrix({
    world: { staffEmails: true },
    async prepare({ db, api, world }) {
      provider = await startProviderSignIn(db, api, world);
    },
    signIn: (actor) => provider.signIn(actor),
    async cleanUp() {
      await provider?.stop();
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

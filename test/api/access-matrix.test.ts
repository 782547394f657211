import { createTestDatabase, type TestDatabase } from '../support/database';
import { ApiClient, errorCode, startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { databaseFingerprint, expectedOutcome, loadMatrixCases, reaches, ROLE_OF, type ActorKey, type TargetKey } from '../support/matrix';
import { getSchema } from '../../packages/server/src/schema';
import { rootFieldAccess } from '../../packages/server/src/schema.cli';

const CASES = loadMatrixCases();
const ACTORS = Object.keys(ROLE_OF) as ActorKey[];
const TARGETS: TargetKey[] = ['a1', 'a1sib', 'a2', 'b1'];
/**
 * Operations that act on no child record, covered by their own tests. The second-factor steps are open to anyone
 * holding a challenge from a right password (test/api/second-factor.test.ts), like signIn itself.
 */
const NOT_CHILD_RECORD_OPERATIONS = new Set([
  'Query.me', 'Mutation.signIn', 'Mutation.signOut', 'Mutation.changePassword', 'Mutation.redeemInvitation', 'Mutation.createChild', 'Mutation.createYoungPersonInvitation',
  'Mutation.startTotpEnrolment', 'Mutation.confirmTotpEnrolment', 'Mutation.signInWithSecondFactor',
  // Need a code from the person's own app: staff only, tested in test/api/second-factor.test.ts.
  'Mutation.confirmMyTotpEnrolment', 'Mutation.replaceMyRecoveryCodes',
]);

describe('authorization matrix', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const clients = new Map<ActorKey, ApiClient>();

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    for (const actor of ACTORS) {
      const client = api.client();
      const res = await client.signIn(world.users[actor].username, PASSWORD);
      if (res.errors) throw new Error(`${actor} could not sign in: ${JSON.stringify(res.errors)}`);
      clients.set(actor, client);
    }
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('covers every root field of the schema', async () => {
    const covered = new Set(CASES.map((c) => c.operation));
    const missing = rootFieldAccess(await getSchema())
      .map((f) => f.field)
      .filter((f) => !covered.has(f) && !NOT_CHILD_RECORD_OPERATIONS.has(f));
    expect(missing).toEqual([]);
  });

  describe.each(CASES.map((c) => [c.operation, c] as const))('%s', (_name, c) => {
    it.each(ACTORS)('as %s', async (actor) => {
      for (const target of TARGETS) {
        const expected = expectedOutcome(c, actor, target);
        // Variables first: a write case may create the record it acts on.
        const variables = await c.variables({ world, target, ds: db.dataSource, actor });
        const before = c.write && expected !== 'OK' ? await databaseFingerprint(db.dataSource) : null;
        const res = await clients.get(actor)!.gql(c.document, variables);
        const got = res.errors?.length ? errorCode(res) : 'OK';
        expect({ actor, target, outcome: got, errors: got === expected ? undefined : res.errors }).toEqual({ actor, target, outcome: expected, errors: undefined });
        if (before !== null) expect(await databaseFingerprint(db.dataSource)).toBe(before);
        if (c.listedChildIds && got === 'OK') {
          const listed = c.listedChildIds(res.data as Record<string, unknown>).includes(world.children[target].id);
          expect({ actor, target, listed }).toEqual({ actor, target, listed: reaches(c.reach, actor, target) });
        }
      }
    });
  });

  it('answers UNAUTHENTICATED to every operation when not signed in', async () => {
    const anonymous = api.client();
    for (const c of CASES) {
      const res = await anonymous.gql(c.document, await c.variables({ world, target: 'a1', ds: db.dataSource }));
      expect({ op: c.operation, code: errorCode(res) }).toEqual({ op: c.operation, code: 'UNAUTHENTICATED' });
    }
  });
});

import { createTestDatabase, type TestDatabase } from '../../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../../support/api';
import { buildWorld, type World } from '../../support/world';
import { databaseFingerprint, expectedOutcome, loadMatrixCases, NOT_CHILD_RECORD_OPERATIONS, reaches, ROLE_OF, type ActorKey, type TargetKey } from '../../support/matrix';
import { getSchema } from '../../../packages/server/src/schema';
import { rootFieldAccess } from '../../../packages/server/src/schema.cli';

export const MATRIX_CASES = loadMatrixCases();
export const MATRIX_ACTORS = Object.keys(ROLE_OF) as ActorKey[];
const TARGETS: TargetKey[] = ['a1', 'a1sib', 'a2', 'b1'];

export interface MatrixWorld {
  db: TestDatabase;
  api: TestApi;
  world: World;
}

export interface MatrixContext extends MatrixWorld {
  /** Each actor's signed-in client. */
  clients: Map<ActorKey, ApiClient>;
}

/** How the matrix's people get their sessions: the one thing the password and provider runs differ in. */
export interface MatrixSignIn {
  /** Options for the test world (staff emails for linking accounts at a provider). */
  world?: Parameters<typeof buildWorld>[1];
  /** After the world and API are up, before anyone signs in (start a provider, configure the councils). */
  prepare?(ctx: MatrixWorld): Promise<void>;
  /** A client holding a session of this actor; throws if the actor cannot sign in. */
  signIn(actor: ActorKey, ctx: MatrixWorld): Promise<ApiClient>;
  cleanUp?(): Promise<void>;
  /** Tests of the sign-ins themselves, run before the matrix. */
  checks?(ctx: () => MatrixContext): void;
}

/**
 * The authorization matrix (test/api/matrix/*.cases.ts): every operation as every actor on each target, with
 * the expectations of test/support/matrix.ts. Call inside a describe block; the sign-in is the caller's.
 */
export function runAccessMatrix(how: MatrixSignIn): void {
  let ctx: MatrixContext | undefined;
  const current = (): MatrixContext => {
    if (!ctx) throw new Error('the matrix world is not set up');
    return ctx;
  };

  beforeAll(async () => {
    const db = await createTestDatabase();
    const world = await buildWorld(db.dataSource, how.world);
    const api = await startTestApi(db.dataSource);
    const base: MatrixWorld = { db, api, world };
    ctx = { ...base, clients: new Map() };
    await how.prepare?.(base);
    for (const actor of MATRIX_ACTORS) ctx.clients.set(actor, await how.signIn(actor, base));
  }, 60_000);
  afterAll(async () => {
    await how.cleanUp?.();
    await ctx?.api.close();
    await ctx?.db.drop();
  });

  how.checks?.(current);

  it('covers every root field of the schema', async () => {
    const covered = new Set(MATRIX_CASES.map((c) => c.operation));
    const missing = rootFieldAccess(await getSchema())
      .map((f) => f.field)
      .filter((f) => !covered.has(f) && !NOT_CHILD_RECORD_OPERATIONS.has(f));
    expect(missing).toEqual([]);
  });

  describe.each(MATRIX_CASES.map((c) => [c.operation, c] as const))('%s', (_name, c) => {
    it.each(MATRIX_ACTORS)('as %s', async (actor) => {
      const { world, db, clients } = current();
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
    const { api, world, db } = current();
    const anonymous = api.client();
    for (const c of MATRIX_CASES) {
      const res = await anonymous.gql(c.document, await c.variables({ world, target: 'a1', ds: db.dataSource }));
      expect({ op: c.operation, code: errorCode(res) }).toEqual({ op: c.operation, code: 'UNAUTHENTICATED' });
    }
  });
}

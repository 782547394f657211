import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { TestDatabase } from '../support/database';
import type { ApiClient, TestApi } from '../support/api';
import type { World } from '../support/world';
import { databaseFingerprint, expectedOutcome, loadMatrixCases, ROLE_OF, type ActorKey, type MatrixCase } from '../support/matrix';
import { startAttackWorld } from './attack-support';

/**
 * Property-based inputs for every mutation, generated from the schema's input
 * types around a valid request: huge strings, odd Unicode, wrong types, dates
 * far in the past and future. The server answers a coded error or success,
 * never INTERNAL_SERVER_ERROR or a 5xx, and a refused request writes nothing.
 */
const RUNS = Number(process.env.FP_FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FP_FUZZ_SEED ?? 20261124);
const ACTORS = Object.keys(ROLE_OF) as ActorKey[];

const ODD_STRINGS = [
  '', ' ', '\u0000', '\u202eevil', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦'.repeat(300), '\ud800', '<script>alert(1)</script>',
  "'; DROP TABLE children; --", '${jndi:ldap://x}', '%s%s%n', 'x'.repeat(100_000), '\n'.repeat(1000), 'NaN',
];
const ODD_DATES = ['0001-01-01', '1000-01-01', '1900-02-29', '2026-02-30', '2026-13-01', '9999-12-31', '+275760-09-13', '2026-1-1', 'today', '', '2026-11-24T10:00:00Z'];
const WRONG_TYPES: unknown[] = [42, -1.5, true, {}, [], [null], { nested: { deep: 'x' } }, 'x'.repeat(300), null];

function scalarArbitrary(name: string, base: unknown): fc.Arbitrary<unknown> {
  switch (name) {
    case 'String':
      return fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 2000 }));
    case 'ID':
      return fc.oneof(fc.uuid(), fc.constantFrom('', 'not-an-id', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1"));
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1.5));
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(1e308, -1e308, 0));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(
        fc.constantFrom(...ODD_DATES),
        fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      );
    case 'DateTimeISO':
      return fc.oneof(fc.constantFrom(...ODD_DATES), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));
    default:
      return fc.constant(base);
  }
}

/** Values for `type`: mostly the valid base value, sometimes fuzz of the right kind, sometimes the wrong type altogether. */
function arbitraryFor(type: GraphQLInputType, base: unknown, depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type) as GraphQLInputType;
  let fuzz: fc.Arbitrary<unknown>;
  if (isListType(nullable)) {
    const item = nullable.ofType as GraphQLInputType;
    const first = Array.isArray(base) ? base[0] : undefined;
    fuzz = fc.oneof(fc.constant([]), fc.array(arbitraryFor(item, first, depth + 1), { maxLength: 4 }), fc.constant(Array.from({ length: 2000 }, () => first ?? 'x')));
  } else if (isInputObjectType(nullable)) {
    const value = (base && typeof base === 'object' ? base : {}) as Record<string, unknown>;
    const fields = Object.entries(nullable.getFields());
    fuzz = fc.record(Object.fromEntries(fields.map(([key, f]) => [key, depth > 3 ? fc.constant(value[key]) : arbitraryFor(f.type, value[key], depth + 1)]))).map((r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
    );
  } else if (isEnumType(nullable)) {
    fuzz = fc.oneof(fc.constantFrom(...nullable.getValues().map((v) => v.value as string)), fc.constantFrom('NOT_A_VALUE', 'worker', ''));
  } else {
    fuzz = scalarArbitrary(nullable.name, base);
  }
  const keep = base === undefined && !isNonNullType(type) ? fc.constant(undefined) : fc.constant(base);
  return fc.oneof({ arbitrary: keep, weight: 3 }, { arbitrary: fuzz, weight: 2 }, { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 1 });
}

function variablesArbitrary(schema: GraphQLSchema, document: string, base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const entries = (operation.variableDefinitions ?? []).map((def) => {
    const type = typeFromAST(schema, def.type as Parameters<typeof typeFromAST>[1]) as GraphQLInputType;
    return [def.variable.name.value, arbitraryFor(type, base[def.variable.name.value])] as const;
  });
  return fc.record(Object.fromEntries(entries)) as fc.Arbitrary<Record<string, unknown>>;
}

/** Public mutations have no matrix case: a base request of their own. */
const PUBLIC_CASES: MatrixCase[] = [
  {
    operation: 'Mutation.signIn', document: `mutation($input: SignInInput!) { signIn(input: $input) { id } }`, roles: [], reach: 'none', untargeted: true, write: true,
    variables: () => ({ input: { username: 'sw.a1', password: 'a wrong password, fuzzed' } }),
  },
  {
    operation: 'Mutation.redeemInvitation', document: `mutation($input: RedeemInvitationInput!) { redeemInvitation(input: $input) { id } }`, roles: [], reach: 'none', untargeted: true, write: true,
    variables: () => ({ input: { code: 'ABCDE-FGHJK', password: 'lighthouse marmalade cello' } }),
  },
];

describe('input fuzzing of every mutation', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let schema: GraphQLSchema;
  let clients: Map<ActorKey, ApiClient>;

  beforeAll(async () => {
    ({ db, api, world, schema, clients } = await startAttackWorld({
      throttle: {
        perAccount: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
        perAddress: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
        invitationsPerAddress: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
      },
    }));
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const mutations = [...loadMatrixCases().filter((c) => c.operation.startsWith('Mutation.')), ...PUBLIC_CASES];

  it.each(mutations.map((c) => [c.operation, c] as const))('%s', async (_name, c) => {
    // Someone who may make this change to a1 (public mutations: anyone, signed out).
    const actor = ACTORS.find((a) => c.roles.includes(ROLE_OF[a]) && expectedOutcome(c, a, 'a1') === 'OK');
    const client = actor ? clients.get(actor)! : api.client();
    const base = await c.variables({ world, target: 'a1', ds: db.dataSource });
    await fc.assert(
      fc.asyncProperty(variablesArbitrary(schema, c.document, base), async (variables) => {
        const before = await databaseFingerprint(db.dataSource);
        const res = await client.raw({ query: c.document, variables });
        expect(res.status).toBeLessThan(500);
        const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
        const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE');
        expect(codes.filter((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NO CODE')).toEqual([]);
        if (codes.length > 0) expect(await databaseFingerprint(db.dataSource)).toBe(before);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});

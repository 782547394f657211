import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
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
import { expectedOutcome, loadMatrixCases, ROLE_OF, type ActorKey, type MatrixCase } from '../support/matrix';
import { startAttackWorld } from './attack-support';
import { countRowWrites, type RowWrites } from '../support/row-writes';

/**
 * Property-based inputs for every mutation, generated from the schema's input
 * types around a valid request: huge strings, odd Unicode, wrong types, dates
 * far in the past and future. The server answers a coded error or success,
 * never INTERNAL_SERVER_ERROR or a 5xx, and a refused request writes nothing.
 */
const RUNS = Number(process.env.FP_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FP_FUZZ_SEED ?? 20261124);
/**
 * Requests in flight at once. At most 2: some writes (recordTogetherApartAssessment)
 * read through a second pool connection while their transaction holds a child's
 * row lock, so more concurrent writes on one child than the pool (5) has
 * connections deadlock the pool. Found by this suite at 10; to fix in the app.
 */
const BATCH = 2;
const ACTORS = Object.keys(ROLE_OF) as ActorKey[];

const ODD_STRINGS = [
  '', ' ', '\u0000', 'abc\u0000def', '\udc00x', 'a\ud83d', '\ud83d\ude00\ud800', '\u202eevil', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦'.repeat(300), '\ud800', '<script>alert(1)</script>',
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
      return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, 1.5, 1e-7, 1e300));
    case 'Float':
      return fc.oneof(
        fc.double({ noNaN: true }),
        fc.constantFrom(1e308, -1e308, 0, -0, 1e-7, -1e-7, 5e-324, Number.MIN_VALUE, 1e21, 0.1 + 0.2, 123.456, 2 ** 53 + 1),
      );
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
  // The second-factor steps after a right password: a challenge nobody was given.
  {
    operation: 'Mutation.startTotpEnrolment', document: `mutation($input: ChallengeInput!) { startTotpEnrolment(input: $input) { secret } }`, roles: [], reach: 'none', untargeted: true, write: true,
    variables: () => ({ input: { challenge: 'a-challenge-nobody-was-given-0123456789abcdef' } }),
  },
  {
    operation: 'Mutation.confirmTotpEnrolment', document: `mutation($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { recoveryCodes } }`, roles: [], reach: 'none', untargeted: true, write: true,
    variables: () => ({ input: { challenge: 'a-challenge-nobody-was-given-0123456789abcdef', code: '123456' } }),
  },
  {
    operation: 'Mutation.signInWithSecondFactor', document: `mutation($input: SecondFactorInput!) { signInWithSecondFactor(input: $input) { id } }`, roles: [], reach: 'none', untargeted: true, write: true,
    variables: () => ({ input: { challenge: 'a-challenge-nobody-was-given-0123456789abcdef', code: '123456', recoveryCode: null } }),
  },
];

describe('input fuzzing of every mutation', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let schema: GraphQLSchema;
  let clients: Map<ActorKey, ApiClient>;
  let writes: RowWrites;

  beforeAll(async () => {
    ({ db, api, world, schema, clients } = await startAttackWorld({
      throttle: {
        perAccount: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
        perAddress: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
        invitationsPerAddress: { freeFailures: 1_000_000, firstWaitSeconds: 1, maxWaitSeconds: 1 },
      },
    }));
    writes = await countRowWrites(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const mutations = [...loadMatrixCases().filter((c) => c.operation.startsWith('Mutation.')), ...PUBLIC_CASES];

  /** One fuzzed request: its HTTP status and error codes. */
  async function send(client: ApiClient, document: string, variables: Record<string, unknown>): Promise<{ variables: Record<string, unknown>; status: number; codes: string[] }> {
    const res = await client.raw({ query: document, variables });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return { variables, status: res.status, codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO CODE') };
  }

  /**
   * RUNS fuzzed requests per mutation, sent BATCH at a time (one server, one
   * database, well within CI's time). Every answer is a coded error or
   * success, never a 5xx or INTERNAL_SERVER_ERROR; a refused request writes
   * nothing: checked per batch when all of it was refused, and request by
   * request, re-sent alone, when some of it succeeded (which writes).
   */
  it.each(mutations.map((c, i) => [c.operation, c, i] as const))('%s', async (_name, c, index) => {
    // Someone who may make this change to a1 (public mutations: anyone, signed out).
    const actor = ACTORS.find((a) => c.roles.includes(ROLE_OF[a]) && expectedOutcome(c, a, 'a1') === 'OK');
    const client = actor ? clients.get(actor)! : api.client();
    const base = await c.variables({ world, target: 'a1', ds: db.dataSource });
    const samples = fc.sample(variablesArbitrary(schema, c.document, base), { numRuns: RUNS, seed: SEED + index });
    expect(samples).toHaveLength(RUNS);
    const failures: { variables: Record<string, unknown>; problem: string }[] = [];
    const check = (o: Awaited<ReturnType<typeof send>>) => {
      if (o.status >= 500) failures.push({ variables: o.variables, problem: `HTTP ${o.status}` });
      const bad = o.codes.filter((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NO CODE');
      if (bad.length > 0) failures.push({ variables: o.variables, problem: bad.join(', ') });
    };
    const refusedAlone = async (variables: Record<string, unknown>) => {
      // An accepted import runs on in the background (ssda903Uploads): its writes are not this request's.
      await api.services.ssda903Uploads.idle();
      const before = await writes.count();
      const o = await send(client, c.document, variables);
      check(o);
      const written = (await writes.count()) - before;
      if (o.codes.length > 0 && written > 0) failures.push({ variables, problem: `refused (${o.codes.join(', ')}) but wrote ${written} rows` });
    };
    let refusals = 0;
    for (let i = 0; i < samples.length; i += BATCH) {
      const before = await writes.count();
      const outcomes = await Promise.all(samples.slice(i, i + BATCH).map((v) => send(client, c.document, v)));
      outcomes.forEach(check);
      const refused = outcomes.filter((o) => o.codes.length > 0);
      refusals += refused.length;
      if (refused.length === 0) continue;
      if (refused.length === outcomes.length && (await writes.count()) === before) continue;
      for (const o of refused) await refusedAlone(o.variables);
    }
    expect(failures).toEqual([]);
    // The fuzz reached the checks it is for.
    expect(refusals).toBeGreaterThan(0);
  }, 120_000);
});

describe('input fuzzing of uploads: cut-off and garbled multipart bodies', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let clients: Map<ActorKey, ApiClient>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-fuzz-media-'));
    ({ db, api, world, clients } = await startAttackWorld({ env: { FP_DATA_DIR: dataDir, FP_MEDIA_MAX_BYTES: String(64 * 1024) } }));
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sends `body` (chunked, or with a Content-Length that may lie) and resolves with the status, or 0 when the server just closed. */
  function send(cookie: string, query: string, contentType: string, body: Buffer, declaredLength: number | null): Promise<number> {
    const url = new URL(`${api.baseUrl}/media${query}`);
    return new Promise((resolve) => {
      const headers: Record<string, string> = { cookie, 'apollo-require-preflight': 'true', 'content-type': contentType };
      if (declaredLength === null) headers['transfer-encoding'] = 'chunked';
      else headers['content-length'] = String(declaredLength);
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      // A Content-Length longer than the body: the client gives up and closes, as a dropped connection does.
      req.setTimeout(1500, () => req.destroy());
      req.end(body);
    });
  }

  it('never answers 5xx and never stops the server, whatever the cut or the garbling', async () => {
    const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: { r: 1, g: 2, b: 3 } } }).jpeg().toBuffer();
    const boundary = 'fuzzboundary';
    const whole = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
      photo,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const worker = clients.get('swA1')!;
    const child = clients.get('ypA1')!;
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          cut: fc.integer({ min: 0, max: whole.length }),
          garbage: fc.oneof(fc.constant(new Uint8Array()), fc.uint8Array({ maxLength: 64 }), fc.constant(new TextEncoder().encode(`--${boundary}\r\n\u0000\ud800`))),
          contentType: fc.constantFrom(`multipart/form-data; boundary=${boundary}`, 'multipart/form-data; boundary=other', 'multipart/form-data', 'image/jpeg', 'multipart/form-data; boundary=', `multipart/form-data; boundary="${boundary}`, `multipart/form-data; boundary=${'b'.repeat(200)}`),
          length: fc.constantFrom('chunked', 'exact', 'longer', 'shorter'),
          asChild: fc.boolean(),
        }),
        async ({ cut, garbage, contentType, length, asChild }) => {
          const body = Buffer.concat([whole.subarray(0, cut), Buffer.from(garbage)]);
          const declared = length === 'chunked' ? null : length === 'exact' ? body.length : length === 'longer' ? body.length + 100 : Math.max(0, body.length - 10);
          const client = asChild ? child : worker;
          const status = await send(client.cookie!, asChild ? '' : `?childId=${world.children.a1.id}`, contentType, body, declared);
          statuses.add(status);
          expect(status).toBeLessThan(500);
          expect((await fetch(`${api.baseUrl}/healthz`)).status).toBe(200);
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The runs reached both refusals and real uploads.
    expect([...statuses].some((s) => s === 400)).toBe(true);
    expect([...statuses].some((s) => s === 201)).toBe(true);
  }, 120_000);
});

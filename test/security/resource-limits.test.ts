import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { LIMITS } from '../../packages/server/src/hardening';

/**
 * API4: each oversized request is refused with a coded error before any resolver
 * runs: it costs the database no more statements than an empty query (signing
 * the session in). Counted, not timed: speed belongs in the benchmark.
 */
describe('resource limits', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let client: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    client = api.client();
    await client.signIn(world.users.hosA.username, PASSWORD);
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  /** The SQL statements the API ran while fn did its request. */
  async function counted<T>(fn: () => Promise<T>): Promise<{ value: T; statements: number }> {
    const logger = db.dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    let statements = 0;
    logger.logQuery = (...args: Parameters<typeof logQuery>) => {
      statements++;
      return logQuery(...args);
    };
    try {
      return { value: await fn(), statements };
    } finally {
      logger.logQuery = logQuery;
    }
  }
  /** What the emptiest request costs: the session check, no resolver. */
  let baseline = 0;
  beforeAll(async () => {
    baseline = (await counted(() => client.gql('{ __typename }'))).statements;
  });

  it('answers an ordinary query', async () => {
    // Not a screen the API answers in one statement (the caseload and record are): the child's audit trail.
    const { value: res, statements } = await counted(() => client.gql(`query($id: ID!) { child(id: $id) { id auditTrail(first: 1) { totalCount } } }`, { id: world.children.a1.id }));
    expect(res.errors).toBeUndefined();
    // A resolver that runs reads the database: the count sees it.
    expect(statements).toBeGreaterThan(baseline);
  });

  it('refuses a deep query', async () => {
    // A legal but deep selection, built by nesting the child's brothers and sisters.
    let selection = 'id';
    for (let i = 0; i < LIMITS.maxDepth + 5; i++) selection = `id brothersAndSisters { child { ${selection} } }`;
    const { value: res, statements } = await counted(() => client.gql(`query($id: ID!) { child(id: $id) { ${selection} } }`, { id: world.children.a1.id }));
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/depth/i);
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('refuses a wide aliased query', async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `c${i}: child(id: $id) { id legalFirstName }`).join(' ');
    const { value: res, statements } = await counted(() => client.gql(`query($id: ID!) { ${fields} }`, { id: world.children.a1.id }));
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/alias/i);
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('refuses a costly query', async () => {
    // No aliases, no great depth, but the same wide selection repeated through fragments.
    const scalars = 'id legalFirstName legalLastName dateOfBirth preferredName';
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i} on Child { ${scalars} brothersAndSisters { child { ${scalars} } } }`).join('\n');
    const spreads = Array.from({ length: 60 }, (_, i) => `...F${i}`).join(' ');
    const { value: res, statements } = await counted(() => client.gql(`query($id: ID!) { child(id: $id) { ${spreads} } }\n${fragments}`, { id: world.children.a1.id }));
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('refuses too many directives', async () => {
    const directives = Array.from({ length: LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ');
    const res = await client.gql(`query($id: ID!) { child(id: $id) { id ${directives} } }`, { id: world.children.a1.id });
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/directive/i);
  });

  it('refuses a document with too many tokens', async () => {
    const ids = Array.from({ length: LIMITS.maxTokens }, () => 'id').join(' ');
    const { value: res, statements } = await counted(() => client.gql(`query($id: ID!) { child(id: $id) { ${ids} } }`, { id: world.children.a1.id }));
    expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(errorCode(res));
    expect(res.errors![0].message).toMatch(/token/i);
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('refuses a batch of operations', async () => {
    const batch = Array.from({ length: 500 }, () => ({ query: '{ me { id } }' }));
    const { value: res, statements } = await counted(() => client.raw(batch));
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/batching/i);
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('refuses a huge body with 413 and a coded JSON answer', async () => {
    const { value: res, statements } = await counted(() => client.raw({ query: '{ me { id } }', variables: { pad: 'x'.repeat(LIMITS.bodyBytes + 10) } }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(statements).toBeLessThanOrEqual(baseline);
  });

  it('answers malformed JSON with a coded 400, not a stack trace', async () => {
    const res = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.js/);
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('offers no field suggestions', async () => {
    const res = await client.gql(`{ chil { id } }`);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).not.toMatch(/did you mean/i);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ me { id } }')}`, { method: 'GET' });
    expect(res.status).toBe(400);
  });

  it('allows CORS only for configured portal origins', async () => {
    const other = await startTestApi(db.dataSource, { env: { FP_CORS_ORIGINS: 'https://portal.example' } });
    try {
      const ok = await fetch(`${other.baseUrl}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://portal.example');
      const evil = await fetch(`${other.baseUrl}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await other.close();
    }
  });

  it('sends a strict Content-Security-Policy without inline scripts', async () => {
    const res = await fetch(`${api.baseUrl}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });
});

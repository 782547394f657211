import type { DataSource } from 'typeorm';
import { createDataSource } from '../../packages/server/src/database/data-source';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ApiClient, errorCode, startTestApi, type TestApi } from '../support/api';
import { buildWorld, PASSWORD } from '../support/world';

/**
 * Two API instances on one database, each with its own connection pool, as two
 * processes behind a load balancer would be: nothing a request needs lives in
 * one instance's memory.
 */
describe('two API instances on one database', () => {
  let db: TestDatabase;
  let secondPool: DataSource;
  let one: TestApi;
  let two: TestApi;
  const throttle = {
    perAccount: { freeFailures: 3, firstWaitSeconds: 60, maxWaitSeconds: 60 },
    perAddress: { freeFailures: 1000, firstWaitSeconds: 1, maxWaitSeconds: 60 },
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    secondPool = createDataSource(db.url, { poolSize: 5 });
    await secondPool.initialize();
    one = await startTestApi(db.dataSource, { throttle });
    two = await startTestApi(secondPool, { throttle });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await secondPool.destroy();
    await db.drop();
  });

  it('a user signed in on one carries on on the other, and signing out on the other ends the session everywhere', async () => {
    const onOne = one.client();
    expect((await onOne.signIn('sw.a1', PASSWORD)).errors).toBeUndefined();
    const onTwo = new ApiClient(two.baseUrl);
    onTwo.cookie = onOne.cookie;
    const me = await onTwo.ok<{ me: { role: string } }>('{ me { role } }');
    expect(me.me.role).toBe('SOCIAL_WORKER');
    const caseload = await onTwo.ok<{ children: { totalCount: number } }>('{ children { totalCount } }');
    expect(caseload.children.totalCount).toBeGreaterThan(0);

    await onTwo.ok('mutation { signOut }');
    onTwo.cookie = onOne.cookie;
    expect((await onOne.ok<{ me: null }>('{ me { role } }')).me).toBeNull();
  });

  it('a sign-in throttle set on one instance holds on the other', async () => {
    for (let i = 0; i < 4; i++) expect(errorCode(await one.client().signIn('tm.a2', 'not the password'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await two.client().signIn('tm.a2', PASSWORD))).toBe('TOO_MANY_REQUESTS');
  });
});

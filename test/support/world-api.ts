import { createTestDatabase, type TestDatabase } from './database';
import { startTestApi, type ApiClient, type TestApi } from './api';
import { buildWorld, PASSWORD, type World } from './world';

/** A suite's own database with the two-council world on it, the API, and (where asked) one person signed in. */
export interface WorldApi {
  db: TestDatabase;
  world: World;
  api: TestApi;
  /** Signed in as `signInAs`, or not signed in when none was given. */
  client: ApiClient;
}

/**
 * The set-up most record suites share: `beforeAll(async () => ({ db, world, api, client: sw } = await startWorldApi('swA1')))`
 * and `afterAll(() => stopWorldApi({ db, api }))`.
 */
export async function startWorldApi(signInAs?: keyof World['users']): Promise<WorldApi> {
  const db = await createTestDatabase();
  const world = await buildWorld(db.dataSource);
  const api = await startTestApi(db.dataSource);
  const client = api.client();
  if (signInAs) {
    const res = await client.signIn(world.users[signInAs].username, PASSWORD);
    if (res.errors) throw new Error(`${signInAs} could not sign in: ${JSON.stringify(res.errors)}`);
  }
  return { db, world, api, client };
}

/** Stops what startWorldApi started; safe when it failed half-way. */
export async function stopWorldApi({ db, api }: Partial<Pick<WorldApi, 'db' | 'api'>>): Promise<void> {
  await api?.close();
  await db?.drop();
}

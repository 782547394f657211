import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

/** Production runs only known operations and hides the schema; development runs anything. */
describe('persisted-operation allow-list and production settings', () => {
  let db: TestDatabase;
  let world: World;
  let dir: string;
  const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id role } }`;
  const CHILD = `query Child($id: ID!) { child(id: $id) { id version } }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-allow-'));
    fs.mkdirSync(path.join(dir, 'portal'));
    fs.mkdirSync(path.join(dir, 'integrator'));
    fs.writeFileSync(path.join(dir, 'portal', 'sign-in.graphql'), SIGN_IN);
    fs.writeFileSync(path.join(dir, 'integrator', 'child.graphql'), CHILD);
    const { buildManifest } = await import('../../packages/server/src/persisted-operations');
    fs.writeFileSync(path.join(dir, 'portal.json'), JSON.stringify(buildManifest([path.join(dir, 'portal')], dir)));
    fs.writeFileSync(path.join(dir, 'integrator.json'), JSON.stringify(buildManifest([path.join(dir, 'integrator')], dir)));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });

  it('in production runs listed operations (as the client reformats them) and refuses any other', async () => {
    const api = await startTestApi(db.dataSource, {
      env: { NODE_ENV: 'production', FP_SECURE_COOKIES: 'false', FP_PORTAL_OPERATION_MANIFEST: path.join(dir, 'portal.json') },
    });
    try {
      const client = api.client();
      // Reformatted and with __typename, as Apollo Client sends it.
      const res = await client.gql(`mutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    id\n    role\n    __typename\n  }\n}`, {
        input: { username: world.users.swA1.username, password: PASSWORD },
      });
      expect(res.errors).toBeUndefined();
      const other = await client.gql(CHILD, { id: world.children.a1.id });
      expect(errorCode(other)).toBe('OPERATION_NOT_ALLOWED');
      const raw = await client.raw({ query: `{ me { id role } }` });
      expect(raw.status).toBe(400);
      // Introspection is not on the list (and is off besides).
      const schema = await client.gql(`{ __schema { types { name } } }`);
      expect(errorCode(schema)).toBe('OPERATION_NOT_ALLOWED');
    } finally {
      await api.close();
    }
  });

  it("runs an integrator's operations from their own manifest", async () => {
    const api = await startTestApi(db.dataSource, {
      env: {
        NODE_ENV: 'production',
        FP_SECURE_COOKIES: 'false',
        FP_PORTAL_OPERATION_MANIFEST: path.join(dir, 'portal.json'),
        FP_OPERATION_MANIFESTS: path.join(dir, 'integrator.json'),
      },
    });
    try {
      const client = api.client();
      await client.gql(SIGN_IN, { input: { username: world.users.swA1.username, password: PASSWORD } });
      const res = await client.gql(CHILD, { id: world.children.a1.id });
      expect(res.errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('refuses to start in production without a manifest', async () => {
    await expect(
      startTestApi(db.dataSource, { env: { NODE_ENV: 'production', FP_PORTAL_OPERATION_MANIFEST: path.join(dir, 'missing.json') } }),
    ).rejects.toThrow(/manifest/);
  });

  it('in development runs any operation and allows introspection', async () => {
    const api = await startTestApi(db.dataSource);
    try {
      const client = api.client();
      expect((await client.gql(`{ me { id } }`)).errors).toBeUndefined();
      expect((await client.gql(`{ __schema { queryType { name } } }`)).errors).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, type ApiClient, startTestApi, type TestApi } from '../support/api';
import { buildWorld } from '../support/world';

const GET = `query($name: String!) { myDraft(input: { name: $name }) { id name content version } }`;
const SAVE = `mutation($input: SaveMyDraftInput!) { saveMyDraft(input: $input) { id name content version } }`;
const DELETE = `mutation($name: String!) { deleteMyDraft(input: { name: $name }) }`;
type Draft = { id: string; name: string; content: string; version: number };

describe('young person drafts on the server (nothing kept on a shared phone)', () => {
  let db: TestDatabase;
  let api: TestApi;
  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('a young person keeps, changes and throws away a draft; a stale change is a CONFLICT', async () => {
    const amira = await signedIn('yp.a1');
    expect((await amira.ok<{ myDraft: Draft | null }>(GET, { name: 'not-happy' })).myDraft).toBeNull();
    const first = (await amira.ok<{ saveMyDraft: Draft }>(SAVE, { input: { name: 'not-happy', content: '{"words":"Nobody listens"}' } })).saveMyDraft;
    expect(first).toMatchObject({ name: 'not-happy', version: 1 });
    // A second "new" save of the same form (another tab) is told, not silently overwritten.
    expect(errorCode(await amira.gql(SAVE, { input: { name: 'not-happy', content: '{"words":"other tab"}' } }))).toBe('CONFLICT');
    const second = (await amira.ok<{ saveMyDraft: Draft }>(SAVE, { input: { name: 'not-happy', content: '{"words":"Nobody listens to me"}', expectedVersion: 1 } })).saveMyDraft;
    expect(second.version).toBe(2);
    const stale = await amira.gql(SAVE, { input: { name: 'not-happy', content: '{"words":"stale"}', expectedVersion: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    // A new session (signing in again on another day) gets the words back from the server.
    const again = await signedIn('yp.a1');
    expect((await again.ok<{ myDraft: Draft }>(GET, { name: 'not-happy' })).myDraft.content).toBe('{"words":"Nobody listens to me"}');
    expect((await again.ok<{ deleteMyDraft: boolean }>(DELETE, { name: 'not-happy' })).deleteMyDraft).toBe(true);
    expect((await again.ok<{ myDraft: Draft | null }>(GET, { name: 'not-happy' })).myDraft).toBeNull();
    expect((await again.ok<{ deleteMyDraft: boolean }>(DELETE, { name: 'not-happy' })).deleteMyDraft).toBe(false);
  });

  it('is nobody else’s: another young person sees nothing, professionals are refused, bad input changes nothing', async () => {
    const amira = await signedIn('yp.a1');
    await amira.ok(SAVE, { input: { name: 'memory:new', content: '{"title":"My secret"}' } });
    const adam = await signedIn('yp.a1sib');
    expect((await adam.ok<{ myDraft: Draft | null }>(GET, { name: 'memory:new' })).myDraft).toBeNull();
    expect(errorCode(await adam.gql(SAVE, { input: { name: 'memory:new', content: '{}', expectedVersion: 1 } }))).toBe('CONFLICT');
    for (const staff of ['sw.a1', 'hos.a']) {
      const c = await signedIn(staff);
      expect(errorCode(await c.gql(GET, { name: 'memory:new' }))).toBe('FORBIDDEN');
      expect(errorCode(await c.gql(SAVE, { input: { name: 'memory:new', content: '{}' } }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await amira.gql(SAVE, { input: { name: 'no spaces or slashes/', content: '{}' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await amira.gql(SAVE, { input: { name: 'memory:new', content: '' } }))).toBe('BAD_USER_INPUT');
    const rows = await db.dataSource.query(`SELECT name, content FROM young_person_drafts ORDER BY name`);
    expect(rows).toEqual([{ name: 'memory:new', content: '{"title":"My secret"}' }]);
    // The audit trail says a draft was kept, never its words.
    const audit = await db.dataSource.query(`SELECT changes::text AS changes FROM audit_events WHERE record_type = 'YoungPersonDraft'`);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.map((a: { changes: string | null }) => a.changes ?? '').join(' ')).not.toMatch(/secret|listens/i);
  });
});

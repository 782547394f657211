import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, type ApiClient, startTestApi, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';

const SAVE = `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version status } }`;
const SEND = `mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id version status } }`;
const ADD_TO = `mutation($input: AddToViewInput!) { addToView(input: $input) { id } }`;
const DELETE = `mutation($id: ID!) { deleteViewDraft(viewId: $id) }`;
const MY_VIEWS = `{ myViews { id words status } }`;

type Saved = { saveViewDraft: { id: string; version: number } };

/**
 * Every young-person operation that takes an id, tried by Amira (a1) with ids
 * that belong to another child: her brother or sister, a child in another
 * team, one in another council, and a made-up id. Each is NOT_FOUND (as if
 * the record were not there), and nothing of the other child changes.
 */
describe("a young person and other children's ids", () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let amira: ApiClient;
  const others: Record<string, { draft: Saved['saveViewDraft']; sent: string; meetingId: string }> = {};

  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);

  /** A draft, a sent view and a meeting of another child: the views made by that child where they have an account. */
  async function recordsOf(child: 'a1sib' | 'a2' | 'b1', youngUsername: string | null) {
    const [meeting] = await db.dataSource.query(
      `INSERT INTO meetings (child_id, type, scheduled_for) VALUES ($1, 'PERMANENCE_PLANNING_MEETING', '2026-12-20') RETURNING id`,
      [world.children[child].id],
    );
    if (!youngUsername) {
      // No account for this child in the world: their views are made in the database.
      const [draft] = await db.dataSource.query(
        `INSERT INTO views (child_id, status, topic, words, readers) VALUES ($1, 'DRAFT', 'SCHOOL', 'Theirs.', '{WORKER}') RETURNING id, version`,
        [world.children[child].id],
      );
      const [sent] = await db.dataSource.query(
        `INSERT INTO views (child_id, status, topic, words, readers, sent_at) VALUES ($1, 'SENT', 'SCHOOL', 'Theirs, sent.', '{WORKER}', now()) RETURNING id`,
        [world.children[child].id],
      );
      return { draft: { id: draft.id as string, version: draft.version as number }, sent: sent.id as string, meetingId: meeting.id as string };
    }
    const young = await signedIn(youngUsername);
    const draft = await young.ok<Saved>(SAVE, { input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'Theirs.', readers: ['WORKER'] } });
    const toSend = await young.ok<Saved>(SAVE, { input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'Theirs, sent.', readers: ['WORKER'] } });
    await young.ok(SEND, { id: toSend.saveViewDraft.id, v: toSend.saveViewDraft.version });
    return { draft: draft.saveViewDraft, sent: toSend.saveViewDraft.id, meetingId: meeting.id as string };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
    amira = await signedIn('yp.a1');
    others.sibling = await recordsOf('a1sib', 'yp.a1sib');
    others.otherTeam = await recordsOf('a2', null);
    others.otherCouncil = await recordsOf('b1', null);
  }, 90_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const viewsSnapshot = () => db.dataSource.query(`SELECT id, version, status, words, meeting_id FROM views ORDER BY id`);

  it.each(['sibling', 'otherTeam', 'otherCouncil'])("the %s's records are NOT_FOUND on every operation that takes an id, and do not change", async (who) => {
    const o = others[who];
    const before = await viewsSnapshot();
    const attempts: [string, Promise<ReturnType<typeof errorCode>>][] = [
      ['saveViewDraft id', amira.gql(SAVE, { input: { id: o.draft.id, expectedVersion: o.draft.version, topic: 'SCHOOL', words: 'Changed.', readers: ['WORKER'] } }).then(errorCode)],
      ['saveViewDraft meetingId', amira.gql(SAVE, { input: { clientKey: randomUUID(), topic: 'MY_MEETING', words: 'For their meeting.', readers: ['WORKER'], meetingId: o.meetingId } }).then(errorCode)],
      ['sendView', amira.gql(SEND, { id: o.draft.id, v: o.draft.version }).then(errorCode)],
      ['addToView', amira.gql(ADD_TO, { input: { viewId: o.sent, words: 'Added.', clientKey: randomUUID() } }).then(errorCode)],
      ['deleteViewDraft', amira.gql(DELETE, { id: o.draft.id }).then(errorCode)],
    ];
    const codes = Object.fromEntries(await Promise.all(attempts.map(async ([name, p]) => [name, await p] as const)));
    expect(codes).toEqual(Object.fromEntries(attempts.map(([name]) => [name, 'NOT_FOUND'])));
    expect(await viewsSnapshot()).toEqual(before);
    const mine = await amira.ok<{ myViews: { words: string }[] }>(MY_VIEWS);
    expect(mine.myViews.map((v) => v.words)).not.toContain('Theirs.');
  });

  it('made-up and malformed ids are NOT_FOUND too', async () => {
    for (const id of [randomUUID(), 'not-an-id', '../../children']) {
      expect(errorCode(await amira.gql(SEND, { id, v: 1 }))).toBe('NOT_FOUND');
      expect(errorCode(await amira.gql(DELETE, { id }))).toBe('NOT_FOUND');
      expect(errorCode(await amira.gql(ADD_TO, { input: { viewId: id, words: 'x' } }))).toBe('NOT_FOUND');
      expect(errorCode(await amira.gql(SAVE, { input: { id, expectedVersion: 1, topic: 'SCHOOL', words: 'x', readers: ['WORKER'] } }))).toBe('NOT_FOUND');
      expect(errorCode(await amira.gql(SAVE, { input: { clientKey: randomUUID(), topic: 'SCHOOL', words: 'x', readers: ['WORKER'], meetingId: id } }))).toBe('NOT_FOUND');
    }
  });
});

import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { errorForLog, logger, redirectLogs } from '../../packages/server/src/logger';

/**
 * A full journey through the API with the logs captured: every request is
 * logged (operation, actor, status) and no line holds a demo child's name,
 * date of birth, view or life story words.
 */
describe('logs hold no personal data', () => {
  let db: TestDatabase;
  let api: TestApi;
  const lines: string[] = [];
  let restore: () => void;

  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    const res = await c.signIn(username, DEMO_PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: '2026-11-24' });
    api = await startTestApi(db.dataSource);
    restore = redirectLogs({ write: (line: string) => void lines.push(line) }, 'debug');
  }, 60_000);
  afterAll(async () => {
    restore?.();
    await api?.close();
    await db?.drop();
  });

  it('logs the journey without names, dates of birth, views or life story text', async () => {
    const secret = `Secret words ${randomUUID()}`;
    // Everyone signs in and looks at their home page.
    for (const account of DEMO_ACCOUNTS) {
      const c = await as(account.username);
      await c.gql(`{ me { id displayName } }`);
      if (account.role === 'YOUNG_PERSON') {
        await c.gql(`{ myProfile { __typename } myLifeStory { count items { id title } } myViews { id words } }`);
      } else {
        await c.gql(`{ children(first: 50) { edges { node { id legalFirstName legalLastName preferredName dateOfBirth } } } }`);
      }
    }
    const worker = await as('sam.worker');
    const { children } = await worker.ok<{ children: { edges: { node: { id: string; version: number; legalFirstName: string } }[] } }>(
      `{ children(first: 50) { edges { node { id version legalFirstName } } } }`,
    );
    const child = children.edges[0].node;
    await worker.ok(`query($id: ID!) { child(id: $id) { id legalFirstName legalLastName dateOfBirth ethnicity } }`, { id: child.id });
    // A bad input whose value is a child's name, and an unknown record.
    const bad = await worker.gql(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, {
      input: { id: child.id, expectedVersion: child.version, dateOfBirth: child.legalFirstName },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    await worker.gql(`query($id: ID!) { child(id: $id) { id } }`, { id: randomUUID() });
    await worker.ok(`mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }`, {
      input: { childId: child.id, kind: 'MEMORY', title: `${child.legalFirstName}'s first day`, words: secret, audience: 'PROFESSIONALS_ONLY', clientKey: randomUUID() },
    });
    // A young person writes a view and a memory.
    const amira = await as('amira');
    const draft = await amira.ok<{ saveViewDraft: { id: string; version: number } }>(
      `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }`,
      { input: { clientKey: randomUUID(), topic: 'SCHOOL', words: secret, readers: ['WORKER'] } },
    );
    await amira.ok(`mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id } }`, { id: draft.saveViewDraft.id, v: draft.saveViewDraft.version });
    await amira.ok(`mutation($input: AddMyLifeStoryItemInput!) { addMyLifeStoryItem(input: $input) { id } }`, {
      input: { clientKey: randomUUID(), kind: 'MEMORY', title: 'My birthday party', words: secret },
    });
    // A failed sign-in with a child's name as the username.
    await api.client().signIn(child.legalFirstName, 'not the password at all');
    // An unexpected error as the error handler would log it (PostgreSQL quotes input values).
    logger.error({ err: errorForLog(new Error(`invalid input syntax for type date: "${child.legalFirstName}" in column "date_of_birth"`)) }, 'unexpected error');

    const log = lines.join('');
    const requests = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'request');
    // The requests are there, with operation, actor and status, but no variables.
    expect(requests.length).toBeGreaterThan(DEMO_ACCOUNTS.length * 3);
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', path: '/graphql', status: 200, operationType: 'mutation', actorRole: 'YOUNG_PERSON' }));
    expect(requests.every((r) => typeof r.durationMs === 'number' && !('variables' in r))).toBe(true);
    expect(log).toContain('date_of_birth');

    const rows: { legal_first_name: string; legal_last_name: string; preferred_name: string | null; date_of_birth: string }[] = await db.dataSource.query(
      `SELECT legal_first_name, legal_last_name, preferred_name, date_of_birth::text FROM children`,
    );
    const words = [...new Set(rows.flatMap((r) => [r.legal_first_name, r.legal_last_name, r.preferred_name, r.date_of_birth]).filter((w): w is string => !!w))];
    const found = words.filter((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(log));
    expect(found).toEqual([]);
    expect(log).not.toContain(secret);
    expect(log).not.toContain('My birthday party');
    expect(log).not.toContain(DEMO_PASSWORD);
  });
});

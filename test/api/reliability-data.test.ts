import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, testServer, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { planInState } from '../support/plan-fixtures';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { withDatabase } from '../../packages/server/src/database/embedded-postgres';

const run = promisify(execFile);

describe('nothing lost: concurrent edits, retries, backup and restore', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    await c.signIn(username, PASSWORD);
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('two people editing the same plan at once: one succeeds, the other gets CONFLICT and overwrites nothing', async () => {
    const { planId, expectedVersion } = await planInState(db.dataSource, world.children.a1.id, 'DRAFT');
    const [worker, manager] = await Promise.all([as(world.users.swA1.username), as(world.users.tmA1.username)]);
    const UPDATE = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id version childWishes } }`;
    const results = await Promise.all([
      worker.gql(UPDATE, { input: { planId, expectedVersion, childWishes: 'From the worker' } }),
      manager.gql(UPDATE, { input: { planId, expectedVersion, childWishes: 'From the manager' } }),
    ]);
    const outcomes = results.map((r) => (r.errors ? errorCode(r) : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)!.data as { updatePlan: { childWishes: string; version: number } };
    const [row] = await db.dataSource.query(`SELECT child_wishes, version FROM plans WHERE id = $1`, [planId]);
    expect(row).toEqual({ child_wishes: winner.updatePlan.childWishes, version: winner.updatePlan.version });
  });

  it('a retried view and life story item with the same client key are applied once (also when the retries race)', async () => {
    const child = await as(world.users.ypA1.username);
    const worker = await as(world.users.swA1.username);
    const viewKey = randomUUID();
    const SAVE = `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id } }`;
    const views = await Promise.all([1, 2, 3].map(() => child.gql(SAVE, { input: { clientKey: viewKey, topic: 'SCHOOL', words: 'Once only', readers: ['WORKER'] } })));
    const again = await child.ok<{ saveViewDraft: { id: string } }>(SAVE, { input: { clientKey: viewKey, topic: 'SCHOOL', words: 'Once only', readers: ['WORKER'] } });
    const viewIds = new Set([...views.filter((v) => !v.errors).map((v) => (v.data as { saveViewDraft: { id: string } }).saveViewDraft.id), again.saveViewDraft.id]);
    expect(viewIds.size).toBe(1);
    expect(views.map(errorCode).filter((c) => c !== undefined && c !== 'CONFLICT')).toEqual([]);

    const itemKey = randomUUID();
    const ADD = `mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }`;
    const input = { childId: world.children.a1.id, clientKey: itemKey, kind: 'MEMORY', title: 'Once only', audience: 'PROFESSIONALS_ONLY' };
    const items = await Promise.all([1, 2, 3].map(() => worker.gql(ADD, { input })));
    await worker.ok(ADD, { input });
    expect(items.map(errorCode).filter((c) => c !== undefined && c !== 'CONFLICT')).toEqual([]);
    const [{ n: viewRows }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM views WHERE client_key = $1`, [viewKey]);
    const [{ n: itemRows }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM life_story_items WHERE client_key = $1`, [itemKey]);
    expect({ viewRows, itemRows }).toEqual({ viewRows: 1, itemRows: 1 });
  });

  it('restores a pg_dump of the demo council into a fresh database with every record', async () => {
    const demo = await createTestDatabase();
    const restoredName = `fp_restore_${randomUUID().slice(0, 8)}`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-backup-'));
    const admin = new Client({ connectionString: testServer().adminUrl });
    await admin.connect();
    try {
      await seedDemoCouncil(demo.dataSource, { today: '2026-11-24' });
      const dump = path.join(dir, 'forever-planning.dump');
      // The procedure in SECURITY.md.
      await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`, `--dbname=${demo.url}`]);
      await admin.query(`CREATE DATABASE ${restoredName}`);
      await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${withDatabase(testServer().adminUrl, restoredName)}`, dump]);

      const counts = async (url: string) => {
        const c = new Client({ connectionString: url });
        await c.connect();
        try {
          const { rows: tables } = await c.query<{ table_name: string }>(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
          );
          const out: Record<string, number> = {};
          for (const { table_name } of tables) {
            const { rows } = await c.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table_name}" t`);
            out[table_name] = rows[0].n;
            out[`${table_name} checksum`] = rows[0].h;
          }
          return out;
        } finally {
          await c.end();
        }
      };
      const before = await counts(demo.url);
      expect(before.children).toBeGreaterThan(0);
      expect(await counts(withDatabase(testServer().adminUrl, restoredName))).toEqual(before);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${restoredName} WITH (FORCE)`);
      await admin.end();
      await demo.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

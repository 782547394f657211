import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { fileCsv } from '../../packages/server/src/ssda903/ssda903.export';
import { buildReturn, ssda903FileNamesFor } from '../../packages/server/src/ssda903/ssda903.return';
import { collectionYear } from '../../packages/server/src/ssda903/ssda903.record';
import { goodChild, placement } from '../../packages/server/src/ssda903/ssda903.fixture';

/**
 * The administrator's upload of an SSDA903 return (#19 point 4): the files go
 * up through POST /imports/ssda903, a dry run reports what would change,
 * nothing is written until they confirm, and every bad upload is refused with
 * a reason and leaves nothing behind.
 */
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ssda903-import', '2025');
const UPLOAD = `query($id: ID!) { ssda903Upload(id: $id) { id version status year fileNames progressDone progressTotal uploadedBy confirmedBy failure
  check { completed childrenCreated childrenUpdated childrenUnchanged childrenRejected placementsCreated adoptersCreated adoptersUpdated deprivationOfLibertyOrdersCreated deprivationOfLibertyOrdersUpdated errorCount problemCount problems { file line column child severity reason } children { child outcome changes } notHeld { table rows } }
  result { completed childrenCreated childrenUnchanged childrenRejected placementsCreated adoptersCreated deprivationOfLibertyOrdersCreated } } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmSsda903Upload(id: $id, expectedVersion: $v) { id status version } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelSsda903Upload(id: $id, expectedVersion: $v) { id status version } }`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the report's shape is checked field by field below
type Report = Record<string, any>;
type Upload = { id: string; version: number; status: string; progressDone: number; progressTotal: number | null; check: Report | null; result: Report | null; confirmedBy: string | null; failure: string | null; fileNames: string[] };

describe('An administrator imports a return from the portal', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let dataDir: string;
  let admin: ApiClient;

  const files = (names: string[], folder = FIXTURES) => names.map((n) => ({ name: n, bytes: fs.readFileSync(path.join(folder, n)) }));
  const post = (client: ApiClient | null, parts: { name: string; bytes: Buffer | string }[], query = '?year=2025', headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) => {
    const form = new FormData();
    for (const p of parts) form.append('files', new Blob([typeof p.bytes === 'string' ? p.bytes : new Uint8Array(p.bytes)]), p.name);
    return fetch(`${api.baseUrl}/imports/ssda903${query}`, { method: 'POST', body: form, headers: { ...headers, ...(client?.cookie ? { cookie: client.cookie } : {}) } });
  };
  const uploadOk = async (parts: { name: string; bytes: Buffer | string }[]): Promise<string> => {
    const res = await post(admin, parts);
    const body = (await res.json()) as { uploadId?: string; error?: unknown };
    if (res.status !== 201 || !body.uploadId) throw new Error(`upload refused: ${res.status} ${JSON.stringify(body)}`);
    return body.uploadId;
  };
  const read = async (id: string): Promise<Upload> => (await admin.ok<{ ssda903Upload: Upload }>(UPLOAD, { id })).ssda903Upload;
  const settled = async (id: string, from: string): Promise<Upload> => {
    for (let i = 0; i < 200; i++) {
      const u = await read(id);
      if (u.status !== from) return u;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`upload ${id} still ${from}`);
  };
  const count = async (sql: string, params: unknown[] = []) => Number((await db.dataSource.query(sql, params))[0].n);
  const childrenOfA = () => count(`SELECT count(*) AS n FROM children WHERE council_id = $1`, [world.councilA.id]);
  const stagedFolders = () => (fs.existsSync(path.join(dataDir, 'ssda903-uploads')) ? fs.readdirSync(path.join(dataDir, 'ssda903-uploads')) : []);

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-import-upload-'));
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { env: { FP_DATA_DIR: dataDir, FP_IMPORT_MAX_BYTES: String(64 * 1024) } });
    admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('checks the files first (a dry run that writes no child), then imports them when the administrator confirms', async () => {
    const before = await childrenOfA();
    const names = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.csv'));
    const id = await uploadOk(files(names));

    const checked = await settled(id, 'CHECKING');
    expect(checked.status).toBe('CHECKED');
    expect(checked.fileNames).toEqual([...names].sort());
    // A001's adopters (ad1.csv) are counted as the command's report counts them; the 2024/25 return has no DoLo table.
    expect(checked.check).toMatchObject({ completed: true, childrenCreated: 5, childrenUpdated: 0, childrenRejected: 0, errorCount: 0, adoptersCreated: 1, deprivationOfLibertyOrdersCreated: 0 });
    expect(checked.check!.children.map((c: { child: string }) => c.child).sort()).toEqual(['A001', 'B002', 'C003', 'D004', 'E005']);
    // Tables read but not stored (yet) are told, with their rows, as warnings that leave no child out.
    for (const t of checked.check!.notHeld as { table: string; rows: number }[]) {
      expect(t.rows).toBeGreaterThan(0);
      expect(checked.check!.problems).toContainEqual(expect.objectContaining({ severity: 'WARNING', reason: expect.stringContaining('not stored') }));
    }
    expect(checked.progressDone).toBe(checked.progressTotal);
    expect(await childrenOfA()).toBe(before);

    const confirmed = (await admin.ok<{ confirmSsda903Upload: Upload }>(CONFIRM, { id, v: checked.version })).confirmSsda903Upload;
    expect(confirmed.status === 'IMPORTING' || confirmed.status === 'IMPORTED').toBe(true);
    const done = await settled(id, 'IMPORTING');
    expect(done.status).toBe('IMPORTED');
    expect(done.confirmedBy).toBe(`${world.users.adminA.firstName} ${world.users.adminA.lastName}`);
    expect(done.result).toMatchObject({ completed: true, childrenCreated: 5, childrenRejected: 0, adoptersCreated: 1 });
    expect(await childrenOfA()).toBe(before + 5);
    // One audit event for the import, naming the administrator, with its counts.
    const [event] = await db.dataSource.query(`SELECT actor_user_id, changes FROM audit_events WHERE action = 'IMPORT_SSDA903'`);
    expect(event.actor_user_id).toBe(world.users.adminA.id);
    expect(event.changes.children.after).toMatchObject({ created: 5 });
    // The files are gone from the server once imported.
    expect(stagedFolders()).not.toContain(id);

    // Decided once: confirming or cancelling again is a conflict that changes nothing.
    expect(errorCode(await admin.gql(CONFIRM, { id, v: done.version }))).toBe('CONFLICT');
    expect(errorCode(await admin.gql(CANCEL, { id, v: done.version }))).toBe('CONFLICT');
    expect(await childrenOfA()).toBe(before + 5);

    // The same return again: nothing would change.
    const again = await settled(await uploadOk(files(names)), 'CHECKING');
    expect(again.check).toMatchObject({ childrenCreated: 0, childrenUpdated: 0, childrenUnchanged: 5, adoptersCreated: 0, adoptersUpdated: 0 });
  });

  it('a 2026/27 return counts its deprivation of liberty orders in the check and the import', async () => {
    const child = goodChild({
      localId: 'DOLO01',
      upn: null,
      placements: [placement({ id: 'home', type: 'RESIDENTIAL', carerName: 'Oak House', startDate: '2024-09-15', endDate: null })],
      deprivationOfLibertyOrders: [
        { startDate: '2026-05-01', endDate: '2026-11-01' },
        { startDate: '2027-02-01', endDate: null },
      ],
    });
    const written = buildReturn([child], collectionYear(2027));
    const parts = ssda903FileNamesFor(2027).map((file) => ({ name: `${file}.csv`, bytes: fileCsv(written, file) }));
    const res = await post(admin, parts, '?year=2027');
    const { uploadId } = (await res.json()) as { uploadId: string };
    expect(res.status).toBe(201);
    const checked = await settled(uploadId, 'CHECKING');
    expect(checked.check).toMatchObject({ completed: true, childrenCreated: 1, errorCount: 0, deprivationOfLibertyOrdersCreated: 2, deprivationOfLibertyOrdersUpdated: 0 });
    await admin.ok(CONFIRM, { id: uploadId, v: checked.version });
    const done = await settled(uploadId, 'IMPORTING');
    expect(done.result).toMatchObject({ completed: true, childrenCreated: 1, deprivationOfLibertyOrdersCreated: 2 });
    expect(await count(`SELECT count(*) AS n FROM deprivation_of_liberty_orders d JOIN children c ON c.id = d.child_id WHERE c.local_id = 'DOLO01' AND c.council_id = $1`, [world.councilA.id])).toBe(2);
  });

  it('a child with a bad date is named with its file, line and column; cancelling keeps nothing', async () => {
    const header = fs.readFileSync(path.join(FIXTURES, 'header.csv'), 'utf8').replace('15/01/2022', '2022-01-15');
    const id = await uploadOk([{ name: 'header.csv', bytes: header }, ...files(['episodes.csv'])]);
    const checked = await settled(id, 'CHECKING');
    expect(checked.check!.errorCount).toBeGreaterThan(0);
    expect(checked.check!.problems[0]).toMatchObject({ file: 'header.csv', line: 2, column: 'DOB', child: 'A001', severity: 'ERROR' });
    expect(checked.check!.childrenRejected).toBe(1);

    // A decision on an old version is refused.
    expect(errorCode(await admin.gql(CANCEL, { id, v: checked.version + 1 }))).toBe('CONFLICT');
    const cancelled = (await admin.ok<{ cancelSsda903Upload: Upload }>(CANCEL, { id, v: checked.version })).cancelSsda903Upload;
    expect(cancelled.status).toBe('CANCELLED');
    expect(stagedFolders()).not.toContain(id);
  });

  it('refuses bad uploads with a reason, records nothing and keeps no file', async () => {
    const uploadsBefore = await count(`SELECT count(*) AS n FROM ssda903_uploads`);
    const header = files(['header.csv', 'episodes.csv']);
    const refused = async (res: Response, status: number, code: string, words: RegExp) => {
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(res.status).toBe(status);
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(words);
    };
    await refused(await post(admin, [...header, { name: 'NOTES.txt', bytes: 'notes' }]), 400, 'BAD_USER_INPUT', /NOTES\.txt.*not a file of an SSDA903 return/);
    await refused(await post(admin, header, '?year=2019'), 400, 'BAD_USER_INPUT', /year/);
    await refused(await post(admin, header, ''), 400, 'BAD_USER_INPUT', /year/);
    await refused(await post(admin, files(['header.csv'])), 400, 'BAD_USER_INPUT', /episodes\.csv/);
    await refused(await post(admin, [...header, ...files(['header.csv'])]), 400, 'BAD_USER_INPUT', /twice/);
    await refused(await post(admin, [...header, { name: 'reviews.csv', bytes: Buffer.alloc(80 * 1024, 0x41) }]), 413, 'TOO_LARGE', /reviews\.csv is too large/);
    await refused(await post(admin, header, '?year=2025', {}), 400, 'BAD_REQUEST', /apollo-require-preflight/);
    await refused(await post(null, header), 401, 'UNAUTHENTICATED', /sign in/);
    const worker = api.client();
    await worker.signIn('sw.a1', PASSWORD);
    await refused(await post(worker, header), 403, 'FORBIDDEN', /administrator/);
    const manager = api.client();
    await manager.signIn('hos.a', PASSWORD);
    await refused(await post(manager, header), 403, 'FORBIDDEN', /administrator/);

    expect(await count(`SELECT count(*) AS n FROM ssda903_uploads`)).toBe(uploadsBefore);
    expect(stagedFolders().length).toBe(uploadsBefore === 0 ? 0 : stagedFolders().length);
    const live = new Set((await db.dataSource.query(`SELECT id FROM ssda903_uploads WHERE status IN ('CHECKING', 'CHECKED')`)).map((r: { id: string }) => r.id));
    expect(stagedFolders().filter((f) => !live.has(f))).toEqual([]);
  });

  it('a body cut off mid-file is a clean 400 and the server carries on', async () => {
    const url = new URL(`${api.baseUrl}/imports/ssda903?year=2025`);
    const boundary = 'fpcut';
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST',
          headers: { cookie: admin.cookie!, 'apollo-require-preflight': 'true', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': '100000' } },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
        },
      );
      req.on('error', () => resolve(-1));
      req.write(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="header.csv"\r\nContent-Type: text/csv\r\n\r\nCHILD,SEX,DOB`);
      // The client stops mid-file and goes away.
      setTimeout(() => req.destroy(), 200);
      setTimeout(() => reject(new Error('no answer')), 5000).unref();
    });
    expect([400, -1]).toContain(status);
    // Still serving, and nothing was kept.
    expect((await admin.ok<{ ssda903Uploads: unknown[] }>(`query { ssda903Uploads { id } }`)).ssda903Uploads).toBeDefined();
    await new Promise((r) => setTimeout(r, 300));
    const live = new Set((await db.dataSource.query(`SELECT id FROM ssda903_uploads`)).map((r: { id: string }) => r.id));
    expect(stagedFolders().filter((f) => !live.has(f))).toEqual([]);
  });

  it('an upload is found only by its own council\'s administrator', async () => {
    expect(errorCode(await admin.gql(UPLOAD, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(UPLOAD, { id: 'not-an-id' }))).toBe('NOT_FOUND');
    const worker = api.client();
    await worker.signIn('sw.a1', PASSWORD);
    expect(errorCode(await worker.gql(`query { ssda903Uploads { id } }`))).toBe('FORBIDDEN');
  });
});

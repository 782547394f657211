import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { ApiClient, errorCode, startTestApi, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { buildManifest } from '../../packages/server/src/persisted-operations';

/**
 * The findings of the attack on a running instance (issue 16), each
 * reproduced against the real server process (main.ts), in development and
 * in production mode: every one of these once crashed the process, answered a
 * server error, or leaked something.
 */

const CHILDREN_BY_NAME = `query ChildrenByName($name: String) { children(first: 5, filter: { name: $name }) { totalCount } }`;
const START_PLACEMENT = `mutation StartPlacement($input: StartPlacementInput!) { startPlacement(input: $input) { id weeklyCost } }`;
const ME = `query Me { me { id role } }`;
/** What ApiClient.signIn sends. */
const CLIENT_SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id role displayName } }`;

/** A multipart upload whose body stops in the middle of the file (no closing boundary), sent chunked. */
function truncatedUpload(baseUrl: string, cookie: string, query = ''): Promise<{ status: number; body: string }> {
  const url = new URL(`${baseUrl}/media${query}`);
  const boundary = 'fpcutoff';
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST',
        headers: { cookie, 'apollo-require-preflight': 'true', 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="me.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
    req.end(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]));
  });
}

/** The client goes away mid-upload: the socket is destroyed while the file is still streaming. */
function abandonedUpload(baseUrl: string, cookie: string): Promise<void> {
  const url = new URL(`${baseUrl}/media`);
  return new Promise((resolve) => {
    const req = http.request({
      host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { cookie, 'apollo-require-preflight': 'true', 'content-type': 'multipart/form-data; boundary=gone', 'content-length': '100000' },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(`--gone\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n${'x'.repeat(1000)}`);
    setTimeout(() => req.destroy(), 200);
  });
}

async function healthy(server: ServerProcess): Promise<boolean> {
  const res = await fetch(`${server.baseUrl}/healthz`).catch(() => null);
  return server.alive() && res?.status === 200;
}

describe.each(['development', 'production'] as const)('attack findings against the server process in %s', (mode) => {
  let db: TestDatabase;
  let world: World;
  let server: ServerProcess;
  let dir: string;
  const signedIn = async (username: string) => {
    const client = new ApiClient(server.baseUrl);
    const res = await client.signIn(username, PASSWORD);
    if (res.errors) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return client;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-findings-'));
    fs.mkdirSync(path.join(dir, 'documents'));
    fs.writeFileSync(path.join(dir, 'documents', 'operations.graphql'), [CLIENT_SIGN_IN, CHILDREN_BY_NAME, START_PLACEMENT, ME].join('\n'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(buildManifest([path.join(dir, 'documents')], dir)));
    server = await startServerProcess({
      // Deployed as README says: migrations as the owner, the API as its own least-privilege login.
      DATABASE_OWNER_URL: db.url,
      DATABASE_URL: db.apiUrl,
      NODE_ENV: mode,
      FP_SECURE_COOKIES: 'false',
      FP_PORTAL_OPERATION_MANIFEST: path.join(dir, 'manifest.json'),
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finding 1: a multipart body cut off mid-file gets a clean 400, and the process lives on', async () => {
    const child = await signedIn(world.users.ypA1.username);
    const cut = await truncatedUpload(server.baseUrl, child.cookie!);
    expect(cut.status).toBe(400);
    expect(JSON.parse(cut.body)).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/cut off|could not be read/) } });
    const worker = await signedIn(world.users.swA1.username);
    expect((await truncatedUpload(server.baseUrl, worker.cookie!, `?childId=${world.children.a1.id}`)).status).toBe(400);
    await abandonedUpload(server.baseUrl, child.cookie!);
    await new Promise((r) => setTimeout(r, 300));
    expect(await healthy(server)).toBe(true);
    // Nothing half-stored.
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM media`);
    expect(count).toBe(0);
    expect(server.output()).not.toMatch(/Unexpected end of form/);
  });

  it('finding 4: NUL bytes, lone surrogates and out-of-range numbers are BAD_USER_INPUT and change nothing', async () => {
    const anonymous = new ApiClient(server.baseUrl);
    const nulSignIn = await anonymous.signIn('sw.a1\u0000', PASSWORD);
    expect(errorCode(nulSignIn)).toBe('BAD_USER_INPUT');
    expect(nulSignIn.errors![0].extensions?.field).toBe('input.username');
    expect(errorCode(await anonymous.signIn('sw.a1', 'x\ud800y'))).toBe('BAD_USER_INPUT');
    const worker = await signedIn(world.users.swA1.username);
    expect(errorCode(await worker.gql(CHILDREN_BY_NAME, { name: 'Am\u0000' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await worker.gql(CHILDREN_BY_NAME, { name: '\udc00' }))).toBe('BAD_USER_INPUT');
    const placement = (weeklyCost: number, carerName = 'Carer') => ({
      input: { childId: world.children.a1.id, type: 'FOSTER_CARE', carerName, startDate: '2026-11-24', inArea: true, weeklyCost },
    });
    for (const weeklyCost of [1e-7, 1e300, -0.01, 123.456]) {
      const res = await worker.gql(START_PLACEMENT, placement(weeklyCost));
      expect({ weeklyCost, code: errorCode(res), field: res.errors?.[0]?.extensions?.field }).toEqual({ weeklyCost, code: 'BAD_USER_INPUT', field: 'weeklyCost' });
    }
    expect(errorCode(await worker.gql(START_PLACEMENT, placement(400, 'Carer\u0000')))).toBe('BAD_USER_INPUT');
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM placements WHERE child_id = $1`, [world.children.a1.id]);
    expect(count).toBe(0);
    // A right value still works: the refusals above are about the values, not the operation.
    expect((await worker.gql(START_PLACEMENT, placement(412.5))).errors).toBeUndefined();
    expect(server.output()).not.toMatch(/INTERNAL_SERVER_ERROR|unexpected error/);
  });

  it('finding 8: export parameters are validated (teamId[]=a is a 400 naming it, not the unfiltered export)', async () => {
    const head = await signedIn(world.users.hosA.username);
    const get = (query: string) => fetch(`${server.baseUrl}/exports/tracker.csv?${query}`, { headers: { cookie: head.cookie! } });
    const arrayParam = await get('teamId[]=a');
    expect(arrayParam.status).toBe(400);
    expect(await arrayParam.text()).toMatch(/"teamId\[\]" is not a parameter of this export/);
    const twice = await get(`teamId=${world.teamA1.id}&teamId=${world.teamA2.id}`);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toMatch(/teamId must be given once/);
    expect((await get('teamId=not-an-id')).status).toBe(400);
    expect((await fetch(`${server.baseUrl}/exports/quarterly-report.csv?from=2026-01-01&to=2026-03-31&team=x`, { headers: { cookie: head.cookie! } })).status).toBe(400);
    const ok = await get(`teamId=${world.teamA1.id}`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/Ahmed/);
  });
});

describe('production: the allow-list is checked before the schema (finding 7)', () => {
  let db: TestDatabase;
  let server: ServerProcess;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await buildWorld(db.dataSource);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-findings-'));
    fs.mkdirSync(path.join(dir, 'documents'));
    fs.writeFileSync(path.join(dir, 'documents', 'sign-in.graphql'), CLIENT_SIGN_IN);
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(buildManifest([path.join(dir, 'documents')], dir)));
    server = await startServerProcess({ DATABASE_OWNER_URL: db.url, DATABASE_URL: db.apiUrl, NODE_ENV: 'production', FP_SECURE_COOKIES: 'false', FP_PORTAL_OPERATION_MANIFEST: path.join(dir, 'manifest.json') });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await db?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a field that does not exist and one that does get the same answer: field names cannot be confirmed', async () => {
    const client = new ApiClient(server.baseUrl);
    const probes = ['{ me { passwordHash } }', '{ me { id } }', '{ nothingHere }', 'mutation { signIn(input: { username: "a", password: "b" }) { id secretField } }'];
    const answers = [];
    for (const query of probes) {
      const res = await client.raw({ query });
      answers.push({ status: res.status, body: await res.json() });
    }
    for (const answer of answers) {
      expect(answer).toEqual({ status: 400, body: { errors: [{ message: "This operation is not on the server's allow-list of known operations.", extensions: { code: 'OPERATION_NOT_ALLOWED' } }] } });
    }
    expect(JSON.stringify(answers)).not.toMatch(/Cannot query field/);
    // The listed operation still runs.
    expect((await client.signIn('sw.a1', PASSWORD)).errors).toBeUndefined();
  });
});

describe('production start-up on an empty database (finding 10) and the banner (finding 8)', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db?.drop();
  });

  const manifest = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-findings-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ version: 1, operations: {} }));
    return path.join(dir, 'manifest.json');
  };

  it('does not seed the demo council unless FP_SEED_ON_EMPTY=true', async () => {
    const server = await startServerProcess({ DATABASE_OWNER_URL: db.url, DATABASE_URL: db.apiUrl, NODE_ENV: 'production', FP_PORTAL_OPERATION_MANIFEST: manifest() });
    try {
      const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM councils`);
      expect(count).toBe(0);
      expect(server.output()).not.toMatch(/demo council|forever-demo-2026|Demo sign-ins/);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('with FP_SEED_ON_EMPTY=true it seeds, warns loudly, and the banner names no young person', async () => {
    const server = await startServerProcess({ DATABASE_OWNER_URL: db.url, DATABASE_URL: db.apiUrl, NODE_ENV: 'production', FP_SEED_ON_EMPTY: 'true', FP_PORTAL_OPERATION_MANIFEST: manifest() }, 180_000);
    try {
      const output = server.output();
      expect(output).toMatch(/WARNING: FP_SEED_ON_EMPTY=true in production\. Creating the demo council, whose accounts all share the published password/);
      expect(output).toMatch(/Demo sign-ins for staff/);
      expect(output).toMatch(/sam\.worker/);
      const youngPeople: { username: string }[] = await db.dataSource.query(
        `SELECT u.username FROM users u JOIN role_assignments r ON r.user_id = u.id WHERE r.role = 'YOUNG_PERSON'`,
      );
      expect(youngPeople.length).toBeGreaterThan(0);
      const banner = output.slice(output.indexOf('Forever Planning is running.'));
      expect(youngPeople.filter(({ username }) => new RegExp(`\\b${username}\\b`).test(banner))).toEqual([]);
      expect(banner).not.toMatch(/YOUNG_PERSON/);
    } finally {
      await server.stop();
    }
  }, 240_000);
});


describe('findings on authorization and disclosure (an in-process instance)', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let dataDir: string;
  const signedIn = async (username: string): Promise<ApiClient> => {
    const client = api.client();
    const res = await client.signIn(username, PASSWORD);
    if (res.errors) throw new Error(`${username}: ${JSON.stringify(res.errors)}`);
    return client;
  };
  const upload = async (client: ApiClient, childId?: string): Promise<string> => {
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 200 } } }).jpeg().toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)]), 'photo.jpg');
    const res = await fetch(`${api.baseUrl}/media${childId ? `?childId=${childId}` : ''}`, {
      method: 'POST', body: form, headers: { 'apollo-require-preflight': 'true', cookie: client.cookie! },
    });
    const body = (await res.json()) as { mediaId?: string };
    if (res.status !== 201 || !body.mediaId) throw new Error(`upload failed ${res.status} ${JSON.stringify(body)}`);
    return body.mediaId;
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-findings-media-'));
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { env: { FP_DATA_DIR: dataDir } });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("finding 2: a young person cannot attach (and so download) a professionals-only photo or a worker's unattached upload", async () => {
    const worker = await signedIn(world.users.swA1.username);
    const child = await signedIn(world.users.ypA1.username);
    const hiddenPhoto = await upload(worker, world.children.a1.id);
    await worker.ok(`mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }`, {
      input: { childId: world.children.a1.id, audience: 'PROFESSIONALS_ONLY', kind: 'PHOTO', title: 'Court photo', words: 'Kept for the file.', mediaId: hiddenPhoto },
    });
    const unattached = await upload(worker, world.children.a1.id);
    const addMine = (mediaId: string, clientKey: string) =>
      child.gql<{ addMyLifeStoryItem: { media: { downloadUrl: string } | null } }>(
        `mutation($input: AddMyLifeStoryItemInput!) { addMyLifeStoryItem(input: $input) { id media { downloadUrl } } }`,
        { input: { clientKey, kind: 'PHOTO', title: 'Mine now', words: 'I found it.', mediaId } },
      );
    const random = await addMine(randomUUID(), randomUUID());
    for (const [mediaId, key] of [[hiddenPhoto, randomUUID()], [unattached, randomUUID()]]) {
      const res = await addMine(mediaId, key);
      expect(errorCode(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toBe(random.errors![0].message);
    }
    const [{ count }] = await db.dataSource.query(`SELECT count(*)::int AS count FROM life_story_items WHERE added_by_child`);
    expect(count).toBe(0);
    // Their own upload still goes on their own item, and they can download it.
    const mine = await upload(child);
    const added = await addMine(mine, randomUUID());
    expect(added.errors).toBeUndefined();
    const download = await fetch(`${api.baseUrl}${added.data!.addMyLifeStoryItem.media!.downloadUrl}`, { headers: { cookie: child.cookie! } });
    expect(download.status).toBe(200);
  });

  it("finding 3: the administrator's audit search shows no child's values or young person's names; the head of service's does", async () => {
    const worker = await signedIn(world.users.swA1.username);
    const [{ version }] = await db.dataSource.query(`SELECT version FROM children WHERE id = $1`, [world.children.a1.id]);
    await worker.ok(`mutation($input: UpdateChildInput!) { updateChild(input: $input) { id } }`, { input: { id: world.children.a1.id, expectedVersion: version, preferredName: 'Mimi' } });
    await signedIn(world.users.ypA1.username);
    await api.client().signIn(world.users.ypA1.username, 'a wrong password');
    const SEARCH = `{ auditEvents(first: 100) { edges { node { action childId actorRole attemptedUsername valuesWithheld summary actor { displayName } changes { field before after } } } } }`;
    type Events = { auditEvents: { edges: { node: { action: string; childId: string | null; actorRole: string | null; attemptedUsername: string | null; valuesWithheld: boolean; summary: string; actor: { displayName: string } | null; changes: { field: string; before: string | null; after: string | null }[] } }[] } };
    const admin = await signedIn(world.users.adminA.username);
    const asAdmin = JSON.stringify(await admin.ok<Events>(SEARCH));
    for (const secret of ['Mimi', 'Amira', 'Ahmed', world.users.ypA1.username]) expect(asAdmin).not.toContain(secret);
    const adminEvents = (JSON.parse(asAdmin) as Events).auditEvents.edges.map((e) => e.node);
    const update = adminEvents.find((e) => e.action === 'UPDATE' && e.childId === world.children.a1.id)!;
    expect(update).toMatchObject({ valuesWithheld: true, changes: expect.arrayContaining([{ field: 'preferredName', before: null, after: null }]) });
    // In words too: the field, never the child's name or the value.
    expect(update.summary).toMatch(/ changed a child’s record: .*preferred name/);
    // The young person's own sign-in is listed, without their name.
    expect(adminEvents.some((e) => e.action === 'SIGN_IN' && e.actorRole === 'YOUNG_PERSON' && e.actor === null)).toBe(true);
    // The head of service sees the values and names.
    const head = await signedIn(world.users.hosA.username);
    const asHead = JSON.stringify(await head.ok<Events>(SEARCH));
    expect(asHead).toContain('Mimi');
    const headUpdate = (JSON.parse(asHead) as Events).auditEvents.edges.map((e) => e.node).find((e) => e.action === 'UPDATE' && e.childId === world.children.a1.id)!;
    expect(headUpdate.summary).toMatch(/ changed .*’s record: .*preferred name .* → “Mimi”/);
    expect(asHead).toContain(world.users.ypA1.username);
  });

  it('finding 5: an advocate gets NOT_FOUND for a referral closed on them, exactly as for a random id', async () => {
    const [closed] = await db.dataSource.query(
      `INSERT INTO advocacy_referrals (child_id, advocate_id, status, requested_by_id, requested_by_child, accepted_at, closed_at)
       VALUES ($1, $2, 'CLOSED', $3, false, '2026-01-01T10:00:00Z', '2026-02-01T10:00:00Z') RETURNING id`,
      [world.children.a2.id, world.users.advA.id, world.users.swA2.id],
    );
    const advocate = await signedIn(world.users.advA.username);
    const accept = (id: string) => advocate.gql(`mutation($id: ID!) { acceptAdvocacyReferral(referralId: $id) { id } }`, { id });
    const theirs = await accept(closed.id);
    const random = await accept(randomUUID());
    expect(errorCode(theirs)).toBe('NOT_FOUND');
    expect(theirs.errors).toEqual(random.errors);
  });

  it("finding 6: a worker cannot learn another council's usernames from createYoungPersonInvitation", async () => {
    const worker = await signedIn(world.users.swA2.username);
    const invite = (username: string) =>
      worker.gql(`mutation($input: CreateYoungPersonInvitationInput!) { createYoungPersonInvitation(input: $input) { code } }`, {
        input: { childId: world.children.a2.id, username },
      });
    const otherCouncil = await invite(world.users.swB.username);
    const ownCouncil = await invite(world.users.swA1.username);
    expect(errorCode(otherCouncil)).toBe('BAD_USER_INPUT');
    expect(otherCouncil.errors![0].message).toBe(ownCouncil.errors![0].message);
    expect(otherCouncil.errors![0].message).not.toMatch(/taken|council|exists|already/i);
  });
});

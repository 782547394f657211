import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import exifr from 'exifr';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, type World } from '../support/world';
import { readPdf } from '../support/pdf-text';
import { MediaEntity } from '../../packages/server/src/modules/media/media.entity';

const ADD_ITEM = `mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id version media { id kind thumbnailUrl displayUrl downloadUrl } } }`;
const ADD_MINE = `mutation($input: AddMyLifeStoryItemInput!) { addMyLifeStoryItem(input: $input) { id media { id downloadUrl } } }`;
const MY_STORY = `query { myLifeStory { items { id title media { id thumbnailUrl displayUrl downloadUrl } } } }`;
const CHILD_STORY = `query($id: ID!) { child(id: $id) { id lifeStory { id title media { id thumbnailUrl displayUrl downloadUrl } }
  lifeStoryReleaseSchedule { visibleToday { title } upcoming { on item { title } } notShared { title } } } }`;

/** A JPEG carrying GPS EXIF (as a phone photo does), rotated by its orientation tag. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Phone 9' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '53/1 34/1 4/1', GPSLongitudeRef: 'W', GPSLongitude: '2/1 25/1 44/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

describe('life story media and the book', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let dataDir: string;
  const signedIn = (username: string): Promise<ApiClient> => api.signedIn(username);
  const upload = (client: ApiClient | null, file: Buffer, name: string, query = '', headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    return fetch(`${api.baseUrl}/media${query}`, { method: 'POST', body: form, headers: { ...headers, ...(client?.cookie ? { cookie: client.cookie } : {}) } });
  };
  const get = (client: ApiClient | null, url: string) => fetch(`${api.baseUrl}${url}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const uploadOk = async (client: ApiClient, file: Buffer, name: string, childId?: string): Promise<string> => {
    const res = await upload(client, file, name, childId ? `?childId=${childId}` : '');
    const body = (await res.json()) as { mediaId?: string };
    if (res.status !== 201 || !body.mediaId) throw new Error(`upload failed ${res.status} ${JSON.stringify(body)}`);
    return body.mediaId;
  };

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-media-'));
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { env: { FP_DATA_DIR: dataDir, FP_MEDIA_MAX_BYTES: String(2 * 1024 * 1024) } });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('a worker uploads a phone photo: every stored size is upright and has no location or camera data', async () => {
    const photo = await phonePhoto();
    expect((await exifr.gps(photo))?.latitude).toBeCloseTo(53.568, 2);
    const worker = await signedIn('sw.a1');
    const mediaId = await uploadOk(worker, photo, 'IMG_0001.HEIC.jpg', world.children.a1.id);
    const media = await db.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: mediaId });
    expect(media).toMatchObject({ kind: 'PHOTO', detectedType: 'image/jpeg', contentType: 'image/jpeg', virusScan: 'NOT_SCANNED', childId: world.children.a1.id });
    expect(Object.keys(media.files).sort()).toEqual(['display', 'original', 'thumbnail']);
    // Turned upright: orientation 6 means the 2400×1200 picture is really 1200 wide.
    expect(media.files.display).toMatchObject({ width: 800, height: 1600 });
    expect(media.files.thumbnail).toMatchObject({ width: 160, height: 320 });
    for (const size of ['original', 'display', 'thumbnail'] as const) {
      const stored = fs.readFileSync(path.join(dataDir, 'media', ...media.files[size]!.key.split('/')));
      expect(await exifr.gps(stored).catch(() => undefined)).toBeUndefined();
      expect(await exifr.parse(stored, true).catch(() => undefined)).toBeUndefined();
      const meta = await sharp(stored).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
    const [audit] = await db.dataSource.query(`SELECT action, changes FROM audit_events WHERE record_type = 'Media' AND record_id = $1`, [mediaId]);
    expect(audit.action).toBe('CREATE');

    // Added to an item, it downloads through the server with safe headers.
    const added = await worker.ok<{ addLifeStoryItem: { media: { downloadUrl: string; displayUrl: string; thumbnailUrl: string } } }>(ADD_ITEM, {
      input: { childId: world.children.a1.id, kind: 'PHOTO', title: 'Our day at the seaside', occurredOn: '2022-07-01', audience: 'PROFESSIONALS_ONLY', mediaId },
    });
    const res = await get(worker, added.addLifeStoryItem.media.displayUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="IMG_0001.HEIC.jpg"$/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
  });

  it('PDFs are kept exactly as uploaded and downloaded as attachments', async () => {
    const worker = await signedIn('sw.a1');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    const mediaId = await uploadOk(worker, pdf, 'birth certificate.pdf', world.children.a1.id);
    const media = await db.dataSource.getRepository(MediaEntity).findOneByOrFail({ id: mediaId });
    expect(media).toMatchObject({ kind: 'DOCUMENT', contentType: 'application/pdf', fileName: 'birth certificate.pdf' });
    expect(fs.readFileSync(path.join(dataDir, 'media', ...media.files.original!.key.split('/'))).equals(pdf)).toBe(true);
    expect(media.files.display).toBeUndefined();
  });

  describe('refused uploads', () => {
    const refused = async (file: Buffer, name: string) => {
      const worker = await signedIn('sw.a1');
      const before = await db.dataSource.getRepository(MediaEntity).count();
      const res = await upload(worker, file, name, `?childId=${world.children.a1.id}`);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(await db.dataSource.getRepository(MediaEntity).count()).toBe(before);
      return { status: res.status, ...body.error };
    };

    it('an SVG with a script', async () => {
      const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
      expect(await refused(svg, 'drawing.svg')).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE', message: expect.stringContaining('JPEG, PNG, WebP or HEIC') });
    });

    it('an HTML file named .jpg', async () => {
      const html = Buffer.from('<!doctype html><html><body><script>fetch("/graphql")</script></body></html>');
      expect(await refused(html, 'holiday.jpg')).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE' });
    });

    it('a polyglot: a real JPEG that is also a web page', async () => {
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).jpeg().toBuffer();
      const polyglot = Buffer.concat([jpeg, Buffer.from('<html><script>alert(1)</script></html>')]);
      expect(await refused(polyglot, 'photo.jpg')).toMatchObject({ status: 415, message: expect.stringContaining('web page or script') });
    });

    it('a PDF with JavaScript in it', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n');
      expect(await refused(pdf, 'letter.pdf')).toMatchObject({ status: 415, message: expect.stringContaining('scripts') });
    });

    it('an executable and a zip', async () => {
      expect(await refused(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]), 'game.jpg')).toMatchObject({ status: 415 });
      expect(await refused(Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200, 0)]), 'photos.zip')).toMatchObject({ status: 415 });
    });

    it('an oversized file is stopped while it streams in, before it is all sent', async () => {
      const worker = await signedIn('sw.a1');
      const total = 12 * 1024 * 1024;
      const chunk = Buffer.alloc(64 * 1024, 0xab);
      const boundary = 'fpboundary';
      const url = new URL(`${api.baseUrl}/media?childId=${world.children.a1.id}`);
      const result = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
        let sent = 0;
        let answered = false;
        const req = http.request(
          { host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST',
            headers: { cookie: worker.cookie!, 'apollo-require-preflight': 'true', 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' } },
          (res) => {
            answered = true;
            resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
            res.resume();
            // Stop sending: the rest of the body would keep this request, and jest, alive.
            res.on('end', () => req.destroy());
          },
        );
        req.on('error', (e) => (answered ? undefined : reject(e)));
        req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end(`\r\n--${boundary}--\r\n`);
        };
        pump();
      });
      expect(result.status).toBe(413);
      expect(result.sentWhenAnswered).toBeLessThan(total);
    });

    it('a declared size over the limit is refused before reading anything', async () => {
      const worker = await signedIn('sw.a1');
      const res = await upload(worker, Buffer.alloc(3 * 1024 * 1024, 1), 'big.jpg', `?childId=${world.children.a1.id}`);
      expect(res.status).toBe(413);
    });

    it('without a session, without the CSRF header, or for a child out of reach', async () => {
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).jpeg().toBuffer();
      expect((await upload(null, jpeg, 'a.jpg', `?childId=${world.children.a1.id}`)).status).toBe(401);
      const worker = await signedIn('sw.a1');
      expect((await upload(worker, jpeg, 'a.jpg', `?childId=${world.children.a1.id}`, {})).status).toBe(400);
      expect((await upload(worker, jpeg, 'a.jpg', `?childId=${world.children.a2.id}`)).status).toBe(404);
      expect((await upload(worker, jpeg, 'a.jpg', `?childId=${world.children.b1.id}`)).status).toBe(404);
      const iro = await signedIn('iro.a');
      expect((await upload(iro, jpeg, 'a.jpg', `?childId=${world.children.a1.id}`)).status).toBe(403);
      const advocate = await signedIn('adv.a');
      // The advocate sees the child (their referral) but may not add to the life story.
      expect((await upload(advocate, jpeg, 'a.jpg', `?childId=${world.children.a1.id}`)).status).toBe(403);
      const child = await signedIn('yp.a1');
      expect((await upload(child, jpeg, 'a.jpg', `?childId=${world.children.a1sib.id}`)).status).toBe(404);
    });

    it("a file of another child cannot be put on this child's item: NOT_FOUND", async () => {
      const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).jpeg().toBuffer();
      const tm = await signedIn('tm.a1');
      const siblingsPhoto = await uploadOk(tm, jpeg, 'a.jpg', world.children.a1sib.id);
      const res = await tm.gql(ADD_ITEM, { input: { childId: world.children.a1.id, kind: 'PHOTO', title: 'Wrong child', audience: 'CHILD_NOW', mediaId: siblingsPhoto } });
      expect(errorCode(res)).toBe('NOT_FOUND');
      const child = await signedIn('yp.a1');
      const mine = await child.gql(ADD_MINE, { input: { kind: 'PHOTO', title: 'Not mine', words: 'x', clientKey: randomUUID(), mediaId: siblingsPhoto } });
      expect(errorCode(mine)).toBe('NOT_FOUND');
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM life_story_items WHERE title IN ('Wrong child', 'Not mine')`);
      expect(n).toBe(0);
    });
  });

  it('downloads: 404 and no bytes without access, expired links refused, a link only works for whom it was made', async () => {
    const worker = await signedIn('sw.a1');
    const mediaId = await uploadOk(worker, await phonePhoto(), 'p.jpg', world.children.a1.id);
    const added = await worker.ok<{ addLifeStoryItem: { media: { downloadUrl: string } } }>(ADD_ITEM, {
      input: { childId: world.children.a1.id, kind: 'PHOTO', title: 'Hidden history', audience: 'PROFESSIONALS_ONLY', mediaId },
    });
    const url = added.addLifeStoryItem.media.downloadUrl;
    expect((await get(worker, url)).status).toBe(200);
    // Another person with the same link, or a correctly signed link for them to a file they cannot reach.
    for (const username of ['sw.a2', 'sw.b', 'adv.a', 'admin.a', 'yp.a1', 'yp.a1sib']) {
      const other = await signedIn(username);
      const res = await get(other, url);
      expect([username, res.status]).toEqual([username, 404]);
      expect((await res.text()).includes('JFIF')).toBe(false);
      const own = api.services.media.links.url(mediaId, 'original', (await db.dataSource.query(`SELECT id FROM users WHERE username = $1`, [username]))[0].id);
      const res2 = await get(other, own);
      expect([username, res2.status]).toEqual([username, 404]);
      expect(res2.headers.get('content-type')).toMatch(/json/);
    }
    // Professionals who may read the child, with their own link.
    for (const username of ['tm.a1', 'iro.a', 'hos.a']) {
      const reader = await signedIn(username);
      const story = await reader.ok<{ child: { lifeStory: { title: string; media: { downloadUrl: string } | null }[] } }>(CHILD_STORY, { id: world.children.a1.id });
      const item = story.child.lifeStory.find((i) => i.title === 'Hidden history')!;
      expect((await get(reader, item.media!.downloadUrl)).status).toBe(200);
    }
    expect((await get(null, url)).status).toBe(401);
    const tampered = url.replace(/sig=./, (s) => (s.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await get(worker, tampered)).status).toBe(404);
    const now = api.clock.now();
    api.clock.set(new Date(now.getTime() + 6 * 60 * 1000));
    try {
      const res = await get(worker, url);
      expect(res.status).toBe(410);
      expect((await res.json()) as object).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
    } finally {
      api.clock.set(now);
    }
  });

  it('an item released on a date is invisible to the child the day before, visible on the day with its photo; the schedule shows it', async () => {
    let worker = await signedIn('sw.a1');
    let child: ApiClient;
    const mediaId = await uploadOk(worker, await phonePhoto(), 'birthday.jpg', world.children.a1.id);
    const added = await worker.ok<{ addLifeStoryItem: { media: { downloadUrl: string } } }>(ADD_ITEM, {
      input: { childId: world.children.a1.id, kind: 'PHOTO', title: 'Your first birthday', occurredOn: '2015-03-02', audience: 'CHILD_FROM_DATE', releaseOn: '2026-12-01', mediaId },
    });
    const start = api.clock.now();
    try {
      api.clock.set(new Date('2026-11-30T12:00:00Z'));
      [worker, child] = [await signedIn('sw.a1'), await signedIn('yp.a1')];
      const before = await child.ok<{ myLifeStory: { items: { title: string }[] } }>(MY_STORY);
      expect(before.myLifeStory.items.map((i) => i.title)).not.toContain('Your first birthday');
      const forChild = api.services.media.links.url(mediaId, 'display', world.users.ypA1.id);
      expect((await get(child, forChild)).status).toBe(404);
      const schedule = await worker.ok<{ child: { lifeStoryReleaseSchedule: { upcoming: { on: string; item: { title: string } }[] } } }>(CHILD_STORY, { id: world.children.a1.id });
      expect(schedule.child.lifeStoryReleaseSchedule.upcoming).toContainEqual({ on: '2026-12-01', item: { title: 'Your first birthday' } });

      // Just after midnight in England on the day: nobody acted.
      api.clock.set(new Date('2026-12-01T00:05:00Z'));
      [worker, child] = [await signedIn('sw.a1'), await signedIn('yp.a1')];
      const on = await child.ok<{ myLifeStory: { items: { title: string; media: { displayUrl: string; downloadUrl: string } | null }[] } }>(MY_STORY);
      const item = on.myLifeStory.items.find((i) => i.title === 'Your first birthday');
      expect(item?.media?.displayUrl).toMatch(/^\/media\//);
      const res = await get(child, item!.media!.displayUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      const after = await worker.ok<{ child: { lifeStoryReleaseSchedule: { visibleToday: { title: string }[] } } }>(CHILD_STORY, { id: world.children.a1.id });
      expect(after.child.lifeStoryReleaseSchedule.visibleToday.map((i) => i.title)).toContain('Your first birthday');
      expect(added.addLifeStoryItem.media.downloadUrl).toMatch(/expires=/);
    } finally {
      api.clock.set(start);
    }
  });

  it('the young person uploads a photo for their own item and sees it', async () => {
    const child = await signedIn('yp.a1');
    const jpeg = await sharp({ create: { width: 50, height: 40, channels: 3, background: '#0a0' } }).png().toBuffer();
    const mediaId = await uploadOk(child, jpeg, 'my drawing.png');
    const added = await child.ok<{ addMyLifeStoryItem: { media: { id: string; downloadUrl: string } } }>(ADD_MINE, {
      input: { kind: 'PHOTO', title: 'My drawing of home', words: 'This is my house.', clientKey: randomUUID(), mediaId },
    });
    expect(added.addMyLifeStoryItem.media.id).toBe(mediaId);
    const res = await get(child, added.addMyLifeStoryItem.media.downloadUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
  });

  it("the book: the child's edition holds only what the child sees today, the worker's everything, marked", async () => {
    // A fresh child so the pages are known exactly.
    const [child] = await db.dataSource.query(`SELECT id FROM children WHERE id = $1`, [world.children.a2.id]);
    const worker = await signedIn('sw.a2');
    const photoId = await uploadOk(worker, await phonePhoto(), 'cover.jpg', child.id);
    const add = (title: string, occurredOn: string, audience: string, extra: Record<string, unknown> = {}) =>
      worker.ok(ADD_ITEM, { input: { childId: child.id, kind: 'MEMORY', title, occurredOn, words: `About ${title}.`, audience, ...extra } });
    await add('Born in Leeds', '2011-11-30', 'CHILD_NOW', { kind: 'PHOTO', mediaId: photoId });
    await add('First school', '2016-09-05', 'CHILD_NOW');
    await add('Court decision', '2019-02-01', 'PROFESSIONALS_ONLY');
    await add('Letter from mum', '2020-06-01', 'CHILD_FROM_AGE', { releaseAge: 16 });

    const workerBook = await get(worker, `/life-story-book/${child.id}?edition=worker`);
    expect(workerBook.status).toBe(200);
    expect(workerBook.headers.get('content-type')).toBe('application/pdf');
    expect(workerBook.headers.get('content-disposition')).toMatch(/^attachment; filename="Bella life story \(worker edition\).pdf"$/);
    const w = readPdf(Buffer.from(await workerBook.arrayBuffer()));
    expect(w.pages).toBe(1 + 4);
    for (const t of ['Bella\'s life story', 'Born in Leeds', 'First school', 'Court decision', 'Letter from mum', 'Professionals only', 'Shared with the child from age 16', '2011', '2016']) {
      expect([t, w.text.includes(t)]).toEqual([t, true]);
    }

    const childBook = await get(worker, `/life-story-book/${child.id}?edition=child`);
    const c = readPdf(Buffer.from(await childBook.arrayBuffer()));
    expect(c.pages).toBe(1 + 2);
    expect(c.text).toContain('Born in Leeds');
    expect(c.text).toContain('First school');
    expect(c.text).not.toContain('Court decision');
    expect(c.text).not.toContain('Letter from mum');
    expect(c.text).not.toContain('Professionals only');

    const audit = await db.dataSource.query(`SELECT parts FROM audit_events WHERE record_type = 'LifeStoryBook' AND child_id = $1 ORDER BY occurred_at`, [child.id]);
    expect(audit.map((a: { parts: string[] }) => a.parts[0])).toEqual(['worker', 'child']);
  });

  it('the book: who may have which edition', async () => {
    const id = world.children.a1.id;
    const status = async (username: string | null, url: string) => (await get(username ? await signedIn(username) : null, url)).status;
    expect(await status('yp.a1', '/life-story-book/me')).toBe(200);
    expect(await status('yp.a1', `/life-story-book/${id}?edition=child`)).toBe(200);
    expect(await status('yp.a1', `/life-story-book/${id}?edition=worker`)).toBe(404);
    expect(await status('yp.a1sib', `/life-story-book/${id}?edition=child`)).toBe(404);
    for (const u of ['sw.a1', 'tm.a1', 'iro.a', 'hos.a']) expect([u, await status(u, `/life-story-book/${id}?edition=worker`)]).toEqual([u, 200]);
    for (const u of ['sw.a2', 'sw.b', 'adv.a', 'admin.a']) expect([u, await status(u, `/life-story-book/${id}?edition=child`)]).toEqual([u, 404]);
    expect(await status(null, `/life-story-book/${id}?edition=child`)).toBe(401);
    expect(await status('sw.a1', '/life-story-book/me')).toBe(404);
  });
});

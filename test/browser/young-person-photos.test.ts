import sharp from 'sharp';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { isoDateInLondon } from '../../packages/server/src/common/clock';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import type { ApiClient } from '../support/api';
import { usePortalHarness } from './support/harness';
import { checkYoungScreen } from './support/young-person-screens';

let dataSource: DataSource | undefined;
const harness = usePortalHarness({
  seed: (ds) => {
    dataSource = ds;
    return seedDemoCouncil(ds);
  },
});

const ADD_ITEM = 'mutation($input: AddLifeStoryItemInput!) { addLifeStoryItem(input: $input) { id } }';

async function apiAs(username: string): Promise<ApiClient> {
  const client = harness.api.client();
  const res = await client.signIn(username, DEMO_PASSWORD);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return client;
}

/** POST /media as a worker, with the session cookie and the CSRF-safe header. */
async function uploadAs(client: ApiClient, file: Buffer, name: string, childId: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${harness.api.baseUrl}/media?childId=${childId}`, {
    method: 'POST',
    body: form,
    headers: { 'apollo-require-preflight': 'true', cookie: client.cookie! },
  });
  const body = (await res.json()) as { mediaId?: string };
  if (res.status !== 201 || !body.mediaId) throw new Error(`upload failed ${res.status} ${JSON.stringify(body)}`);
  return body.mediaId;
}

const photo = (r: number, g: number, b: number, format: 'jpeg' | 'png' = 'jpeg') => {
  const img = sharp({ create: { width: 640, height: 480, channels: 3, background: { r, g, b } } });
  return (format === 'png' ? img.png() : img.jpeg()).toBuffer();
};

async function signInYoung(page: Page): Promise<void> {
  await page.goto('/young/sign-in');
  await page.getByLabel('Your username').fill('amira');
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
}

describe('young person portal: life story photos and the book (Chromium, demo council)', () => {
  it('a photo shared from today appears for Amira, one from tomorrow does not; she adds her own with a photo and gets her book', async () => {
    const rows = (await dataSource!.query(
      `SELECT ra.child_id FROM role_assignments ra JOIN users u ON u.id = ra.user_id WHERE u.username = 'amira' AND ra.child_id IS NOT NULL`,
    )) as { child_id: string }[];
    const childId = rows[0].child_id;
    const today = isoDateInLondon(harness.api.clock.now());
    const tomorrow = isoDateInLondon(new Date(harness.api.clock.now().getTime() + 24 * 60 * 60 * 1000));

    const sam = await apiAs('sam.worker');
    const shared = await uploadAs(sam, await photo(230, 150, 60), 'beach.jpg', childId);
    await sam.ok(ADD_ITEM, {
      input: { childId, kind: 'PHOTO', title: 'Our day at the beach', occurredOn: '2022-08-10', audience: 'CHILD_FROM_DATE', releaseOn: today, mediaId: shared },
    });
    const later = await uploadAs(sam, await photo(40, 90, 200), 'later.jpg', childId);
    await sam.ok(ADD_ITEM, {
      input: { childId, kind: 'PHOTO', title: 'A photo for later', occurredOn: '2023-01-05', audience: 'CHILD_FROM_DATE', releaseOn: tomorrow, mediaId: later },
    });

    const page = await harness.newPage();
    await signInYoung(page);
    await page.goto('/young/life-story');
    await page.getByRole('heading', { level: 1, name: 'My life story' }).waitFor();
    await page.getByRole('heading', { name: 'Our day at the beach' }).waitFor();
    const beach = page.getByRole('img', { name: 'Our day at the beach' });
    await beach.waitFor();
    // The thumbnail really loads (same origin, signed link), and opens the screen size.
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img[alt="Our day at the beach"]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const href = await page.getByRole('link', { name: 'Our day at the beach' }).getAttribute('href');
    expect(href).toMatch(/\/display\?/);
    expect(await page.getByText('A photo for later').count()).toBe(0);
    await checkYoungScreen(page, 'life-story-photos');

    // Her own memory, with a small PNG made here.
    await page.getByRole('button', { name: 'Add a memory' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a memory' }).waitFor();
    await page.getByLabel('Give it a name').fill('My new bike');
    await page.getByLabel('What do you remember?').fill('It is red and I rode it to the park.');
    await page.getByLabel('Add a photo').setInputFiles({ name: 'bike.png', mimeType: 'image/png', buffer: await photo(200, 30, 30, 'png') });
    await checkYoungScreen(page, 'add-memory-photo');
    await page.getByRole('button', { name: 'Add to my life story' }).click();
    await page.getByText('Your memory is in your life story now.').waitFor();
    await page.getByRole('img', { name: 'My new bike' }).waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img[alt="My new bike"]');
      return !!img && img.complete && img.naturalWidth > 0;
    });

    // The book: a PDF of her edition, fetched from the page with her session.
    const bookLink = page.getByRole('link', { name: /Get my life story book/ });
    expect(await bookLink.getAttribute('href')).toBe('/life-story-book/me');
    const book = await page.evaluate(async () => {
      const res = await fetch('/life-story-book/me', { credentials: 'same-origin' });
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { status: res.status, type: res.headers.get('content-type'), start: String.fromCharCode(...bytes.slice(0, 5)) };
    });
    expect(book).toEqual({ status: 200, type: expect.stringMatching(/^application\/pdf/), start: '%PDF-' });
  });

  it('a file the server refuses is explained in her words, and nothing is added', async () => {
    const page = await harness.newPage();
    // The browser logs the expected 415 answer as a console error: keep every other console error failing the test.
    page.removeAllListeners('console');
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 415/.test(m.text())) consoleErrors.push(m.text());
    });
    await signInYoung(page);
    await page.goto('/young/life-story/add');
    await page.getByRole('heading', { level: 1, name: 'Add a memory' }).waitFor();
    await page.getByLabel('Give it a name').fill('A drawing');
    await page.getByLabel('What do you remember?').fill('I drew my house.');
    // An HTML page named like a photo: the server decides by the bytes and refuses it (415).
    await page.getByLabel('Add a photo').setInputFiles({ name: 'drawing.png', mimeType: 'image/png', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await page.getByRole('button', { name: 'Add to my life story' }).click();
    await page.getByRole('link', { name: 'We can’t use that kind of file. Choose a photo or a PDF file.' }).waitFor();
    await checkYoungScreen(page, 'add-memory-refused');
    await page.goto('/young/life-story');
    await page.getByRole('heading', { level: 1, name: 'My life story' }).waitFor();
    expect(await page.getByText('A drawing').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

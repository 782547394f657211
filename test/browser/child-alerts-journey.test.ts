import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DESKTOP, usePortalHarness } from './support/harness';
import { notifyEnv, NotifyStandIn } from '../support/notify-stand-in';
import { expectNoSeriousAxeViolations } from './support/screens';

// GOV.UK Notify cannot be reached from here: a local server that speaks its API (and checks its JWT) stands in.
const notify = new NotifyStandIn();
beforeAll(() => notify.start());
afterAll(() => notify.stop());
const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds), queue: true, env: () => notifyEnv(notify) });
const SCREENSHOTS = path.resolve(__dirname, '..', '..', 'test-artifacts', 'screenshots');
/** The promise: a new alert on an already-open page within 15 seconds, without a reload. */
const LIVE_WITHIN_MS = 15_000;

/** axe (no serious or critical violation) and a full-page screenshot at the smallest phone and a laptop, with no sideways scrolling. */
async function checkAt320And1280(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [320, DESKTOP.width]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoSeriousAxeViolations(page);
    const overflow = await page.evaluate(() => {
      const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1);
      return { over, wide: wide.slice(0, 5).map((e) => `${e.tagName}.${e.className}`) };
    });
    if (overflow.over > 0) throw new Error(`${name} is ${overflow.over}px wider than a ${width}px screen: ${overflow.wide.join(', ')}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `alerts-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(DESKTOP);
}

async function signInYoung(page: Page, username: string): Promise<void> {
  await page.goto('/young/sign-in');
  await page.getByLabel('Your username').fill(username);
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
}

/** Marks the document, so a later check proves the page was never reloaded. */
async function markNoReload(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => ((window as unknown as { fpNoReload: boolean }).fpNoReload = true));
  return () => page.evaluate(() => (window as unknown as { fpNoReload?: boolean }).fpNoReload === true);
}

const messageCard = (page: Page | Locator, text: string | RegExp): Locator => page.getByTestId('child-message').filter({ hasText: text });

describe("a child's message reaches her worker's open page, live (Chromium, demo council)", () => {
  it('amira says she feels unsafe; sam sees it without reloading, acknowledges and closes it; amira sees it was seen', async () => {
    const sam = await harness.newPage();
    await harness.signIn(sam, 'sam.worker', DEMO_PASSWORD);
    await sam.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await sam.getByRole('navigation').getByRole('link', { name: 'Needs attention' }).waitFor();
    const notReloaded = await markNoReload(sam);

    const amira = await harness.newPage();
    await signInYoung(amira, 'amira');
    await amira.getByRole('link', { name: /I feel unsafe/ }).first().click();
    await amira.getByRole('heading', { level: 1, name: 'I feel unsafe' }).waitFor();
    await amira.getByLabel('Do you want to tell them anything?').fill('The man next door shouted at me and I am scared.');
    await amira.getByRole('button', { name: 'Tell them now' }).click();
    await amira.getByText('We have told your worker and their boss.').waitFor();
    await amira.getByText('Not seen yet.').waitFor();
    const sentAt = Date.now();

    // Within 60 seconds Notify is asked for a text and an email to Sam, his manager Tess and the duty contact,
    // and none of them carries her words.
    const people: { username: string; email: string; phone: string }[] = await harness.api.services.dataSource.query(
      `SELECT username, email, phone FROM users WHERE username IN ('sam.worker', 'tess.manager')`,
    );
    const [duty] = await harness.api.services.dataSource.query(
      `SELECT duty_contact_email AS email, duty_contact_mobile AS mobile FROM councils WHERE name LIKE 'Riverside%'`,
    );
    const addresses = [...people.flatMap((p) => [p.email, p.phone]), duty.email, duty.mobile];
    const told = await notify.waitFor((r) => addresses.includes(r.to), 6, 60_000);
    expect(told.map((r) => r.to).sort()).toEqual([...addresses].sort());
    for (const r of told) expect(JSON.stringify(r)).not.toMatch(/shouted|scared|next door/);

    // Sam's home page, open all along, shows the alert pinned above the caseload: her words, no reload.
    const pinned = sam.getByRole('region', { name: 'Unsafe alerts' });
    const alert = messageCard(pinned, 'The man next door shouted at me and I am scared.');
    await alert.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - sentAt).toBeLessThan(LIVE_WITHIN_MS);
    expect(await notReloaded()).toBe(true);
    await alert.getByRole('link', { name: /Amira/ }).waitFor();
    await alert.getByText('Not acknowledged').waitFor();
    // Pinned above the caseload's own table, whatever its sort.
    const pinnedBox = await pinned.boundingBox();
    const tableBox = await sam.getByRole('table').boundingBox();
    expect(pinnedBox!.y).toBeLessThan(tableBox!.y);
    await checkAt320And1280(sam, 'worker-home-unsafe');

    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await alert.getByText('Acknowledged, not closed').waitFor();
    await alert.getByText(/Sam Okoro, /).waitFor();
    // Amira's open page says who saw it and when (first name only), without her reloading.
    await amira.getByText(/^Sam has seen this at \d{1,2}:\d{2}(am|pm) on /).waitFor({ timeout: LIVE_WITHIN_MS });
    await checkAt320And1280(amira, 'child-unsafe-seen');

    // Closing needs what was done; then it leaves the pinned list and the child's page keeps the record.
    await alert.getByRole('button', { name: 'Close alert' }).click();
    await alert.getByText('Say what was done before closing the alert').waitFor();
    await alert.getByLabel('What was done').fill('Visited Amira at home with her carer; spoke to the neighbour; safety plan agreed.');
    await alert.getByRole('button', { name: 'Close alert' }).click();
    await pinned.waitFor({ state: 'detached' });
    await sam.getByRole('navigation').getByRole('link', { name: 'Needs attention' }).click();
    await sam.getByRole('heading', { level: 1, name: 'Needs attention' }).waitFor();
    await checkAt320And1280(sam, 'needs-attention');
    await sam.getByRole('link', { name: 'My caseload' }).first().click();
    await sam.getByRole('table').getByRole('link', { name: /Amira/ }).click();
    await sam.getByRole('heading', { level: 2, name: /Messages from Amira/ }).waitFor();
    const closed = messageCard(sam, 'The man next door shouted at me');
    await closed.getByText('Closed', { exact: true }).first().waitFor();
    await closed.getByText(/What was done: Visited Amira at home/).waitFor();
    await checkAt320And1280(sam, 'child-record-messages');

    const rows = await harness.api.services.dataSource.query(
      `SELECT m.acknowledged_at, m.closed_at, m.closing_note, u.username FROM child_messages m JOIN users u ON u.id = m.closed_by_id WHERE m.words LIKE 'The man next door%'`,
    );
    expect(rows).toEqual([expect.objectContaining({ username: 'sam.worker', closing_note: expect.stringContaining('safety plan agreed') })]);
    const audit = await harness.api.services.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events a JOIN child_messages m ON m.id = a.record_id WHERE a.action = 'UPDATE' AND m.words LIKE 'The man next door%'`,
    );
    expect(audit[0].n).toBe(2);
  });

  it("\"I'm not happy\" reaches sam's open home with amira's mood; sam replies; amira's home shows the reply", async () => {
    const sam = await harness.newPage();
    await harness.signIn(sam, 'sam.worker', DEMO_PASSWORD);
    await sam.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const notReloaded = await markNoReload(sam);

    const amira = await harness.newPage();
    await signInYoung(amira, 'amira');
    await amira.getByRole('link', { name: /I’m not happy/ }).first().click();
    await amira.getByRole('heading', { level: 1, name: 'I’m not happy' }).waitFor();
    await amira.getByRole('radio', { name: 'My worker' }).check();
    await amira.getByLabel('What is wrong?').fill('My contact with Layla was cancelled again.');
    await amira.getByRole('radio', { name: 'Very sad' }).check();
    await amira.getByRole('button', { name: 'Send my message' }).click();
    await amira.getByText('Your message has been sent.').waitFor();
    const sentAt = Date.now();

    const card = messageCard(sam, 'My contact with Layla was cancelled again.');
    await card.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - sentAt).toBeLessThan(LIVE_WITHIN_MS);
    expect(await notReloaded()).toBe(true);
    await card.getByText('Very sad').waitFor();
    await card.getByText('Unread').waitFor();
    await checkAt320And1280(sam, 'worker-home-not-happy');

    await card.getByRole('button', { name: 'Mark as read' }).click();
    await card.getByText('Read, no reply yet').waitFor();
    await card.getByLabel('Reply to the child').fill('I am sorry, Amira. I have booked contact with Layla for this Saturday.');
    await card.getByRole('button', { name: 'Send reply' }).click();
    await card.waitFor({ state: 'detached' });

    await amira.goto('/young/');
    await amira.getByRole('heading', { level: 2, name: 'Your messages' }).waitFor();
    const mine = amira.getByTestId('my-message').filter({ hasText: 'I have booked contact with Layla' });
    await mine.getByText('Reply from Sam').waitFor();
    await mine.getByText(/^Sam has seen this at /).waitFor();
    await mine.getByText('New reply').waitFor();
    // Her own words are not repeated on the home page of a possibly shared phone.
    expect(await amira.getByText('My contact with Layla was cancelled again.').count()).toBe(0);
    await checkAt320And1280(amira, 'child-home-reply');
  });

  it('without a live stream, the open page still shows a new alert within 15 seconds by polling', async () => {
    const sam = await harness.newPage();
    // A browser (or a proxy) without server-sent events: the page has no EventSource at all.
    await sam.addInitScript(() => Reflect.deleteProperty(window, 'EventSource'));
    let streams = 0;
    sam.on('request', (r) => (r.url().endsWith('/events') ? (streams += 1) : undefined));
    await harness.signIn(sam, 'sam.worker', DEMO_PASSWORD);
    await sam.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const notReloaded = await markNoReload(sam);
    const amira = harness.api.client();
    await amira.signIn('amira', DEMO_PASSWORD);
    await amira.ok(`mutation { reportFeelingUnsafe(input: { words: "Polling fallback check." }) { helpText } }`);
    const sentAt = Date.now();
    await messageCard(sam.getByRole('region', { name: 'Unsafe alerts' }), 'Polling fallback check.').waitFor({ timeout: LIVE_WITHIN_MS });
    expect(Date.now() - sentAt).toBeLessThan(LIVE_WITHIN_MS);
    expect(await notReloaded()).toBe(true);
    expect(streams).toBe(0);
  });

  it("Jordan's seeded message reaches his worker's home with his mood; every staff role that holds children has Needs attention", async () => {
    const omar = await harness.newPage();
    await harness.signIn(omar, 'omar.worker', DEMO_PASSWORD);
    await omar.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    const jordan = messageCard(omar, 'Nobody answered my message about staying here after 18.');
    await jordan.waitFor();
    await jordan.getByRole('link', { name: /Jordan/ }).waitFor();
    await jordan.getByText('Sad', { exact: true }).waitFor();
    // His view about staying after 18 shows how he felt too.
    await omar.getByRole('navigation').getByRole('link', { name: 'Views inbox' }).click();
    await omar
      .locator('section', { hasText: 'I want to know if I can stay here after I am 18.' })
      .getByText(/How they feel: Sad/)
      .waitFor();

    for (const [username, home] of [
      ['tess.manager', 'My team'],
      ['ira.iro', 'Children I review'],
      ['harriet.head', 'All children'],
    ] as const) {
      const page = await harness.newPage();
      await harness.signIn(page, username, DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: home }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: 'Needs attention' }).click();
      await page.getByRole('heading', { level: 1, name: 'Needs attention' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Children’s messages waiting for you' }).waitFor();
    }
  });
});

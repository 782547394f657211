import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DESKTOP, usePortalHarness } from './support/harness';
import { checkYoungScreen } from './support/young-person-screens';

// The built portal's quick-exit address, answered by a local page: nothing leaves the machine.
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>';
const PHONE = { width: 320, height: 640 };
/** Words in an address or a tab title that would tell someone reading the history what the child did. */
const TELLING = /unsafe|not-happy|not%20happy|returnTo|amira/i;

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });

async function signInYoung(page: Page): Promise<void> {
  await page.getByLabel('Your username').fill('amira');
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** What this tab's origin holds in every store the page can write, as one string to search. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const entries = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`);
    const databases = (await indexedDB.databases()).map((d) => `idb:${d.name}`);
    const cached = 'caches' in window ? (await caches.keys()).map((k) => `cache:${k}`) : [];
    return [...entries(localStorage), ...entries(sessionStorage), ...databases, ...cached].join('\n');
  });
}

/** The tab's back-button history, as Chromium keeps it: each entry's address and title. */
async function historyEntries(page: Page): Promise<{ url: string; title: string }[]> {
  const cdp = await page.context().newCDPSession(page);
  const { entries } = (await cdp.send('Page.getNavigationHistory')) as { entries: { url: string; title: string }[] };
  await cdp.detach();
  return entries.map(({ url, title }) => ({ url, title }));
}

/** The sticky exit bar's bottom edge, and the focused element's box. */
async function focusedAgainstBar(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.yp-exit')!.getBoundingClientRect();
    const el = document.activeElement as HTMLElement | null;
    const box = el?.getBoundingClientRect();
    return { barBottom: bar.bottom, inBar: !!el?.closest('.yp-exit'), top: box?.top ?? 0, bottom: box?.bottom ?? 0, name: (el?.textContent ?? el?.tagName ?? '').trim().slice(0, 40) };
  });
}

describe('a shared phone keeps none of Amira’s secrets (Chromium, demo council)', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`at ${viewport.width}px: a draft is kept on the server only; quick exit leaves no words, name or telling address; signing in brings the draft back`, async () => {
      const page = await harness.newPage();
      await page.setViewportSize(viewport);
      await page.context().route(EXIT_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }));
      await page.goto('/young/sign-in');
      await signInYoung(page);
      await page.getByRole('heading', { level: 1, name: 'Hello Amira' }).waitFor();
      // Her name is on the page, not in the tab (nor so in the history list).
      expect(await page.title()).toBe('Home – Forever Planning');

      await page.getByRole('link', { name: /I’m not happy/ }).click();
      await page.getByRole('heading', { level: 1, name: 'I’m not happy' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/young/message');
      expect(await page.title()).toBe('Messages – Forever Planning');
      const secret = `Nobody listens to me at home ${viewport.width}`;
      await page.getByRole('group', { name: 'Who do you want to tell?' }).getByLabel('My worker').check();
      const saved = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SaveMyDraft') && (r.request().postData() ?? '').includes(secret));
      await page.getByLabel('What is wrong?').fill(secret);
      expect((await (await saved).json()).errors).toBeUndefined();
      // Kept on the server, never on the device.
      expect(await everythingStored(page)).not.toContain('Nobody listens');
      await checkYoungScreen(page, `message-draft-${viewport.width}`);
      await page.setViewportSize(viewport);

      // The help page too, then out. Something a browser feature might have left is planted in every store first.
      await page.getByRole('link', { name: 'I feel unsafe' }).first().click();
      await page.getByRole('link', { name: 'Call 999' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/young/help');
      expect(await page.title()).toBe('Help – Forever Planning');
      await page.evaluate(async (words) => {
        localStorage.setItem('left-behind', words);
        sessionStorage.setItem('left-behind', `Amira: ${words}`);
        await new Promise<void>((resolve) => {
          const open = indexedDB.open('left-behind-amira');
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        });
      }, secret);
      expect(await everythingStored(page)).toContain(secret);
      await page.getByRole('button', { name: /Leave this site quickly/ }).click();
      await page.waitForURL(EXIT_URL);
      await page.getByRole('heading', { name: 'Weather' }).waitFor();

      // Back: the last page of the portal comes back signed out, at a neutral address and title.
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
      expect(page.url()).not.toMatch(TELLING);
      expect(new URL(page.url()).pathname).toBe('/young/sign-in');
      expect(await page.title()).not.toMatch(TELLING);
      const stored = await everythingStored(page);
      expect(stored).not.toContain('Nobody listens');
      expect(stored).not.toMatch(/amira/i);
      expect(await page.evaluate(() => document.title)).not.toMatch(/amira|nobody listens/i);
      expect(await page.getByText(secret).count()).toBe(0);
      const history = await historyEntries(page);
      expect(history.length).toBeGreaterThan(2);
      for (const entry of history) {
        expect(entry.url).not.toMatch(TELLING);
        expect(entry.title).not.toMatch(TELLING);
      }

      // Signing in again takes her back to her message, and the draft comes back from the server.
      await signInYoung(page);
      await page.getByRole('heading', { level: 1, name: 'I’m not happy' }).waitFor();
      await expectValue(page, 'What is wrong?', secret);
      expect(await page.getByRole('group', { name: 'Who do you want to tell?' }).getByLabel('My worker').isChecked()).toBe(true);
      expect(await everythingStored(page)).not.toContain('Nobody listens');
      // Sending it throws the draft away.
      await page.getByRole('button', { name: 'Send my message' }).click();
      await page.getByText('Your message has been sent.').waitFor();
      const amira = harness.api.client();
      await amira.signIn('amira', DEMO_PASSWORD);
      const { myDraft } = await amira.ok<{ myDraft: unknown }>('{ myDraft(input: { name: "not-happy" }) { id } }');
      expect(myDraft).toBeNull();
    });
  }

  it('signing out clears the device too, and leaves no address that says where she was', async () => {
    const page = await harness.newPage();
    await page.goto('/young/sign-in');
    await signInYoung(page);
    await page.getByRole('heading', { level: 1, name: 'Hello Amira' }).waitFor();
    await page.goto('/young/message');
    await page.getByRole('heading', { level: 1, name: 'I’m not happy' }).waitFor();
    await page.evaluate(() => sessionStorage.setItem('left-behind', 'Amira was here'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(page.url()).not.toMatch(TELLING);
    expect(await everythingStored(page)).toBe('');
    // Old addresses still work, and become the neutral ones.
    await page.goto('/young/unsafe');
    await page.getByRole('link', { name: 'Call 999' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/young/help');
  });

  for (const viewport of [PHONE, DESKTOP]) {
    it(`at ${viewport.width}px: nothing focused hides under the exit bar, tabbing through and back to Sign out; Call 999 stays clear after "Tell them now"`, async () => {
      const page = await harness.newPage();
      await page.setViewportSize({ ...viewport, height: 640 });
      await page.goto('/young/sign-in');
      await signInYoung(page);
      await page.getByRole('heading', { level: 1, name: 'Hello Amira' }).waitFor();
      await page.goto('/young/tips');
      await page.getByRole('heading', { level: 1, name: 'Keeping this private' }).waitFor();
      // The tips page shows before the session check answers (anyone may read it): wait until she is seen as signed in.
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('link', { name: 'I feel unsafe' }).last().focus();
      const seen: string[] = [];
      // Back up the page one Shift+Tab at a time, to Sign out: every element in view, below the bar.
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Shift+Tab');
        const f = await focusedAgainstBar(page);
        seen.push(f.name);
        if (!f.inBar) expect({ focused: f.name, underTheBar: f.top < f.barBottom - 0.5 }).toEqual({ focused: f.name, underTheBar: false });
        if (f.name === 'Sign out') break;
      }
      expect(seen).toContain('Sign out');
      // And forward again from Sign out, down to the bottom of the page.
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const f = await focusedAgainstBar(page);
        if (!f.inBar) expect({ focused: f.name, underTheBar: f.top < f.barBottom - 0.5 }).toEqual({ focused: f.name, underTheBar: false });
        if (f.name === 'I feel unsafe') break;
      }

      await page.getByRole('link', { name: 'I feel unsafe' }).last().click();
      await page.getByRole('button', { name: 'Tell them now' }).click();
      await page.getByText('We have told your worker and their boss.').waitFor();
      await page.waitForTimeout(300);
      const call = await page.getByRole('link', { name: 'Call 999' }).boundingBox();
      const barBottom = await page.evaluate(() => document.querySelector('.yp-exit')!.getBoundingClientRect().bottom);
      expect(call!.y).toBeGreaterThanOrEqual(barBottom);
      await checkYoungScreen(page, `unsafe-told-${viewport.width}`);
    });
  }

  it('Keeping this private is linked from home and the exit bar; the advocate page shows her advocate without offering another', async () => {
    const page = await harness.newPage();
    await page.goto('/young/sign-in');
    await signInYoung(page);
    await page.getByRole('heading', { level: 1, name: 'Hello Amira' }).waitFor();
    await page.locator('.yp-tiles').getByRole('link', { name: /Keeping this private/ }).waitFor();
    await page.locator('.yp-exit').getByRole('link', { name: 'Keeping this private' }).click();
    await page.getByRole('heading', { level: 1, name: 'Keeping this private' }).waitFor();
    await page.getByRole('heading', { name: 'Use a private window' }).waitFor();
    expect(await page.title()).toBe('Tips – Forever Planning');
    await checkYoungScreen(page, 'keeping-private');

    await page.goto('/young/advocate');
    await page.getByRole('heading', { level: 1, name: 'My advocate' }).waitFor();
    await page.getByText('You have an advocate already.').waitFor();
    expect(await page.getByRole('button', { name: 'Ask for an advocate' }).count()).toBe(0);
    await checkYoungScreen(page, 'advocate-have-one');

    // Her plan: people who help with phone numbers; the back-up plan last and folded away.
    await page.goto('/young/plan');
    await page.getByRole('heading', { name: 'People who help me' }).waitFor();
    expect(await page.getByRole('link', { name: /^07700 900\d{3}$/ }).count()).toBeGreaterThan(0);
    await checkYoungScreen(page, 'plan-phones');
    // The read-aloud sign sits beside its words, not over them.
    const overlap = await page.evaluate(() => {
      const button = document.querySelector('.fp-read-aloud')!;
      const text = document.createRange();
      text.selectNodeContents(button.lastChild!);
      const words = text.getBoundingClientRect();
      const sign = getComputedStyle(button, '::before');
      const left = button.getBoundingClientRect().left + parseFloat(getComputedStyle(button).paddingLeft);
      return { position: sign.position, signEnd: left + parseFloat(sign.width), wordsStart: words.left };
    });
    expect(overlap.position).toBe('static');
    expect(overlap.signEnd).toBeLessThanOrEqual(overlap.wordsStart);
  });
});

async function expectValue(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label);
  await box.waitFor();
  await page.waitForFunction(([l, v]) => {
    const el = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === l);
    const field = el ? (document.getElementById(el.htmlFor) as HTMLTextAreaElement | null) : null;
    return field?.value === v;
  }, [label, value] as const);
}

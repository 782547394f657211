import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import cy from '../../packages/young-person-portal/src/locales/cy.json';
import ar from '../../packages/young-person-portal/src/locales/ar.json';
import ps from '../../packages/young-person-portal/src/locales/ps.json';
import en from '../../packages/young-person-portal/src/locales/en.json';
import { usePortalHarness } from './support/harness';
import { expectNoSeriousAxeViolations } from './support/screens';

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });
type Catalogue = typeof en;

/** Every page of Amira's portal and the heading it opens with. */
const PAGES: [string, (c: Catalogue) => string][] = [
  ['/', (c) => c.home.title],
  ['/plan', (c) => c.pages.plan],
  ['/have-my-say', (c) => c.pages.haveMySay],
  ['/have-my-say/write', (c) => c.write.title],
  ['/life-story', (c) => c.pages.lifeStory],
  ['/life-story/add', (c) => c.lifeStory.addTitle],
  ['/brothers-and-sisters', (c) => c.pages.family],
  ['/who-looked', (c) => c.pages.whoLooked],
  ['/advocate', (c) => c.advocate.myTitle],
  ['/message', (c) => c.pages.notHappy],
  ['/help', (c) => c.pages.unsafe],
  ['/tips', (c) => c.pages.private],
];

/** At 320 px: the language on the document, no message missing from its catalogue, no sideways scroll, nothing serious for axe. */
async function checkPage(page: Page, path: string, code: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const state = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    missing: (window as unknown as { fpMissingMessages?: string[] }).fpMissingMessages ?? null,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  expect({ path, ...state }).toEqual({ path, lang: code, dir, missing: [], overflow: 0 });
  await expectNoSeriousAxeViolations(page);
}

async function chooseLanguage(page: Page, from: Catalogue, ownName: string): Promise<void> {
  await page.getByLabel(from.site.language, { exact: false }).selectOption({ label: ownName });
  await page.getByRole('button', { name: from.site.changeLanguage }).click();
}

describe('the young-person portal in Welsh, Arabic and Pashto (Chromium, 320 px)', () => {
  it('the council switches languages on; Amira reads every page in each, right to left where the language is', async () => {
    // The administrator switches on three unchecked drafts.
    const admin = await harness.newPage();
    await harness.signIn(admin, 'adam.admin', DEMO_PASSWORD);
    await admin.getByRole('link', { name: 'Young people’s languages' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Young people’s languages' }).waitFor();
    for (const name of [/^Welsh/, /^Arabic/, /^Pashto/]) await admin.getByLabel(name).check();
    await expectNoSeriousAxeViolations(admin);
    await admin.getByRole('button', { name: 'Save languages' }).click();
    await admin.getByText('The young people’s languages are saved.').waitFor();

    const page = await harness.newPage();
    await page.goto('/young/sign-in');
    await page.getByLabel('Your username').fill('amira');
    await page.getByLabel('Your password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

    let current: Catalogue = en;
    for (const [code, catalogue, ownName, dir] of [
      ['cy', cy, 'Cymraeg', 'ltr'],
      ['ar', ar, 'العربية', 'rtl'],
      ['ps', ps, 'پښتو', 'rtl'],
    ] as const) {
      await chooseLanguage(page, current, ownName);
      current = catalogue;
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${current.home.title}`) }).waitFor();
      for (const [path, heading] of PAGES) {
        await page.goto(`/young${path}`);
        await page.getByRole('heading', { level: 1, name: path === '/' ? new RegExp(`^${heading(current)}`) : heading(current) }).waitFor();
        await checkPage(page, path, code, dir);
      }
      // The "I feel unsafe" page: 999 and Childline in the child's language, Childline's interpreters named, and the same in English.
      await page.goto('/young/help');
      await page.getByRole('link', { name: current.unsafe.call999 }).waitFor();
      await page.getByRole('link', { name: current.unsafe.callChildline }).waitFor();
      await page.getByText(current.unsafe.interpreter).waitFor();
      await page.getByText(en.unsafe.englishWords).waitFor();
    }

    // Her choice is kept on the server: a new browser (another phone) opens in Pashto.
    const other = await harness.newPage();
    await other.goto('/young/sign-in');
    await other.getByLabel('Your username').fill('amira');
    await other.getByLabel('Your password').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('heading', { level: 1, name: new RegExp(`^${ps.home.title}`) }).waitFor();
    expect(await other.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ps', 'rtl']);
    // "Read it to me" says plainly when the browser has no Pashto voice (this Chromium has none).
    const hasPashtoVoice = await other.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.startsWith('ps')));
    if (!hasPashtoVoice) {
      await other.getByRole('button', { name: ps.site.readToMe }).click();
      await other.getByRole('status').filter({ hasText: ps.site.noVoice }).waitFor();
    }
    // And she can always go back to English.
    await chooseLanguage(other, ps, 'English');
    await other.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    expect(await other.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-GB', 'ltr']);
  });
});

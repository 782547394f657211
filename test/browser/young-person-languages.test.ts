import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import cy from '../../packages/young-person-portal/src/locales/cy.json';
import ar from '../../packages/young-person-portal/src/locales/ar.json';
import ps from '../../packages/young-person-portal/src/locales/ps.json';
import en from '../../packages/young-person-portal/src/locales/en.json';
import { AFTER_EIGHTEEN_CHILD_WORDS } from '../../packages/shared/src/leaving-care';
import {
  CHILD_ROLE_ENGLISH,
  FAMILY_TIME_WORDS,
  FILE_PART_ENGLISH,
  MEETING_WORDS,
  PLAN_OPTION_WORDS,
  WHERE_I_LIVE_WORDS,
} from '../../packages/server/src/modules/young-person/child-words';
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

/**
 * Every English phrase the server once wrote for the child (and still writes in
 * its deprecated fields): none may show on a page read in another language.
 */
const SERVER_ENGLISH = [
  ...Object.values(WHERE_I_LIVE_WORDS),
  ...Object.values(PLAN_OPTION_WORDS),
  ...Object.values(MEETING_WORDS),
  ...Object.values(FAMILY_TIME_WORDS),
  ...Object.values(CHILD_ROLE_ENGLISH),
  ...Object.values(FILE_PART_ENGLISH),
  ...Object.values(AFTER_EIGHTEEN_CHILD_WORDS),
  ' looked at ',
  'the back-up plan is',
  'will get back to you',
].map((s) => s.toLowerCase());

/** The page's words, less what a worker or the child wrote (marked with its own lang, or data-written): that is in the language they wrote it in. */
function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('[lang], [data-written]').forEach((e) => e.remove());
    return main.innerText;
  });
}

/** At 320 px: the language on the document, no message missing from its catalogue, no English from the server, no sideways scroll, nothing serious for axe. */
async function checkPage(page: Page, path: string, code: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  const words = (await pageWords(page)).toLowerCase();
  expect({ path, english: SERVER_ENGLISH.filter((s) => words.includes(s)) }).toEqual({ path, english: [] });
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

async function signInAmira(page: Page, home: RegExp): Promise<void> {
  await page.goto('/young/sign-in');
  await page.getByLabel('Your username').fill('amira');
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: home }).waitFor();
}

/** Amira, reading in `from`, chooses a language and reads every page in it; the "I feel unsafe" page says 999, Childline and its interpreters. */
async function readEveryPage(from: Catalogue, code: string, catalogue: Catalogue, ownName: string, dir: 'ltr' | 'rtl'): Promise<Page> {
  const page = await harness.newPage();
  await signInAmira(page, new RegExp(`^${from.home.title}`));
  await chooseLanguage(page, from, ownName);
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${catalogue.home.title}`) }).waitFor();
  for (const [path, heading] of PAGES) {
    await page.goto(`/young${path}`);
    await page.getByRole('heading', { level: 1, name: path === '/' ? new RegExp(`^${heading(catalogue)}`) : heading(catalogue) }).waitFor();
    // What the server sent is on the page before its words are checked.
    await page.getByText(catalogue.site.loading).first().waitFor({ state: 'detached' });
    await checkPage(page, path, code, dir);
  }
  // The plan and family time come from the server as codes, said here from the catalogue.
  await page.goto('/young/plan');
  await page.getByText(catalogue.planOptions.LONG_TERM_FOSTERING, { exact: true }).waitFor();
  await page.getByText(catalogue.plan.backUpTitle).click();
  await page.getByText(catalogue.plan.backUpLine.replace('{plan}', catalogue.planOptions.SPECIAL_GUARDIANSHIP)).waitFor();
  await checkPage(page, '/plan (back-up plan open)', code, dir);
  await page.goto('/young/who-looked');
  await page.getByRole('listitem').filter({ hasText: catalogue.roleNames.YOUR_WORKER }).first().waitFor();
  await page.goto('/young/brothers-and-sisters');
  await page.getByText(new RegExp(`^(${catalogue.familyTime.DIRECT}|${catalogue.familyTime.INDIRECT}):`)).first().waitFor();
  await page.goto('/young/help');
  await page.getByRole('link', { name: catalogue.unsafe.call999 }).waitFor();
  await page.getByRole('link', { name: catalogue.unsafe.callChildline }).waitFor();
  await page.getByText(catalogue.unsafe.interpreter).waitFor();
  await page.getByText(en.unsafe.englishWords).waitFor();
  return page;
}

// One journey in three steps (each its own time budget); Amira's choice is kept on the server from one to the next.
describe('the young-person portal in Welsh, Arabic and Pashto (Chromium, 320 px)', () => {
  it('the council switches Welsh, Arabic and Pashto on; Amira reads every page in Welsh', async () => {
    const admin = await harness.newPage();
    await harness.signIn(admin, 'adam.admin', DEMO_PASSWORD);
    await admin.getByRole('link', { name: 'Young people’s languages' }).first().click();
    await admin.getByRole('heading', { level: 1, name: 'Young people’s languages' }).waitFor();
    for (const name of [/^Welsh/, /^Arabic/, /^Pashto/]) await admin.getByLabel(name).check();
    await expectNoSeriousAxeViolations(admin);
    await admin.getByRole('button', { name: 'Save languages' }).click();
    await admin.getByText('The young people’s languages are saved.').waitFor();
    // Amira's worker opens her record, so "who looked at my file" has a line to say in Welsh.
    const worker = await harness.newPage();
    await harness.signIn(worker, 'sam.worker', DEMO_PASSWORD);
    await worker.getByRole('link', { name: 'My caseload' }).first().click();
    await worker.getByRole('table').getByRole('link', { name: /Amira/ }).click();
    await worker.getByRole('heading', { level: 1, name: /Amira/ }).waitFor();
    await readEveryPage(en, 'cy', cy, 'Cymraeg', 'ltr');
  });

  it('Amira reads every page in Arabic, right to left', async () => {
    await readEveryPage(cy, 'ar', ar, 'العربية', 'rtl');
  });

  it('in Pashto, right to left; her choice follows her to another phone; read it to me says when there is no Pashto voice; English is always there', async () => {
    await readEveryPage(ar, 'ps', ps, 'پښتو', 'rtl');
    const other = await harness.newPage();
    await signInAmira(other, new RegExp(`^${ps.home.title}`));
    expect(await other.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ps', 'rtl']);
    const hasPashtoVoice = await other.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.startsWith('ps')));
    if (!hasPashtoVoice) {
      await other.getByRole('button', { name: ps.site.readToMe }).click();
      await other.getByRole('status').filter({ hasText: ps.site.noVoice }).waitFor();
    }
    await chooseLanguage(other, ps, 'English');
    await other.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    expect(await other.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en-GB', 'ltr']);

    // Before signing in, a child can read the sign-in page in a language the council has on; once in, that is her choice on the server.
    const before = await harness.newPage();
    await before.goto('/young/sign-in');
    await chooseLanguage(before, en, 'العربية');
    await before.getByRole('heading', { level: 1, name: ar.signIn.title }).waitFor();
    await checkPage(before, '/sign-in', 'ar', 'rtl');
    await before.getByLabel(ar.signIn.username).fill('amira');
    await before.getByLabel(ar.signIn.password).fill(DEMO_PASSWORD);
    await before.getByRole('button', { name: ar.signIn.button }).click();
    await before.getByRole('heading', { level: 1, name: new RegExp(`^${ar.home.title}`) }).waitFor();
    await signInAmira(await harness.newPage(), new RegExp(`^${ar.home.title}`));
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../../support/api';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { buildWorld, PASSWORD, type World } from '../../support/world';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHROMIUM = process.env.FP_CHROMIUM ?? '/usr/bin/chromium';

function withoutFaketime(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'LD_PRELOAD' && !e[0].startsWith('FAKETIME')),
  );
}
const PORTALS = ['professional-portal', 'young-person-portal'];

export const DESKTOP = { width: 1280, height: 900 };

/** The browser logs failed requests as errors; a GraphQL error answer comes with HTTP 200, so only these are expected. */
const EXPECTED_CONSOLE_ERRORS: RegExp[] = [];

/** The API serves the built portals: stop early, with what to do, when they are not built. */
function assertPortalsBuilt(): void {
  const missing = PORTALS.filter((p) => !fs.existsSync(path.join(ROOT, 'packages', p, 'dist', 'index.html')));
  if (missing.length > 0) {
    throw new Error(
      `The browser tests need the built portals, but ${missing.map((p) => `packages/${p}/dist`).join(' and ')} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing. Run "npm run build" first (npm test does it for you).`,
    );
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Chromium at ${CHROMIUM}. Install it ("apt-get install -y --no-install-recommends chromium") or set FP_CHROMIUM.`);
  }
}

export interface PortalHarness {
  api: TestApi;
  world: World;
  /** A page in a fresh browser context: no cookies or storage from any other test. */
  newPage(): Promise<Page>;
  /** Opens the portal's sign-in page and signs in. */
  signIn(page: Page, username: string, password?: string): Promise<void>;
}

/**
 * One suite's world: a fresh migrated database with the fixtures, the real API
 * serving the built portals, and Debian's Chromium. Registers its own jest hooks;
 * every browser context a test opens is closed after that test.
 */
export function usePortalHarness(
  options: {
    seed?: (dataSource: DataSource) => Promise<unknown>;
    queue?: boolean;
    /** Settings for the API (for example a Notify stand-in's address), read when the harness starts. */
    env?: () => NodeJS.ProcessEnv;
    /** Other local servers the browser may reach (a test identity provider), read when each page opens. */
    allowedOrigins?: () => string[];
    /** Console errors a journey causes on purpose (a refused upload answers HTTP 400, which the browser logs). */
    expectedConsoleErrors?: RegExp[];
  } = {},
): PortalHarness {
  // A journey signs in, loads several screens and runs axe twice on each.
  // Generous: each step runs axe and takes screenshots at several widths, on a 2-core machine.
  jest.setTimeout(300_000);
  let db: TestDatabase | undefined;
  let api: TestApi | undefined;
  let world: World | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const thirdParty: string[] = [];
  // Script errors and console errors (a Content-Security-Policy violation is one) fail the test.
  const pageErrors: string[] = [];

  beforeAll(async () => {
    assertPortalsBuilt();
    db = await createTestDatabase();
    // The test world by default; a suite may seed something else instead (the demo council).
    if (options.seed) await options.seed(db.dataSource);
    else world = await buildWorld(db.dataSource);
    // The API's clock starts at the real time, so session expiry times make sense to the browser.
    // The API connects as its own least-privilege login, as main.ts does: every browser journey shows that is enough.
    api = await startTestApi(await db.apiDataSource(), { now: new Date(), queue: options.queue, env: options.env?.() });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // Chromium hangs under libfaketime (the clock-ahead run, test/run-clock-ahead.mjs): it keeps the real
      // clock while the API runs a year ahead, as a browser and a server may disagree about the time.
      env: withoutFaketime(process.env),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    const blocked = thirdParty.splice(0);
    if (blocked.length > 0) throw new Error(`The portal made third-party requests:\n${blocked.join('\n')}`);
    const errors = pageErrors.splice(0);
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await db?.drop();
  });

  const harness: PortalHarness = {
    get api() {
      if (!api) throw new Error('The harness has not started');
      return api;
    },
    get world() {
      if (!world) throw new Error('The harness has not started');
      return world;
    },
    async newPage() {
      if (!browser || !api) throw new Error('The harness has not started');
      const context = await browser.newContext({ baseURL: api.baseUrl, viewport: DESKTOP, locale: 'en-GB', timezoneId: 'Europe/London' });
      contexts.push(context);
      // Well inside jest's timeout, so a failing step names the element it waited for.
      context.setDefaultTimeout(15_000);
      // Nothing may leave the API's origin: block and report any third-party request.
      const origins = new Set([new URL(api.baseUrl).origin, ...(options.allowedOrigins?.() ?? [])]);
      await context.route(
        (url) => !origins.has(url.origin) && url.protocol !== 'data:' && url.protocol !== 'blob:',
        (route) => {
          thirdParty.push(route.request().url());
          return route.abort();
        },
      );
      const page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && ![...EXPECTED_CONSOLE_ERRORS, ...(options.expectedConsoleErrors ?? [])].some((re) => re.test(message.text()))) {
          pageErrors.push(`${page.url()}: console: ${message.text()}`);
        }
      });
      return page;
    },
    async signIn(page, username, password = PASSWORD) {
      await page.goto('/sign-in');
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    },
  };
  return harness;
}

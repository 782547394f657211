import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

async function signedIn(username: string, home: string | RegExp): Promise<Page> {
  const page = await harness.newPage();
  page.setDefaultTimeout(30_000);
  await harness.signIn(page, username, DEMO_PASSWORD);
  // The sign-in page has a heading too: wait until the portal has left it.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await h1(page, home);
  return page;
}

const driftTable = (page: Page) => page.getByRole('table', { name: /children? (with alerts|match)/ });

/** The option labels of a select, without the "any" choice. */
async function choices(page: Page, label: string): Promise<{ value: string; label: string }[]> {
  const options = await page.getByLabel(label, { exact: true }).locator('option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' })));
  return options.filter((o) => o.value !== '');
}

describe('the drift list and the audit trail in words (Chromium, demo council)', () => {
  it('a social worker finds the drift list in the menu and filters it by urgency and alert; the filters live in the URL', async () => {
    const page = await signedIn('sam.worker', 'My caseload');
    await checkScreen(page, 'drift-home-social-worker');
    await page.getByRole('navigation').getByRole('link', { name: 'Drift list' }).click();
    await h1(page, 'Drift list');
    const caption = await driftTable(page).locator('caption').textContent();
    expect(caption).toMatch(/^\d+ child(ren)? with alerts, of \d+ child(ren)?/);
    // A social worker holds only their own children: no team or worker to choose.
    expect(await page.getByLabel('Social worker', { exact: true }).count()).toBe(0);
    expect(await page.getByLabel('Team', { exact: true }).count()).toBe(0);

    await page.getByLabel('Urgency', { exact: true }).selectOption('HIGH');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/urgency=HIGH/);
    await driftTable(page).locator('caption', { hasText: /match these filters/ }).waitFor();
    const tags = await driftTable(page).locator('.govuk-tag').allTextContents();
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((t) => t.startsWith('High:'))).toBe(true);
    await checkScreen(page, 'drift-list-social-worker-high');

    // One alert type: its rows only, and a shared link opens the same list.
    const [alert] = await choices(page, 'Alert');
    await page.goto(`/drift-list?alert=${alert.value}`);
    await h1(page, 'Drift list');
    await driftTable(page).locator('caption', { hasText: /match these filters/ }).waitFor();
    expect(await page.getByLabel('Alert', { exact: true }).inputValue()).toBe(alert.value);
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL(/\/drift-list$/);
    await driftTable(page).locator('caption', { hasText: /with alerts/ }).waitFor();
  });

  it('a team manager filters the drift list by social worker and by the panel referral, with each criterion named', async () => {
    const page = await signedIn('tess.manager', 'My team');
    await checkScreen(page, 'drift-home-team-manager');
    await page.getByRole('navigation').getByRole('link', { name: 'Drift list' }).click();
    await h1(page, 'Drift list');
    await driftTable(page).waitFor();
    const workers = await choices(page, 'Social worker');
    expect(workers.length).toBeGreaterThan(1);
    const worker = workers[workers.length - 1];
    await page.getByLabel('Social worker', { exact: true }).selectOption(worker.value);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`worker=${worker.value}`));
    await driftTable(page).locator('caption', { hasText: /match these filters/ }).waitFor();
    const rows = await driftTable(page).getByRole('rowheader').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes(worker.label))).toBe(true);
    await checkScreen(page, 'drift-list-team-manager-worker');

    await page.goto('/drift-list?alert=PERMANENCE_PANEL_CRITERIA_MET');
    await h1(page, 'Drift list');
    const table = driftTable(page);
    await table.locator('caption', { hasText: /match these filters/ }).waitFor();
    // "Meets panel criterion b (more than three moves in 12 months)", not "Meets 1 panel criterion".
    const details = await table.locator('td p').allTextContents();
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d).toMatch(/^Meets panel criteri(on|a) [a-f] \(/);
    expect(await table.getByText(/^Criterion [a-f]: /).count()).toBeGreaterThan(0);
    await checkScreen(page, 'drift-list-team-manager-panel');
  });

  it('an IRO and a head of service have the drift list too; their homes fit a 320 px screen', async () => {
    for (const [username, home] of [
      ['ira.iro', 'Children I review'],
      ['harriet.head', 'All children'],
    ] as const) {
      const page = await signedIn(username, home);
      await checkScreen(page, `drift-home-${username}`);
      await page.getByRole('navigation').getByRole('link', { name: 'Drift list' }).click();
      await h1(page, 'Drift list');
      await driftTable(page).waitFor();
      if (username === 'harriet.head') {
        expect((await choices(page, 'Team')).length).toBeGreaterThan(1);
        await checkScreen(page, 'drift-list-head-of-service');
      }
      await page.getByRole('navigation').getByRole('link', { name: 'Needs attention' }).click();
      await h1(page, 'Needs attention');
    }
  });

  it("a team manager reads the audit trail in words; the caseload views are one line, opened on request", async () => {
    const [damian] = await harness.api.services.dataSource.query(`SELECT id FROM children WHERE legal_first_name = 'Damian'`);
    // Sam starts plan 2 for Damian and changes its primary option (through the API, as the plan page would).
    const sam = harness.api.client();
    await sam.signIn('sam.worker', DEMO_PASSWORD);
    const created = await sam.ok<{ createPlan: { id: string; version: number } }>(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id version } }`, { input: { childId: damian.id } });
    await sam.ok(`mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { id } }`, {
      input: { planId: created.createPlan.id, expectedVersion: created.createPlan.version, primaryOption: 'SPECIAL_GUARDIANSHIP' },
    });
    await sam.ok(`{ children(first: 25) { edges { node { id displayName } } } }`);

    const page = await signedIn('tess.manager', 'My team');
    await page.goto(`/children/${damian.id}/audit`);
    await h1(page, 'Audit trail');
    const trail = page.getByRole('table', { name: /Reads and changes of Damian/ });
    await trail.locator('td', { hasText: /^Sam Okoro changed Damian’s plan: primary option return home \(reunification\) → special guardianship order/ }).first().waitFor();
    const text = (await trail.textContent()) ?? '';
    expect(text).not.toMatch(/primaryOption|SPECIAL_GUARDIANSHIP|REUNIFICATION|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Caseload views are not in the record's trail, one line says how many.
    expect(text).not.toMatch(/ saw Damian in /);
    await page.getByText(/^Also seen in lists .* \d+ times?\./).waitFor();
    await checkScreen(page, 'audit-trail-in-words');
    await page.getByRole('link', { name: 'See when and by whom' }).click();
    await page.getByRole('heading', { level: 2, name: 'Seen in lists' }).waitFor();
    await page.getByRole('table', { name: /When Damian Carter was seen in a list/ }).locator('td', { hasText: /^Sam Okoro saw Damian in the list of children/ }).first().waitFor();
    await checkScreen(page, 'audit-trail-list-views');
  });

  it("a head of service searches the council's audit trail by what happened, dates and person; the administrator's names no child", async () => {
    // Sam signs in and opens Damian's record: events to find.
    const [damian] = await harness.api.services.dataSource.query(`SELECT id FROM children WHERE legal_first_name = 'Damian'`);
    const sam = harness.api.client();
    await sam.signIn('sam.worker', DEMO_PASSWORD);
    await sam.ok(`{ child(id: "${damian.id}") { id displayName } }`);

    const page = await signedIn('harriet.head', 'All children');
    await page.getByRole('navigation').getByRole('link', { name: 'Audit trail' }).click();
    await h1(page, 'Audit trail');
    await page.getByLabel('What happened', { exact: true }).selectOption({ label: 'Signed in' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/action=SIGN_IN/);
    const table = page.getByRole('table', { name: /events: signed in/ });
    await table.waitFor();
    const rows = await table.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => / signed in/.test(r))).toBe(true);
    await checkScreen(page, 'audit-search-head-of-service');

    // Only Sam's events: every line is about Sam.
    await table.getByRole('link', { name: /^Only Sam Okoro$/ }).first().click();
    await page.waitForURL(/person=/);
    await page.getByText('Showing what Sam Okoro did.').waitFor();
    await page.getByRole('link', { name: 'Show everyone' }).waitFor();
    // The search runs again: wait for its rows, then every one is Sam's.
    const samRows = page.getByRole('table', { name: /events/ }).locator('tbody tr td:nth-child(2)');
    await samRows.filter({ hasText: /^Sam Okoro / }).first().waitFor();
    let sams = await samRows.allTextContents();
    for (let tries = 0; tries < 30 && !sams.every((r) => r.startsWith('Sam Okoro ')); tries++) {
      await page.waitForTimeout(500);
      sams = await samRows.allTextContents();
    }
    expect(sams.length).toBeGreaterThan(0);
    expect(sams.filter((r) => !r.startsWith('Sam Okoro '))).toEqual([]);

    // A date range the wrong way round is refused with a message, and the search is unchanged.
    await page.locator('#from').fill('10');
    await page.locator('#from-month').fill('11');
    await page.locator('#from-year').fill('2026');
    await page.locator('#to').fill('1');
    await page.locator('#to-month').fill('11');
    await page.locator('#to-year').fill('2026');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('alert').getByText('The last date must be the same as or after the first date').waitFor();

    // The administrator's trail names no child: Sam looked at "a child's record".
    const admin = await signedIn('adam.admin', /./);
    await admin.goto('/audit?action=READ');
    await h1(admin, 'Audit trail');
    const adminRows = (await admin.getByRole('table', { name: /events/ }).locator('tbody').textContent()) ?? '';
    expect(adminRows).toMatch(/a child’s/);
    expect(adminRows).not.toMatch(/Damian/);
    await checkScreen(admin, 'audit-search-administrator');
  });
});

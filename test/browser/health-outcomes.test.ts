import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';

const harness = usePortalHarness();
const SHOTS = '/tmp/shots-ssda903';

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1024, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1024, height: 900 });
}

const question = (page: Page, name: string) => page.getByRole('group', { name });

describe('health outcomes (SSDA903 OC2)', () => {
  it('a social worker records a year’s health outcomes for a child looked after since January 2024', async () => {
    const a1 = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${a1}/record`);
    await page.getByRole('heading', { level: 2, name: 'Health outcomes' }).waitFor();
    await page.getByRole('link', { name: 'Record health outcomes for 1 April 2025 to 31 March 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Health outcomes, 1 April 2025 to 31 March 2026' }).waitFor();

    // A child of 12 that year: an SDQ and convictions are asked, development assessments are not.
    await page.getByLabel(/SDQ\) score/).waitFor();
    expect(await page.getByRole('group', { name: /development assessments/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Save health outcomes' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByRole('link', { name: 'Enter the SDQ score, or select why there is none' }).waitFor();
    await checkScreen(page, 'health-outcomes-errors');
    await shot(page, 'health-outcomes-errors');

    await page.getByLabel(/SDQ\) score/).fill('15');
    await question(page, 'Were the child’s immunisations up to date?').getByLabel('Yes').check();
    await question(page, 'Did the child have their teeth checked by a dentist during the year?').getByLabel('No').check();
    await question(page, 'Did the child have their annual health assessment?').getByLabel('Yes').check();
    await question(page, 'Was the child convicted of an offence during the year?').getByLabel('No').check();
    await question(page, 'Was the child identified as having a substance misuse problem during the year?').getByLabel('Yes').check();
    // The follow-up questions appear only when they apply.
    await question(page, 'Did the child receive an intervention for their substance misuse problem?').getByLabel('No').check();
    await question(page, 'Was the child offered an intervention?').getByLabel('Yes').check();
    await checkScreen(page, 'health-outcomes-filled');
    await expectFitsNarrowScreen(page);
    await shot(page, 'health-outcomes-filled');
    await page.getByRole('button', { name: 'Save health outcomes' }).click();

    await page.getByText('The health outcomes for 1 April 2025 to 31 March 2026 have been saved.').waitFor();
    await page
      .getByText('SDQ score 15, immunisations up to date, no dental check, health assessment, no convictions, substance misuse identified, intervention offered.')
      .waitFor();
    await page.getByRole('link', { name: 'Change health outcomes for 1 April 2025 to 31 March 2026' }).waitFor();
    await checkScreen(page, 'health-outcomes-on-record');
    await expectFitsNarrowScreen(page);
    await page.getByRole('heading', { level: 2, name: 'Health outcomes' }).scrollIntoViewIfNeeded();
    await shot(page, 'health-outcomes-on-record');
  });
});

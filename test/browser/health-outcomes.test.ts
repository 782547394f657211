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

const question = (page: Page, name: string | RegExp) => page.getByRole('group', { name });

async function fillDate(page: Page, name: string | RegExp, [day, month, year]: [string, string, string]): Promise<void> {
  const date = page.getByRole('group', { name });
  await date.getByLabel('Day').fill(day);
  await date.getByLabel('Month').fill(month);
  await date.getByLabel('Year').fill(year);
}

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

  it('a social worker records a period missing with its return interview, then that the child accepted it', async () => {
    const a1 = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${a1}/record`);
    await page.getByRole('heading', { level: 2, name: 'Missing or away from placement' }).waitFor();
    await page.getByText('No periods missing or away are recorded.').waitFor();
    await page.getByRole('button', { name: 'Record a period missing or away' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a period missing or away' }).waitFor();

    // A return interview before the child is back is refused, as the API refuses it.
    await question(page, 'Was the child missing or away?').getByLabel('Missing', { exact: true }).check();
    await fillDate(page, 'Date it started', ['3', '2', '2026']);
    await question(page, /Was the child offered a return interview\?/).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Record the period' }).click();
    await page.getByRole('link', { name: 'Enter the date the child came back before recording a return interview' }).waitFor();
    await checkScreen(page, 'missing-errors');
    await fillDate(page, /Date the child came back/, ['5', '2', '2026']);
    await page.getByRole('button', { name: 'Record the period' }).click();
    await page.getByText('The period missing has been recorded.').waitFor();
    await page.getByText('From 3 February 2026 to 5 February 2026. Return interview offered.').waitFor();

    // The child took up the interview: the worker changes the period.
    await page.getByRole('link', { name: 'Change missing from 3 February 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Period missing from 3 February 2026' }).waitFor();
    await question(page, /Did the child accept the return interview\?/).getByLabel('Yes').check();
    await checkScreen(page, 'missing-filled');
    await expectFitsNarrowScreen(page);
    await shot(page, 'missing-filled');
    await page.getByRole('button', { name: 'Save the period' }).click();
    await page.getByText('The period has been saved.').waitFor();
    await page.getByText('From 3 February 2026 to 5 February 2026. Return interview offered and accepted.').waitFor();
    await checkScreen(page, 'missing-on-record');
    await expectFitsNarrowScreen(page);
  });

  it('a social worker records a deprivation of liberty order, then that it ended', async () => {
    const a1 = harness.world.children.a1.id;
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${a1}/record`);
    await page.getByRole('heading', { level: 2, name: 'Deprivation of liberty' }).waitFor();
    await page.getByText('No deprivation of liberty order is recorded.').waitFor();
    await page.getByRole('button', { name: 'Record a deprivation of liberty order' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record a deprivation of liberty order' }).waitFor();

    // The child is 12: the Court of Protection is refused in the form, as the API refuses it.
    await question(page, 'Which court authorised it?').getByLabel(/Court of Protection/).check();
    await fillDate(page, 'Date the order started', ['3', '2', '2026']);
    await page.getByRole('button', { name: 'Record the order' }).click();
    await page.getByRole('link', { name: /The Court of Protection is only for a young person of 16 or over/ }).waitFor();
    await checkScreen(page, 'dolo-errors');
    await shot(page, 'dolo-errors');
    await question(page, 'Which court authorised it?').getByLabel(/High Court/).check();
    await page.getByRole('button', { name: 'Record the order' }).click();
    await page.getByText('The deprivation of liberty order has been recorded.').waitFor();
    await page.getByText('Since 3 February 2026: in force.').waitFor();

    // The order ends: the worker records the day.
    await page.getByRole('link', { name: 'End or change the order from 3 February 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deprivation of liberty order from 3 February 2026' }).waitFor();
    await fillDate(page, /Date the order ended/, ['3', '2', '2026']);
    await page.getByRole('button', { name: 'Save the order' }).click();
    await page.getByRole('link', { name: 'The date the order ended must be after the date it started' }).waitFor();
    await fillDate(page, /Date the order ended/, ['5', '8', '2026']);
    await checkScreen(page, 'dolo-filled');
    await expectFitsNarrowScreen(page);
    await shot(page, 'dolo-filled');
    await page.getByRole('button', { name: 'Save the order' }).click();
    await page.getByText('The deprivation of liberty order has been saved.').waitFor();
    await page.getByText('From 3 February 2026 to 5 August 2026.').waitFor();
    await checkScreen(page, 'dolo-on-record');
    await expectFitsNarrowScreen(page);
    await page.getByRole('heading', { level: 2, name: 'Deprivation of liberty' }).scrollIntoViewIfNeeded();
    await shot(page, 'dolo-on-record');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ssda903-import', '2025');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-import-browser-'));
// The refused upload below answers HTTP 400, which Chromium logs as an error.
const harness = usePortalHarness({ env: () => ({ FP_DATA_DIR: dataDir }), expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * #19: an administrator brings the council's children in from its SSDA903
 * return in the portal: chooses the year and the files, reads the check (what
 * would be created, and every problem with its file and line), then imports.
 */
describe('importing a return in the portal (Chromium)', () => {
  it('an administrator uploads a return, reads the check and imports it', async () => {
    const admin = await harness.newPage();
    await harness.signIn(admin, 'admin.a');
    await admin.getByRole('navigation').getByRole('link', { name: 'Import a return' }).click();
    await h1(admin, 'Import an SSDA903 return');
    await admin.getByText('No returns have been uploaded yet.').waitFor();

    // No files chosen: said, and linked to the field.
    await admin.getByRole('button', { name: 'Upload and check the files' }).click();
    await admin.getByRole('link', { name: 'Choose the return’s CSV files' }).waitFor();
    await checkScreen(admin, 'import-return-no-files');

    // A file that is not part of a return is refused with its name.
    await admin.getByLabel('Which year is the return for?').selectOption('2025');
    await admin.getByLabel('The return’s files').setInputFiles([path.join(FIXTURES, 'header.csv'), path.join(__dirname, '..', 'jest.config.js')]);
    await admin.getByRole('button', { name: 'Upload and check the files' }).click();
    await admin.getByRole('link', { name: /"jest\.config\.js" is not a file of an SSDA903 return/ }).waitFor();

    const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.csv')).map((f) => path.join(FIXTURES, f));
    await admin.getByLabel('The return’s files').setInputFiles(files);
    await admin.getByRole('button', { name: 'Upload and check the files' }).click();
    await h1(admin, 'Check the return before importing it');
    await admin.getByText('5 to be created').waitFor();
    // The counts the command's report gives, adopters (AD1) and deprivation of liberty orders among them.
    const summaryRow = (key: string) => admin.locator('.govuk-summary-list__row', { has: admin.locator('dt', { hasText: key }) }).locator('.govuk-summary-list__value');
    expect(await summaryRow('Adopters (AD1)').innerText()).toBe('1 new, 0 updated');
    expect(await summaryRow('Deprivation of liberty orders').innerText()).toBe('0 new, 0 updated');
    // Every table of the return is held now: the fixture's files raise no problem and no note.
    await admin.getByText('No problems were found in the files.').waitFor();
    await admin.getByText('Each child the import would change (5)').click();
    await admin.getByRole('table', { name: 'Children and their changes' }).getByRole('row', { name: /A001.*New child/ }).waitFor();
    await checkScreen(admin, 'import-return-checked');
    await expectFitsNarrowScreen(admin);
    // Nothing is imported yet.
    expect(Number((await harness.api.services.dataSource.query(`SELECT count(*) AS n FROM children WHERE local_id = 'A001'`))[0].n)).toBe(0);

    await admin.getByRole('button', { name: 'Import 5 children' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Return imported' }).waitFor({ timeout: 60_000 });
    await admin.getByText('5 new children, 0 updated').waitFor();
    await checkScreen(admin, 'import-return-imported');
    await expectFitsNarrowScreen(admin);
    expect(Number((await harness.api.services.dataSource.query(`SELECT count(*) AS n FROM children WHERE local_id = 'A001'`))[0].n)).toBe(1);

    // The list of imports shows it, with who did it.
    await admin.getByRole('link', { name: 'Back to imports' }).click();
    await h1(admin, 'Import an SSDA903 return');
    await admin.getByRole('row', { name: /1 April 2024 to 31 March 2025.*Imported/ }).waitFor();
    await expectFitsNarrowScreen(admin);
  });
});

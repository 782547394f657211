import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { ADOPTED } from '../../packages/server/src/seed/adoptions';
import { addDays, todayInEngland } from '../../packages/server/src/seed/dates';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { collectionYearOf } from '../../packages/server/src/ssda903/ssda903.record';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectNoSeriousAxeViolations } from './support/screens';

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/** A download fetched inside the page, so the session cookie goes with it. */
async function download(page: Page, path: string): Promise<{ status: number; type: string; text: string }> {
  return page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin' });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }, path);
}

async function headOfService(): Promise<Page> {
  const page = await harness.newPage();
  page.setDefaultTimeout(30_000);
  await harness.signIn(page, 'harriet.head', DEMO_PASSWORD);
  return page;
}

// One test per screen: axe on the whole demo council's tracker takes a while.
describe('tracker, reports and SSDA903 (Chromium, demo council)', () => {
  it('a head of service opens the tracker, sorts, groups and downloads it', async () => {
    const page = await headOfService();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tracker' }).click();
    await h1(page, 'Permanence tracker');
    const table = page.getByRole('table', { name: 'Children looked after' });
    await table.getByRole('link', { name: /Amira/ }).first().waitFor();
    expect(await table.getByRole('rowheader').count()).toBeGreaterThan(5);
    await page.getByRole('heading', { name: 'Children by placement type' }).waitFor();
    // Each chart is drawn (recharts SVG bars, no CSP error) and has its table alternative.
    expect(await page.locator('.fp-chart__drawing .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    expect(await page.locator('details caption', { hasText: 'Time to permanence' }).count()).toBe(1);
    // Children looked after over time: a drawn line, and the figures as a table.
    await page.getByRole('heading', { name: 'Children looked after at the end of each month' }).waitFor();
    expect(await page.locator('#chart-over-time-title').count()).toBe(1);
    expect(await page.locator('.fp-chart__drawing .recharts-line-curve').count()).toBe(1);
    expect(await page.locator('details caption', { hasText: 'Children looked after at the end of each month' }).count()).toBe(1);
    await checkScreen(page, 'tracker');
    // At 320 CSS pixels nothing makes the page scroll sideways.
    await page.setViewportSize({ width: 320, height: 900 });
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > 321 && !e.closest('.fp-table-scroll')).map((e) => `${e.tagName}.${e.className}`).slice(0, 5),
    );
    expect(tooWide).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The whole council does not fit on one page: the next page lists other children, and the chart figures cover all of them.
    const total = Number((await page.getByText(/^Showing 1 to \d+ of \d+\.$/).textContent())!.match(/of (\d+)/)![1]);
    expect(total).toBeGreaterThan(50);
    const firstPage = await table.getByRole('rowheader').allTextContents();
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByText(/^Showing 51 to /).waitFor();
    const secondPage = await table.getByRole('rowheader').allTextContents();
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
    await page.getByRole('link', { name: /Previous/ }).click();
    await page.getByText(/^Showing 1 to /).waitFor();

    // Sorting by weekly cost is done by the API and kept in the address.
    await table.getByRole('button', { name: 'Weekly cost' }).click();
    await page.waitForURL(/sort=weekly/);
    await page.getByLabel('Group totals by').selectOption('TEAM');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByRole('table', { name: 'Totals by group' }).waitFor();

    const href = await page.getByRole('link', { name: 'Download the tracker as CSV' }).getAttribute('href');
    const csv = await download(page, href!);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text).toContain('Amira');
    // Every child, not one page.
    expect(csv.text.trim().split('\r\n').length - 1).toBe(total);

    // A filtered export holds exactly the children the filtered screen counts.
    await page.getByLabel('Placement type', { exact: true }).selectOption('FOSTER_CARE');
    await page.getByLabel('In or out of area').selectOption('yes');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/placement=FOSTER_CARE/);
    const filtered = Number((await page.getByText(/^Showing 1 to \d+ of \d+\.$/).textContent())!.match(/of (\d+)/)![1]);
    const filteredHref = (await page.getByRole('link', { name: 'Download the tracker as CSV' }).getAttribute('href'))!;
    expect(filteredHref).toContain('placementType=FOSTER_CARE');
    expect(filteredHref).toContain('inArea=true');
    const filteredRows = (await download(page, filteredHref)).text.trim().split('\r\n').slice(1);
    expect(filteredRows.length).toBe(filtered);
    expect(filteredRows.every((row) => row.includes(',Foster care,Yes,'))).toBe(true);
    const xlsx = await download(page, (await page.getByRole('link', { name: /as a spreadsheet/ }).getAttribute('href'))!);
    expect(xlsx.type).toContain('spreadsheetml');
  });

  it('a head of service reads the quarterly report and annual indicators for a period', async () => {
    const page = await headOfService();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Reports' }).click();
    await h1(page, 'Reports');
    // A period that is not a date: the error summary, and nothing asked of the API.
    await page.getByLabel('Day').first().fill('31');
    await page.getByLabel('Month').first().fill('2');
    await page.getByRole('button', { name: 'Show the reports' }).click();
    await page.getByRole('link', { name: /Enter the start of the period as a real date/ }).waitFor();
    await checkScreen(page, 'reports-errors');
    await page.getByLabel('Day').first().fill('1');
    await page.getByLabel('Month').first().fill('4');
    await page.getByLabel('Year').first().fill('2025');
    await page.getByLabel('Day').nth(1).fill('30');
    await page.getByLabel('Month').nth(1).fill('6');
    await page.getByLabel('Year').nth(1).fill('2025');
    await page.getByRole('button', { name: 'Show the reports' }).click();
    await page.getByRole('heading', { name: 'Quarterly report: 1 April 2025 to 30 June 2025' }).waitFor();
    await page.getByRole('table', { name: 'Each child’s plan and progress' }).getByRole('rowheader').first().waitFor();
    await page.getByRole('table', { name: /^Indicators/ }).waitFor();
    await checkScreen(page, 'reports');
    const quarterly = await download(page, (await page.getByRole('link', { name: 'Download the quarterly report as CSV' }).getAttribute('href'))!);
    expect(quarterly.status).toBe(200);
    expect(quarterly.text).toContain('Looked after at the end of the period');
    // Step-ups into care are among the indicators; Annex A List 8 is ready for an inspection.
    await page.getByRole('table', { name: /^Indicators/ }).getByText('Stepped up into care: started to be looked after in the period').waitFor();
    const annexA = await download(page, (await page.getByRole('link', { name: 'Download Annex A List 8 (children in care) as CSV' }).getAttribute('href'))!);
    expect(annexA.status).toBe(200);
    const [header, ...children] = annexA.text.trim().split(/\r?\n/);
    expect(header).toMatch(/^Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child \(Years\),/);
    expect(children.length).toBeGreaterThan(20);
  });

  it('a head of service checks the latest SSDA903 return: no errors from the rules the product checks, and each file downloads', async () => {
    const page = await headOfService();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'SSDA903 return' }).click();
    await h1(page, 'SSDA903 return');
    await page.getByText(/^No errors found by the rules this product checks\. It does not check every DfE rule yet/).waitFor();
    expect(await page.getByText('ready to send').count()).toBe(0);
    const episodes = await download(page, (await page.getByRole('link', { name: 'episodes.csv', exact: true }).getAttribute('href'))!);
    expect(episodes.status).toBe(200);
    expect(episodes.text.split(/\r?\n/)[0]).toBe('CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN');
    await checkScreen(page, 'ssda903');

    // The year a demo child was adopted by new adopters: AD1 has their row, every item filled from the match in family finding.
    const year = collectionYearOf(addDays(todayInEngland(), -ADOPTED[1].adoptedDaysAgo));
    await page.getByLabel('Collection year', { exact: true }).selectOption(String(year));
    await page.getByRole('button', { name: 'Check the return' }).click();
    await page.getByRole('heading', { name: `1 April ${year - 1} to 31 March ${year}` }).waitFor();
    await page.getByText(/^No errors found by the rules this product checks\./).waitFor();
    const ad1 = await download(page, (await page.getByRole('link', { name: 'ad1.csv' }).getAttribute('href'))!);
    const [columns, ...rows] = ad1.text.trim().split(/\r?\n/);
    expect(columns).toBe('CHILD,DOB,DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR');
    expect(rows).toHaveLength(1);
    expect(rows[0].split(',').every((v) => v !== '')).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await checkScreen(page, 'ssda903-adoption-year');
  });

  it('a social worker has the tracker but not the reports or the return', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'sam.worker', DEMO_PASSWORD);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tracker' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Reports' }).count()).toBe(0);
    await page.goto('/ssda903');
    await h1(page, 'You cannot see this page');
  });
});

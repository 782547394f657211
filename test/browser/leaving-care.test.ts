import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';
import { checkYoungScreen } from './support/young-person-screens';

const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds) });

async function fillDate(page: Page, group: string, [day, month, year]: string[]) {
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByLabel('Day').fill(day);
  await fieldset.getByLabel('Month').fill(month);
  await fieldset.getByLabel('Year').fill(year);
}

/** Yesterday by the server's clock (after Jordan's 16th birthday, 45 days ago), as day, month and year boxes. */
const yesterdayParts = () => {
  const d = new Date(harness.api.clock.now().getTime() - 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
};

describe('leaving care: a 16-year-old’s pathway plan and his "When I’m 18" page', () => {
  it('Omar records Jordan’s pathway plan with Staying Put; Jordan reads what happens at 18 in his words', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'omar.worker', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.getByRole('link', { name: /Jordan Campbell/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /Jordan Campbell/ }).waitFor();
    // 16: the first pathway plan is due three months after his birthday.
    await page.getByRole('link', { name: 'Leaving care' }).click();
    await page.getByRole('heading', { level: 2, name: 'Leaving care' }).waitFor();
    await page.getByText(/The first pathway plan: due by/).waitFor();
    await page.getByRole('link', { name: 'Record the pathway plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leaving care' }).waitFor();

    await fillDate(page, 'First pathway plan agreed', yesterdayParts());
    await page.getByLabel('Personal adviser’s name').fill('Dee Patel');
    await page.getByLabel('Personal adviser’s phone (optional)').fill('07700 900777');
    await page.getByRole('group', { name: 'What happens at 18' }).getByLabel(/Staying Put/).check();
    await page.getByLabel('Details for professionals (optional)').fill('Staying Put with his carers, agreed at the pathway plan meeting.');
    await page.getByLabel('The plan in the young person’s words (optional)').fill('I can stay with my carers after 18. Dee will help me with college.');
    await checkScreen(page, 'leaving-care-form');
    await expectFitsNarrowScreen(page);
    await page.getByRole('button', { name: 'Save leaving care record' }).click();

    await page.getByText('The leaving care record has been saved.').waitFor();
    await page.getByText(/The pathway plan review: due by/).waitFor();
    await page.getByText('Dee Patel, 07700 900777').waitFor();
    await page.getByText(/Staying Put \(with their foster carers after 18\)\. Staying Put with his carers/).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Leaving care' }).scrollIntoViewIfNeeded();
    await checkScreen(page, 'leaving-care-on-record');

    const young = await harness.newPage();
    await young.goto('/young/sign-in');
    await young.getByLabel('Your username').fill('jordan');
    await young.getByLabel('Your password').fill(DEMO_PASSWORD);
    await young.getByRole('button', { name: 'Sign in' }).click();
    await young.getByRole('heading', { level: 1, name: /^Hello/ }).waitFor();
    await young.getByRole('link', { name: /When I’m 18/ }).click();
    await young.getByRole('heading', { level: 1, name: 'When I’m 18' }).waitFor();
    await young.getByText('You can stay living with your carers after you are 18. This is called Staying Put.').waitFor();
    await young.getByText('I can stay with my carers after 18. Dee will help me with college.').waitFor();
    await young.getByText('Dee', { exact: true }).waitFor();
    await young.getByRole('link', { name: '07700 900777' }).waitFor();
    await checkYoungScreen(young, 'when-i-am-18');
  });
});

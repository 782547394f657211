import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

const harness = usePortalHarness();

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * Separation of duties, as the two people do it: the administrator asks for
 * an IRO's account, which cannot sign in yet; a head of service approves it;
 * then the new IRO signs in, and the administrator sees the decision.
 */
describe('staff accounts: the administrator asks, a head of service approves (Chromium)', () => {
  it('walks the request from asking to the first sign-in', async () => {
    const admin = await harness.newPage();
    await harness.signIn(admin, 'admin.a');
    await admin.getByRole('navigation').getByRole('link', { name: 'Staff accounts' }).click();
    await h1(admin, 'Staff accounts');

    // Submitting an empty form says what is missing.
    await admin.getByRole('button', { name: 'Ask for this account' }).click();
    await admin.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await admin.getByRole('link', { name: 'Enter their first name' }).count()).toBe(1);

    await admin.getByLabel('First name').fill('Isla');
    await admin.getByLabel('Last name').fill('Reviewer');
    await admin.getByLabel('Username').fill('isla.reviewer');
    await admin.getByLabel('Role').selectOption('IRO');
    await admin.getByLabel('First password').fill('first password for Isla');
    await admin.getByRole('button', { name: 'Ask for this account' }).click();
    await admin.getByText('You asked for an account for Isla Reviewer').waitFor();
    const requests = admin.getByRole('table', { name: 'Account requests' });
    await requests.getByRole('row', { name: /Isla Reviewer.*Waiting for a head of service/ }).waitFor();
    await checkScreen(admin, 'staff-accounts-asked');

    // Not yet: the new account cannot sign in.
    const isla = await harness.newPage();
    await harness.signIn(isla, 'isla.reviewer', 'first password for Isla');
    await isla.getByText('The username or password is not right.').first().waitFor();

    // The head of service approves.
    const head = await harness.newPage();
    await harness.signIn(head, 'hos.a');
    await head.getByRole('navigation').getByRole('link', { name: 'Account requests' }).click();
    await h1(head, 'Account requests');
    const waiting = head.getByRole('table', { name: '1 request waiting' });
    await waiting.getByRole('row', { name: /Isla Reviewer/ }).waitFor();
    await checkScreen(head, 'account-requests-waiting');
    await head.getByRole('button', { name: 'Approve the account for Isla Reviewer' }).click();
    await head.getByText('You approved the account for Isla Reviewer. They can now sign in.').waitFor();
    await head.getByRole('table', { name: 'Decided' }).getByRole('row', { name: /Isla Reviewer.*Approved/ }).waitFor();
    await checkScreen(head, 'account-requests-approved');

    // Now the IRO signs in, and the administrator sees who approved it.
    const islaNow = await harness.newPage();
    await harness.signIn(islaNow, 'isla.reviewer', 'first password for Isla');
    await h1(islaNow, 'Children I review');
    await admin.reload();
    await requests.getByRole('row', { name: /Isla Reviewer.*Approved: the account can sign in.*by Hos Tester/ }).waitFor();
  });

  it('the administrator records a Social Work England number; the team manager reallocates the child on screen, and the record shows who their social workers were, when and why', async () => {
    const { world } = harness;
    const worker = `${world.users.swA1.firstName} ${world.users.swA1.lastName}`;
    const admin = await harness.newPage();
    await harness.signIn(admin, 'admin.a');
    await admin.getByRole('navigation').getByRole('link', { name: 'Staff accounts' }).waitFor();
    await admin.goto('/staff');
    await h1(admin, 'Staff contact details');
    await admin.locator(`a[href="/staff/${world.users.swA1.id}"]`).click();
    await h1(admin, `Contact details for ${worker}`);
    await admin.getByLabel('Social Work England number').fill('AB12');
    await admin.getByRole('button', { name: 'Save registration number' }).click();
    await admin.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await admin.getByRole('link', { name: 'Enter a Social Work England number: SW followed by digits, like SW123456' }).waitFor();
    await admin.getByLabel('Social Work England number').fill('sw 123456');
    await admin.getByRole('button', { name: 'Save registration number' }).click();
    await admin.getByText(`${worker}’s Social Work England number is SW123456`).waitFor();
    await checkScreen(admin, 'staff-swe-number');

    // The team manager moves the child to another worker in the team on the allocation screen, saying why; the record shows the history.
    const other = `${world.users.swA1b.firstName} ${world.users.swA1b.lastName}`;
    // The test world's children were made before allocation history: Adam's begins as the migration starts every allocated child's.
    await harness.api.services.dataSource.query(
      `INSERT INTO social_worker_episodes (child_id, worker_id, start_date, reason) SELECT id, social_worker_id, date_looked_after, 'FCONTA' FROM children WHERE id = $1`,
      [world.children.a1.id],
    );
    const page = await harness.newPage();
    await harness.signIn(page, 'tm.a1');
    await h1(page, 'My team');
    await page.goto(`/children/${world.children.a1.id}`);
    await page.getByRole('link', { name: 'Allocate a social worker and IRO' }).click();
    await h1(page, 'Allocate a social worker and IRO');
    // Both workers are called Sw Tester in the test world: the one allocated now shows their number.
    await page.getByLabel('Social worker', { exact: true }).selectOption({ label: other });
    await page.getByRole('button', { name: 'Save allocation' }).click();
    await page.getByRole('link', { name: 'Select why the social worker is changing' }).waitFor();
    await checkScreen(page, 'allocate-error');
    await page.getByLabel('Management decision (for example caseload or a change of team)').check();
    await page.getByRole('button', { name: 'Save allocation' }).click();
    await page.getByText(/allocation has been saved/).waitFor();
    const history = page.getByRole('table', { name: 'Social workers, latest first' });
    await history.getByRole('row', { name: new RegExp(`${other}.*Now.*Management decision`) }).waitFor();
    // The worker before keeps their Social Work England number and their episode, now ended.
    await history.getByRole('row', { name: new RegExp(`${worker}.*Social Work England SW123456`) }).waitFor();
    expect(await history.getByRole('row', { name: /Social Work England SW123456.*Now/ }).count()).toBe(0);
    await checkScreen(page, 'allocation-history');
  });
});

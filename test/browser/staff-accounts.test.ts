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
});

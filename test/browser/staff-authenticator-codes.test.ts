import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen, expectFitsNarrowScreen } from './support/screens';
import { PASSWORD } from '../support/world';

const harness = usePortalHarness();
const SHOTS = '/tmp/shots-mfa';

/** What the person's authenticator app shows now, by the API's clock: computed here with the same library. */
function appCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: harness.api.clock.now().getTime() });
}

/** Half a minute on: the app shows its next code. */
function nextCodeWindow(): void {
  harness.api.clock.set(new Date(harness.api.clock.now().getTime() + 30_000));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.screenshot({ path: `${SHOTS}/${name}-320.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function passwordStep(page: Page, username: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: /signed out|Sign in/i }).first().waitFor();
}

describe('authenticator codes for staff with local passwords', () => {
  let secret = '';
  let recoveryCodes: string[] = [];
  let adminSecret = '';

  it('before the council requires it, a team manager sets up an app from “Your account”, then makes fresh recovery codes', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'tm.a1');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText(/Your council does not require it, but you can add a second step/).waitFor();
    await checkScreen(page, 'account-no-authenticator');
    await expectFitsNarrowScreen(page);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.locator('.govuk-error-summary').getByText('Enter your current password').waitFor();
    await page.getByLabel('Your current password').fill('not my password');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.locator('.govuk-error-summary').getByText('Your current password is not right.').waitFor();
    await page.getByLabel('Your current password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up an authenticator app' }).waitFor();
    const tmSecret = ((await page.locator('.fp-totp-secret').textContent()) ?? '').replace(/\s/g, '');
    await checkScreen(page, 'account-enrol');
    await expectFitsNarrowScreen(page);
    await page.getByLabel('Code from your authenticator app').fill(appCode(tmSecret));
    await page.getByRole('button', { name: 'Confirm and set up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    const first = (await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allTextContents()).map((c) => c.trim());
    expect(first).toHaveLength(10);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByText('10 of 10').waitFor();
    await checkScreen(page, 'account-authenticator-set-up');
    await expectFitsNarrowScreen(page);
    await shot(page, 'account-authenticator');

    // Fresh codes, proved with the app's next code: the old ones stop working.
    nextCodeWindow();
    await page.getByLabel('Code from your authenticator app').fill(appCode(tmSecret));
    await page.getByRole('button', { name: 'Make new recovery codes' }).click();
    await page.getByText('These are your new recovery codes. Your old codes no longer work.').waitFor();
    const fresh = (await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allTextContents()).map((c) => c.trim());
    expect(fresh).toHaveLength(10);
    expect(fresh.some((c) => first.includes(c))).toBe(false);
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await signOut(page);

    // The council does not require it, but this team manager now gives a code; an old recovery code is refused, a new one works.
    await passwordStep(page, 'tm.a1');
    await page.getByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }).waitFor();
    await page.getByRole('button', { name: /use a recovery code/ }).click();
    await page.getByLabel('Recovery code').fill(first[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.govuk-error-summary').getByText('That recovery code is not right, or has been used already.').waitFor();
    await page.getByLabel('Recovery code').fill(fresh[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Your account' }).waitFor();
    await signOut(page);
  });

  it('an administrator requires authenticator codes for the council’s staff', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'admin.a');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Staff sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    await page.getByText('Not required', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Require authenticator codes' }).click();
    await page.getByText('Staff now need a code from an authenticator app after their password.').waitFor();
    await page.getByText(/^Required: staff who sign in/).waitFor();
    await checkScreen(page, 'sign-in-settings-totp-required');
    await expectFitsNarrowScreen(page);
    await shot(page, 'admin-totp-required');
    const [council] = await harness.api.services.dataSource.query(`SELECT staff_totp_required FROM councils WHERE id = $1`, [harness.world.councilA.id]);
    expect(council.staff_totp_required).toBe(true);
  });

  it('a social worker sets up an app: QR code and key, a confirming code, recovery codes shown once', async () => {
    const page = await harness.newPage();
    await passwordStep(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'Set up an authenticator app' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code holding your Forever Planning key/ });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // The key as the person would read it off the page (grouped in fours), typed into their app.
    secret = ((await page.locator('.fp-totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await checkScreen(page, 'totp-enrol');
    await expectFitsNarrowScreen(page);
    await shot(page, 'totp-enrol');

    // A wrong code first: a clear error, no session.
    const right = appCode(secret);
    await page.getByLabel('Code from your authenticator app').fill(right === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.locator('.govuk-error-summary').getByText('That code is not right').waitFor();
    await expect(page.title()).resolves.toMatch(/^Error:/);
    await checkScreen(page, 'totp-enrol-wrong-code');

    await page.getByLabel('Code from your authenticator app').fill(appCode(secret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    recoveryCodes = (await page.getByRole('list', { name: 'Recovery codes' }).locator('li').allTextContents()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    expect(recoveryCodes.every((c) => /^[a-z2-9]{5}-[a-z2-9]{5}$/.test(c))).toBe(true);
    await checkScreen(page, 'totp-recovery-codes');
    await expectFitsNarrowScreen(page);
    await shot(page, 'totp-recovery-codes');
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await signOut(page);
  });

  it('signs in with password and a code from the app, then with a recovery code (once only)', async () => {
    nextCodeWindow();
    const page = await harness.newPage();
    await passwordStep(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'Enter the code from your authenticator app' }).waitFor();
    await checkScreen(page, 'totp-code');
    await expectFitsNarrowScreen(page);
    await shot(page, 'totp-code');
    await page.getByLabel('Code from your authenticator app').fill(appCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await signOut(page);

    await passwordStep(page, 'sw.a1');
    await page.getByRole('button', { name: /use a recovery code/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Enter a recovery code' }).waitFor();
    await checkScreen(page, 'totp-recovery-code');
    await expectFitsNarrowScreen(page);
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await signOut(page);

    // The same recovery code again is refused.
    await passwordStep(page, 'sw.a1');
    await page.getByRole('button', { name: /use a recovery code/ }).click();
    await page.getByLabel('Recovery code').fill(recoveryCodes[0]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.govuk-error-summary').getByText('That recovery code is not right, or has been used already.').waitFor();
    await shot(page, 'totp-recovery-code-used');

    const methods = await harness.api.services.dataSource.query(
      `SELECT sign_in_method FROM sessions WHERE user_id = $1 ORDER BY created_at`,
      [harness.world.users.swA1.id],
    );
    expect(methods.map((m: { sign_in_method: string }) => m.sign_in_method)).toEqual(['PASSWORD_TOTP', 'PASSWORD_TOTP', 'RECOVERY_CODE']);
  });

  it('an administrator resets a social worker’s lost authenticator, with a reason; the social worker sets up a new one', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'admin.a');
    // The administrator is staff too: they set up their own app first.
    await page.getByRole('heading', { level: 1, name: 'Set up an authenticator app' }).waitFor();
    adminSecret = ((await page.locator('.fp-totp-secret').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('Code from your authenticator app').fill(appCode(adminSecret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('button', { name: 'I have saved my recovery codes' }).click();

    // Their own page offers no reset (and the API refuses it): another administrator must do it.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Staff contact details' }).click();
    await page.locator(`a[href="/staff/${harness.world.users.adminA.id}"]`).click();
    await page.getByText('You cannot reset your own authenticator app. If you have lost it, ask another administrator.').waitFor();
    expect(await page.getByRole('button', { name: 'Reset their authenticator app' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Staff contact details' }).first().click();
    await page.locator(`a[href="/staff/${harness.world.users.swA1.id}"]`).click();
    await page.getByRole('heading', { level: 1, name: /Contact details for Sw Tester/ }).waitFor();
    await page.getByRole('button', { name: 'Reset their authenticator app' }).click();
    await page.locator('.govuk-error-summary').getByText('Say why you are resetting it').waitFor();
    await page.getByLabel('Why are you resetting it?').fill('Lost phone and codes, identity checked in person');
    await page.getByRole('button', { name: 'Reset their authenticator app' }).click();
    await page.getByRole('alert').getByText('Sw Tester’s authenticator app has been reset').waitFor();
    await page.getByText('They have no work email: tell them yourself.').waitFor();
    await page.getByText('Not set up', { exact: true }).waitFor();
    await checkScreen(page, 'staff-authenticator-reset');
    await expectFitsNarrowScreen(page);
    await shot(page, 'staff-authenticator-reset');
    const [audit] = await harness.api.services.dataSource.query(`SELECT actor_user_id, changes FROM audit_events WHERE action = 'TOTP_RESET' AND record_id = $1`, [harness.world.users.swA1.id]);
    expect(audit.actor_user_id).toBe(harness.world.users.adminA.id);
    expect(audit.changes.reason.after).toBe('Lost phone and codes, identity checked in person');
    await signOut(page);

    // The social worker's next sign-in sets up a new app; the old recovery codes are gone.
    nextCodeWindow();
    await passwordStep(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'Set up an authenticator app' }).waitFor();
    const newSecret = ((await page.locator('.fp-totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(newSecret).not.toBe(secret);
    await page.getByLabel('Code from your authenticator app').fill(appCode(newSecret));
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
  });

  it('an administrator sets up the council’s identity provider: the secret is never shown back, bad settings are explained', async () => {
    nextCodeWindow();
    const page = await harness.newPage();
    await passwordStep(page, 'admin.a');
    await page.getByLabel('Code from your authenticator app').fill(appCode(adminSecret));
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Staff sign-in' }).click();
    await page.getByRole('button', { name: 'Set up an identity provider' }).click();
    await page.getByRole('heading', { level: 2, name: 'Set up an identity provider' }).waitFor();
    await page.getByLabel('Name on the sign-in button').fill('Council A staff account');
    await page.getByLabel('Issuer').fill('http://login.example.com/tenant');
    await page.getByLabel('Client ID').fill('11111111-2222-3333-4444-555555555555');
    await page.getByLabel('Client secret').fill('the-client-secret-from-entra');
    await page.getByLabel('Email domains allowed').fill('a.gov.uk\nnot a domain');
    await page.getByRole('button', { name: 'Add a group' }).click();
    await page.getByLabel('Group object ID or app role value').fill('0d6f1f5e-3a0b-4c53-9d55-7a1a2b7f0c11');
    await page.getByLabel('Role', { exact: true }).selectOption('SOCIAL_WORKER');
    await page.getByRole('button', { name: 'Save sign-in settings' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Enter the issuer as an https:// address').waitFor();
    await summary.getByText('“not a domain” is not an email domain').waitFor();
    await summary.getByText('Mapping 1: choose the team for social workers').waitFor();
    await checkScreen(page, 'sign-in-settings-form-errors');
    await expectFitsNarrowScreen(page);
    await shot(page, 'provider-form-errors');

    await page.getByLabel('Issuer').fill('https://login.microsoftonline.com/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/v2.0');
    await page.getByLabel('Email domains allowed').fill('a.gov.uk');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team A1' });
    await page.getByLabel('Disable accounts not used through the provider for this many days (optional)').fill('60');
    await page.getByRole('button', { name: 'Save sign-in settings' }).click();
    await page.getByText('The identity provider settings are saved.').waitFor();
    const table = page.getByRole('table', { name: /Groups and the roles they give/ });
    await table.getByRole('row', { name: /0d6f1f5e-3a0b-4c53-9d55-7a1a2b7f0c11 Social worker Team A1/ }).waitFor();
    await page.getByText('Disabled after 60 days').waitFor();
    await page.getByText('Set (never shown)').waitFor();
    expect(await page.content()).not.toContain('the-client-secret-from-entra');
    await checkScreen(page, 'sign-in-settings-provider');
    await expectFitsNarrowScreen(page);
    await shot(page, 'provider-saved');

    // Changing it later: the secret field starts empty, and saving without it keeps the secret.
    await page.getByRole('button', { name: 'Change the identity provider' }).click();
    expect(await page.getByLabel('Client secret').inputValue()).toBe('');
    await page.getByRole('group', { name: 'May staff still sign in with a Forever Planning password?' }).getByLabel('No').check();
    await page.getByRole('button', { name: 'Save sign-in settings' }).click();
    await page.getByText('Not allowed', { exact: true }).waitFor();
    const [row] = await harness.api.services.dataSource.query(`SELECT client_secret, local_passwords_allowed, version FROM identity_providers`);
    expect(row).toMatchObject({ local_passwords_allowed: false, version: 2 });
    // Sealed at rest; the server opens it to talk to the provider.
    expect(row.client_secret).not.toContain('the-client-secret-from-entra');
    expect(harness.api.services.secrets.open(row.client_secret)).toBe('the-client-secret-from-entra');
    const audit = await harness.api.services.dataSource.query(`SELECT action FROM audit_events WHERE action LIKE 'SIGN_IN_PROVIDER%' ORDER BY occurred_at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['SIGN_IN_PROVIDER_SET_UP', 'SIGN_IN_PROVIDER_CHANGED']);
  });
});

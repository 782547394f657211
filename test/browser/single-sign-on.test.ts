import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';
import { startTestProvider, type TestProvider } from '../support/oidc/provider';
import { CLIENT_ID, CLIENT_SECRET, configureCouncilProvider, GROUPS, providerUser } from '../support/oidc/council-provider';

let idp: TestProvider | undefined;
const harness = usePortalHarness({ allowedOrigins: () => (idp ? [idp.issuer] : []) });
const providerId = randomUUID();

beforeAll(async () => {
  const { api, world } = harness;
  idp = await startTestProvider({
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${api.baseUrl}/auth/oidc/callback`] }],
    users: {
      'sub-sw': providerUser('sally.social@a.gov.uk', [GROUPS.everyone, GROUPS.socialWorkersA1]),
      'sub-tm': providerUser('terry.manager@a.gov.uk', [GROUPS.managersA1]),
      'sub-no-mfa': providerUser('pat.password@a.gov.uk', [GROUPS.socialWorkersA1], ['pwd']),
    },
  });
  await configureCouncilProvider(api.services, world.councilA.id, idp.issuer, [
    { claimValue: GROUPS.managersA1, role: 'TEAM_MANAGER', teamId: world.teamA1.id },
    { claimValue: GROUPS.socialWorkersA1, role: 'SOCIAL_WORKER', teamId: world.teamA1.id },
  ], { id: providerId });
}, 60_000);
afterAll(async () => {
  await idp?.stop();
});

/** At the council's own login page (not Forever Planning's): email address and password. */
async function signInAtProvider(page: Page, email: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Council account sign-in' }).waitFor();
  expect(new URL(page.url()).origin).toBe(idp!.issuer);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill('provider-password-1');
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('staff sign in with their council account', () => {
  it('a social worker clicks “Sign in with …”, signs in at the provider and lands on their caseload', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in\?returnTo=/);
    const button = page.getByRole('button', { name: 'Sign in with Council A staff account' });
    await button.waitFor();
    // Council B has no provider, so the local form stays for its staff.
    await page.getByRole('heading', { level: 2, name: 'Or sign in with a Forever Planning username' }).waitFor();
    await checkScreen(page, 'sign-in-with-provider');

    await button.click();
    await signInAtProvider(page, 'sally.social@a.gov.uk');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    expect(new URL(page.url()).origin).toBe(harness.api.baseUrl);
    await expect(page.getByRole('region', { name: 'Service information' }).textContent()).resolves.toContain('Council A');
    await checkScreen(page, 'provider-signed-in-caseload');
    const [row] = await harness.api.services.dataSource.query(
      `SELECT s.sign_in_method, ra.role FROM sessions s JOIN users u ON u.id = s.user_id JOIN role_assignments ra ON ra.user_id = u.id WHERE u.username = 'sally.social@a.gov.uk'`,
    );
    expect(row).toEqual({ sign_in_method: 'OIDC', role: 'SOCIAL_WORKER' });
  });

  it('a team manager’s group gives them the team manager’s home', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with Council A staff account' }).click();
    await signInAtProvider(page, 'terry.manager@a.gov.uk');
    await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    const [row] = await harness.api.services.dataSource.query(
      `SELECT ra.role FROM users u JOIN role_assignments ra ON ra.user_id = u.id WHERE u.username = 'terry.manager@a.gov.uk'`,
    );
    expect(row.role).toBe('TEAM_MANAGER');
  });

  it('an administrator sees how staff sign in: the provider and which group gives which role', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'admin.a');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Staff sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff sign-in' }).waitFor();
    const table = page.getByRole('table', { name: /Groups and the roles they give/ });
    await table.getByRole('row', { name: /grp-tm-a1 Team manager Team A1/ }).waitFor();
    await table.getByRole('row', { name: /grp-sw-a1 Social worker Team A1/ }).waitFor();
    await page.getByText('Required: the provider must report "mfa"').waitFor();
    expect(await page.content()).not.toContain(CLIENT_SECRET);
    await checkScreen(page, 'sign-in-settings');
  });

  it('without a second factor the person is refused with a clear message, and where only the provider is allowed the local form goes', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with Council A staff account' }).click();
    await signInAtProvider(page, 'pat.password@a.gov.uk');
    await page.waitForURL(/\/sign-in\?problem=mfa-required/);
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('Your council needs you to confirm it is you with a second step').waitFor();
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    await checkScreen(page, 'sign-in-provider-mfa-refused');

    await harness.api.services.dataSource.query(`UPDATE identity_providers SET local_passwords_allowed = false`);
    await harness.api.services.dataSource.query(
      `INSERT INTO identity_providers (council_id, name, issuer, client_id, client_secret, local_passwords_allowed) VALUES ($1, 'Council B account', $2, 'b', 'b-secret', false)`,
      [harness.world.councilB.id, idp!.issuer],
    );
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with Council B account' }).waitFor();
    await page.getByText('Council B staff').waitFor();
    expect(await page.getByLabel('Username').count()).toBe(0);
    await checkScreen(page, 'sign-in-provider-only');
  });
});

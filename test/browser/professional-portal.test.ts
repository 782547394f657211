import type { Page } from 'playwright-core';
import { PASSWORD } from '../support/world';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

const harness = usePortalHarness();

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const caseloadNames = (page: Page) => page.getByRole('table').getByRole('rowheader').allTextContents();

describe('professional portal journeys', () => {
  it('a social worker signs in, sees their caseload only, opens a child, edits a detail and signs out', async () => {
    const page = await harness.newPage();
    await page.goto('/');
    await page.waitForURL(/\/sign-in\?returnTo=/);
    await expect(heading(page).textContent()).resolves.toBe('Sign in to Forever Planning');
    await checkScreen(page, 'sign-in');

    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.getByRole('link', { name: 'Amira Ahmed' }).waitFor();
    expect(await caseloadNames(page)).toEqual(['Amira Ahmed']);
    await expect(page.getByRole('region', { name: 'Service information' }).textContent()).resolves.toContain('Council A');
    await checkScreen(page, 'caseload-social-worker');

    // A child from another team: the portal learns nothing about them, exactly like a missing record.
    await page.goto(`/children/${harness.world.children.a2.id}`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.getByText('Bella').count()).toBe(0);
    await checkScreen(page, 'child-not-found');

    await page.goto('/');
    await page.getByRole('link', { name: 'Amira Ahmed' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amira Ahmed' }).waitFor();
    await page.getByText('2 March 2014').waitFor();
    await checkScreen(page, 'child-record');

    await page.getByRole('link', { name: 'Change personal details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Change details' }).waitFor();
    await checkScreen(page, 'edit-child');
    // Validation as the user types, and the error summary on submit.
    await page.getByLabel('Legal first name').fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('link', { name: 'Enter the child’s legal first name' }).waitFor();
    await checkScreen(page, 'edit-child-errors');
    await page.getByLabel('Legal first name').fill('Amira');
    await page.getByLabel('Religion').fill('Muslim');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Amira Ahmed’s details have been saved.').waitFor();
    await page.getByRole('definition').filter({ hasText: 'Muslim' }).waitFor();
    const saved = await harness.api.services.dataSource.query('SELECT religion, version FROM children WHERE id = $1', [harness.world.children.a1.id]);
    expect(saved[0].religion).toBe('Muslim');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    await heading(page).filter({ hasText: 'Sign in to Forever Planning' }).waitFor();
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
  });

  it('a wrong password shows the error summary, focused, and keeps the person signed out', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1', 'not-the-password');
    const summary = page.locator('.govuk-error-summary');
    await summary.getByText('The username or password is not right. Check them and try again.').waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    await checkScreen(page, 'sign-in-wrong-password');

    await page.getByRole('link', { name: /The username or password is not right/ }).click();
    expect(await page.getByLabel('Password').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('an empty sign-in form lists both questions in the error summary', async () => {
    const page = await harness.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Enter your username' }).waitFor();
    await page.getByRole('link', { name: 'Enter your password' }).waitFor();
    await checkScreen(page, 'sign-in-empty');
  });

  it('an advocate signs in and sees no professional screens', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'adv.a');
    // Their own home: only the young people referred to them (first name, age, reviews), no caseload.
    await page.getByRole('heading', { level: 1, name: 'Your young people' }).waitFor();
    expect(await page.getByRole('link', { name: 'Amira' }).count()).toBe(1);
    expect(await page.getByText('Bella').count()).toBe(0);
    expect(await page.getByText('Ahmed').count()).toBe(0);
    await checkScreen(page, 'home-advocate');

    // Even a child with an active referral to them: the professional record is not shown.
    await page.goto(`/children/${harness.world.children.a1.id}`);
    await page.getByRole('heading', { level: 1, name: 'You cannot see this page' }).waitFor();
    expect(await page.getByText('Amira').count()).toBe(0);
    await checkScreen(page, 'advocate-no-access');
  });

  it('a team manager sees their team’s children and not another team’s', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'tm.a1');
    await page.getByRole('heading', { level: 1, name: 'My team' }).waitFor();
    await page.getByRole('link', { name: 'Adam Ahmed' }).waitFor();
    expect(await caseloadNames(page)).toEqual(['Adam Ahmed', 'Amira Ahmed']);
    await checkScreen(page, 'caseload-team-manager');

    // Sort by age, oldest first: aria-sort says so.
    await page.getByRole('button', { name: 'Age' }).click();
    await page.getByRole('button', { name: 'Age' }).click();
    await page.locator('th[aria-sort="descending"]').getByText('Age').waitFor();
    expect(await caseloadNames(page)).toEqual(['Amira Ahmed', 'Adam Ahmed']);

    // Search by name goes to the API and is kept in the address.
    await page.getByLabel('Search by name').fill('adam');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/name=adam/);
    await page.getByText('Showing 1 to 1 of 1 child').waitFor();
    expect(await caseloadNames(page)).toEqual(['Adam Ahmed']);
  });

  it('a head of service sees every team and can filter by team', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'hos.a');
    await page.getByRole('heading', { level: 1, name: 'All children' }).waitFor();
    await page.getByRole('link', { name: 'Bella Brown' }).waitFor();
    expect(await caseloadNames(page)).toEqual(['Adam Ahmed', 'Amira Ahmed', 'Bella Brown']);
    await page.getByLabel('Team').selectOption({ label: 'Team A2' });
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Showing 1 to 1 of 1 child').waitFor();
    expect(await caseloadNames(page)).toEqual(['Bella Brown']);
    await checkScreen(page, 'caseload-head-of-service');
    // Read-only for this record: no change links.
    await page.getByRole('link', { name: 'Bella Brown' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bella Brown' }).waitFor();
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0);
  });
});

describe('sessions and drafts', () => {
  it('warns before the session ends, signs out at the end, and keeps what was typed', async () => {
    const start = new Date();
    harness.api.clock.set(start);
    const page = await harness.newPage();
    await page.clock.install({ time: start });
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('heading', { level: 1, name: 'My caseload' }).waitFor();
    await page.goto(`/children/${harness.world.children.a1.id}/edit`);
    await page.getByLabel('Health needs').fill('Asthma: inhaler at school');

    // Two minutes before the 30-minute idle timeout: the warning.
    await page.clock.fastForward('28:30');
    const dialog = page.getByRole('alertdialog', { name: 'You’re about to be signed out' });
    await dialog.waitFor();
    await checkScreen(page, 'session-timeout-warning');

    // Nobody answers; the server's idle timer runs out too.
    harness.api.clock.set(new Date(start.getTime() + 31 * 60_000));
    await page.clock.fastForward('02:00');
    await page.getByRole('heading', { level: 1, name: 'You have been signed out' }).waitFor();
    await checkScreen(page, 'signed-out');

    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByLabel('Username').fill('sw.a1');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Unsaved changes restored' }).waitFor();
    expect(await page.getByLabel('Health needs').inputValue()).toBe('Asthma: inhaler at school');
    await checkScreen(page, 'edit-child-draft-restored');
  });

  it('a social worker invites the young person and sees the code once', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'sw.a1');
    await page.getByRole('link', { name: 'Amira Ahmed' }).click();
    await page.getByRole('button', { name: 'Invite the young person' }).click();
    // Amira already has an account (yp.a1): the API says so against the field.
    await page.getByLabel('Username they will sign in with').fill('amira.new');
    await page.getByRole('button', { name: 'Create invitation code' }).click();
    await page.locator('.govuk-error-summary').getByText('already has the username').waitFor();
    await page.getByLabel('Username they will sign in with').fill('yp.a1');
    await page.getByRole('button', { name: 'Create invitation code' }).click();
    await page.getByText('You will not be able to see this code again.').waitFor();
    const code = await page.locator('.fp-code').textContent();
    expect(code).toMatch(/^[A-Z0-9-]{6,}$/);
    await checkScreen(page, 'invitation-code');
  });
});

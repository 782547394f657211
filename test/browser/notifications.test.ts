import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { usePortalHarness } from './support/harness';
import { checkScreen } from './support/screens';

// The demo: no Notify or SMTP configured, so notifications are kept in the outbox, with the queue running.
const harness = usePortalHarness({ seed: (ds) => seedDemoCouncil(ds), queue: true });

describe('notifications screen (Chromium, demo council)', () => {
  it('the administrator sees queued, sent and failed notifications with the reason', async () => {
    const ds = harness.api.services.dataSource;
    // Tess has no contact details: her row fails and the duty contact is told instead.
    await ds.query(`UPDATE users SET email = NULL, phone = NULL WHERE username = 'tess.manager'`);
    const amira = harness.api.client();
    await amira.signIn('amira', DEMO_PASSWORD);
    await amira.ok(`mutation($input: FeelingUnsafeInput) { reportFeelingUnsafe(input: $input) { sentAt } }`, { input: { words: 'Words only the adults in the portal may read' } });
    // Ira takes messages in her daily digest.
    await amira.ok(`mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { sentAt } }`, { input: { sendTo: 'IRO', words: 'Nobody listens to me' } });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM notifications WHERE status = 'SENT'`);
      if (n >= 4) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    // One still waiting to be sent: queued with no worker to take it yet (the queue runs, but it is due later).
    await ds.query(
      `INSERT INTO notifications (council_id, dedupe_key, event, channel, recipient_user_id, recipient_name, address, subject, body, status, queued_at)
       SELECT u.council_id, 'browser-test-queued', 'DAILY_DIGEST', 'EMAIL', u.id, u.first_name || ' ' || u.last_name, u.email, 'Your summary', 'Summary', 'QUEUED', now() FROM users u WHERE u.username = 'sam.worker'`,
    );

    const page: Page = await harness.newPage();
    page.setDefaultTimeout(30_000);
    await harness.signIn(page, 'adam.admin', DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Notifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    const table = page.getByRole('table');
    await table.getByText('Failed').first().waitFor();
    await page.getByText('No email or text message service is set up').waitFor();
    const tags = (name: string) => table.locator('.govuk-tag', { hasText: new RegExp(`^${name}$`) }).count();
    expect(await tags('Sent')).toBeGreaterThanOrEqual(4);
    expect(await tags('Failed')).toBe(1);
    expect(await tags('Queued')).toBe(1);
    expect(await tags('Waiting for digest')).toBe(1);
    await table.getByText('No work email or mobile number: the duty contact was told instead.').waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Words only the adults');
    expect(text).not.toContain('Nobody listens');
    expect(text).not.toMatch(/Amira/);
    await checkScreen(page, 'notifications');

    // Filtered to the failed ones.
    await page.getByLabel('Show').selectOption('FAILED');
    await page.getByText(/^1 notifications?$/).waitFor();
  });

  it('the administrator sets where a person\'s notifications go', async () => {
    const page: Page = await harness.newPage();
    page.setDefaultTimeout(30_000);
    await harness.signIn(page, 'adam.admin', DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: 'Staff contact details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff contact details' }).waitFor();
    await checkScreen(page, 'staff-contacts');
    await page.getByRole('link', { name: /Priya .*: change contact details/ }).click();
    await page.getByRole('heading', { level: 1, name: /Contact details for Priya/ }).waitFor();
    await page.getByLabel('Mobile number').fill('not a number');
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByRole('alert').getByText('Enter a mobile number, like 07700 900123').waitFor();
    await checkScreen(page, 'staff-contact-edit-error');
    await page.getByLabel('Mobile number').fill('07700 900777');
    await page.getByLabel('In the daily digest').check();
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByRole('heading', { level: 1, name: 'Staff contact details' }).waitFor();
    const row = page.getByRole('row', { name: /Priya/ });
    await row.getByText('07700 900777').waitFor();
    await row.getByText('In the daily digest').waitFor();
    const [saved] = await harness.api.services.dataSource.query(`SELECT phone, notification_preference FROM users WHERE username = 'priya.worker'`);
    expect(saved).toEqual({ phone: '07700 900777', notification_preference: 'DAILY_DIGEST' });
  });

  it('a social worker has no Notifications screen', async () => {
    const page = await harness.newPage();
    await harness.signIn(page, 'sam.worker', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Notifications' }).count()).toBe(0);
    // The address alone does not open it either (the API refuses too: see test/api/notifications.test.ts).
    await page.goto('/notifications');
    expect(await page.getByRole('heading', { level: 1, name: 'Notifications' }).count()).toBe(0);
  });
});

import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { NotifyStandIn, notifyEnv, type NotifyRequest } from '../support/notify-stand-in';
import { SmtpStandIn } from '../support/smtp-stand-in';
import { seedDemoCouncil } from '../../packages/server/src/seed/demo-council';
import { DEMO_PASSWORD } from '../../packages/server/src/seed/demo-accounts';
import { addJob, TASKS } from '../../packages/server/src/modules/notifications/notifications.service';
import { NOTIFY_TEMPLATE_KEYS } from '../../packages/server/src/config';

/**
 * Notifications end to end: the real API, graphile-worker on real PostgreSQL,
 * the official notifications-node-client talking to a local stand-in of
 * GOV.UK Notify that checks its JWT, and smtp-server for SMTP.
 */

const TODAY = '2026-11-24';
// Words, surname and date of birth no notification may ever carry.
const CHILD_WORDS = 'Zebedee-crocodile-umbrella says the boiler man frightens me';
const CHILD_SURNAME = 'Quixotewhistle';
const CHILD_DOB = '2013-02-29'.replace('29', '17');

function leaks(r: { raw?: string; subject?: string; text?: string }): string[] {
  const text = `${r.raw ?? ''} ${r.subject ?? ''} ${r.text ?? ''}`;
  const dobForms = [CHILD_DOB, '17 February 2013', '17/02/2013'];
  return [CHILD_WORDS, 'Zebedee', 'frightens', CHILD_SURNAME, 'Amira', ...dobForms].filter((s) => text.toLowerCase().includes(s.toLowerCase()));
}

describe('notifications through GOV.UK Notify', () => {
  let db: TestDatabase;
  let api: TestApi;
  let notify: NotifyStandIn;
  const people = new Map<string, { email: string; phone: string }>();
  let duty: { email: string; mobile: string };

  const as = async (username: string): Promise<ApiClient> => {
    const c = api.client();
    const res = await c.signIn(username, DEMO_PASSWORD);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return c;
  };
  // The API and its queue as the API's own least-privilege login, as main.ts runs them.
  const start = async (extraEnv: NodeJS.ProcessEnv = {}, queue = true) =>
    startTestApi(await db.apiDataSource(), { now: new Date(`${TODAY}T10:00:00Z`), env: { ...notifyEnv(notify), FP_NOTIFY_MAX_ATTEMPTS: '3', ...extraEnv }, queue });
  const to = (r: NotifyRequest) => r.to;
  const reportUnsafe = async (): Promise<string> => {
    const amira = await as('amira');
    // The one this call adds: each test's API starts its clock at the same moment, so "the latest" by time is not it.
    const before: string[] = (await db.dataSource.query(`SELECT id FROM child_messages WHERE kind = 'UNSAFE'`)).map((r: { id: string }) => r.id);
    await amira.ok(`mutation($input: FeelingUnsafeInput) { reportFeelingUnsafe(input: $input) { sentAt } }`, { input: { words: CHILD_WORDS } });
    const [row] = await db.dataSource.query(`SELECT id FROM child_messages WHERE kind = 'UNSAFE' AND NOT (id = ANY($1::uuid[]))`, [before]);
    return row.id;
  };
  const rowsFor = (sourceId: string) =>
    db.dataSource.query(`SELECT event, channel, recipient_name, address, status, failure_reason, attempts, via FROM notifications WHERE source_id = $1 ORDER BY recipient_name, channel`, [sourceId]);

  beforeAll(async () => {
    notify = await new NotifyStandIn().start();
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: TODAY });
    // Amira, made distinctive, so a leak of her surname or date of birth would show.
    await db.dataSource.query(`UPDATE children SET legal_last_name = $1, date_of_birth = $2 WHERE id = (SELECT child_id FROM role_assignments r JOIN users u ON u.id = r.user_id WHERE u.username = 'amira')`, [CHILD_SURNAME, CHILD_DOB]);
    for (const row of await db.dataSource.query(`SELECT username, email, phone FROM users WHERE username IN ('sam.worker', 'tess.manager', 'harriet.head', 'ira.iro')`)) {
      people.set(row.username, { email: row.email, phone: row.phone });
    }
    const [c] = await db.dataSource.query(`SELECT duty_contact_email AS email, duty_contact_mobile AS mobile FROM councils WHERE name LIKE 'Riverside%'`);
    duty = c;
  }, 90_000);
  afterEach(async () => {
    await api?.close();
    notify.received.length = 0;
    notify.down = false;
    notify.invalidNumbers.clear();
  });
  afterAll(async () => {
    await db?.drop();
    await notify?.stop();
  });

  it('"I feel unsafe": SMS and email to the worker, their team manager and the duty contact within 60 seconds, with none of her words', async () => {
    api = await start();
    const startedAt = Date.now();
    const messageId = await reportUnsafe();
    const sam = people.get('sam.worker')!;
    const tess = people.get('tess.manager')!;
    const expected = [sam.email, sam.phone, tess.email, tess.phone, duty.email, duty.mobile];
    const got = await notify.waitFor((r) => expected.includes(r.to), 6, 60_000);
    expect(Date.now() - startedAt).toBeLessThan(60_000);
    expect(got.map(to).sort()).toEqual([...expected].sort());
    expect(got.filter((r) => r.type === 'sms').map(to).sort()).toEqual([sam.phone, tess.phone, duty.mobile].sort());
    expect(new Set(got.map((r) => r.templateId))).toEqual(new Set(['template-unsafe-email', 'template-unsafe-sms']));
    for (const r of got) {
      expect(leaks(r)).toEqual([]);
      expect(r.personalisation.case_reference).toMatch(/^[A-Z]+\d+$/);
      expect(r.personalisation.link).toMatch(/\/children\/[0-9a-f-]{36}$/);
    }
    expect(notify.refused).toEqual([]);
    // Notify has each message; the worker records "sent" once Notify has answered, a moment later.
    let rows: { status: string; via: string }[] = [];
    for (const until = Date.now() + 15_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
      rows = await rowsFor(messageId);
      if (rows.every((r) => r.status !== 'QUEUED')) break;
    }
    expect(rows.map((r) => `${r.status}/${r.via}`)).toEqual(Array(6).fill('SENT/NOTIFY'));
  }, 90_000);

  it('the stand-in refuses a client signing with the wrong secret (the JWT is really checked)', async () => {
    const wrong = new NotifyStandIn();
    const env = notifyEnv(notify);
    api = await start({ FP_NOTIFY_API_KEY: `forever_planning_test-${notify.serviceId}-${wrong.secret}` });
    const messageId = await reportUnsafe();
    // Each of the six sends tried and refused (polled: a loaded machine may take longer than a fixed wait).
    const deadline = Date.now() + 30_000;
    let rows: { status: string; failure_reason: string | null }[] = [];
    while (Date.now() < deadline) {
      rows = await rowsFor(messageId);
      if (rows.length === 6 && rows.every((r) => r.failure_reason)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(notify.received).toEqual([]);
    expect(notify.refused.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.status === 'QUEUED' && /403/.test(r.failure_reason ?? ''))).toBe(true);
    notify.refused.length = 0;
    expect(env.FP_NOTIFY_API_KEY).toBe(notify.apiKey);
  }, 60_000);

  it('tells the head of service when nobody acknowledges within the configured time, and not when someone has', async () => {
    api = await start();
    // Earlier tests' alerts were dealt with.
    await db.dataSource.query(`UPDATE child_messages SET acknowledged_at = $1 WHERE kind = 'UNSAFE'`, [new Date(`${TODAY}T10:00:00Z`)]);
    const ignored = await reportUnsafe();
    await notify.waitFor(() => true, 6, 60_000);
    const seen = await reportUnsafe();
    await notify.waitFor(() => true, 12, 60_000);
    const tess = await as('tess.manager');
    const [{ version }] = await db.dataSource.query(`SELECT version FROM child_messages WHERE id = $1`, [seen]);
    await tess.ok(`mutation($input: AcknowledgeChildMessageInput!) { acknowledgeChildMessage(input: $input) { acknowledgedAt } }`, { input: { id: seen, expectedVersion: version } });

    // 29 minutes on: not yet.
    api.clock.set(new Date(`${TODAY}T10:29:00Z`));
    await addJob(db.dataSource.manager, TASKS.escalations, {});
    await new Promise((r) => setTimeout(r, 3000));
    const harriet = people.get('harriet.head')!;
    expect(notify.received.filter((r) => r.to === harriet.email || r.to === harriet.phone)).toEqual([]);

    // 31 minutes on: the check (it runs every minute) tells her, once, about the unacknowledged one only.
    api.clock.set(new Date(`${TODAY}T10:31:00Z`));
    await addJob(db.dataSource.manager, TASKS.escalations, {});
    await addJob(db.dataSource.manager, TASKS.escalations, {});
    const got = await notify.waitFor((r) => r.to === harriet.email || r.to === harriet.phone, 2, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    expect(notify.received.filter((r) => r.to === harriet.email || r.to === harriet.phone)).toHaveLength(2);
    expect(new Set(got.map((r) => r.templateId))).toEqual(new Set(['template-unsafe-escalation-email', 'template-unsafe-escalation-sms']));
    for (const r of got) expect(leaks(r)).toEqual([]);
    expect((await rowsFor(ignored)).filter((r: { event: string }) => r.event === 'UNSAFE_ESCALATION')).toHaveLength(2);
    expect((await rowsFor(seen)).filter((r: { event: string }) => r.event === 'UNSAFE_ESCALATION')).toHaveLength(0);
  }, 120_000);

  it('a restart between queueing and sending delivers each notification exactly once', async () => {
    // Queued while no worker runs (the server is down for the queue).
    api = await start({}, false);
    const messageId = await reportUnsafe();
    await new Promise((r) => setTimeout(r, 1500));
    expect(notify.received).toEqual([]);
    await api.close();

    // Started again: the queued job is still there and runs.
    api = await start();
    await notify.waitFor(() => true, 6, 60_000);
    await api.close();

    // And again: nothing is sent twice, even when the send jobs are queued again by hand.
    api = await start();
    const ids: { id: string }[] = await db.dataSource.query(`SELECT id FROM notifications WHERE source_id = $1`, [messageId]);
    for (const { id } of ids) await addJob(db.dataSource.manager, TASKS.send, { id });
    await addJob(db.dataSource.manager, TASKS.childMessage, { messageId });
    await new Promise((r) => setTimeout(r, 4000));
    const byAddress = new Map<string, number>();
    for (const r of notify.received) byAddress.set(`${r.type}:${r.to}`, (byAddress.get(`${r.type}:${r.to}`) ?? 0) + 1);
    expect([...byAddress.values()]).toEqual([1, 1, 1, 1, 1, 1]);
  }, 120_000);

  it('Notify unreachable: retries with backoff, the failure shows to the administrator, and it goes once Notify is back', async () => {
    notify.down = true;
    api = await start();
    const messageId = await reportUnsafe();
    const deadline = Date.now() + 30_000;
    let rows: { status: string; attempts: number; failure_reason: string | null }[] = [];
    while (Date.now() < deadline) {
      rows = await rowsFor(messageId);
      if (rows.length === 6 && rows.every((r) => r.attempts >= 1 && r.failure_reason)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows.every((r) => r.status === 'QUEUED' && /retrying: GOV.UK Notify answered 503/.test(r.failure_reason ?? ''))).toBe(true);
    const admin = await as('adam.admin');
    const outbox = await admin.ok<{ notificationOutbox: { deliveredBy: string; notifications: { status: string; failureReason: string | null; subject: string; body: string }[] } }>(
      `query { notificationOutbox { deliveredBy notifications { status failureReason subject body } } }`,
    );
    expect(outbox.notificationOutbox.deliveredBy).toBe('NOTIFY');
    expect(outbox.notificationOutbox.notifications.some((n) => n.status === 'QUEUED' && /503/.test(n.failureReason ?? ''))).toBe(true);
    for (const n of outbox.notificationOutbox.notifications) expect(leaks({ subject: n.subject, text: n.body })).toEqual([]);

    notify.down = false;
    // graphile-worker's backoff: exp(1) ≈ 2.7 s, then exp(2) ≈ 7.4 s.
    await notify.waitFor(() => true, 6, 40_000);
    // Each row is marked SENT just after Notify answers: on a busy machine, a moment later.
    let after: { status: string; attempts: number }[] = [];
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 250))) {
      after = await rowsFor(messageId);
      if (after.every((r) => r.status === 'SENT')) break;
    }
    expect(after.every((r) => r.status === 'SENT' && r.attempts >= 2)).toBe(true);
  }, 120_000);

  it('an invalid mobile number falls back to email; a person with no contact details falls back to the duty contact', async () => {
    api = await start();
    const sam = people.get('sam.worker')!;
    notify.invalidNumbers.add(sam.phone);
    // Tess has no contact details at all.
    await db.dataSource.query(`UPDATE users SET email = NULL, phone = NULL WHERE username = 'tess.manager'`);
    try {
      const messageId = await reportUnsafe();
      await notify.waitFor((r) => r.to === sam.email, 1, 60_000);
      await notify.waitFor((r) => r.to === duty.email || r.to === duty.mobile, 2, 60_000);
      // Sam's text settles as FAILED (sent by email instead); polled, not a fixed wait.
      let rows: { address: string; channel: string; status: string; failure_reason: string; recipient_name: string }[] = [];
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        rows = await rowsFor(messageId);
        if (rows.find((r) => r.channel === 'SMS' && r.address === sam.phone)?.status === 'FAILED') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(notify.received.filter((r) => r.to === sam.phone)).toEqual([]);
      const samSms = rows.find((r) => r.channel === 'SMS' && r.address === sam.phone)!;
      expect(samSms).toMatchObject({ status: 'FAILED' });
      expect(samSms.failure_reason).toMatch(/refused the address.*Sent by email instead/);
      const tessRow = rows.find((r) => /Tess/.test(r.recipient_name));
      expect(tessRow).toMatchObject({ status: 'FAILED', address: null, failure_reason: 'No work email or mobile number: the duty contact was told instead.' });

      // "I'm not happy" to a worker with no contact details: the duty contact is emailed instead.
      await db.dataSource.query(`UPDATE users SET email = NULL, phone = NULL WHERE username = 'sam.worker'`);
      notify.received.length = 0;
      const amira = await as('amira');
      await amira.ok(`mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { sentAt } }`, { input: { sendTo: 'WORKER', words: CHILD_WORDS } });
      const [mail] = await notify.waitFor((r) => r.to === duty.email, 1, 60_000);
      expect(mail.templateId).toBe('template-not-happy-email');
      expect(leaks(mail)).toEqual([]);
    } finally {
      await db.dataSource.query(`UPDATE users SET email = $2, phone = $3 WHERE username = $1`, ['tess.manager', people.get('tess.manager')!.email, people.get('tess.manager')!.phone]);
      await db.dataSource.query(`UPDATE users SET email = $2, phone = $3 WHERE username = $1`, ['sam.worker', sam.email, sam.phone]);
    }
  }, 120_000);

  it('every template, rendered for a distinctive child, leaves without her words, surname or date of birth', async () => {
    api = await start();
    const amira = await as('amira');
    const sam = people.get('sam.worker')!;
    const ira = people.get('ira.iro')!;
    await reportUnsafe();
    await amira.ok(`mutation($input: NotHappyMessageInput!) { sendNotHappyMessage(input: $input) { sentAt } }`, { input: { sendTo: 'WORKER', words: CHILD_WORDS } });
    const draft = await amira.ok<{ saveViewDraft: { id: string; version: number } }>(
      `mutation($input: SaveViewDraftInput!) { saveViewDraft(input: $input) { id version } }`,
      { input: { topic: 'ANYTHING_ELSE', words: CHILD_WORDS, readers: ['WORKER', 'IRO'] } },
    );
    await amira.ok(`mutation($id: ID!, $v: Int!) { sendView(viewId: $id, expectedVersion: $v) { id } }`, { id: draft.saveViewDraft.id, v: draft.saveViewDraft.version });
    await notify.waitFor((r) => r.templateId === 'template-view-shared-email' && r.to === sam.email, 1, 60_000);
    await notify.waitFor((r) => r.templateId === 'template-not-happy-email', 1, 60_000);
    // Ira takes views in her daily digest: held, then carried by it.
    const [held] = await db.dataSource.query(`SELECT status FROM notifications WHERE event = 'VIEW_SHARED' AND address = $1`, [ira.email]);
    expect(held.status).toBe('WAITING_FOR_DIGEST');
    api.clock.set(new Date(`${TODAY}T10:45:00Z`));
    await addJob(db.dataSource.manager, TASKS.escalations, {});
    await addJob(db.dataSource.manager, TASKS.digests, {});
    const [digest] = await notify.waitFor((r) => r.templateId === 'template-daily-digest-email' && r.to === ira.email, 1, 60_000);
    expect(digest.personalisation.body).toMatch(/views shared with you/);
    await notify.waitFor((r) => r.templateId === 'template-unsafe-escalation-sms', 1, 60_000);
    await new Promise((r) => setTimeout(r, 2000));
    const templates = new Set(notify.received.map((r) => r.templateId));
    // Every message about a child (the authenticator reset is about a staff member's own account: second-factor.test.ts).
    const aboutAChild = NOTIFY_TEMPLATE_KEYS.filter((k) => k !== 'AUTHENTICATOR_RESET_EMAIL');
    expect([...templates].sort()).toEqual(aboutAChild.map((k) => `template-${k.toLowerCase().replace(/_/g, '-')}`).sort());
    for (const r of notify.received) expect({ template: r.templateId, leaks: leaks(r) }).toEqual({ template: r.templateId, leaks: [] });
    // A digest lists reviews and overdue items by case reference only.
    const digests = notify.received.filter((r) => r.templateId === 'template-daily-digest-email');
    expect(digests.some((d) => /Case [A-Z]+\d+: .*(due by|overdue)/.test(d.personalisation.body))).toBe(true);
  }, 180_000);

  it('only administrators see the outbox; staff contact details are theirs to set, with typed errors', async () => {
    api = await start({}, false);
    const sam = await as('sam.worker');
    expect(errorCode(await sam.gql(`query { notificationOutbox { deliveredBy } }`))).toBe('FORBIDDEN');
    expect(errorCode(await api.client().gql(`query { notificationOutbox { deliveredBy } }`))).toBe('UNAUTHENTICATED');
    const admin = await as('adam.admin');
    const [samId] = await db.dataSource.query(`SELECT id FROM users WHERE username = 'sam.worker'`);
    const bad = await admin.gql(`mutation($input: StaffContactInput!) { updateStaffContact(input: $input) { id } }`, {
      input: { userId: samId.id, email: 'not an email', mobile: '07700 900123', notificationPreference: 'DAILY_DIGEST' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const ok = await admin.ok<{ updateStaffContact: { mobile: string; notificationPreference: string } }>(
      `mutation($input: StaffContactInput!) { updateStaffContact(input: $input) { mobile notificationPreference } }`,
      { input: { userId: samId.id, email: 'sam.worker@riverside.example.org', mobile: '07700 900123', notificationPreference: 'DAILY_DIGEST' } },
    );
    expect(ok.updateStaffContact).toEqual({ mobile: '07700 900123', notificationPreference: 'DAILY_DIGEST' });
    await db.dataSource.query(`UPDATE users SET phone = $2, notification_preference = 'IMMEDIATE' WHERE username = $1`, ['sam.worker', people.get('sam.worker')!.phone]);
  }, 60_000);
});

describe('notifications through SMTP, and the outbox when nothing is configured', () => {
  let db: TestDatabase;
  let api: TestApi;
  let smtp: SmtpStandIn;

  beforeAll(async () => {
    smtp = await new SmtpStandIn().start();
    db = await createTestDatabase();
    await seedDemoCouncil(db.dataSource, { today: TODAY });
  }, 90_000);
  afterEach(async () => {
    await api?.close();
  });
  afterAll(async () => {
    await db?.drop();
    await smtp?.stop();
  });

  const unsafeFromAmira = async () => {
    const amira = api.client();
    await amira.signIn('amira', DEMO_PASSWORD);
    await amira.ok(`mutation($input: FeelingUnsafeInput) { reportFeelingUnsafe(input: $input) { sentAt } }`, { input: { words: CHILD_WORDS } });
  };

  it('SMTP: the three emails arrive (SMTP has no text messages), without her words', async () => {
    api = await startTestApi(await db.apiDataSource(), { env: { FP_SMTP_URL: smtp.url }, queue: true });
    await unsafeFromAmira();
    const mails = await smtp.waitFor(() => true, 3, 60_000);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(['duty@riverside.example.org', 'sam.worker@riverside.example.org', 'tess.manager@riverside.example.org']);
    for (const m of mails) {
      expect(m.subject).toMatch(/feel unsafe/);
      expect(leaks(m)).toEqual([]);
    }
  }, 90_000);

  it('neither configured: the messages wait in the outbox the administrator sees', async () => {
    await db.dataSource.query(`DELETE FROM notifications`);
    api = await startTestApi(await db.apiDataSource(), { queue: true });
    await unsafeFromAmira();
    const admin = api.client();
    await admin.signIn('adam.admin', DEMO_PASSWORD);
    const deadline = Date.now() + 30_000;
    let list: { status: string; via: string | null; channel: string }[] = [];
    while (Date.now() < deadline) {
      const res = await admin.ok<{ notificationOutbox: { deliveredBy: string; notifications: typeof list } }>(`query { notificationOutbox { deliveredBy notifications { status via channel } } }`);
      expect(res.notificationOutbox.deliveredBy).toBe('OUTBOX');
      list = res.notificationOutbox.notifications;
      if (list.length === 6 && list.every((n) => n.status === 'SENT')) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(list.map((n) => `${n.channel}/${n.status}/${n.via}`).sort()).toEqual(['EMAIL/SENT/OUTBOX', 'EMAIL/SENT/OUTBOX', 'EMAIL/SENT/OUTBOX', 'SMS/SENT/OUTBOX', 'SMS/SENT/OUTBOX', 'SMS/SENT/OUTBOX']);
  }, 60_000);
});

import { loadConfig, NOTIFY_TEMPLATE_KEYS } from '../../config';
import { isUkMobile } from './notification.senders';
import { renderNotification, TEMPLATE_KEYS, templateKey } from './notification.templates';

describe('notification templates', () => {
  const input = {
    recipientName: 'Sam Okoro',
    caseReference: 'RB104037',
    link: 'https://fp.example.org/children/5d1c7b3e-4f4e-4f7a-9a51-0d0e6c3f2b11',
    when: '24 November 2026 at 10:00',
    waitedMinutes: 30,
    digestLines: ['Reviews due within 5 working days:', '- Case RB104037: Second review due soon, due by 2026-11-27'],
    day: 'Tuesday 24 November 2026',
  };

  it('has one template per configured Notify template id, and each says what happened, the case and the link', () => {
    expect([...TEMPLATE_KEYS].sort()).toEqual([...NOTIFY_TEMPLATE_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      const r = renderNotification(key, input);
      // A staff member's own account notice is about no case.
      if (key === 'AUTHENTICATOR_RESET_EMAIL') expect(r.body).not.toContain('RB104037');
      else expect(r.body).toContain('RB104037');
      expect(r.body).toContain(key === 'DAILY_DIGEST_EMAIL' ? 'https://fp.example.org' : input.link);
      expect(r.personalisation).toEqual({ name: 'Sam Okoro', subject: r.subject, body: r.body, case_reference: 'RB104037', link: input.link });
      if (key.endsWith('_SMS')) expect(r.body.length).toBeLessThanOrEqual(459); // three text message fragments at most
    }
  });

  it('knows which events have which channels', () => {
    expect(templateKey('UNSAFE', 'SMS')).toBe('UNSAFE_SMS');
    expect(() => templateKey('NOT_HAPPY', 'SMS')).toThrow();
  });
});

describe('notification settings', () => {
  it('accepts UK mobile numbers as Notify does, spaces and +44 included', () => {
    for (const n of ['07700 900123', '+44 7700 900123', '(07700) 900-123', '00447700900123']) expect(isUkMobile(n)).toBe(true);
    for (const n of ['01632 960123', '0770090012', 'not a number', '+1 202 555 0100']) expect(isUkMobile(n)).toBe(false);
  });

  it('needs every template id once a Notify key is set, and defaults to Notify’s own address', () => {
    const key = 'fp-0b3b9f4e-2f1e-4c6b-9e54-6a3b4f3c2d1e-7d9c1b2a-3e4f-4a5b-8c6d-9e0f1a2b3c4d';
    expect(() => loadConfig({ FP_NOTIFY_API_KEY: key })).toThrow(/FP_NOTIFY_TEMPLATE_UNSAFE_EMAIL/);
    expect(() => loadConfig({ FP_NOTIFY_API_KEY: 'not-a-key' })).toThrow(/GOV.UK Notify API key/);
    const templates = Object.fromEntries(NOTIFY_TEMPLATE_KEYS.map((k) => [`FP_NOTIFY_TEMPLATE_${k}`, `t-${k}`]));
    const config = loadConfig({ FP_NOTIFY_API_KEY: key, ...templates }).notifications;
    expect(config.notify?.baseUrl).toBe('https://api.notifications.service.gov.uk');
    expect(config.notify?.templates.UNSAFE_SMS).toBe('t-UNSAFE_SMS');
    expect(loadConfig({}).notifications).toMatchObject({ notify: null, smtp: null, escalateAfterSeconds: 1800 });
    expect(() => loadConfig({ FP_SMTP_URL: 'http://mail' })).toThrow(/smtp:\/\//);
  });
});

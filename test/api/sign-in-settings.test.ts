import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';
import { addJob } from '../../packages/server/src/modules/notifications/notifications.service';
import { randomBytes } from 'node:crypto';
import { ClientSecretSealed1796301000000 } from '../../packages/server/src/migrations/1796301000000-ClientSecretSealed';
import { SecretBox } from '../../packages/server/src/modules/second-factor/secret-box';
import { DISABLE_IDLE_ACCOUNTS_TASK } from '../../packages/server/src/modules/notifications/notification.queue';

const SAVE = `mutation($input: SingleSignOnSettingsInput!) {
  saveSingleSignOnSettings(input: $input) {
    providerName issuer clientId allowedEmailDomains localPasswordsAllowed mfaRequired mfaAcrValues disableAfterIdleDays version
    roleMappings { position claimValue role teamId teamName }
  }
}`;
const SECRET = 'a-client-secret-from-entra-1234567890';

describe('an administrator sets up and edits the council’s sign-in provider', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let admin: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    api = await startTestApi(db.dataSource, { now: new Date('2026-11-24T10:00:00Z'), queue: true });
    admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const valid = () => ({
    providerName: 'Council A staff account',
    issuer: 'https://login.microsoftonline.com/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/v2.0',
    clientId: '11111111-2222-3333-4444-555555555555',
    clientSecret: SECRET,
    allowedEmailDomains: ['a.gov.uk', ' @Staff.A.gov.uk '],
    localPasswordsAllowed: true,
    mfaRequired: true,
    mfaAcrValues: [],
    disableAfterIdleDays: 30,
    roleMappings: [
      { claimValue: 'grp-heads', role: 'HEAD_OF_SERVICE', teamId: null },
      { claimValue: 'grp-sw-a1', role: 'SOCIAL_WORKER', teamId: world.teamA1.id },
    ],
    expectedVersion: null as number | null,
  });

  async function fingerprint() {
    return JSON.stringify(
      await db.dataSource.query(
        `SELECT (SELECT json_agg(p) FROM identity_providers p) AS p, (SELECT json_agg(m) FROM identity_provider_role_mappings m) AS m,
                (SELECT count(*) FROM audit_events WHERE action LIKE 'SIGN_IN_PROVIDER%') AS a`,
      ),
    );
  }

  it.each([
    ['an issuer that is not https', { issuer: 'http://login.example.com/tenant' }, 'issuer'],
    ['an issuer that is not an address', { issuer: 'login.example.com' }, 'issuer'],
    ['an issuer with a query', { issuer: 'https://login.example.com/?x=1' }, 'issuer'],
    ['a malformed email domain', { allowedEmailDomains: ['a.gov.uk', 'not a domain'] }, 'allowedEmailDomains'],
    ['a social worker mapping with no team', { roleMappings: [{ claimValue: 'grp', role: 'SOCIAL_WORKER', teamId: null }] }, 'roleMappings.0.teamId'],
    ['another council’s team', { roleMappings: [{ claimValue: 'grp', role: 'TEAM_MANAGER', teamId: 'TEAM_B' }] }, 'roleMappings.0.teamId'],
    ['a group mapped twice', { roleMappings: [{ claimValue: 'g', role: 'IRO', teamId: null }, { claimValue: 'g', role: 'ADMINISTRATOR', teamId: null }] }, 'roleMappings.1.claimValue'],
    ['the young person role', { roleMappings: [{ claimValue: 'g', role: 'YOUNG_PERSON', teamId: null }] }, 'roleMappings.0.role'],
    ['no client secret when setting up', { clientSecret: '' }, 'clientSecret'],
  ])('refuses %s, changing nothing', async (_name, change, field) => {
    const before = await fingerprint();
    const input = { ...valid(), ...change } as ReturnType<typeof valid>;
    input.roleMappings = input.roleMappings.map((m) => ({ ...m, teamId: m.teamId === 'TEAM_B' ? world.teamB.id : m.teamId }));
    const res = await admin.gql(SAVE, { input });
    expect({ code: errorCode(res), field: res.errors?.[0].extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await fingerprint()).toBe(before);
  });

  it('saves a valid provider, never shows the secret back, audits the change without it; a stale version is a conflict', async () => {
    const saved = (await admin.ok<{ saveSingleSignOnSettings: Record<string, unknown> }>(SAVE, { input: valid() })).saveSingleSignOnSettings;
    expect(saved).toEqual({
      providerName: 'Council A staff account',
      issuer: 'https://login.microsoftonline.com/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab/v2.0',
      clientId: '11111111-2222-3333-4444-555555555555',
      allowedEmailDomains: ['a.gov.uk', 'staff.a.gov.uk'],
      localPasswordsAllowed: true,
      mfaRequired: true,
      mfaAcrValues: [],
      disableAfterIdleDays: 30,
      version: 1,
      roleMappings: [
        { position: 0, claimValue: 'grp-heads', role: 'HEAD_OF_SERVICE', teamId: null, teamName: null },
        { position: 1, claimValue: 'grp-sw-a1', role: 'SOCIAL_WORKER', teamId: world.teamA1.id, teamName: 'Team A1' },
      ],
    });
    expect(JSON.stringify(saved)).not.toContain(SECRET);
    // The schema has no field that could carry it.
    expect(errorCode(await admin.gql(`{ singleSignOnSettings { clientSecret } }`))).toBe('GRAPHQL_VALIDATION_FAILED');

    // Edited with the secret left blank: the secret stays; the mappings change order.
    const edited = await admin.ok<{ saveSingleSignOnSettings: { version: number; roleMappings: { claimValue: string }[]; localPasswordsAllowed: boolean } }>(SAVE, {
      input: { ...valid(), clientSecret: '', localPasswordsAllowed: false, expectedVersion: 1, roleMappings: [...valid().roleMappings].reverse() },
    });
    expect(edited.saveSingleSignOnSettings).toMatchObject({ version: 2, localPasswordsAllowed: false, roleMappings: [{ claimValue: 'grp-sw-a1' }, { claimValue: 'grp-heads' }] });
    const [row] = await db.dataSource.query(`SELECT client_secret FROM identity_providers WHERE council_id = $1`, [world.councilA.id]);
    // Sealed at rest (AES-256-GCM with the sign-in secrets key): the database alone does not give it away, and the server opens it.
    expect(row.client_secret).toMatch(/^v1\./);
    expect(row.client_secret).not.toContain(SECRET);
    expect(api.services.secrets.open(row.client_secret)).toBe(SECRET);

    const audit = await db.dataSource.query(`SELECT action, changes FROM audit_events WHERE action LIKE 'SIGN_IN_PROVIDER%' ORDER BY occurred_at`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['SIGN_IN_PROVIDER_SET_UP', 'SIGN_IN_PROVIDER_CHANGED']);
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    expect(audit[0].changes.clientSecret).toEqual({ before: null, after: 'changed' });
    expect(Object.keys(audit[1].changes).sort()).toEqual(['localPasswordsAllowed', 'roleMappings']);

    const before = await fingerprint();
    const stale = await admin.gql(SAVE, { input: { ...valid(), expectedVersion: 1 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(await fingerprint()).toBe(before);
  });

  it('the migration seals a client secret stored before sealing, with the key from FP_TOTP_KEY, and leaves sealed ones alone', async () => {
    const key = randomBytes(32).toString('base64');
    const box = new SecretBox({ configuredKey: key, keyFile: '/nonexistent/key' });
    const [provider] = await db.dataSource.query(`SELECT id, client_secret FROM identity_providers WHERE council_id = $1`, [world.councilA.id]);
    const sealedBefore = provider.client_secret;
    const [plain] = await db.dataSource.query(
      `INSERT INTO identity_providers (council_id, name, issuer, client_id, client_secret) VALUES ($1, 'Council B account', 'https://login.b.example', 'b', 'plain-old-secret') RETURNING id`,
      [world.councilB.id],
    );
    const saved = process.env.FP_TOTP_KEY;
    process.env.FP_TOTP_KEY = key;
    const runner = db.dataSource.createQueryRunner();
    try {
      await new ClientSecretSealed1796301000000().up(runner);
    } finally {
      await runner.release();
      if (saved === undefined) delete process.env.FP_TOTP_KEY;
      else process.env.FP_TOTP_KEY = saved;
    }
    const rows: { id: string; client_secret: string }[] = await db.dataSource.query(`SELECT id, client_secret FROM identity_providers`);
    const b = rows.find((r) => r.id === plain.id)!;
    expect(b.client_secret).toMatch(/^v1\./);
    expect(box.open(b.client_secret)).toBe('plain-old-secret');
    expect(rows.find((r) => r.id === provider.id)!.client_secret).toBe(sealedBefore);
    await db.dataSource.query(`DELETE FROM identity_providers WHERE id = $1`, [plain.id]);
  });

  it('the daily job disables accounts the provider has not vouched for within the council’s limit, ends their sessions and audits it', async () => {
    const [{ id: providerId }] = await db.dataSource.query(`SELECT id FROM identity_providers WHERE council_id = $1`, [world.councilA.id]);
    await db.dataSource.query(`UPDATE identity_providers SET local_passwords_allowed = true, disable_after_idle_days = 30 WHERE id = $1`, [providerId]);
    const now = api.clock.now();
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    // A leaver last seen at the provider 31 days ago, a colleague seen 29 days ago, and an account never linked to the provider.
    await db.dataSource.query(`UPDATE users SET identity_provider_id = $1, external_subject = 'sub-leaver', last_provider_sign_in_at = $2 WHERE id = $3`, [providerId, daysAgo(31), world.users.swA2.id]);
    await db.dataSource.query(`UPDATE users SET identity_provider_id = $1, external_subject = 'sub-stayer', last_provider_sign_in_at = $2 WHERE id = $3`, [providerId, daysAgo(29), world.users.swA1.id]);
    await db.dataSource.query(`UPDATE users SET last_provider_sign_in_at = NULL WHERE id = $1`, [world.users.iroA.id]);
    const leaver = api.client();
    expect((await leaver.signIn('sw.a2', PASSWORD)).errors).toBeUndefined();

    await addJob(db.dataSource.manager, DISABLE_IDLE_ACCOUNTS_TASK, {});
    const deadline = Date.now() + 30_000;
    let rows: { id: string; disabled_at: Date | null }[] = [];
    while (Date.now() < deadline) {
      rows = await db.dataSource.query(`SELECT id, disabled_at FROM users WHERE disabled_at IS NOT NULL`);
      if (rows.length) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows.map((r) => r.id)).toEqual([world.users.swA2.id]);
    expect(await leaver.ok(`{ me { id } }`)).toEqual({ me: null });
    expect(errorCode(await api.client().signIn('sw.a2', PASSWORD))).toBe('UNAUTHENTICATED');
    const audit = await db.dataSource.query(`SELECT record_id, changes FROM audit_events WHERE action = 'ACCOUNT_DISABLED_IDLE'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ record_id: world.users.swA2.id, changes: { idleDaysLimit: { after: 30 } } });

    // Two more days on the server's clock: the colleague passes the limit too.
    api.clock.set(new Date(now.getTime() + 2 * 86_400_000));
    expect(await api.services.singleSignOn.disableIdleAccounts()).toBe(1);
    expect((await db.dataSource.query(`SELECT disabled_at FROM users WHERE id = $1`, [world.users.swA1.id]))[0].disabled_at).not.toBeNull();
    expect((await db.dataSource.query(`SELECT disabled_at FROM users WHERE id = $1`, [world.users.iroA.id]))[0].disabled_at).toBeNull();
  });
});

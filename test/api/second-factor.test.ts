import { Secret, TOTP } from 'otpauth';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { errorCode, startTestApi, type ApiClient, type GraphQLResponse, type TestApi } from '../support/api';
import { buildWorld, PASSWORD, type World } from '../support/world';

const START = `mutation($input: ChallengeInput!) { startTotpEnrolment(input: $input) { secret otpauthUri qrCodeDataUrl } }`;
const CONFIRM = `mutation($input: ConfirmTotpEnrolmentInput!) { confirmTotpEnrolment(input: $input) { recoveryCodes me { id role } } }`;
const SECOND = `mutation($input: SecondFactorInput!) { signInWithSecondFactor(input: $input) { id role } }`;
const ME = `{ me { id role } }`;

/** The code an authenticator app with this secret shows at the API's time (the test computes it with the same library). */
function codeAt(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });
}

describe('TOTP as the second factor for staff with local passwords', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let now: Date;
  let secret: string;
  let recoveryCodes: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    now = new Date('2026-11-24T10:00:00Z');
    api = await startTestApi(db.dataSource, { now });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  /** Moves the API's one clock (and ours) on. */
  function advance(seconds: number): Date {
    now = new Date(now.getTime() + seconds * 1000);
    api.clock.set(now);
    return now;
  }

  async function passwordStep(client: ApiClient, username: string): Promise<{ step: unknown; challenge: string; res: GraphQLResponse }> {
    const res = await client.signIn(username, PASSWORD);
    return { step: res.errors?.[0]?.extensions?.secondFactor, challenge: res.errors?.[0]?.extensions?.challenge as string, res };
  }

  async function method(client: ApiClient): Promise<string> {
    const me = await client.ok<{ me: { id: string } }>(ME);
    const [row] = await db.dataSource.query(`SELECT sign_in_method FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC LIMIT 1`, [me.me.id]);
    return row.sign_in_method;
  }

  it('only an administrator sets the council’s requirement; it is audited', async () => {
    const head = api.client();
    await head.signIn('hos.a', PASSWORD);
    expect(errorCode(await head.gql(`mutation { setStaffTotpRequired(required: true) { staffTotpRequired } }`))).toBe('FORBIDDEN');
    const admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
    expect(await admin.ok(`{ staffSignInPolicy { staffTotpRequired staffEnrolled } }`)).toEqual({ staffSignInPolicy: { staffTotpRequired: false, staffEnrolled: 0 } });
    expect(await admin.ok(`mutation { setStaffTotpRequired(required: true) { staffTotpRequired } }`)).toEqual({ setStaffTotpRequired: { staffTotpRequired: true } });
    const audit = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'STAFF_TOTP_POLICY_CHANGED'`);
    expect(audit).toEqual([{ changes: { staffTotpRequired: { before: false, after: true } } }]);
    // Council B is not affected.
    expect((await api.client().signIn('sw.b', PASSWORD)).errors).toBeUndefined();
  });

  it('a young person’s sign-in stays as it is', async () => {
    expect((await api.client().signIn('yp.a1', PASSWORD)).errors).toBeUndefined();
  });

  it('a social worker must enrol: the password alone gives no session; a wrong code confirms nothing', async () => {
    const client = api.client();
    const { step, challenge, res } = await passwordStep(client, 'sw.a1');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(step).toBe('ENROL');
    expect(challenge).toMatch(/^[\w-]{40,}$/);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();

    const started = (await client.ok<{ startTotpEnrolment: { secret: string; otpauthUri: string; qrCodeDataUrl: string } }>(START, { input: { challenge } })).startTotpEnrolment;
    expect(started.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(started.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(started.secret);
    expect(uri.searchParams.get('issuer')).toBe('Forever Planning');
    expect(started.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    secret = started.secret;

    const wrong = await client.gql(CONFIRM, { input: { challenge, code: String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0') } });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(await db.dataSource.query(`SELECT totp_enrolled_at FROM users WHERE id = $1`, [world.users.swA1.id])).toEqual([{ totp_enrolled_at: null }]);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();

    const confirmed = await client.ok<{ confirmTotpEnrolment: { recoveryCodes: string[]; me: { id: string; role: string } } }>(CONFIRM, {
      input: { challenge, code: codeAt(secret, now) },
    });
    recoveryCodes = confirmed.confirmTotpEnrolment.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(confirmed.confirmTotpEnrolment.me).toEqual({ id: world.users.swA1.id, role: 'SOCIAL_WORKER' });
    expect(await method(client)).toBe('PASSWORD_TOTP');

    // Kept encrypted, never as the secret itself; recovery codes kept only as argon2 hashes.
    const [row] = await db.dataSource.query(`SELECT totp_secret FROM users WHERE id = $1`, [world.users.swA1.id]);
    expect(row.totp_secret).not.toContain(secret);
    expect(row.totp_secret).toMatch(/^v1\./);
    const hashes = await db.dataSource.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [world.users.swA1.id]);
    expect(hashes).toHaveLength(10);
    expect(hashes.every((h: { code_hash: string }) => h.code_hash.startsWith('$argon2id$'))).toBe(true);
    expect(JSON.stringify(hashes)).not.toContain(recoveryCodes[0]);

    // The challenge was used: it cannot make another session or show the secret again.
    expect(errorCode(await api.client().gql(CONFIRM, { input: { challenge, code: codeAt(secret, now) } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.client().gql(START, { input: { challenge } }))).toBe('UNAUTHENTICATED');
  });

  it('next time: password then code; a wrong code and a replayed code are refused', async () => {
    const client = api.client();
    const first = await passwordStep(client, 'sw.a1');
    const step = first.step;
    let challenge = first.challenge;
    expect(step).toBe('CODE');
    // An enrolled person cannot be given a new secret by someone who knows only their password.
    expect(errorCode(await client.gql(START, { input: { challenge } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await client.gql(SECOND, { input: { challenge, code: '000000' === codeAt(secret, now) ? '111111' : '000000' } }))).toBe('BAD_USER_INPUT');
    // The code that confirmed enrolment was used: the same code again is refused.
    const replay = await client.gql(SECOND, { input: { challenge, code: codeAt(secret, now) } });
    expect(errorCode(replay)).toBe('BAD_USER_INPUT');
    expect(replay.errors?.[0].message).toMatch(/used already/);
    expect((await client.ok<{ me: unknown }>(ME)).me).toBeNull();

    advance(30);
    const code = codeAt(secret, now);
    expect((await client.ok<{ signInWithSecondFactor: { id: string } }>(SECOND, { input: { challenge, code } })).signInWithSecondFactor.id).toBe(world.users.swA1.id);
    expect(await method(client)).toBe('PASSWORD_TOTP');
    const sessionCount = (await db.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [world.users.swA1.id]))[0].n;

    // Someone who watched the code being typed, and knows the password, cannot use it again.
    const thief = api.client();
    ({ challenge } = await passwordStep(thief, 'sw.a1'));
    expect(errorCode(await thief.gql(SECOND, { input: { challenge, code } }))).toBe('BAD_USER_INPUT');
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [world.users.swA1.id]))[0].n).toBe(sessionCount);
    // Thirty seconds on, the app shows a new code, and that one works.
    advance(30);
    expect((await thief.gql(SECOND, { input: { challenge, code: codeAt(secret, now) } })).errors).toBeUndefined();
  });

  it('a recovery code signs in once, and never again', async () => {
    const client = api.client();
    let { challenge } = await passwordStep(client, 'sw.a1');
    const used = recoveryCodes[3];
    // Typed with spaces and in capitals, as people do.
    expect((await client.gql(SECOND, { input: { challenge, recoveryCode: ` ${used.toUpperCase()} ` } })).errors).toBeUndefined();
    expect(await method(client)).toBe('RECOVERY_CODE');
    expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [world.users.swA1.id]))[0].n).toBe(9);

    const again = api.client();
    ({ challenge } = await passwordStep(again, 'sw.a1'));
    expect(errorCode(await again.gql(SECOND, { input: { challenge, recoveryCode: used } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await again.gql(SECOND, { input: { challenge, recoveryCode: 'abcde-fghjk' } }))).toBe('BAD_USER_INPUT');
    expect((await again.ok<{ me: unknown }>(ME)).me).toBeNull();
    expect((await again.gql(SECOND, { input: { challenge, recoveryCode: recoveryCodes[4] } })).errors).toBeUndefined();
    const audit = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'RECOVERY_CODE_USED' AND actor_user_id = $1`, [world.users.swA1.id]);
    expect(audit).toEqual([{ n: 2 }]);
  });

  it('a challenge lasts 10 minutes on the server’s clock', async () => {
    const client = api.client();
    const { challenge } = await passwordStep(client, 'sw.a1');
    advance(11 * 60);
    expect(errorCode(await client.gql(SECOND, { input: { challenge, code: codeAt(secret, now) } }))).toBe('UNAUTHENTICATED');
  });

  it('wrong codes are throttled like wrong passwords, on the same account count', async () => {
    const client = api.client();
    const { challenge } = await passwordStep(client, 'sw.a1');
    const wrong = codeAt(secret, now) === '123456' ? '654321' : '123456';
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 8; i++) codes.push(errorCode(await client.gql(SECOND, { input: { challenge, code: wrong } })));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('BAD_USER_INPUT'));
    expect(codes).toContain('TOO_MANY_REQUESTS');
    // While the account waits, even the right code is not checked; nor is the password.
    advance(30);
    expect(errorCode(await client.gql(SECOND, { input: { challenge, code: codeAt(secret, now) } }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await api.client().signIn('sw.a1', PASSWORD))).toBe('TOO_MANY_REQUESTS');
    const failures = await db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'SECOND_FACTOR_FAILED' AND actor_user_id = $1`, [world.users.swA1.id]);
    expect(failures[0].n).toBeGreaterThanOrEqual(5);
  });
});

describe('a staff member’s own authenticator, new recovery codes, and the administrator’s reset', () => {
  let db: TestDatabase;
  let api: TestApi;
  let world: World;
  let now: Date;
  let secret: string;
  let firstCodes: string[];

  const MINE = `{ myAuthenticator { enrolled recoveryCodesLeft requiredByCouncil hasLocalPassword } }`;
  const START_MINE = `mutation($input: StartMyTotpEnrolmentInput!) { startMyTotpEnrolment(input: $input) { challenge secret otpauthUri } }`;
  const CONFIRM_MINE = `mutation($input: ConfirmTotpEnrolmentInput!) { confirmMyTotpEnrolment(input: $input) { recoveryCodes authenticator { enrolled recoveryCodesLeft } } }`;
  const REPLACE = `mutation($input: ReplaceRecoveryCodesInput!) { replaceMyRecoveryCodes(input: $input) { recoveryCodes authenticator { recoveryCodesLeft } } }`;
  const RESET = `mutation($input: ResetStaffAuthenticatorInput!) { resetStaffAuthenticator(input: $input) { emailed } }`;

  beforeAll(async () => {
    db = await createTestDatabase();
    world = await buildWorld(db.dataSource);
    await db.dataSource.query(`UPDATE users SET email = 'sam.worker@a.gov.uk' WHERE id = $1`, [world.users.swA1.id]);
    now = new Date('2026-11-24T10:00:00Z');
    api = await startTestApi(db.dataSource, { now });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  function advance(seconds: number): Date {
    now = new Date(now.getTime() + seconds * 1000);
    api.clock.set(now);
    return now;
  }

  it('a social worker whose council does not require it sets up an app of their own accord, after their password', async () => {
    const sw = api.client();
    expect((await sw.signIn('sw.a1', PASSWORD)).errors).toBeUndefined();
    expect(await sw.ok(MINE)).toEqual({ myAuthenticator: { enrolled: false, recoveryCodesLeft: 0, requiredByCouncil: false, hasLocalPassword: true } });
    // A young person has no such page.
    const yp = api.client();
    await yp.signIn('yp.a1', PASSWORD);
    expect(errorCode(await yp.gql(MINE))).toBe('FORBIDDEN');
    expect(errorCode(await yp.gql(START_MINE, { input: { currentPassword: PASSWORD } }))).toBe('FORBIDDEN');
    expect(errorCode(await yp.gql(CONFIRM_MINE, { input: { challenge: 'x'.repeat(40), code: '123456' } }))).toBe('FORBIDDEN');
    expect(errorCode(await yp.gql(REPLACE, { input: { code: '123456' } }))).toBe('FORBIDDEN');

    expect(errorCode(await sw.gql(START_MINE, { input: { currentPassword: 'not my password' } }))).toBe('BAD_USER_INPUT');
    const started = await sw.ok<{ startMyTotpEnrolment: { challenge: string; secret: string; otpauthUri: string } }>(START_MINE, { input: { currentPassword: PASSWORD } });
    secret = started.startMyTotpEnrolment.secret;
    expect(started.startMyTotpEnrolment.otpauthUri).toContain('sw.a1');
    const challenge = started.startMyTotpEnrolment.challenge;
    // Someone else's session cannot finish it.
    const other = api.client();
    await other.signIn('sw.a1b', PASSWORD);
    expect(errorCode(await other.gql(CONFIRM_MINE, { input: { challenge, code: codeAt(secret, now) } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await sw.gql(CONFIRM_MINE, { input: { challenge, code: codeAt(secret, new Date(now.getTime() - 300_000)) } }))).toBe('BAD_USER_INPUT');
    const done = await sw.ok<{ confirmMyTotpEnrolment: { recoveryCodes: string[]; authenticator: { enrolled: boolean; recoveryCodesLeft: number } } }>(CONFIRM_MINE, {
      input: { challenge, code: codeAt(secret, now) },
    });
    firstCodes = done.confirmMyTotpEnrolment.recoveryCodes;
    expect(done.confirmMyTotpEnrolment.authenticator).toEqual({ enrolled: true, recoveryCodesLeft: 10 });
    expect(errorCode(await sw.gql(START_MINE, { input: { currentPassword: PASSWORD } }))).toBe('CONFLICT');
    const [audit] = await db.dataSource.query(`SELECT actor_user_id, record_id FROM audit_events WHERE action = 'TOTP_ENROLLED'`);
    expect(audit).toEqual({ actor_user_id: world.users.swA1.id, record_id: world.users.swA1.id });

    // From now on the password alone gives no session.
    advance(30);
    const next = await api.client().signIn('sw.a1', PASSWORD);
    expect(next.errors?.[0]?.extensions?.secondFactor).toBe('CODE');
  });

  it('a fresh set of recovery codes needs a code from the app; the old codes stop working', async () => {
    const sw = api.client();
    const first = await sw.signIn('sw.a1', PASSWORD);
    advance(30);
    await sw.ok(SECOND, { input: { challenge: first.errors?.[0]?.extensions?.challenge, code: codeAt(secret, now) } });
    // The code just used to sign in cannot be used again here.
    expect(errorCode(await sw.gql(REPLACE, { input: { code: codeAt(secret, now) } }))).toBe('BAD_USER_INPUT');
    advance(30);
    const fresh = await sw.ok<{ replaceMyRecoveryCodes: { recoveryCodes: string[]; authenticator: { recoveryCodesLeft: number } } }>(REPLACE, { input: { code: codeAt(secret, now) } });
    expect(fresh.replaceMyRecoveryCodes.authenticator.recoveryCodesLeft).toBe(10);
    expect(fresh.replaceMyRecoveryCodes.recoveryCodes.some((c) => firstCodes.includes(c))).toBe(false);

    const again = api.client();
    const step = await again.signIn('sw.a1', PASSWORD);
    const challenge = step.errors?.[0]?.extensions?.challenge;
    expect(errorCode(await again.gql(SECOND, { input: { challenge, recoveryCode: firstCodes[0] } }))).toBe('BAD_USER_INPUT');
    expect((await again.gql(SECOND, { input: { challenge, recoveryCode: fresh.replaceMyRecoveryCodes.recoveryCodes[0] } })).errors).toBeUndefined();
    const [audit] = await db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'RECOVERY_CODES_REPLACED' AND record_id = $1`, [world.users.swA1.id]);
    expect(audit.changes).toEqual({ recoveryCodesLeft: { before: 10, after: 10 } });
  });

  it('an administrator resets a lost authenticator: never their own, only their council’s staff, with a reason; audited and emailed', async () => {
    const admin = api.client();
    await admin.signIn('admin.a', PASSWORD);
    const head = api.client();
    await head.signIn('hos.a', PASSWORD);
    const reason = 'Lost phone, identity checked in person';
    expect(errorCode(await head.gql(RESET, { input: { userId: world.users.swA1.id, reason } }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(RESET, { input: { userId: world.users.adminA.id, reason } }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(RESET, { input: { userId: world.users.swB.id, reason } }))).toBe('NOT_FOUND');
    expect(errorCode(await admin.gql(RESET, { input: { userId: world.users.swA1.id, reason: '' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await admin.gql(RESET, { input: { userId: world.users.swA1b.id, reason } }))).toBe('CONFLICT');
    const listed = await admin.ok<{ staffAccounts: { id: string; authenticatorEnrolled: boolean }[] }>(`{ staffAccounts { id authenticatorEnrolled } }`);
    expect(listed.staffAccounts.find((a) => a.id === world.users.swA1.id)?.authenticatorEnrolled).toBe(true);

    // The staff member is signed in somewhere: the reset ends that session.
    const sw = api.client();
    const step = await sw.signIn('sw.a1', PASSWORD);
    advance(30);
    await sw.ok(SECOND, { input: { challenge: step.errors?.[0]?.extensions?.challenge, code: codeAt(secret, now) } });
    expect(await admin.ok(RESET, { input: { userId: world.users.swA1.id, reason } })).toEqual({ resetStaffAuthenticator: { emailed: true } });
    expect((await sw.ok<{ me: unknown }>(ME)).me).toBeNull();

    const [audit] = await db.dataSource.query(`SELECT actor_user_id, record_id, changes FROM audit_events WHERE action = 'TOTP_RESET'`);
    expect(audit).toMatchObject({ actor_user_id: world.users.adminA.id, record_id: world.users.swA1.id });
    expect(audit.changes.reason).toEqual({ before: null, after: reason });
    const mail = await db.dataSource.query(`SELECT event, channel, address, status, subject FROM notifications WHERE recipient_user_id = $1`, [world.users.swA1.id]);
    expect(mail).toEqual([{ event: 'AUTHENTICATOR_RESET', channel: 'EMAIL', address: 'sam.worker@a.gov.uk', status: 'QUEUED', subject: 'Forever Planning: your authenticator app was reset' }]);
    const [user] = await db.dataSource.query(`SELECT totp_secret, totp_enrolled_at, (SELECT count(*)::int FROM recovery_codes WHERE user_id = u.id) AS codes FROM users u WHERE id = $1`, [world.users.swA1.id]);
    expect(user).toEqual({ totp_secret: null, totp_enrolled_at: null, codes: 0 });

    // The council does not require an app, but this person must set one up again at the next sign-in.
    advance(30);
    const next = api.client();
    const res = await next.signIn('sw.a1', PASSWORD);
    expect(res.errors?.[0]?.extensions?.secondFactor).toBe('ENROL');
    const challenge = res.errors?.[0]?.extensions?.challenge as string;
    const started = await next.ok<{ startTotpEnrolment: { secret: string } }>(START, { input: { challenge } });
    const enrolled = await next.ok<{ confirmTotpEnrolment: { me: { id: string } } }>(CONFIRM, { input: { challenge, code: codeAt(started.startTotpEnrolment.secret, now) } });
    expect(enrolled.confirmTotpEnrolment.me.id).toBe(world.users.swA1.id);
    const [after] = await db.dataSource.query(`SELECT totp_enrolment_required FROM users WHERE id = $1`, [world.users.swA1.id]);
    expect(after.totp_enrolment_required).toBe(false);

    // With no work email the administrator is told to let them know another way, and the outbox says so.
    await db.dataSource.query(`UPDATE users SET email = NULL WHERE id = $1`, [world.users.swA1.id]);
    const again = await admin.gql(RESET, { input: { userId: world.users.swA1.id, reason } });
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ resetStaffAuthenticator: { emailed: false } });
    const [failed] = await db.dataSource.query(`SELECT status, failure_reason FROM notifications WHERE recipient_user_id = $1 AND address IS NULL`, [world.users.swA1.id]);
    expect(failed).toEqual({ status: 'FAILED', failure_reason: 'No work email: the administrator was asked to tell them another way.' });
  });
});

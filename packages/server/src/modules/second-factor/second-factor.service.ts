import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { CouncilEntity } from '../councils/council.entity';
import { badInput, CodedError, conflict, forbidden, notFound, unauthenticated } from '../../common/errors';
import { assertId } from '../../common/validation';
import { writeAudit } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import type { SignInMethod } from '../auth/session.entity';
import type { SessionService } from '../auth/session.service';
import { actingAs } from '../../policies/child-record';
import { UserEntity } from '../users/user.entity';
import { RecoveryCodeEntity } from './recovery-code.entity';
import { SecondFactorChallengeEntity } from './second-factor-challenge.entity';
import type { SecretBox } from './secret-box';

/** What a right password leads to: a code from an enrolled authenticator, or enrolling one first. */
export type SecondFactorStep = 'CODE' | 'ENROL';

const CHALLENGE_MINUTES = 10;
const PERIOD_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: recovery codes are written down and typed back.
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const ISSUER = 'Forever Planning';

const WRONG_CODE = 'That code is not right. Enter the 6-digit code your authenticator app shows now.';
const EXPIRED = 'Your sign-in has timed out. Sign in again with your username and password.';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The GraphQL error that tells the portal to ask for the second factor (or to enrol one), with the challenge to bring back. */
export function secondFactorRequired(step: SecondFactorStep, challenge: string): CodedError {
  return new CodedError(
    'UNAUTHENTICATED',
    step === 'CODE' ? 'Enter the code from your authenticator app.' : 'Set up an authenticator app before you sign in.',
    { secondFactor: step, challenge },
  );
}

/**
 * Time-based one-time codes (RFC 6238, with otpauth) as staff's second factor
 * after a local password, when their council requires it; single-use recovery
 * codes for a lost phone. Codes are checked against the server's one clock, a
 * code (or an older one) once used is refused, and wrong codes count towards
 * the same throttle as wrong passwords.
 */
export class SecondFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly throttle: SignInThrottle,
    private readonly box: SecretBox,
    private readonly after: {
      sessions: SessionService;
      /** Queues the "your authenticator was reset" email in the caller's transaction; true when it will be sent. */
      tellOfReset: (manager: EntityManager, input: { councilId: string; userId: string; resetId: string }) => Promise<boolean>;
    },
  ) {}

  /** Whether this person, having given the right password, must also give a code or enrol. Young people never do. */
  async stepFor(userId: string): Promise<SecondFactorStep | null> {
    const [row]: { role: string; enrolled: boolean; required: boolean }[] = await this.dataSource.query(
      `SELECT ra.role, u.totp_enrolled_at IS NOT NULL AS enrolled, c.staff_totp_required OR u.totp_enrolment_required AS required
         FROM users u JOIN role_assignments ra ON ra.user_id = u.id JOIN councils c ON c.id = ra.council_id
        WHERE u.id = $1 ORDER BY ra.created_at LIMIT 1`,
      [userId],
    );
    if (!row || row.role === 'YOUNG_PERSON') return null;
    if (row.enrolled) return 'CODE';
    return row.required ? 'ENROL' : null;
  }

  /** A new challenge for someone whose password was right: the token goes to the browser, its hash stays here. */
  async challenge(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    await this.dataSource.query(`DELETE FROM second_factor_challenges WHERE expires_at < $1`, [new Date(now.getTime() - 86_400_000)]);
    await this.dataSource.getRepository(SecondFactorChallengeEntity).insert({
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
      usedAt: null,
      pendingTotpSecret: null,
    });
    return token;
  }

  /** The live challenge behind a token, and whose it is; UNAUTHENTICATED when unknown, used or too old. */
  private async open(token: string): Promise<{ challenge: SecondFactorChallengeEntity; username: string }> {
    const challenge = token.length <= 100 ? await this.dataSource.getRepository(SecondFactorChallengeEntity).findOneBy({ tokenHash: hashToken(token) }) : null;
    if (!challenge || challenge.usedAt || challenge.expiresAt.getTime() <= this.clock.now().getTime()) throw unauthenticated(EXPIRED);
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: challenge.userId });
    if (user.disabledAt) throw unauthenticated(EXPIRED);
    return { challenge, username: user.username };
  }

  /** Uses the challenge up; false when another request used it first. */
  private async useUp(token: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE second_factor_challenges SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL`,
      [hashToken(token), this.clock.now()],
    );
    return count === 1;
  }

  private totp(secret: Secret, username: string): TOTP {
    return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret });
  }

  /** The time step a code belongs to (one step either side of now, for a phone's clock a little out), or null when wrong. */
  private stepOf(totp: TOTP, code: string): number | null {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const timestamp = this.clock.now().getTime();
    const delta = totp.validate({ token, timestamp, window: 1 });
    return delta === null ? null : Math.floor(timestamp / 1000 / PERIOD_SECONDS) + delta;
  }

  /** Enrolment, step 1: a new secret as an otpauth:// address, a QR code of it, and the key as text for typing in. */
  async startEnrolment(token: string): Promise<{ secret: string; otpauthUri: string; qrCodeDataUrl: string }> {
    const { challenge, username } = await this.open(token);
    if ((await this.stepFor(challenge.userId)) !== 'ENROL') throw unauthenticated(EXPIRED);
    const secret = new Secret({ size: 20 });
    await this.dataSource
      .getRepository(SecondFactorChallengeEntity)
      .update({ tokenHash: challenge.tokenHash }, { pendingTotpSecret: this.box.seal(secret.base32) });
    const otpauthUri = this.totp(secret, username).toString();
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    return { secret: secret.base32, otpauthUri, qrCodeDataUrl };
  }

  /**
   * Enrolment, step 2: a code from the new secret proves the app has it. The
   * secret is kept (encrypted), recovery codes are made (shown this once, kept
   * as argon2 hashes), and the person may be signed in.
   */
  async confirmEnrolment(token: string, code: string, ip: string): Promise<{ userId: string; recoveryCodes: string[] }> {
    const { challenge, username } = await this.open(token);
    await this.throttle.assertAllowed(username, ip);
    const recoveryCodes = await this.finishEnrolment(challenge, username, code, ip, null);
    await this.throttle.recordSuccess(username);
    return { userId: challenge.userId, recoveryCodes };
  }

  /** Checks the code against the pending secret, keeps the secret and makes recovery codes, using the challenge up, in one transaction. */
  private async finishEnrolment(challenge: SecondFactorChallengeEntity, username: string, code: string, ip: string | null, actor: Actor | null): Promise<string[]> {
    if (!challenge.pendingTotpSecret) throw badInput('Start again: scan the QR code, then enter the code your app shows.', 'code');
    const secretText = this.box.open(challenge.pendingTotpSecret);
    const step = this.stepOf(this.totp(Secret.fromBase32(secretText), username), code);
    if (step === null) {
      await this.failed(challenge.userId, username, ip ?? '');
      throw badInput(WRONG_CODE, 'code');
    }
    const { codes: recoveryCodes, hashes } = await this.newCodes();
    await this.dataSource.transaction(async (manager) => {
      if (actor) await actingAs(manager, actor);
      const [, used]: [unknown, number] = await manager.query(
        `UPDATE second_factor_challenges SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL`,
        [challenge.tokenHash, this.clock.now()],
      );
      if (used !== 1) throw unauthenticated(EXPIRED);
      await manager.update(
        UserEntity,
        { id: challenge.userId },
        { totpSecret: this.box.seal(secretText), totpEnrolledAt: this.clock.now(), totpLastStep: String(step), totpEnrolmentRequired: false },
      );
      await manager.delete(RecoveryCodeEntity, { userId: challenge.userId });
      await manager.insert(RecoveryCodeEntity, hashes.map((codeHash) => ({ userId: challenge.userId, codeHash, usedAt: null })));
      await writeAudit(manager, actor, ip, [
        { action: 'TOTP_ENROLLED', actorUserId: challenge.userId, recordType: 'User', recordId: challenge.userId, ...(actor ? { changes: { voluntary: { before: null, after: true } } } : {}) },
      ]);
    });
    return recoveryCodes;
  }

  /** Ten new recovery codes (shown once) and their argon2 hashes (kept). */
  private async newCodes(): Promise<{ codes: string[]; hashes: string[] }> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    return { codes, hashes: await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c)))) };
  }

  // ---- Signed in: the person's own authenticator ----

  /** The signed-in staff member's own authenticator: set up or not, recovery codes left, whether the council requires one. */
  async statusOf(actor: Actor): Promise<{ enrolled: boolean; enrolledAt: Date | null; recoveryCodesLeft: number; requiredByCouncil: boolean; hasLocalPassword: boolean }> {
    const [row]: { enrolled_at: Date | null; required: boolean; has_password: boolean }[] = await this.dataSource.query(
      `SELECT u.totp_enrolled_at AS enrolled_at, c.staff_totp_required AS required, u.password_hash IS NOT NULL AS has_password
         FROM users u JOIN councils c ON c.id = $2 WHERE u.id = $1`,
      [actor.userId, actor.councilId],
    );
    if (!row) throw notFound('Account');
    return {
      enrolled: row.enrolled_at !== null,
      enrolledAt: row.enrolled_at,
      recoveryCodesLeft: row.enrolled_at ? await this.recoveryCodesLeft(actor.userId) : 0,
      requiredByCouncil: row.required,
      hasLocalPassword: row.has_password,
    };
  }

  /**
   * A staff member sets up an authenticator of their own accord (their
   * council does not require one). The current password is asked for, so a
   * session left open cannot be used to lock its owner out. From then on
   * every sign-in asks for a code.
   */
  async startOwnEnrolment(actor: Actor, currentPassword: string, ip: string): Promise<{ challenge: string; secret: string; otpauthUri: string; qrCodeDataUrl: string }> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.userId }).getOneOrFail();
    if (!user.passwordHash) throw badInput('You sign in through your council’s provider, which checks your second step: there is nothing to set up here.', 'currentPassword');
    if (user.totpEnrolledAt) throw conflict('You have set up an authenticator app already.');
    await this.throttle.assertAllowed(user.username, ip);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await this.throttle.recordFailure(user.username, ip);
      throw badInput('Your current password is not right.', 'currentPassword');
    }
    const challenge = await this.challenge(actor.userId);
    const secret = new Secret({ size: 20 });
    await this.dataSource.getRepository(SecondFactorChallengeEntity).update({ tokenHash: hashToken(challenge) }, { pendingTotpSecret: this.box.seal(secret.base32) });
    const otpauthUri = this.totp(secret, user.username).toString();
    const qrCodeDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
    return { challenge, secret: secret.base32, otpauthUri, qrCodeDataUrl };
  }

  async confirmOwnEnrolment(actor: Actor, token: string, code: string, ip: string): Promise<string[]> {
    const { challenge, username } = await this.open(token);
    if (challenge.userId !== actor.userId) throw unauthenticated(EXPIRED);
    await this.throttle.assertAllowed(username, ip);
    const codes = await this.finishEnrolment(challenge, username, code, ip, actor);
    await this.throttle.recordSuccess(username);
    return codes;
  }

  /** A fresh set of recovery codes for someone enrolled, proved by a code from their app: every old code stops working. */
  async replaceRecoveryCodes(actor: Actor, code: string, ip: string): Promise<string[]> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.totpSecret').where('u.id = :id', { id: actor.userId }).getOneOrFail();
    if (!user.totpSecret || !user.totpEnrolledAt) throw badInput('Set up an authenticator app first.', 'code');
    await this.throttle.assertAllowed(user.username, ip);
    const step = this.stepOf(this.totp(Secret.fromBase32(this.box.open(user.totpSecret)), user.username), code);
    const { codes, hashes } = await this.newCodes();
    const accepted = await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      // The code proves the app is in hand; like at sign-in, a code already used (or an older one) is refused.
      const [, updated]: [unknown, number] =
        step === null ? [null, 0] : await manager.query(`UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`, [user.id, step]);
      if (updated !== 1) return false;
      const [{ left }]: { left: number }[] = await manager.query(`SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
      await manager.delete(RecoveryCodeEntity, { userId: user.id });
      await manager.insert(RecoveryCodeEntity, hashes.map((codeHash) => ({ userId: user.id, codeHash, usedAt: null })));
      await writeAudit(manager, actor, ip, [
        { action: 'RECOVERY_CODES_REPLACED', recordType: 'User', recordId: user.id, changes: { recoveryCodesLeft: { before: left, after: RECOVERY_CODE_COUNT } } },
      ]);
      return true;
    });
    if (!accepted) {
      await this.failed(user.id, user.username, ip);
      throw badInput(step === null ? WRONG_CODE : 'That code has been used already. Wait for your app to show a new one.', 'code');
    }
    await this.throttle.recordSuccess(user.username);
    return codes;
  }

  // ---- The administrator ----

  /**
   * An administrator resets a staff member's lost authenticator (phone lost
   * and recovery codes gone): the secret and every recovery code are removed,
   * the person's sessions end, they must set up a new app at their next
   * sign-in, and they are told by email. Never one's own: someone else must
   * do it, so a person cannot quietly take away their own second step.
   */
  async reset(actor: Actor, userId: string, reason: string, ip: string | null): Promise<{ emailed: boolean }> {
    const id = assertId(userId, 'Account');
    const why = reason.trim();
    if (why.length < 5) throw badInput('Say why you are resetting it, for example "lost phone, checked in person".', 'reason');
    if (id === actor.userId) throw forbidden('You cannot reset your own authenticator app. Ask another administrator.');
    return this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      const [user]: { id: string; enrolled: boolean; staff: boolean }[] = await manager.query(
        `SELECT u.id, u.totp_enrolled_at IS NOT NULL AS enrolled,
                EXISTS (SELECT 1 FROM role_assignments ra WHERE ra.user_id = u.id AND ra.role <> 'YOUNG_PERSON') AS staff
           FROM users u WHERE u.id = $1 AND u.council_id = $2 FOR UPDATE`,
        [id, actor.councilId],
      );
      if (!user || !user.staff) throw notFound('Account');
      if (!user.enrolled) throw conflict('They have no authenticator app to reset.');
      const [{ left }]: { left: number }[] = await manager.query(`SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [id]);
      await manager.update(UserEntity, { id }, { totpSecret: null, totpEnrolledAt: null, totpLastStep: null, totpEnrolmentRequired: true });
      await manager.delete(RecoveryCodeEntity, { userId: id });
      await manager.query(`DELETE FROM second_factor_challenges WHERE user_id = $1`, [id]);
      await this.after.sessions.revokeAllForUser(manager, id);
      const resetId = randomUUID();
      await writeAudit(manager, actor, ip, [
        {
          action: 'TOTP_RESET',
          recordType: 'User',
          recordId: id,
          changes: { authenticator: { before: 'set up', after: 'reset' }, recoveryCodesLeft: { before: left, after: 0 }, reason: { before: null, after: why }, resetId: { before: null, after: resetId } },
        },
      ]);
      const emailed = await this.after.tellOfReset(manager, { councilId: actor.councilId, userId: id, resetId });
      return { emailed };
    });
  }

  /** Sign-in, step 2: a code from the authenticator, or one of the recovery codes. Returns who, and how they proved it. */
  async verify(token: string, input: { code?: string | null; recoveryCode?: string | null }, ip: string): Promise<{ userId: string; method: SignInMethod }> {
    const { challenge, username } = await this.open(token);
    await this.throttle.assertAllowed(username, ip);
    const userId = challenge.userId;
    if (input.recoveryCode) {
      const codeId = await this.matchingRecoveryCode(userId, input.recoveryCode);
      if (!codeId) {
        await this.failed(userId, username, ip);
        throw badInput('That recovery code is not right, or has been used already.', 'recoveryCode');
      }
      await this.dataSource.transaction(async (manager) => {
        const [, used]: [unknown, number] = await manager.query(`UPDATE recovery_codes SET used_at = $2 WHERE id = $1 AND used_at IS NULL`, [codeId, this.clock.now()]);
        if (used !== 1) throw badInput('That recovery code is not right, or has been used already.', 'recoveryCode');
        await this.useUpIn(manager, token);
        const [{ left }]: { left: number }[] = await manager.query(`SELECT count(*)::int AS left FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL`, [userId]);
        await writeAudit(manager, null, ip, [
          { action: 'RECOVERY_CODE_USED', actorUserId: userId, recordType: 'User', recordId: userId, changes: { recoveryCodesLeft: { before: left + 1, after: left } } },
        ]);
      });
      await this.throttle.recordSuccess(username);
      return { userId, method: 'RECOVERY_CODE' };
    }
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect(['u.totpSecret'])
      .where('u.id = :id', { id: userId })
      .getOneOrFail();
    if (!user.totpSecret) throw unauthenticated(EXPIRED);
    const step = this.stepOf(this.totp(Secret.fromBase32(this.box.open(user.totpSecret)), username), input.code ?? '');
    // A code already used (or one older than it) is refused: someone who saw it typed cannot use it again.
    const [, accepted]: [unknown, number] =
      step === null
        ? [null, 0]
        : await this.dataSource.query(`UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`, [userId, step]);
    if (accepted !== 1) {
      await this.failed(userId, username, ip);
      throw badInput(step === null ? WRONG_CODE : 'That code has been used already. Wait for your app to show a new one.', 'code');
    }
    if (!(await this.useUp(token))) throw unauthenticated(EXPIRED);
    await this.throttle.recordSuccess(username);
    return { userId, method: 'PASSWORD_TOTP' };
  }

  private async useUpIn(manager: EntityManager, token: string): Promise<void> {
    const [, used]: [unknown, number] = await manager.query(
      `UPDATE second_factor_challenges SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL`,
      [hashToken(token), this.clock.now()],
    );
    if (used !== 1) throw unauthenticated(EXPIRED);
  }

  private async matchingRecoveryCode(userId: string, code: string): Promise<string | null> {
    const given = normaliseRecoveryCode(code);
    if (given.length !== 10) return null;
    const unused = await this.dataSource.getRepository(RecoveryCodeEntity).find({ where: { userId, usedAt: IsNull() }, order: { createdAt: 'ASC' } });
    for (const row of unused) {
      if (!row.usedAt && (await verifyPassword(row.codeHash, given))) return row.id;
    }
    return null;
  }

  private async failed(userId: string, username: string, ip: string): Promise<void> {
    await this.throttle.recordFailure(username, ip);
    await writeAudit(this.dataSource.manager, null, ip, [{ action: 'SECOND_FACTOR_FAILED', actorUserId: userId, attemptedUsername: username }]);
  }

  /** How many unused recovery codes a person has left. */
  async recoveryCodesLeft(userId: string): Promise<number> {
    return this.dataSource.getRepository(RecoveryCodeEntity).countBy({ userId, usedAt: IsNull() });
  }

  async policyFor(councilId: string): Promise<{ staffTotpRequired: boolean; staffEnrolled: number }> {
    const [row]: { required: boolean; enrolled: number }[] = await this.dataSource.query(
      `SELECT c.staff_totp_required AS required,
              (SELECT count(DISTINCT u.id)::int FROM users u JOIN role_assignments ra ON ra.user_id = u.id
                WHERE ra.council_id = c.id AND ra.role <> 'YOUNG_PERSON' AND u.totp_enrolled_at IS NOT NULL) AS enrolled
         FROM councils c WHERE c.id = $1`,
      [councilId],
    );
    return { staffTotpRequired: row.required, staffEnrolled: row.enrolled };
  }

  /** An administrator's council policy: from the next sign-in, staff with local passwords give a code (or enrol first). */
  async setRequired(actor: Actor, required: boolean, ip: string | null): Promise<{ staffTotpRequired: boolean; staffEnrolled: number }> {
    await this.dataSource.transaction(async (manager) => {
      const council = await manager.findOneOrFail(CouncilEntity, { where: { id: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      if (council.staffTotpRequired === required) return;
      await manager.update(CouncilEntity, { id: council.id }, { staffTotpRequired: required, updatedById: actor.userId });
      await writeAudit(manager, actor, ip, [
        { action: 'STAFF_TOTP_POLICY_CHANGED', recordType: 'Council', recordId: council.id, changes: { staffTotpRequired: { before: council.staffTotpRequired, after: required } } },
      ]);
    });
    return this.policyFor(actor.councilId);
  }
}

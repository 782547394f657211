import { createHash, randomBytes, randomInt } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { CouncilEntity } from '../councils/council.entity';
import { badInput, CodedError, unauthenticated } from '../../common/errors';
import { writeAudit } from '../audit/audit.service';
import { hashPassword, verifyPassword } from '../auth/password';
import type { SignInThrottle } from '../auth/sign-in-throttle';
import type { SignInMethod } from '../auth/session.entity';
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
    step === 'CODE' ? 'Enter the code from your authenticator app.' : 'Your council asks you to set up an authenticator app before you sign in.',
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
  ) {}

  /** Whether this person, having given the right password, must also give a code or enrol. Young people never do. */
  async stepFor(userId: string): Promise<SecondFactorStep | null> {
    const [row]: { role: string; enrolled: boolean; required: boolean }[] = await this.dataSource.query(
      `SELECT ra.role, u.totp_enrolled_at IS NOT NULL AS enrolled, c.staff_totp_required AS required
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
    if (!challenge.pendingTotpSecret) throw badInput('Start again: scan the QR code, then enter the code your app shows.', 'code');
    const secretText = this.box.open(challenge.pendingTotpSecret);
    const step = this.stepOf(this.totp(Secret.fromBase32(secretText), username), code);
    if (step === null) {
      await this.failed(challenge.userId, username, ip);
      throw badInput(WRONG_CODE, 'code');
    }
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
      const raw = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    const hashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c))));
    await this.dataSource.transaction(async (manager) => {
      const [, used]: [unknown, number] = await manager.query(
        `UPDATE second_factor_challenges SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL`,
        [challenge.tokenHash, this.clock.now()],
      );
      if (used !== 1) throw unauthenticated(EXPIRED);
      await manager.update(
        UserEntity,
        { id: challenge.userId },
        { totpSecret: this.box.seal(secretText), totpEnrolledAt: this.clock.now(), totpLastStep: String(step) },
      );
      await manager.delete(RecoveryCodeEntity, { userId: challenge.userId });
      await manager.insert(RecoveryCodeEntity, hashes.map((codeHash) => ({ userId: challenge.userId, codeHash, usedAt: null })));
      await writeAudit(manager, null, ip, [{ action: 'TOTP_ENROLLED', actorUserId: challenge.userId, recordType: 'User', recordId: challenge.userId }]);
    });
    await this.throttle.recordSuccess(username);
    return { userId: challenge.userId, recoveryCodes };
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

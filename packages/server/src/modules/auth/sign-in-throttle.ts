import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors';

/**
 * Guessing is slowed, never locked out. Failed sign-ins are counted per
 * account and per address in PostgreSQL (the rate_limits table, shared by
 * every API process). After a few free failures each further attempt must
 * wait before it is even checked, and the wait doubles with every failure,
 * up to a ceiling. The ceiling for an account is short (a minute by default),
 * so someone who knows a username can delay its owner by at most that long,
 * never shut them out; an address trying many accounts waits far longer.
 * Only one attempt is let through per wait, even when many arrive at once.
 */
export interface Backoff {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  firstWaitSeconds: number;
  maxWaitSeconds: number;
}

export interface ThrottleSettings {
  perAccount: Backoff;
  perAddress: Backoff;
  /** Invitation codes tried from one address (wrong or right). */
  invitationsPerAddress: Backoff;
  /** Failures older than this are forgotten. */
  forgetAfterSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  perAccount: { freeFailures: 5, firstWaitSeconds: 1, maxWaitSeconds: 60 },
  perAddress: { freeFailures: 20, firstWaitSeconds: 1, maxWaitSeconds: 15 * 60 },
  invitationsPerAddress: { freeFailures: 5, firstWaitSeconds: 2, maxWaitSeconds: 15 * 60 },
  forgetAfterSeconds: 24 * 60 * 60,
};

/** The wait before the next attempt, after `failures` failures. */
export function waitSeconds(backoff: Backoff, failures: number): number {
  if (failures < backoff.freeFailures) return 0;
  return Math.min(backoff.maxWaitSeconds, backoff.firstWaitSeconds * 2 ** (failures - backoff.freeFailures));
}

/** One kind of key (an account, an address): its failure count and its current wait, both in rate_limits. */
class BackoffCounter {
  private readonly failures: RateLimiterPostgres;
  /** One point: the attempt that takes it is checked; the wait is then set as a block on it. */
  private readonly turn: RateLimiterPostgres;

  constructor(pool: unknown, prefix: string, private readonly backoff: Backoff, forgetAfterSeconds: number) {
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false };
    this.failures = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}_failures`, points: Number.MAX_SAFE_INTEGER, duration: forgetAfterSeconds });
    this.turn = new RateLimiterPostgres({ ...common, keyPrefix: `${prefix}_turn`, points: 1, duration: 1 });
  }

  /**
   * Milliseconds to wait before this key may try again, or 0 when this
   * attempt may go ahead (it then takes the turn, and sets the next wait).
   */
  async take(key: string): Promise<number> {
    const blocked = await this.turn.get(key);
    if (blocked && blocked.consumedPoints > this.turn.points) return Math.max(1, blocked.msBeforeNext);
    const failed = (await this.failures.get(key))?.consumedPoints ?? 0;
    const wait = waitSeconds(this.backoff, failed);
    if (wait === 0) return 0;
    try {
      await this.turn.consume(key);
    } catch (e) {
      // Another attempt took this turn a moment ago.
      if (e instanceof RateLimiterRes) return Math.max(1, e.msBeforeNext);
      throw e;
    }
    await this.turn.block(key, wait);
    return 0;
  }

  async fail(key: string): Promise<void> {
    await this.failures.penalty(key, 1);
  }

  async forget(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.turn.delete(key)]);
  }
}

function waitMessage(what: string, waitMs: number): Error {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  const when = seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${minutes} minutes`;
  return tooManyRequests(`Too many ${what}. Try again in ${when}.`, seconds);
}

export class SignInThrottle {
  private readonly byAccount: BackoffCounter;
  private readonly byAddress: BackoffCounter;
  private readonly invitations: BackoffCounter;

  constructor(dataSource: DataSource, settings: Partial<ThrottleSettings> = {}) {
    const s = { ...DEFAULT_THROTTLE, ...settings };
    const pool = (dataSource.driver as PostgresDriver).master;
    this.byAccount = new BackoffCounter(pool, 'signin_account', s.perAccount, s.forgetAfterSeconds);
    this.byAddress = new BackoffCounter(pool, 'signin_address', s.perAddress, s.forgetAfterSeconds);
    this.invitations = new BackoffCounter(pool, 'invitation_address', s.invitationsPerAddress, s.forgetAfterSeconds);
  }

  /** Throws TOO_MANY_REQUESTS, saying how long to wait, while either the account or the address must wait. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const address = await this.byAddress.take(ip);
    if (address > 0) throw waitMessage('sign-in attempts', address);
    const account = await this.byAccount.take(username);
    if (account > 0) throw waitMessage('sign-in attempts', account);
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([this.byAccount.fail(username), this.byAddress.fail(ip)]);
  }

  /** The right password clears the account's count (the address keeps its own). */
  async recordSuccess(username: string): Promise<void> {
    await this.byAccount.forget(username);
  }

  /** Invitation codes: every attempt from an address counts, so codes cannot be guessed quickly. */
  async assertInvitationAllowed(ip: string): Promise<void> {
    const wait = await this.invitations.take(ip);
    if (wait > 0) throw waitMessage('tries with a code', wait);
  }

  async recordInvitationFailure(ip: string): Promise<void> {
    await this.invitations.fail(ip);
  }
}

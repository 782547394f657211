import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from '../../common/errors';

/**
 * Failed sign-ins are counted per account and per address in PostgreSQL (the
 * rate_limits table), so every API process sees the same counts.
 */
export interface ThrottleSettings {
  perAccount: { points: number; durationSeconds: number };
  perAddress: { points: number; durationSeconds: number };
}

export const DEFAULT_THROTTLE: ThrottleSettings = {
  perAccount: { points: 5, durationSeconds: 15 * 60 },
  perAddress: { points: 50, durationSeconds: 60 * 60 },
};

export class SignInThrottle {
  private readonly byAccount: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, settings: ThrottleSettings = DEFAULT_THROTTLE) {
    const pool = (dataSource.driver as PostgresDriver).master;
    const common = { storeClient: pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false };
    this.byAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin_account',
      points: settings.perAccount.points,
      duration: settings.perAccount.durationSeconds,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'signin_address',
      points: settings.perAddress.points,
      duration: settings.perAddress.durationSeconds,
    });
  }

  /** Throws TOO_MANY_REQUESTS, with the wait in minutes, when either count is used up. */
  async assertAllowed(username: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([this.byAccount.get(username), this.byAddress.get(ip)]);
    const blocked = [
      account && account.consumedPoints >= this.byAccount.points ? account : null,
      address && address.consumedPoints >= this.byAddress.points ? address : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length > 0) {
      const waitMs = Math.max(...blocked.map((r) => r.msBeforeNext));
      const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
      throw tooManyRequests(
        `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        Math.ceil(waitMs / 1000),
      );
    }
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([
      this.byAccount.penalty(username, 1),
      this.byAddress.penalty(ip, 1),
    ]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byAccount.delete(username);
  }
}

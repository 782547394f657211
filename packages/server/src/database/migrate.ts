import { installJobQueue } from '../modules/notifications/notification.queue';
import { ensureApiLogin, QUEUE_POLICIES_SQL } from './api-role';
import type { ResolvedDatabase } from './connect';
import { createDataSource } from './data-source';

/** A migration (ours or the job queue's) failed: all of ours were rolled back together. */
export class MigrationFailedError extends Error {
  constructor(override readonly cause: unknown) {
    const message = (cause as Error).message;
    // 42501: the user running them is not the schema's owner (DATABASE_URL is the API's own login).
    const hint = (cause as { code?: string }).code === '42501' ? ' (migrations run as the owner of the schema: set DATABASE_OWNER_URL, or run npm run migrate with it first)' : '';
    super(`${message}${hint}`);
  }
}

/** The owner could not be reached or refused the credentials: the caller says so in its own words. */
export class OwnerConnectionError extends Error {
  constructor(override readonly cause: unknown) {
    super((cause as Error).message);
  }
}

/**
 * As the schema's owner, before the API connects: every pending migration (in
 * one transaction), the job queue's own schema brought up to date (a newer
 * graphile-worker changes it as the owner, not from the API's queue), and the
 * API's login made a member of fp_api. Returns the names of the migrations applied.
 */
export async function migrateAsOwner(db: ResolvedDatabase): Promise<string[]> {
  const owner = createDataSource(db.ownerUrl, { poolSize: 1 });
  try {
    await owner.initialize();
  } catch (error) {
    throw new OwnerConnectionError(error);
  }
  try {
    let applied: string[];
    try {
      applied = (await owner.runMigrations()).map((m) => m.name);
      await installJobQueue(db.ownerUrl);
      await owner.query(QUEUE_POLICIES_SQL);
    } catch (error) {
      throw new MigrationFailedError(error);
    }
    await ensureApiLogin(db.ownerUrl, db.url);
    return applied;
  } finally {
    await owner.destroy();
  }
}

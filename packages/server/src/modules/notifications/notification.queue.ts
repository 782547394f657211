import { Logger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { NotificationsConfig } from '../../config';
import { logger } from '../../logger';
import { TASKS, type NotificationsService } from './notifications.service';

/** The daily job that disables accounts idle at their council's provider (leavers). */
export const DISABLE_IDLE_ACCOUNTS_TASK = 'disable_idle_provider_accounts';

/** graphile-worker's log lines through the server's pino logger. */
const workerLogger = new Logger((scope) => (level, message, meta) => {
  const log = { scope, ...meta };
  if (level === 'error') logger.error(log, message);
  else if (level === 'warning') logger.warn(log, message);
  else logger.debug(log, message);
});

/**
 * The durable job queue: graphile-worker on the application's own PostgreSQL
 * (schema graphile_worker), run inside the API process and started and stopped
 * with it. Jobs are rows, so they survive a restart; a failed job is retried
 * with exponential backoff (graphile-worker: exp(min(attempt, 10)) seconds).
 */
export class NotificationQueue {
  private runner: Runner | null = null;
  private pool: Pool | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly config: NotificationsConfig,
    private readonly notifications: NotificationsService,
    /** Leavers: accounts the council's provider has not vouched for within its idle limit. */
    private readonly disableIdleAccounts: () => Promise<number> = async () => 0,
  ) {}

  get running(): boolean {
    return this.runner !== null;
  }

  private taskList(): TaskList {
    const n = this.notifications;
    return {
      [TASKS.childMessage]: (payload) => n.onChildMessage(payload as { messageId: string }),
      [TASKS.view]: (payload) => n.onView(payload as { viewId: string }),
      [TASKS.send]: (payload, helpers) => n.send(payload as { id: string }, helpers),
      [TASKS.escalations]: () => n.escalate(),
      [TASKS.digests]: () => n.dailyDigests(),
      [DISABLE_IDLE_ACCOUNTS_TASK]: async () => {
        const disabled = await this.disableIdleAccounts();
        if (disabled > 0) logger.info({ disabled }, 'idle provider accounts disabled');
      },
    };
  }

  async start(): Promise<void> {
    if (this.runner) return;
    // Our own pool, so a dropped idle connection (the database restarting or stopping) is logged, not an
    // unhandled 'error' event that ends the process: the pool opens a new connection when next asked.
    const pool = new Pool({ connectionString: this.databaseUrl, max: 4, application_name: 'forever-planning-queue' });
    pool.on('error', (err) => logger.warn({ reason: err.message }, 'a job queue connection was dropped'));
    this.pool = pool;
    this.runner = await run({
      pgPool: pool,
      concurrency: 2,
      // main.ts handles SIGTERM and SIGINT: the queue stops with the server.
      noHandleSignals: true,
      pollInterval: 2000,
      logger: workerLogger,
      taskList: this.taskList(),
      // Every minute: unacknowledged unsafe messages. Daily: the digest.
      // Daily at 03:15: accounts idle at the council's provider are disabled.
      crontab: [`* * * * * ${TASKS.escalations} ?max=1`, `${this.config.digestCron} ${TASKS.digests} ?max=1`, `15 3 * * * ${DISABLE_IDLE_ACCOUNTS_TASK} ?max=1`].join('\n'),
    });
  }

  /** Lets jobs in flight finish (their rows say how far they got), then releases the connections. */
  async stop(): Promise<void> {
    const runner = this.runner;
    const pool = this.pool;
    this.runner = null;
    this.pool = null;
    if (runner) await runner.stop();
    await pool?.end();
  }
}

/** Installs (or brings up to date) the queue's own tables, so jobs can be added before any worker runs. */
export async function installJobQueue(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, logger: workerLogger });
}

import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { resolveDatabase, type ResolvedDatabase } from './database/connect';
import { createDataSource } from './database/data-source';
import { DataDirError } from './database/embedded-postgres';
import { ApiRoleError, apiRoleWarning } from './database/api-role';
import { MigrationFailedError, migrateAsOwner, OwnerConnectionError } from './database/migrate';
import { systemClock } from './common/clock';
import { createServices } from './services';
import { createApp } from './server';
import { sqlCountingLogger } from './common/sql-counter';
import { errorForLog, logger } from './logger';
import { seedDemoCouncil } from './seed/demo-council';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts';
import type { DataSource } from 'typeorm';

/** A problem the person starting the server can fix: said in one sentence, no stack trace. */
class StartupError extends Error {}

function describeDbError(error: unknown, db: ResolvedDatabase, setting = db.urlSetting): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EAI_AGAIN') {
    return `Cannot reach the database (${db.description}). Check that PostgreSQL is running and ${setting} is right.`;
  }
  if (code === '28P01' || code === '28000') return `The database refused the user or password in ${setting} (${db.description}).`;
  if (code === '3D000') return `The database named in ${setting} does not exist (${db.description}). Create it first.`;
  return `Could not connect to the database (${db.description}): ${(error as Error).message}`;
}

/**
 * The staff demo accounts, for the start-up banner. Young people's usernames
 * are their first names, so they are never printed (the README lists them).
 */
function demoBanner(): string {
  const staff = DEMO_ACCOUNTS.filter((a) => a.role !== 'YOUNG_PERSON');
  return `Demo sign-ins for staff (password "${DEMO_PASSWORD}"):\n${staff.map((a) => `  ${a.username.padEnd(14)} ${a.role}`).join('\n')}\n`;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new StartupError(error.message);
    throw error;
  }

  let db: ResolvedDatabase;
  try {
    db = await resolveDatabase(config, (m) => logger.warn({ postgres: m }, 'embedded PostgreSQL'));
  } catch (error) {
    if (error instanceof DataDirError) throw new StartupError(error.message);
    throw new StartupError(`The embedded PostgreSQL could not start in ${config.dataDir}: ${error instanceof Error ? error.message : String(error)}`);
  }

  let dataSource: DataSource | null = null;
  let shuttingDown = false;
  const stopDatabase = async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await db.stop();
  };

  try {
    console.log(`Database: ${db.description}`);
    try {
      const applied = await migrateAsOwner(db);
      if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    } catch (error) {
      if (error instanceof OwnerConnectionError) throw new StartupError(describeDbError(error.cause, db, db.ownerUrlSetting));
      if (error instanceof MigrationFailedError) throw new StartupError(`A database migration failed, so nothing was changed and the server did not start: ${error.message}`);
      if (error instanceof ApiRoleError) throw new StartupError(error.message);
      throw error;
    }

    dataSource = createDataSource(db.url, config.countSql ? { logger: sqlCountingLogger } : {});
    try {
      await dataSource.initialize();
    } catch (error) {
      throw new StartupError(describeDbError(error, db));
    }
    const roleWarning = await apiRoleWarning((sql) => dataSource!.query(sql));
    if (roleWarning) {
      logger.warn({ database: db.description }, 'the API connects to PostgreSQL with more rights than it needs');
      console.warn(`WARNING: ${roleWarning}`);
    }

    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM councils`);
    if (count === 0 && config.seedOnEmpty) {
      if (config.production) {
        logger.warn('FP_SEED_ON_EMPTY=true in production: creating the DEMO council with its PUBLISHED password');
        console.warn(
          `WARNING: FP_SEED_ON_EMPTY=true in production. Creating the demo council, whose accounts all share the published password "${DEMO_PASSWORD}". ` +
            'Anyone who has read the README can sign in. Never do this with real children\'s data on the same server.',
        );
      }
      const summary = await seedDemoCouncil(dataSource);
      console.log(`The database was empty: created the demo council (${summary.counts.children} children).`);
    }
    const [{ demo }] = await dataSource.query(`SELECT count(*)::int AS demo FROM users WHERE username = ANY($1)`, [DEMO_ACCOUNTS.map((a) => a.username)]);

    const services = createServices(dataSource, config, systemClock);
    if (config.replicaUrl) {
      const replica = new URL(config.replicaUrl);
      console.log(`Reporting reads: the replica at ${replica.hostname}:${replica.port || 5432}${replica.pathname} (FP_REPLICA_URL) while it is at most ${config.replicaMaxLagSeconds} s behind, else the primary.`);
    }
    const { httpServer, apollo } = await createApp(services);
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE') reject(new StartupError(`Port ${config.port} is in use. Stop the program using it, or start with PORT=<another port>.`));
        else if (error.code === 'EACCES') reject(new StartupError(`Not allowed to listen on port ${config.port}. Choose a port above 1024 with PORT.`));
        else reject(error);
      });
      httpServer.listen(config.port, config.host, resolve);
    });
    // The notifications queue runs in this process, started and stopped with the server.
    if (config.notifications.runQueue) await services.queue.start();
    // An uploaded return whose check or import a stopped process left under way.
    await services.ssda903Uploads.failInterrupted();

    const base = `http://localhost:${config.port}`;
    console.log(`
Forever Planning is running.
  API                  ${base}/graphql
  Professional portal  ${base}/
  Young person portal  ${base}/young/
  Health / readiness   ${base}/healthz, ${base}/readyz
${demo > 0 ? demoBanner() : ''}Press Ctrl+C to stop.`);

    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      console.log(`\n${signal}: finishing requests in flight and stopping...`);
      // Keeps the process alive while the pool closes (it would otherwise end with the last socket,
      // before saying so), and stops waiting for a request that never finishes.
      setTimeout(() => {
        console.error('Requests still in flight after 30 seconds: stopping anyway.');
        process.exit(1);
      }, 30_000);
      let message = 'Stopped: requests in flight finished and database connections closed.';
      try {
        await apollo.stop(); // drains the HTTP server first
        await services.queue.stop(); // jobs in flight finish; the rest wait in the database
        await services.reportingReads.stop(); // the replica's connections, if any
        await stopDatabase();
      } catch (error) {
        message = `Stopped, with an error while stopping: ${(error as Error).message}`;
      }
      // Exit once the message is out: a pipe drops what is still buffered at exit.
      process.stdout.write(`${message}\n`, () => process.exit(0));
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Forever Planning could not start. ${error.message}`);
  } else {
    logger.error({ err: errorForLog(error) }, 'start-up failed');
    console.error('Forever Planning could not start because of an unexpected error (details above).');
  }
  process.exit(1);
});

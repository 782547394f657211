import 'reflect-metadata';
import path from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { TimestampsFromClock } from './timestamps.subscriber';

/** pg_stat_activity's application_name for the reporting reads' connections to a replica. */
export const REPLICA_APPLICATION_NAME = 'forever-planning-reports';
const REPLICA_CONNECT_TIMEOUT_MS = 2_000;

/**
 * The TypeORM data source. Schema changes only ever come from migrations:
 * synchronize stays off everywhere, tests included.
 */
export function createDataSource(url: string, options: { poolSize?: number; logging?: boolean; logger?: Logger; replica?: boolean } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    // Record times come from the server's Clock (database/clock-of.ts), not PostgreSQL's now().
    subscribers: [TimestampsFromClock],
    migrations: [path.join(__dirname, '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    // All pending migrations in one transaction: a failure leaves the database exactly as it was.
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    // A hot standby is read-only: it cannot create extensions (the primary's migrations did, and it replays them).
    ...(options.replica ? { installExtensions: false } : {}),
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    // A custom logger sees every statement (tests count them to catch N+1 queries).
    ...(options.logger ? { logger: options.logger } : {}),
    // JIT compilation pays off for long analytic queries, not for these short ones: the
    // rules-facts statement spent 70 ms compiling for 15 ms of work (BENCHMARKS.md).
    // The replica's pool has its own name (pg_stat_activity shows which reads went there) and gives up connecting
    // quickly: a replica that does not answer sends the reads back to the primary (database/reporting-reads.ts).
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.replica ? REPLICA_APPLICATION_NAME : 'forever-planning',
      options: '-c jit=off',
      ...(options.replica ? { connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS } : {}),
    },
  });
}

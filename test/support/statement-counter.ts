import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../packages/server/src/database/data-source';

/** A data source that counts every SQL statement it sends: set `statements` to 0, make a request, read it. */
export interface CountingDataSource {
  dataSource: DataSource;
  statements: number;
}

/**
 * For the suites that hold a request to a number of statements (a TypeORM Logger counts each one the
 * API's pool sends, its session check and audit writes included). Destroy `dataSource` when done.
 */
export async function countingDataSource(url: string): Promise<CountingDataSource> {
  const logger: Logger = {
    logQuery: () => {
      counting.statements += 1;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const counting: CountingDataSource = { dataSource: createDataSource(url, { poolSize: 2, logger }), statements: 0 };
  await counting.dataSource.initialize();
  return counting;
}

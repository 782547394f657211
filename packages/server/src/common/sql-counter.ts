import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'typeorm';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A debug counter of SQL statements per request, for the benchmark only
 * (FP_COUNT_SQL=true; off by default and in production): the TypeORM logger
 * counts into the request's store, and the response carries the count in
 * the x-sql-count header.
 */
const requestStore = new AsyncLocalStorage<{ count: number }>();

export const SQL_COUNT_HEADER = 'x-sql-count';

export const sqlCountingLogger: Logger = {
  logQuery() {
    const store = requestStore.getStore();
    if (store) store.count++;
  },
  logQueryError() {},
  logQuerySlow() {},
  logSchemaBuild() {},
  logMigration() {},
  log() {},
};

/** Express middleware: everything after it in this request counts into one store. */
export function countSqlPerRequest(_req: Request, _res: Response, next: NextFunction): void {
  requestStore.run({ count: 0 }, next);
}

/** Puts the count on the response just before it is sent. */
export function sqlCountPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const store = requestStore.getStore();
          if (store) response.http.headers.set(SQL_COUNT_HEADER, String(store.count));
        },
      };
    },
  };
}

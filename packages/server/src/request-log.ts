import type { RequestHandler, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from './context';
import { logger } from './logger';

/**
 * One structured line per HTTP request: method, path (no query string),
 * status, duration, and for GraphQL the operation's name and the actor's id
 * and role. Never variables, bodies or names.
 */
interface RequestLogFields {
  operation?: string;
  operationType?: string;
  actorId?: string;
  actorRole?: string;
}

const fieldsOf = (res: Response): RequestLogFields => ((res.locals.requestLog ??= {}) as RequestLogFields);

export const requestLogger: RequestHandler = (req, res, next) => {
  const start = process.hrtime.bigint();
  // Captured now: routers rewrite req.url while handling. Never the query string.
  const path = req.originalUrl.split('?')[0];
  res.on('finish', () => {
    logger.info(
      {
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - start) / 1e5) / 10,
        ...fieldsOf(res),
      },
      'request',
    );
  });
  next();
};

/**
 * The response a GraphQL context belongs to, so the plugin can add the
 * operation to its log line. A symbol property, because Apollo copies the
 * context object per operation (a WeakMap keyed by it would miss).
 */
const RESPONSE = Symbol('response');
type WithResponse = RequestContext & { [RESPONSE]?: Response };

export function noteActor(context: RequestContext, res: Response): RequestContext {
  (context as WithResponse)[RESPONSE] = res;
  if (context.actor) Object.assign(fieldsOf(res), { actorId: context.actor.userId, actorRole: context.actor.role });
  return context;
}

export const requestLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, operationName }) {
        const res = (contextValue as WithResponse)[RESPONSE];
        if (res) Object.assign(fieldsOf(res), { operation: operationName ?? operation?.name?.value ?? '(anonymous)', operationType: operation?.operation });
      },
    };
  },
};

import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import express, { type Express } from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { buildContext, sessionPlugin, type RequestContext } from './context';
import { getSchema } from './schema';
import type { Services } from './services';
import { errorForLog, logger } from './logger';
import { noteActor, requestLogger, requestLogPlugin } from './request-log';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database/unavailable';

/** A database outage answers HTTP 503 with Retry-After, so clients and proxies know to retry. */
const unavailablePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some((e) => isDatabaseUnavailable(e.originalError ?? e))) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
import { apolloHardening, bodyErrorHandler, corsForPortals, LIMITS, unexpectedErrorHandler } from './hardening';
import { compiledOperationsGateway } from './compiled-operations';
import { exportsRouter } from './modules/tracker/exports.router';
import { countSqlPerRequest, sqlCountPlugin } from './common/sql-counter';
import { readsAfterCookie } from './database/reporting-reads';
import { mediaRouter } from './modules/media/media.routes';
import { ssda903UploadsRouter } from './modules/imports/ssda903-uploads.routes';
import { subjectAccessRouter } from './modules/data-protection/subject-access.routes';
import { retentionRefusalFrom } from './modules/data-protection/retention.service';
import { conflictNamesPlugin } from './conflict-names';
import { LiveEventsHub } from './modules/live-events/live-events.hub';
import { liveEventsRouter } from './modules/live-events/live-events.routes';
import { singleSignOnRouter } from './modules/single-sign-on/single-sign-on.routes';
import { allowListMiddleware } from './persisted-operations';
import { inputHygienePlugin } from './common/input-hygiene';

/** The codes a client may see; anything else is reported as a generic error with a reference. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_ALLOWED',
  'SERVICE_UNAVAILABLE',
]);

interface ValidationErrorShape {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

function flattenValidation(errors: ValidationErrorShape[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: `${prefix}${e.property}`, message })),
    ...flattenValidation(e.children ?? [], `${prefix}${e.property}.`),
  ]);
}

/**
 * One place where errors become what the client sees. It never throws (Apollo
 * would then answer a bare "Internal server error" and log nothing): a failure
 * here is itself an unexpected error, logged with its reference.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    return formatKnownError(formatted, error);
  } catch (formatting) {
    return unexpected(formatted, { error: errorForLog(error), formatting: errorForLog(formatting) });
  }
}

function unexpected(formatted: GraphQLFormattedError, cause: unknown): GraphQLFormattedError {
  const reference = randomUUID();
  logger.error({ reference, path: formatted.path, err: cause }, 'unexpected error');
  return {
    message: `Something went wrong on our side. Please try again. If it keeps happening, quote reference ${reference}.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', reference },
  };
}

function formatKnownError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = error instanceof GraphQLError ? error : null;
  const validationErrors = formatted.extensions?.validationErrors;
  // graphql-js stops coercing variables after 50 errors and throws an uncoded error: the input is what is wrong.
  if (original && !original.originalError && /^Too many errors processing variables/.test(original.message)) {
    return { message: 'The input has too many errors to list: check the values sent.', extensions: { code: 'BAD_USER_INPUT' } };
  }
  // type-graphql puts a validator's own crash here too (not an array): that is ours, not the input's.
  if (code === 'BAD_USER_INPUT' && validationErrors && !Array.isArray(validationErrors)) {
    return unexpected(formatted, errorForLog(validationErrors));
  }
  if (code === 'BAD_USER_INPUT' && Array.isArray(validationErrors)) {
    const fields = flattenValidation(validationErrors as ValidationErrorShape[]);
    return {
      message: fields.map((f) => f.message).join('; ') || 'The input is not valid.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code, field: fields[0]?.field, fields },
    };
  }
  if (code && CLIENT_CODES.has(code)) {
    const { stacktrace: _s, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const cause = original?.originalError ?? error;
  const refusal = retentionRefusalFrom(cause);
  if (refusal) {
    return { message: refusal.message, path: formatted.path, extensions: { ...refusal.extensions } };
  }
  if (isDatabaseUnavailable(cause)) {
    logger.warn({ path: formatted.path, err: errorForLog(cause) }, 'database unavailable');
    return {
      message: `The service is briefly unavailable. Nothing was saved; please try again in ${RETRY_AFTER_SECONDS} seconds.`,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  return unexpected(formatted, errorForLog(cause));
}

function servePortal(app: Express, mountPath: string, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    app.get(mountPath === '/' ? '/' : mountPath, (_req, res) => {
      res.status(503).type('text/plain').send('This portal has not been built yet: run "npm run build".');
    });
    return;
  }
  app.use(mountPath, express.static(dir, { index: false, maxAge: '1h', setHeaders: (res, file) => {
    if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-store');
  } }));
  // Single-page app: any other path under the portal is the app's own route.
  app.get(mountPath === '/' ? /^\/(?!graphql|young|healthz|readyz|exports|media|life-story-book|events|auth\/).*/ : new RegExp(`^${mountPath}(/.*)?$`), (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.sendFile(index);
  });
}

export interface RunningApp {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  live: LiveEventsHub;
}

/** The HTTP application: security headers, the GraphQL API, health checks and both portals. */
export async function createApp(services: Services, extraPlugins: ApolloServerPlugin<RequestContext>[] = []): Promise<RunningApp> {
  const app = express();
  const httpServer = http.createServer(app);
  const live = new LiveEventsHub(services);
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.FP_TRUST_PROXY === 'true' ? 1 : false);

  // Limits, CSRF, batching, introspection: see hardening.ts.
  const { plugins: hardeningPlugins, allowList, ...hardening } = apolloHardening(services.config);
  const schema = await getSchema();
  const gateway = services.config.compiledOperations ? compiledOperationsGateway(schema) : null;
  // Each document is compiled on its first request and kept (the allow-list bounds what can be compiled);
  // FP_PRECOMPILE_OPERATIONS=true compiles every listed document now instead.
  if (gateway && allowList && services.config.precompileOperations) gateway.precompile(allowList.documents);
  const apollo = new ApolloServer<RequestContext>({
    // Compiled operations keep Apollo's parsing, validation, plugins and formatError; only execution is replaced.
    ...(gateway ? { gateway } : { schema }),
    ...hardening,
    formatError,
    // main.ts handles SIGTERM and SIGINT itself: drain, close the pool, then exit.
    stopOnTerminationSignals: false,
    plugins: [
      // First: a request that is not a screen has its session checked before anything reads.
      sessionPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing here may be cached by HTTP caches, and the plugin wraps every field resolver: off.
      ApolloServerPluginCacheControlDisabled(),
      ...(hardeningPlugins as ApolloServerPlugin<RequestContext>[]),
      inputHygienePlugin as ApolloServerPlugin<RequestContext>,
      requestLogPlugin,
      unavailablePlugin,
      conflictNamesPlugin,
      ...(services.config.countSql ? [sqlCountPlugin<RequestContext>()] : []),
      // Read-your-own-writes with a replica: after a person's mutation, before its answer leaves, note where the
      // primary's WAL is (in this process, and in a cookie for the others); their reporting reads wait for the
      // replica to pass it (database/reporting-reads.ts).
      ...(services.reportingReads.configured
        ? [{
            async requestDidStart() {
              return {
                async willSendResponse({ contextValue, operation }) {
                  if (operation?.operation === 'mutation') await contextValue.noteWrite();
                },
              };
            },
          } satisfies ApolloServerPlugin<RequestContext>]
        : []),
      // Open event streams never finish by themselves: end them first so the HTTP server drains.
      { async serverWillStart() { return { async drainServer() { await live.stop(); } }; } },
      ...extraPlugins,
    ],
  });
  await apollo.start();

  app.use(requestLogger);
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'connect-src': ["'self'"],
          'font-src': ["'self'", 'data:'],
          'object-src': ["'none'"],
          'frame-ancestors': ["'none'"],
          'form-action': ["'self'"],
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());
  // With a replica: the browser's last write position, for this request's reporting reads. Mounted after any body
  // parsing, as the SQL counter is: a request store set before it is lost in the body stream's callbacks.
  const readsAfter = services.reportingReads.configured ? [readsAfterCookie] : [];

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await services.dataSource.query('SELECT 1');
      const pending = await services.dataSource.showMigrations();
      if (pending) {
        res.status(503).json({ status: 'migrations pending' });
        return;
      }
      // With a replica: whether reporting reads use it now (they fall back to the primary by themselves, so it never makes this not ready).
      res.json({ status: 'ready', ...(services.reportingReads.configured ? { reportingReads: services.reportingReads.status() } : {}) });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
    corsForPortals(services.config),
    express.json({ limit: LIMITS.bodyBytes }),
    ...(allowList ? [allowListMiddleware(allowList, LIMITS.maxTokens)] : []),
    ...(services.config.countSql ? [countSqlPerRequest] : []),
    ...readsAfter,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return noteActor(await buildContext(services, req, res, { deferSession: services.config.sessionInScreen }), res);
        } catch (error) {
          // The session lookup is the first query: an outage shows here first.
          if (!isDatabaseUnavailable(error)) throw error;
          throw new GraphQLError('The service is briefly unavailable.', {
            originalError: error as Error,
            extensions: { http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
          });
        }
      },
    }),
  );
  app.use(bodyErrorHandler);

  // Staff sign-in through the council's OpenID Connect provider, and its back-channel logout.
  app.use(singleSignOnRouter(services));
  // File downloads (tracker, reports, SSDA903) with the session cookie; subject access exports by signed link too.
  app.use(subjectAccessRouter(services));
  app.use('/exports', ...readsAfter, exportsRouter(services));
  // Life story uploads, downloads and the book: through the server and its policies, never a public path.
  app.use(mediaRouter(services));
  // An administrator's upload of the council's SSDA903 return, checked and then imported (modules/imports).
  app.use(ssda903UploadsRouter(services));
  // Live updates for open professional pages (server-sent events, authorized per event).
  app.use(liveEventsRouter(services, live));

  servePortal(app, '/young', services.config.youngPersonPortalDir);
  servePortal(app, '/', services.config.professionalPortalDir);
  app.use(
    unexpectedErrorHandler((error) => {
      const reference = randomUUID();
      logger.error({ reference, err: errorForLog(error) }, 'unexpected HTTP error');
      return reference;
    }),
  );
  return { app, httpServer, apollo, live };
}

import type { ErrorRequestHandler, RequestHandler } from 'express';
import cors from 'cors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import type { ServerConfig } from './config';
import { allowListPlugin, OperationAllowList } from './persisted-operations';

/**
 * Every limit the API puts on a request, in one place (SECURITY.md lists them).
 * Sized so the portals' largest screens fit with room to spare; anything
 * beyond is an attack or a bug and is refused before a resolver runs.
 */
export const LIMITS = {
  /** express.json: bodies above this are refused with 413 before parsing. */
  bodyBytes: 1_000_000,
  /** Nesting of selections (child { plans { meetings { ... } } }). */
  maxDepth: 10,
  /** graphql-armor's cost: objects 2, scalars 1, times 1.5 per level of depth, times a literal `first`. */
  maxCost: 20_000,
  /** Aliases per operation: stops one request asking for the same field hundreds of times. */
  maxAliases: 15,
  /** Directives per operation (@include/@skip). */
  maxDirectives: 20,
  /** Lexer tokens per document: counted while parsing, so huge documents cost little to refuse. */
  maxTokens: 4_000,
} as const;

type HardenedApolloOptions = Pick<
  ApolloServerOptions<never>,
  'introspection' | 'csrfPrevention' | 'allowBatchedHttpRequests' | 'hideSchemaDetailsFromClientErrors' | 'includeStacktraceInErrorResponses'
> & { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[]; allowList: OperationAllowList | null };

/** The Apollo Server settings that harden the GraphQL endpoint. */
export function apolloHardening(
  config: Pick<ServerConfig, 'production' | 'enforceOperationAllowList' | 'operationManifests'>,
): HardenedApolloOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, exposeLimits: true },
    costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
    maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
    maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
    maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // Production runs only the operations the portals were built with (persisted-operations.ts).
  const allowList = config.enforceOperationAllowList ? OperationAllowList.fromManifests(config.operationManifests) : null;
  return {
    allowList,
    // Introspection helps developers and tools; in production the schema is not advertised.
    introspection: !config.production,
    // Refuses simple (form-like) requests, so a cross-site form cannot call a mutation with the cookie.
    csrfPrevention: true,
    // One operation per request: a batch would multiply every other limit.
    allowBatchedHttpRequests: false,
    // No "Did you mean ...?": field names are not offered to someone probing the schema.
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      ...(allowList ? [allowListPlugin(allowList)] : []),
    ],
  };
}

/** CORS only for the configured portal origins; same-origin portals need none. */
export function corsForPortals(config: Pick<ServerConfig, 'corsOrigins'>): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    maxAge: 600,
  });
}

/** A refused body (too large, not JSON) gets a coded JSON answer, never Express's HTML page with a stack. */
export const bodyErrorHandler: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: `The request is larger than ${LIMITS.bodyBytes} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    res.status(error.status).json({ errors: [{ message: 'The request body could not be read as JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
};

/** Last resort: log the detail, answer a generic coded error (Express's own page would show the stack). */
export function unexpectedErrorHandler(log: (error: unknown) => string): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    const reference = log(error);
    if (res.headersSent) return;
    res.status(500).json({ errors: [{ message: `Something went wrong on our side. Quote reference ${reference}.`, extensions: { code: 'INTERNAL_SERVER_ERROR', reference } }] });
  };
}

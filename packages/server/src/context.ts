import type { Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import type { Actor } from './common/actor';
import { createLoaders, type Loaders } from './loaders';
import { SESSION_COOKIE, type UncheckedSession } from './modules/auth/session.service';
import type { Services } from './services';
import { homeFieldsOf } from './modules/young-person/young-person-home.screen-query';
import { READS_AFTER_COOKIE } from './database/reporting-reads';

/** What every resolver gets: who is asking, from where, the services and this request's own loaders. */
export interface RequestContext {
  actor: Actor | null;
  sessionExpiresAt: Date | null;
  sessionToken: string | undefined;
  ip: string;
  services: Services;
  /** Made per request with the actor's reach in their SQL: no cache is shared between people. */
  loaders: Loaders;
  /**
   * Set when `actor` is the remembered actor of the cookie's session, NOT YET CHECKED for this
   * request: only a screen statement may use it, checking the session in the same statement
   * (modules/children/children.screen-query.ts). Everything else checks first (checkSession).
   */
  uncheckedSession: UncheckedSession | null;
  /** Looks the session up (once) and puts its actor, or null, in `actor`. */
  checkSession(this: RequestContext): Promise<void>;
  /** The lookup under way or done, which every later checkSession waits for. */
  sessionLookup?: Promise<void>;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
  /** After the actor's write: their reporting reads wait for the replica to replay it (noteWriteFor). */
  noteWrite(this: RequestContext): Promise<void>;
}

/**
 * After a person's write, with a replica (database/reporting-reads.ts): their reporting reads wait until the replica
 * has replayed past the primary's position now, in this process and, through READS_AFTER_COOKIE on this response,
 * in whichever process answers their next request. The one way to do it: the GraphQL plugin after a mutation
 * (server.ts), the upload routes, and the read that learns an import they started has ended. Nothing without a replica.
 */
export async function noteWriteFor(services: Services, userId: string, res: Response): Promise<void> {
  const position = await services.reportingReads.noteWrite(userId);
  if (position && !res.headersSent) res.cookie(READS_AFTER_COOKIE, position, browserCookie(services));
}

/** The API's cookies: not readable by scripts, sent on same-site requests and top-level navigations only. */
function browserCookie(services: Services) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: services.config.secureCookies, path: '/' };
}

/**
 * The request's context. With `deferSession` (GraphQL with screen queries on), a session this
 * process has seen is not looked up here: the request may be a screen whose one statement checks
 * it (sessionPlugin decides, before anything runs).
 */
export async function buildContext(services: Services, req: Request, res: Response, options: { deferSession?: boolean } = {}): Promise<RequestContext> {
  const token: string | undefined = req.cookies?.[SESSION_COOKIE];
  const unchecked = options.deferSession ? services.sessions.remembered(token) : null;
  const session = unchecked ? null : await services.sessions.resolve(token);
  const actor = unchecked?.actor ?? session?.actor ?? null;
  const cookieOptions = browserCookie(services);
  const context: RequestContext = {
    actor,
    sessionExpiresAt: session?.expiresAt ?? null,
    sessionToken: token,
    ip: req.ip ?? 'unknown',
    services,
    loaders: createLoaders(services, actor),
    uncheckedSession: unchecked,
    // On `this`: Apollo hands resolvers a shallow copy of the context object.
    // The young person's home runs several root fields at once: they all wait for the one lookup.
    checkSession(this: RequestContext) {
      if (this.sessionLookup) return this.sessionLookup;
      if (!this.uncheckedSession) return Promise.resolve();
      this.uncheckedSession = null;
      this.sessionLookup = services.sessions.resolve(token).then((checked) => {
        this.actor = checked?.actor ?? null;
        this.sessionExpiresAt = checked?.expiresAt ?? null;
        this.loaders = createLoaders(services, this.actor);
      });
      return this.sessionLookup;
    },
    // A session cookie (no Max-Age): the server decides expiry; closing the browser ends it too.
    setSessionCookie: (value) => res.cookie(SESSION_COOKIE, value, cookieOptions),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
    noteWrite(this: RequestContext) {
      return this.actor ? noteWriteFor(services, this.actor.userId, res) : Promise.resolve();
    },
  };
  return context;
}

/** Root query fields whose resolvers run a screen statement that checks the session itself (withScreenSession). */
const SCREEN_ROOT_FIELDS = new Set(['child', 'children', 'driftList', 'drift', 'tracker']);

/** A query of exactly one screen root field, or the young person's home: nothing else in it reads before the screen statement. */
function isScreenOperation(operation: OperationDefinitionNode | null | undefined): boolean {
  if (operation?.operation !== 'query') return false;
  if (homeFieldsOf(operation)) return true;
  const selections = operation.selectionSet.selections;
  return selections.length === 1 && selections[0].kind === 'Field' && SCREEN_ROOT_FIELDS.has(selections[0].name.value);
}

/**
 * Before anything executes: a request with a remembered, unchecked session (buildContext's
 * deferSession) that is not a screen operation has its session looked up now, as usual.
 */
export const sessionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.uncheckedSession && !isScreenOperation(operation)) await contextValue.checkSession();
      },
    };
  },
};

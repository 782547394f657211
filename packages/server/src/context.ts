import type { Request, Response } from 'express';
import type { Actor } from './common/actor';
import { createLoaders, type Loaders } from './loaders';
import { SESSION_COOKIE } from './modules/auth/session.service';
import type { Services } from './services';

/** What every resolver gets: who is asking, from where, the services and this request's own loaders. */
export interface RequestContext {
  actor: Actor | null;
  sessionExpiresAt: Date | null;
  sessionToken: string | undefined;
  ip: string;
  services: Services;
  /** Made per request with the actor's reach in their SQL: no cache is shared between people. */
  loaders: Loaders;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
}

export async function buildContext(services: Services, req: Request, res: Response): Promise<RequestContext> {
  const token: string | undefined = req.cookies?.[SESSION_COOKIE];
  const session = await services.sessions.resolve(token);
  const actor = session?.actor ?? null;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: services.config.secureCookies,
    path: '/',
  };
  return {
    actor,
    sessionExpiresAt: session?.expiresAt ?? null,
    sessionToken: token,
    ip: req.ip ?? 'unknown',
    services,
    loaders: createLoaders(services, actor),
    // A session cookie (no Max-Age): the server decides expiry; closing the browser ends it too.
    setSessionCookie: (value) => res.cookie(SESSION_COOKIE, value, cookieOptions),
    clearSessionCookie: () => res.clearCookie(SESSION_COOKIE, cookieOptions),
  };
}

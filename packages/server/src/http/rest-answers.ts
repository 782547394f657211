import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { buildContext } from '../context';
import { logger } from '../logger';
import type { Services } from '../services';
import type { Actor } from '../common/actor';
import { HttpRefusal } from '../common/http-refusal';

/**
 * How the REST endpoints beside GraphQL (files, exports, live events) answer:
 * the same session as GraphQL, errors as `{ error: { code, message } }` with
 * the HTTP status that matches GraphQL's error code.
 */

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 };

export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.json({ error: { code, message } });
}

export function sendFailure(res: Response, e: unknown): void {
  if (e instanceof HttpRefusal) return sendError(res, e.status, e.code, e.message);
  const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
  if (STATUS[code]) return sendError(res, STATUS[code], code, (e as Error).message);
  logger.error({ err: e instanceof Error ? { message: e.message, stack: e.stack } : String(e) }, 'file endpoint failed');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
}

/** The signed-in person of this request (else a 401 is sent), and noteWrite: call it after their write, before answering. */
export async function signedIn(services: Services, req: Request, res: Response): Promise<{ actor: Actor; ip: string; noteWrite: () => Promise<void> } | null> {
  const ctx = await buildContext(services, req, res);
  if (!ctx.actor) {
    sendError(res, 401, 'UNAUTHENTICATED', 'Please sign in.');
    return null;
  }
  return { actor: ctx.actor, ip: ctx.ip, noteWrite: () => ctx.noteWrite() };
}

/** Never shown inline as a page: no scripts, no plugins, no framing, no sniffing. */
export function fileHeaders(res: Response, contentType: string, disposition: 'inline' | 'attachment', fileName: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `${disposition}; filename="${fileName.replace(/["\\]/g, '')}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'");
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

import { GraphQLError } from 'graphql';

/**
 * The only error codes a client ever sees. Everything else becomes a generic
 * INTERNAL_SERVER_ERROR with a reference; its detail goes to the log only.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, field?: string) =>
  new CodedError('BAD_USER_INPUT', message, field ? { field } : {});
export const unauthenticated = (message = 'Please sign in.') => new CodedError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Your role cannot do this.') => new CodedError('FORBIDDEN', message);
/** Also the answer when the record exists but the caller may not reach it: they learn nothing. */
export const notFound = (what = 'Record') => new CodedError('NOT_FOUND', `${what} not found.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new CodedError('CONFLICT', message, extra);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new CodedError('TOO_MANY_REQUESTS', message, { retryAfterSeconds });

/** What a record says about its last change: enough for a CONFLICT to tell who and when. */
export interface ChangedRecord {
  version: number;
  updatedAt: Date;
  updatedById: string | null;
}

/**
 * A stale version: someone else saved first. The extensions carry the current
 * version, when it changed and who changed it (`changedById` becomes the
 * person's name, `changedBy`, on the way out: see conflict-names.ts beside server.ts).
 */
export function versionConflict(current: ChangedRecord, what = 'record'): CodedError {
  return conflict(`Someone else changed this ${what} since you opened it. Reload it and make your change again.`, {
    currentVersion: current.version,
    changedAt: current.updatedAt.toISOString(),
    changedById: current.updatedById,
  });
}

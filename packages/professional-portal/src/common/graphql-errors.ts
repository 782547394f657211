import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { say } from '../i18n/i18n';

export interface ApiError {
  code: string | undefined;
  message: string;
  field?: string;
  /** On a stale-version CONFLICT: the name of the person who saved first (null when no one signed in did). */
  changedBy?: string | null;
  /** On a stale-version CONFLICT: when they saved (ISO). */
  changedAt?: string | null;
  /** A right password where a second factor comes next: what to ask for, and the challenge to send back with it. */
  secondFactor?: 'CODE' | 'ENROL';
  challenge?: string;
}

/** The first GraphQL error of a failed operation, with the server's code; network faults read as such. */
export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as {
      code?: string; field?: string; changedBy?: string | null; changedAt?: string | null; secondFactor?: 'CODE' | 'ENROL'; challenge?: string;
    };
    const found: ApiError = { code: extensions.code, message: first.message, field: extensions.field };
    if (extensions.secondFactor && extensions.challenge) Object.assign(found, { secondFactor: extensions.secondFactor, challenge: extensions.challenge });
    // A stale version (not a wrong status) says who saved first and when.
    if (extensions.code === 'CONFLICT' && 'changedAt' in extensions) Object.assign(found, { changedBy: extensions.changedBy ?? null, changedAt: extensions.changedAt ?? null });
    return found;
  }
  return {
    code: 'NETWORK',
    message: say('common.graphqlErrors.weCouldNotReach'),
  };
}

export const hasCode = (error: unknown, code: string) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);

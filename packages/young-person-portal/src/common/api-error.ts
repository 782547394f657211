import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server's error code and field, or NETWORK when it could not be reached. */
export function apiError(error: unknown): { code: string; field?: string; message: string } {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const { code, field } = (error.errors[0].extensions ?? {}) as { code?: string; field?: string };
    return { code: code ?? 'UNKNOWN', field, message: error.errors[0].message };
  }
  return { code: 'NETWORK', message: '' };
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface ApiError {
  code: string | undefined;
  message: string;
  field?: string;
}

/** The first GraphQL error of a failed operation, with the server's code; network faults read as such. */
export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as { code?: string; field?: string };
    return { code: extensions.code, message: first.message, field: extensions.field };
  }
  return {
    code: 'NETWORK',
    message: 'We could not reach Forever Planning. Check your connection and try again.',
  };
}

export const hasCode = (error: unknown, code: string) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);

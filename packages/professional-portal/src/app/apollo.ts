import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { tap } from 'rxjs';

export interface SessionSignals {
  /** The server answered a request from this session: its idle timer has restarted. */
  onActivity(operationName: string | undefined): void;
  /** The server said the session is over (UNAUTHENTICATED) on an operation that needed one. */
  onUnauthenticated(operationName: string | undefined): void;
}

/**
 * One client per page load. Same-origin cookies carry the session; Apollo sends
 * JSON, which satisfies the server's CSRF prevention.
 */
export function createApolloClient(signals: SessionSignals, uri = '/graphql'): ApolloClient {
  const activity = new ApolloLink((operation, forward) =>
    forward(operation).pipe(tap(() => signals.onActivity(operation.operationName))),
  );
  const errors = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      signals.onUnauthenticated(operation.operationName);
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errors, activity, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

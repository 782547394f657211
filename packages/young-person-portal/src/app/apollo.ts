import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { tap } from 'rxjs';

export interface SessionSignals {
  /** A request reached the server: its idle timer has restarted. */
  onActivity(operationName: string | undefined): void;
  /** The server said the session is over. */
  onEnded(operationName: string | undefined): void;
}

/** Same-origin cookies carry the session; Apollo's JSON requests satisfy the server's CSRF prevention. */
export function createApolloClient(signals: SessionSignals, uri = '/graphql'): ApolloClient {
  const activity = new ApolloLink((operation, forward) => forward(operation).pipe(tap(() => signals.onActivity(operation.operationName))));
  const ended = new ErrorLink(({ error, operation }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) signals.onEnded(operation.operationName);
  });
  return new ApolloClient({
    link: ApolloLink.from([ended, activity, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

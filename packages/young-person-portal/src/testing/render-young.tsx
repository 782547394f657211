import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { SessionEvents, SessionProvider } from '../app/session';
import { YoungPersonMeDocument, type YoungPersonMeFragment } from '../gql/graphql';

export const amira: YoungPersonMeFragment & { __typename: 'Me' } = {
  __typename: 'Me',
  id: 'user-amira',
  firstName: 'Amira',
  abilities: { __typename: 'ScreenAbilities', ownRecord: true } as YoungPersonMeFragment['abilities'],
  sessionExpiresAt: new Date(Date.now() + 120 * 60_000).toISOString(),
};

export function meMock(me: YoungPersonMeFragment | null = amira): MockLink.MockedResponse {
  return { request: { query: YoungPersonMeDocument }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

/** The whole portal at a path, with the API answered by mocks. */
export function renderYoung(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <MockedProvider mocks={mocks}>
      <SessionProvider events={new SessionEvents()}>
        <RouterProvider router={router} />
      </SessionProvider>
    </MockedProvider>,
  );
  return { ...view, router };
}

import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { SessionEvents } from '../auth/session-events';
import { SessionProvider } from '../auth/session';
import { MeDocument, type ChildRecordFragment, type Role, type SignedInPersonFragment } from '../gql/graphql';

export function person(role: Role, overrides: Partial<SignedInPersonFragment> = {}): SignedInPersonFragment & { __typename: 'Me' } {
  return {
    __typename: 'Me',
    id: `user-${role.toLowerCase()}`,
    displayName: 'Sam Worker',
    firstName: 'Sam',
    role,
    councilName: 'Council A',
    teamName: 'Team A1',
    sessionExpiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
    ...overrides,
  };
}

/** The session check every page load makes; answered as often as it is asked. */
export function meMock(me: SignedInPersonFragment | null): MockLink.MockedResponse {
  return { request: { query: MeDocument }, result: { data: { me } }, maxUsageCount: Number.POSITIVE_INFINITY };
}

export function childRecord(overrides: Partial<ChildRecordFragment> = {}): ChildRecordFragment & { __typename: 'Child' } {
  return {
    __typename: 'Child',
    id: 'child-1',
    version: 3,
    localId: 'L1001',
    displayName: 'Amira Ahmed',
    legalFirstName: 'Amira',
    legalLastName: 'Ahmed',
    preferredName: null,
    dateOfBirth: '2014-03-02',
    age: 12,
    oldEnoughForOwnAccess: true,
    gender: 'FEMALE',
    ethnicity: null,
    religion: null,
    firstLanguage: null,
    disability: null,
    healthNeeds: null,
    school: null,
    virtualSchool: null,
    upn: null,
    uasc: false,
    categoryOfNeed: null,
    dateLookedAfter: '2024-01-15',
    dateCeasedLookedAfter: null,
    advocacyOfferedOn: null,
    iroAllocatedOn: null,
    importedFrom: null,
    importedAt: null,
    team: { __typename: 'TeamRef', id: 'team-1', name: 'Team A1' } as ChildRecordFragment['team'],
    socialWorker: { __typename: 'PersonRef', id: 'sw-1', displayName: 'Sam Worker' } as ChildRecordFragment['socialWorker'],
    iro: null,
    ...overrides,
  };
}

/** The whole portal at a path, with the API answered by mocks. */
export function renderPortal(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const events = new SessionEvents();
  const view = render(
    <MockedProvider mocks={mocks}>
      <SessionProvider events={events}>
        <RouterProvider router={router} />
      </SessionProvider>
    </MockedProvider>,
  );
  return { ...view, router, events };
}

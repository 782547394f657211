import { render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../app/routes';
import { SessionEvents } from '../auth/session-events';
import { SessionProvider } from '../auth/session';
import { MeDocument, type ChildAbilityFlagsFragment, type ChildRecordFragment, type Role, type SignedInPersonFragment } from '../gql/graphql';

type Screens = Omit<SignedInPersonFragment['abilities'], '__typename'>;
const NO_SCREENS: Screens = {
  children: false, needsAttention: false, driftList: false, viewsInbox: false, advocacy: false, tracker: false, reports: false, ssda903: false,
  retentionReview: false, notifications: false, staffContacts: false, signInSettings: false, localPolicy: false, imports: false, auditSearch: false, youngPersonLanguages: false, ownAccount: false,
  staffAccounts: false, accountRequests: false, ownRecord: false, filterByTeam: false,
};
const READS_CHILDREN: Partial<Screens> = { children: true, needsAttention: true, driftList: true, tracker: true };

/** Test data: what the API answers in Me.abilities for each role (the server derives it from the access rules). */
export const SCREENS_BY_ROLE: Record<Role, Screens> = {
  SOCIAL_WORKER: { ...NO_SCREENS, ownAccount: true, ...READS_CHILDREN, viewsInbox: true },
  TEAM_MANAGER: { ...NO_SCREENS, ownAccount: true, ...READS_CHILDREN, viewsInbox: true, reports: true },
  IRO: { ...NO_SCREENS, ownAccount: true, ...READS_CHILDREN, viewsInbox: true, filterByTeam: true },
  HEAD_OF_SERVICE: { ...NO_SCREENS, ownAccount: true, ...READS_CHILDREN, reports: true, ssda903: true, retentionReview: true, accountRequests: true, auditSearch: true, filterByTeam: true },
  ADVOCATE: { ...NO_SCREENS, ownAccount: true, advocacy: true },
  ADMINISTRATOR: {
    ...NO_SCREENS, ownAccount: true, retentionReview: true, notifications: true, staffContacts: true, signInSettings: true, localPolicy: true, imports: true, auditSearch: true, youngPersonLanguages: true, staffAccounts: true,
  },
  YOUNG_PERSON: { ...NO_SCREENS, ownRecord: true },
};

type ChildAbilities = Omit<ChildAbilityFlagsFragment, '__typename'>;
const NO_CHILD_ABILITIES: ChildAbilities = {
  canEdit: false, canAllocate: false, canInviteYoungPerson: false, canStartPlan: false, canEditLifeStory: false, canRestoreLifeStory: false, canScheduleMeetings: false,
  canSignOffReviews: false, canRaiseEscalation: false, canRecordEscalationStage: false, canReadAudit: false, canExportSubjectAccess: false, canSignOffPermanenceForms: false,
};
const EDITS: Partial<ChildAbilities> = { canEdit: true, canInviteYoungPerson: true, canStartPlan: true, canEditLifeStory: true, canScheduleMeetings: true };

/** Test data: what the API answers in Child.abilities for each role at its closest to the child (the allocated worker, the child's IRO, ...). */
export function childAbilities(role: Role): ChildAbilities & { __typename: 'ChildAbilities' } {
  const byRole: Record<Role, Partial<ChildAbilities>> = {
    SOCIAL_WORKER: EDITS,
    TEAM_MANAGER: { ...EDITS, canAllocate: true, canRestoreLifeStory: true, canRecordEscalationStage: true, canReadAudit: true, canSignOffPermanenceForms: true },
    IRO: { canScheduleMeetings: true, canSignOffReviews: true, canRaiseEscalation: true, canRecordEscalationStage: true, canReadAudit: true },
    HEAD_OF_SERVICE: { canReadAudit: true, canExportSubjectAccess: true },
    ADVOCATE: {},
    ADMINISTRATOR: {},
    YOUNG_PERSON: {},
  };
  return { __typename: 'ChildAbilities', ...NO_CHILD_ABILITIES, ...byRole[role] };
}

export function person(role: Role, overrides: Partial<SignedInPersonFragment> = {}): SignedInPersonFragment & { __typename: 'Me' } {
  return {
    __typename: 'Me',
    abilities: { __typename: 'ScreenAbilities', ...SCREENS_BY_ROLE[role] } as SignedInPersonFragment['abilities'],
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
    abilities: childAbilities('SOCIAL_WORKER'),
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
    previousPermanence: null,
    previousPermanenceLa: null,
    previousPermanenceDate: null,
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

import { MATCHING_AREA_LABELS, MATCHING_AREAS } from '@forever-planning/shared';
import type { MockLink } from '@apollo/client/testing';
import { childAbilities } from './render-portal';
import { ChildRecordSectionsDocument, type ChildRecordSectionsQuery } from '../gql/graphql';

type RecordChild = NonNullable<ChildRecordSectionsQuery['child']>;
type Typed<T> = T & { __typename: string };

export function placement(overrides: Partial<RecordChild['placements'][number]> = {}): Typed<RecordChild['placements'][number]> {
  return {
    __typename: 'Placement',
    id: 'placement-1',
    version: 1,
    type: 'FOSTER_CARE',
    carerName: 'Jo and Sam Patel',
    startDate: '2024-01-15',
    endDate: null,
    inArea: true,
    postcode: 'M1 1AA',
    provider: 'PR1',
    urn: 'SC123456',
    weeklyCost: 450,
    reasonForChange: null,
    endReason: null,
    changeNotes: null,
    intendedDuration: null,
    intendedUntil: null,
    durationInChildWords: null,
    movePlannedFor: null,
    moveToCarerName: null,
    childToldOfMoveOn: null,
    childMetNewCarerOn: null,
    newCarerAlreadyKnown: false,
    ...overrides,
  };
}

export function networkMember(overrides: Partial<RecordChild['familyNetwork'][number]> = {}): Typed<RecordChild['familyNetwork'][number]> {
  return {
    __typename: 'NetworkMember',
    id: 'member-1',
    version: 2,
    name: 'Fatima Ahmed',
    relationship: 'Maternal grandmother',
    kind: 'RELATIVE',
    phone: null,
    email: null,
    address: null,
    consideredAsCarer: false,
    carerAssessmentOutcome: null,
    sex: null,
    deceased: false,
    livesWithChild: false,
    trustedAdultRole: null,
    shownToChild: false,
    ...overrides,
  };
}

export function siblingLink(overrides: Partial<RecordChild['brothersAndSisters'][number]> = {}): Typed<RecordChild['brothersAndSisters'][number]> {
  return {
    __typename: 'BrotherOrSister',
    id: 'link-1',
    version: 1,
    relationship: 'FULL',
    livingTogether: false,
    child: { __typename: 'SiblingSummary', id: 'child-2', firstName: 'Adam', age: 9, reachable: true } as RecordChild['brothersAndSisters'][number]['child'],
    assessments: [],
    keepingInTouchPlans: [],
    ...overrides,
  };
}

/** A child's record sections as the API answers them: one foster placement, a care order, the nine empty matching areas. */
export function recordChild(overrides: Partial<RecordChild> = {}): Typed<RecordChild> {
  const current = placement();
  return {
    __typename: 'Child',
    id: 'child-1',
    abilities: childAbilities('SOCIAL_WORKER'),
    displayName: 'Amira Ahmed',
    dateOfBirth: '2014-03-02',
    dateLookedAfter: '2024-01-15',
    dateCeasedLookedAfter: null,
    healthOutcomes: [],
    missingEpisodes: [],
    deprivationOfLibertyOrders: [],
    siblingGroup: null,
    familyRelationships: [],
    leavingCare: null,
    careLeaverBirthdays: [],
    pathwayPlanDue: null,
    placementMovesInLast12Months: 0,
    currentPlacement: { __typename: 'Placement', id: current.id } as RecordChild['currentPlacement'],
    currentLegalStatus: { __typename: 'LegalStatus', id: 'status-1' } as RecordChild['currentLegalStatus'],
    placements: [current],
    legalStatuses: [
      { __typename: 'LegalStatus', id: 'status-1', version: 1, status: 'INTERIM_CARE_ORDER', label: 'Interim care order', startDate: '2024-01-15', endDate: null } as RecordChild['legalStatuses'][number],
    ],
    brothersAndSisters: [],
    familyNetwork: [],
    matchingRecord: MATCHING_AREAS.map(
      (area) =>
        ({
          __typename: 'MatchingAreaRecord',
          id: null,
          version: null,
          area,
          label: MATCHING_AREA_LABELS[area],
          needs: null,
          currentSupport: null,
          carerPotential: null,
          childViews: null,
          inSupportPlan: false,
        }) as RecordChild['matchingRecord'][number],
    ),
    ...overrides,
  };
}

/** The record sections query, answered with this child as often as it is asked (the forms and the record page both load it). */
export function recordMock(child: RecordChild, times = Number.POSITIVE_INFINITY): MockLink.MockedResponse {
  return { request: { query: ChildRecordSectionsDocument, variables: { id: child.id } }, result: { data: { today: '2026-11-24', child } }, maxUsageCount: times };
}

import type { FamilyTimeKind, NetworkMemberKind, SiblingRelationship, TogetherApartOutcome } from '../gql/graphql';

export const SIBLING_RELATIONSHIP_LABELS: Record<SiblingRelationship, string> = { FULL: 'Full', HALF: 'Half', STEP: 'Step', ADOPTIVE: 'Adoptive' };

export const TOGETHER_APART_LABELS: Record<TogetherApartOutcome, string> = {
  TOGETHER: 'Together',
  TOGETHER_WHERE_POSSIBLE: 'Together where possible',
  APART: 'Apart',
};

export const FAMILY_TIME_LABELS: Record<FamilyTimeKind, string> = { DIRECT: 'Direct (seeing each other)', INDIRECT: 'Indirect (letters, calls, messages)' };

export const NETWORK_KIND_LABELS: Record<NetworkMemberKind, string> = {
  RELATIVE: 'Relative',
  CONNECTED_PERSON: 'Connected person',
  LIFELONG_LINK: 'Lifelong link',
  TRUSTED_ADULT: 'Trusted adult',
};

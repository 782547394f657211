import type { FamilyTimeKind, NetworkMemberKind, NetworkRelationshipKind, SiblingRelationship, TogetherApartOutcome } from '../gql/graphql';

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

/** SSDA903 REASON_PLACE_CHANGE: why a placement ended in a move, in the Department for Education's words. */
export const PLACE_CHANGE_REASON_LABELS: Record<string, string> = {
  CARPL: 'Change to or carrying out the care plan (CARPL)',
  CHILD: 'The child asked for the placement to end (CHILD)',
  CREQB: 'The carer asked for it to end because of the child’s behaviour (CREQB)',
  CREQO: 'The carer asked for it to end for another reason (CREQO)',
  LAREQ: 'The council asked for it to end (LAREQ)',
  CLOSE: 'The carer resigned or the provision closed (CLOSE)',
  ALLEG: 'Allegation (section 47) (ALLEG)',
  STAND: 'Concern about standards of care (STAND)',
  APPRR: 'The carer’s approval was removed (APPRR)',
  CUSTOD: 'Custody arrangement (CUSTOD)',
  PLACE: 'Change in the status of the placement only (PLACE)',
  OTHER: 'Other (OTHER)',
};

/** SSDA903 PLACE_PROVIDER, PR0 to PR5. */
export const PROVIDER_LABELS: Record<string, string> = {
  PR0: 'Parents or others with parental responsibility (PR0)',
  PR1: 'The council’s own provision (PR1)',
  PR2: 'Another council’s provision (PR2)',
  PR3: 'Other public provision, such as the NHS (PR3)',
  PR4: 'Private provision (PR4)',
  PR5: 'Voluntary or third sector provision (PR5)',
};

/** Options for a Select or Radios from a label map, in its order. */
export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** A matching area as it appears in a web address: "VIEWS_WISHES_WORRIES" as "views-wishes-worries". */
export const areaSlug = (area: string) => area.toLowerCase().replace(/_/g, '-');

/** How the first person is related to the second, as the family tree form asks it. */
export const NETWORK_RELATIONSHIP_LABELS: Record<NetworkRelationshipKind, string> = {
  PARENT: 'Parent of',
  MARRIED: 'Married to',
  PARTNERS: 'Partner of (not married)',
  SEPARATED: 'Separated from',
  DIVORCED: 'Divorced from',
};

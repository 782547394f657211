import type { FamilyTimeKind, NetworkMemberKind, NetworkRelationshipKind, SiblingRelationship, TogetherApartOutcome } from '../gql/graphql';
import { say } from '../i18n/i18n';

export const SIBLING_RELATIONSHIP_LABELS: Record<SiblingRelationship, string> = { FULL: say('record.recordLabels.full'), HALF: say('record.recordLabels.half'), STEP: say('record.recordLabels.step'), ADOPTIVE: say('record.recordLabels.adoptive') };

export const TOGETHER_APART_LABELS: Record<TogetherApartOutcome, string> = {
  TOGETHER: say('record.recordLabels.together'),
  TOGETHER_WHERE_POSSIBLE: say('record.recordLabels.togetherWherePossible'),
  APART: say('record.recordLabels.apart'),
};

export const FAMILY_TIME_LABELS: Record<FamilyTimeKind, string> = { DIRECT: say('record.recordLabels.directSeeingEachOther'), INDIRECT: say('record.recordLabels.indirectLettersCallsMessages') };

export const NETWORK_KIND_LABELS: Record<NetworkMemberKind, string> = {
  RELATIVE: say('record.recordLabels.relative'),
  CONNECTED_PERSON: say('record.recordLabels.connectedPerson'),
  LIFELONG_LINK: say('record.recordLabels.lifelongLink'),
  TRUSTED_ADULT: say('record.recordLabels.trustedAdult'),
};

/** SSDA903 REASON_PLACE_CHANGE: why a placement ended in a move, in the Department for Education's words. */
export const PLACE_CHANGE_REASON_LABELS: Record<string, string> = {
  CARPL: say('record.recordLabels.changeToOrCarrying'),
  CHILD: say('record.recordLabels.theChildAskedFor'),
  CREQB: say('record.recordLabels.theCarerAskedFor'),
  CREQO: say('record.recordLabels.theCarerAskedFor2'),
  LAREQ: say('record.recordLabels.theCouncilAskedFor'),
  CLOSE: say('record.recordLabels.theCarerResignedOr'),
  ALLEG: say('record.recordLabels.allegationSection47Alleg'),
  STAND: say('record.recordLabels.concernAboutStandardsOf'),
  APPRR: say('record.recordLabels.theCarersApprovalWas'),
  CUSTOD: say('record.recordLabels.custodyArrangementCustod'),
  PLACE: say('record.recordLabels.changeInTheStatus'),
  OTHER: say('record.recordLabels.otherOther'),
};

/** SSDA903 PLACE_PROVIDER, PR0 to PR5. */
export const PROVIDER_LABELS: Record<string, string> = {
  PR0: say('record.recordLabels.parentsOrOthersWith'),
  PR1: say('record.recordLabels.theCouncilsOwnProvision'),
  PR2: say('record.recordLabels.anotherCouncilsProvisionPr2'),
  PR3: say('record.recordLabels.otherPublicProvisionSuch'),
  PR4: say('record.recordLabels.privateProvisionPr4'),
  PR5: say('record.recordLabels.voluntaryOrThirdSector'),
};

/** Options for a Select or Radios from a label map, in its order. */
export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const YES_NO = [
  { value: 'yes', label: say('record.recordLabels.yes') },
  { value: 'no', label: say('record.recordLabels.no') },
];

/** A matching area as it appears in a web address: "VIEWS_WISHES_WORRIES" as "views-wishes-worries". */
export const areaSlug = (area: string) => area.toLowerCase().replace(/_/g, '-');

/** How the first person is related to the second, as the family tree form asks it. */
export const NETWORK_RELATIONSHIP_LABELS: Record<NetworkRelationshipKind, string> = {
  PARENT: say('record.recordLabels.parentOf'),
  MARRIED: say('record.recordLabels.marriedTo'),
  PARTNERS: say('record.recordLabels.partnerOfNotMarried'),
  SEPARATED: say('record.recordLabels.separatedFrom'),
  DIVORCED: say('record.recordLabels.divorcedFrom'),
};

/**
 * The domain's closed vocabularies. The server turns each into a GraphQL enum
 * and a database check constraint; the portals use the labels.
 */

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'NOT_KNOWN'] as const;
export type Gender = (typeof GENDERS)[number];

/** Legal status codes follow the SSDA903 return's LS codes. */
export const LEGAL_STATUSES = [
  'SECTION_20', // V2: single period of accommodation under section 20
  'INTERIM_CARE_ORDER', // C1
  'FULL_CARE_ORDER', // C2
  'PLACEMENT_ORDER', // E1
  'SUPERVISION_ORDER',
  'CHILD_ARRANGEMENTS_ORDER',
  'SPECIAL_GUARDIANSHIP_ORDER',
  'ADOPTION_ORDER',
] as const;
export type LegalStatusKind = (typeof LEGAL_STATUSES)[number];

export const LEGAL_STATUS_LABELS: Record<LegalStatusKind, string> = {
  SECTION_20: 'Section 20 accommodation',
  INTERIM_CARE_ORDER: 'Interim care order',
  FULL_CARE_ORDER: 'Full care order',
  PLACEMENT_ORDER: 'Placement order',
  SUPERVISION_ORDER: 'Supervision order',
  CHILD_ARRANGEMENTS_ORDER: 'Child arrangements order',
  SPECIAL_GUARDIANSHIP_ORDER: 'Special guardianship order',
  ADOPTION_ORDER: 'Adoption order',
};

export const PLACEMENT_TYPES = [
  'PARENTS',
  'CONNECTED_PERSON',
  'FOSTER_CARE',
  'FOSTERING_FOR_ADOPTION',
  'LONG_TERM_FOSTER',
  'RESIDENTIAL',
  'SUPPORTED_LODGINGS',
  'SEMI_INDEPENDENT',
  'ADOPTIVE_PLACEMENT',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const PLACEMENT_TYPE_LABELS: Record<PlacementType, string> = {
  PARENTS: 'With parents',
  CONNECTED_PERSON: 'Connected person (kinship)',
  FOSTER_CARE: 'Foster care',
  FOSTERING_FOR_ADOPTION: 'Fostering for adoption',
  LONG_TERM_FOSTER: 'Long-term foster care',
  RESIDENTIAL: "Residential children's home",
  SUPPORTED_LODGINGS: 'Supported lodgings',
  SEMI_INDEPENDENT: 'Semi-independent living',
  ADOPTIVE_PLACEMENT: 'Adoptive placement',
};

export const SIBLING_RELATIONSHIPS = ['FULL', 'HALF', 'STEP', 'ADOPTIVE'] as const;
export type SiblingRelationshipKind = (typeof SIBLING_RELATIONSHIPS)[number];

export const TOGETHER_APART_OUTCOMES = ['TOGETHER', 'APART', 'TOGETHER_WHERE_POSSIBLE'] as const;
export type TogetherApartOutcome = (typeof TOGETHER_APART_OUTCOMES)[number];

export const FAMILY_TIME_KINDS = ['DIRECT', 'INDIRECT'] as const;
export type FamilyTimeKind = (typeof FAMILY_TIME_KINDS)[number];

export const NETWORK_MEMBER_KINDS = [
  'RELATIVE',
  'CONNECTED_PERSON',
  'LIFELONG_LINK',
  'TRUSTED_ADULT',
] as const;
export type NetworkMemberKind = (typeof NETWORK_MEMBER_KINDS)[number];

/**
 * How two people in the child's family network are related, for the genogram.
 * PARENT: the first person is a parent of the second (or of the child, when
 * there is no second person). The others join a couple: together (not
 * married), married, separated (not married), divorced.
 */
export const NETWORK_RELATIONSHIP_KINDS = ['PARENT', 'PARTNERS', 'MARRIED', 'SEPARATED', 'DIVORCED'] as const;
export type NetworkRelationshipKind = (typeof NETWORK_RELATIONSHIP_KINDS)[number];

/** The sex drawn on a genogram: a square, a circle, or (not known) a diamond. */
export const GENOGRAM_SEXES = ['FEMALE', 'MALE'] as const;
export type GenogramSex = (typeof GENOGRAM_SEXES)[number];

export const PLAN_OPTIONS = [
  'REUNIFICATION',
  'REMAIN_WITH_PARENTS',
  'KINSHIP_CARE',
  'SPECIAL_GUARDIANSHIP',
  'CHILD_ARRANGEMENTS_ORDER',
  'ADOPTION',
  'EARLY_PERMANENCE',
  'LONG_TERM_FOSTERING',
  'RESIDENTIAL_CARE',
  'STAYING_PUT',
  'SUPPORTED_LODGINGS',
  'SHARED_CARE',
] as const;
export type PlanOption = (typeof PLAN_OPTIONS)[number];

export const PLAN_OPTION_LABELS: Record<PlanOption, string> = {
  REUNIFICATION: 'Return home (reunification)',
  REMAIN_WITH_PARENTS: 'Remain with parents with support',
  KINSHIP_CARE: 'Connected person / kinship care',
  SPECIAL_GUARDIANSHIP: 'Special guardianship order',
  CHILD_ARRANGEMENTS_ORDER: 'Child arrangements order',
  ADOPTION: 'Adoption',
  EARLY_PERMANENCE: 'Early permanence (fostering for adoption / concurrency)',
  LONG_TERM_FOSTERING: 'Long-term fostering',
  RESIDENTIAL_CARE: 'Residential care',
  STAYING_PUT: 'Staying put / staying close',
  SUPPORTED_LODGINGS: 'Supported lodgings or semi-independent living (16+)',
  SHARED_CARE: 'Shared care',
};

export const PLAN_STATUSES = [
  'DRAFT',
  'PROPOSED',
  'APPROVED',
  'RECOMMENDED_BY_PANEL',
  'ENDORSED',
  'ACHIEVED',
  'ENDED',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * The versions that are "the plan in force": approved by the team manager (or
 * further on). A newer draft or submitted version does not replace it until
 * it is approved itself.
 */
export const PLAN_IN_FORCE_STATUSES: readonly PlanStatus[] = ['APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED', 'ACHIEVED'];

/** What a manager decided about a submitted plan: management oversight, kept on the plan's history. */
export const PLAN_DECISION_KINDS = ['APPROVED', 'RETURNED', 'HEAD_OF_SERVICE_APPROVED'] as const;
export type PlanDecisionKind = (typeof PLAN_DECISION_KINDS)[number];

export const PLAN_DECISION_LABELS: Record<PlanDecisionKind, string> = {
  APPROVED: 'Approved',
  RETURNED: 'Returned for changes',
  HEAD_OF_SERVICE_APPROVED: 'Approved by head of service',
};

/** Which option of the plan an outcome works towards (Newham: progress options concurrently). */
export const OUTCOME_TRACKS = ['PRIMARY', 'CONTINGENCY'] as const;
export type OutcomeTrack = (typeof OUTCOME_TRACKS)[number];
export const OUTCOME_TRACK_LABELS: Record<OutcomeTrack, string> = {
  PRIMARY: 'The main plan',
  CONTINGENCY: 'The contingency plan',
};

/** Whether the family agreed the plan, as recorded with their comments. */
export const FAMILY_AGREEMENTS = ['AGREED', 'NOT_AGREED'] as const;
export type FamilyAgreement = (typeof FAMILY_AGREEMENTS)[number];
export const FAMILY_AGREEMENT_LABELS: Record<FamilyAgreement, string> = {
  AGREED: 'The family agree with the plan',
  NOT_AGREED: 'The family do not agree with the plan',
};

/** The agency decision maker's decision on a panel's recommendation. */
export const PANEL_DECISIONS = ['AGREED', 'NOT_AGREED', 'DEFERRED'] as const;
export type PanelDecision = (typeof PANEL_DECISIONS)[number];
export const PANEL_DECISION_LABELS: Record<PanelDecision, string> = {
  AGREED: 'Agreed the recommendation',
  NOT_AGREED: 'Did not agree the recommendation',
  DEFERRED: 'Deferred for more information',
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = {
  DRAFT: 'Draft',
  PROPOSED: 'Submitted for approval',
  APPROVED: 'Approved by team manager',
  RECOMMENDED_BY_PANEL: 'Recommended by panel',
  ENDORSED: 'Endorsed at review',
  ACHIEVED: 'Achieved',
  ENDED: 'Ended',
};

export const MEETING_TYPES = [
  'FIRST_REVIEW',
  'SECOND_REVIEW',
  'SUBSEQUENT_REVIEW',
  'PERMANENCE_PLANNING_MEETING',
  'GATEWAY_PANEL',
  'PERMANENCE_PANEL',
  'PLACEMENT_STABILITY_PANEL',
  'RESOURCE_ALLOCATION_PANEL',
  'FOSTERING_PANEL',
  'ADOPTION_PANEL',
  'FAMILY_GROUP_CONFERENCE',
  'PLO_MEETING',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  FIRST_REVIEW: 'First review',
  SECOND_REVIEW: 'Second review',
  SUBSEQUENT_REVIEW: 'Review',
  PERMANENCE_PLANNING_MEETING: 'Permanence planning meeting',
  GATEWAY_PANEL: 'Gateway panel',
  PERMANENCE_PANEL: 'Permanence panel',
  PLACEMENT_STABILITY_PANEL: 'Placement stability panel',
  RESOURCE_ALLOCATION_PANEL: 'Resource allocation panel',
  FOSTERING_PANEL: 'Fostering panel',
  ADOPTION_PANEL: 'Adoption panel',
  FAMILY_GROUP_CONFERENCE: 'Family group conference',
  PLO_MEETING: 'Public Law Outline (PLO) meeting',
};

export const REVIEW_MEETING_TYPES: readonly MeetingType[] = ['FIRST_REVIEW', 'SECOND_REVIEW', 'SUBSEQUENT_REVIEW'];
export const PANEL_MEETING_TYPES: readonly MeetingType[] = [
  'GATEWAY_PANEL',
  'PERMANENCE_PANEL',
  'PLACEMENT_STABILITY_PANEL',
  'RESOURCE_ALLOCATION_PANEL',
  'FOSTERING_PANEL',
  'ADOPTION_PANEL',
];

/** SSDA903 review participation codes, PN0 (child under 4) to PN7. */
export const PARTICIPATION_CODES = ['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7'] as const;
export type ParticipationCode = (typeof PARTICIPATION_CODES)[number];

export const VIEW_TOPICS = [
  'WHERE_I_LIVE',
  'BROTHERS_AND_SISTERS',
  'FAMILY_TIME',
  'SCHOOL',
  'HEALTH',
  'WORRIES',
  'MY_MEETING',
  'PEOPLE_I_TRUST',
  'ANYTHING_ELSE',
] as const;
export type ViewTopic = (typeof VIEW_TOPICS)[number];

/** The words a child reads for each topic. */
export const VIEW_TOPIC_LABELS: Record<ViewTopic, string> = {
  WHERE_I_LIVE: 'Where I live',
  BROTHERS_AND_SISTERS: 'Brothers and sisters',
  FAMILY_TIME: 'Family time',
  SCHOOL: 'School',
  HEALTH: 'Health',
  WORRIES: 'Worries',
  MY_MEETING: 'What I want at my meeting',
  PEOPLE_I_TRUST: 'People I trust',
  ANYTHING_ELSE: 'Anything else',
};

export const MOODS = ['VERY_SAD', 'SAD', 'OK', 'HAPPY', 'VERY_HAPPY'] as const;
export type Mood = (typeof MOODS)[number];

export const VIEW_READERS = ['WORKER', 'IRO', 'ADVOCATE'] as const;
export type ViewReader = (typeof VIEW_READERS)[number];

export const VIEW_STATUSES = ['DRAFT', 'SENT'] as const;
export type ViewStatus = (typeof VIEW_STATUSES)[number];

export const LIFE_STORY_KINDS = ['PHOTO', 'MEMORY', 'DOCUMENT', 'LETTER', 'MILESTONE', 'PERSON', 'PLACE'] as const;
export type LifeStoryKind = (typeof LIFE_STORY_KINDS)[number];

export const LIFE_STORY_AUDIENCES = ['PROFESSIONALS_ONLY', 'CHILD_NOW', 'CHILD_FROM_DATE', 'CHILD_FROM_AGE'] as const;
export type LifeStoryAudience = (typeof LIFE_STORY_AUDIENCES)[number];

export const ADVOCACY_STATUSES = ['REQUESTED', 'ACTIVE', 'CLOSED'] as const;
export type AdvocacyStatus = (typeof ADVOCACY_STATUSES)[number];

/** Newham's nine matching areas. */
export const MATCHING_AREAS = [
  'VIEWS_WISHES_WORRIES',
  'HEALTH',
  'EDUCATION',
  'EMOTIONAL_BEHAVIOURAL',
  'IDENTITY',
  'FAMILY_SOCIAL_RELATIONSHIPS',
  'SOCIAL_PRESENTATION_INTERESTS',
  'SELF_CARE',
  'CONTACT',
] as const;
export type MatchingArea = (typeof MATCHING_AREAS)[number];

export const MATCHING_AREA_LABELS: Record<MatchingArea, string> = {
  VIEWS_WISHES_WORRIES: "The child's views, wishes and worries",
  HEALTH: 'Health',
  EDUCATION: 'Education',
  EMOTIONAL_BEHAVIOURAL: 'Emotional and behavioural development',
  IDENTITY: 'Identity (ethnicity, religion, culture, language, beliefs)',
  FAMILY_SOCIAL_RELATIONSHIPS: 'Family and social relationships',
  SOCIAL_PRESENTATION_INTERESTS: 'Social presentation and interests',
  SELF_CARE: 'Self-care skills',
  CONTACT: 'Contact',
};

/** SSDA903 reason for a new episode (RNE). */
export const NEW_EPISODE_REASONS = ['S', 'L', 'P', 'T', 'U', 'B'] as const;
export type NewEpisodeReason = (typeof NEW_EPISODE_REASONS)[number];

/** SSDA903 category of need (CIN), N1 to N8. */
export const CATEGORIES_OF_NEED = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8'] as const;
export type CategoryOfNeed = (typeof CATEGORIES_OF_NEED)[number];

/** Messages a child can send for help, and a concern their advocate raises to the IRO. */
export const CHILD_MESSAGE_KINDS = ['NOT_HAPPY', 'UNSAFE', 'CONCERN'] as const;
export type ChildMessageKind = (typeof CHILD_MESSAGE_KINDS)[number];

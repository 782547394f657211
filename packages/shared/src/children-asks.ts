/**
 * What Bolton's children asked for (Bolton's permanence strategy, 1.3): to
 * know how long the plan is for them to live somewhere, to be told about a
 * move before it happens, to meet a new carer first, to know whether their
 * family was thought about first, and to count a teacher or school key worker
 * among the adults they trust. One place for the API and both portals.
 */

/** How long the plan is for the child to live in a placement. */
export const INTENDED_DURATIONS = ['UNTIL_GROWN_UP', 'LONG_TERM', 'FIXED_PERIOD', 'NOT_YET_KNOWN'] as const;
export type IntendedDuration = (typeof INTENDED_DURATIONS)[number];

export const INTENDED_DURATION_LABELS: Record<IntendedDuration, string> = {
  UNTIL_GROWN_UP: 'Until they are 18 and beyond (permanent)',
  LONG_TERM: 'Long term, but not decided until 18',
  FIXED_PERIOD: 'For a fixed period, until a date',
  NOT_YET_KNOWN: 'Not yet known',
};

/** Whether family and connected people were thought about as carers before anyone else. */
export const FAMILY_CONSIDERED = ['CONSIDERED', 'BEING_CONSIDERED', 'NOT_CONSIDERED'] as const;
export type FamilyConsidered = (typeof FAMILY_CONSIDERED)[number];

export const FAMILY_CONSIDERED_LABELS: Record<FamilyConsidered, string> = {
  CONSIDERED: 'Yes, family and connected people were considered first',
  BEING_CONSIDERED: 'They are being considered now',
  NOT_CONSIDERED: 'No, they were not considered',
};

/** Who a trusted adult is to the child; children named teachers and school key workers. */
export const TRUSTED_ADULT_ROLES = ['TEACHER', 'SCHOOL_KEY_WORKER', 'OTHER'] as const;
export type TrustedAdultRole = (typeof TRUSTED_ADULT_ROLES)[number];

export const TRUSTED_ADULT_ROLE_LABELS: Record<TrustedAdultRole, string> = {
  TEACHER: 'Teacher',
  SCHOOL_KEY_WORKER: 'Key worker at school',
  OTHER: 'Someone else',
};

/**
 * Leaving care: the arrangement after 18 and the DfE's SSDA903 OC3 codes for a
 * care leaver's 17th to 21st birthdays (accommodation with 1 suitable, 2 not).
 * One place for the API, the return and both portals.
 */
export const AFTER_EIGHTEEN = ['STAYING_PUT', 'STAYING_CLOSE', 'SUPPORTED_ACCOMMODATION', 'OWN_HOME', 'FAMILY', 'NOT_DECIDED'] as const;
export type AfterEighteen = (typeof AFTER_EIGHTEEN)[number];

export const AFTER_EIGHTEEN_NAMES: Record<AfterEighteen, string> = {
  STAYING_PUT: 'Staying Put (with their foster carers after 18)',
  STAYING_CLOSE: 'Staying Close (living near their children’s home, with its support)',
  SUPPORTED_ACCOMMODATION: 'Supported lodgings or supported accommodation',
  OWN_HOME: 'Their own home (a tenancy)',
  FAMILY: 'Going back to live with family',
  NOT_DECIDED: 'Not decided yet',
};

/** The same, as the young person reads it. */
export const AFTER_EIGHTEEN_CHILD_WORDS: Record<AfterEighteen, string> = {
  STAYING_PUT: 'You can stay living with your carers after you are 18. This is called Staying Put.',
  STAYING_CLOSE: 'You will move somewhere near your home now, and the staff you know will still help you. This is called Staying Close.',
  SUPPORTED_ACCOMMODATION: 'You will live somewhere with adults on hand to help you.',
  OWN_HOME: 'You will have your own home, with help to set it up.',
  FAMILY: 'You will go back to live with your family.',
  NOT_DECIDED: 'This is not decided yet. You will decide it together with your worker.',
};

export const OC3_IN_TOUCH = ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'] as const;
export type Oc3InTouch = (typeof OC3_IN_TOUCH)[number];
export const OC3_IN_TOUCH_NAMES: Record<Oc3InTouch, string> = {
  YES: 'Yes, in touch',
  NO: 'No, not in touch',
  DIED: 'The young person has died',
  REFU: 'The young person refuses contact',
  NREQ: 'No longer needs services',
  RHOM: 'Returned home to parents for 6 months or more',
};

export const OC3_ACTIVITY = ['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6'] as const;
export type Oc3Activity = (typeof OC3_ACTIVITY)[number];
export const OC3_ACTIVITY_NAMES: Record<Oc3Activity, string> = {
  F1: 'Full-time higher education',
  P1: 'Part-time higher education',
  F2: 'Full-time education other than higher education',
  P2: 'Part-time education other than higher education',
  F4: 'Full-time apprenticeship',
  P4: 'Part-time apprenticeship',
  F5: 'Full-time training or employment',
  P5: 'Part-time training or employment',
  G4: 'Not in education, training or employment: illness or disability',
  G5: 'Not in education, training or employment: other reasons',
  G6: 'Not in education, training or employment: pregnancy or parenting',
};

export const OC3_ACCOMMODATION_KINDS = ['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'] as const;
export type Oc3AccommodationKind = (typeof OC3_ACCOMMODATION_KINDS)[number];
export const OC3_ACCOMMODATION_NAMES: Record<Oc3AccommodationKind, string> = {
  B: 'With parents or relatives',
  C: 'Community home or other residential care',
  D: 'Semi-independent, transitional accommodation',
  E: 'Supported lodgings',
  G: 'Gone abroad',
  H: 'Deported',
  K: 'Ordinary lodgings, without formal support',
  R: 'Residence not known',
  S: 'No fixed abode or homeless',
  T: 'Foyer or similar supported accommodation',
  U: 'Independent living (a flat or tenancy)',
  V: 'Emergency accommodation',
  W: 'Bed and breakfast',
  X: 'In custody',
  Y: 'Other accommodation',
  Z: 'With former foster carers (Staying Put)',
};
/** Every valid OC3 ACCOM code: the kind, then 1 suitable or 2 not suitable (S and X are never suitable). */
export const OC3_ACCOMMODATION: readonly string[] = OC3_ACCOMMODATION_KINDS.flatMap((k) => (k === 'S' || k === 'X' ? [`${k}2`] : [`${k}1`, `${k}2`]));

/** The birthdays the OC3 table asks about. */
export const CARE_LEAVER_AGES = [17, 18, 19, 20, 21] as const;

import { CATEGORIES_OF_NEED, NEW_EPISODE_REASONS, PARTICIPATION_CODES, type Gender, type LegalStatusKind, type PlacementType } from '@forever-planning/shared';

/**
 * The Department for Education's SSDA903 code lists, and how this product's
 * vocabularies map onto them. Pure data: no database, no framework.
 */

/** PLACE: every placement type code any collection year from 2023/24 accepts. */
export const PLACE_CODES = [
  'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'K3', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1',
  'T0', 'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14',
] as const;
export type PlaceCode = (typeof PLACE_CODES)[number];

/**
 * The PLACE codes each collection year accepts (rule 146), keyed by the year
 * the return ends (2025 = 2024/25). From 2025/26 H5 and P2 are gone (supported
 * accommodation is K3) and Z1 is split into Z11 to Z14.
 */
const PLACE_CODES_UNTIL_2025: readonly PlaceCode[] = PLACE_CODES.filter((c) => !['Z11', 'Z12', 'Z13', 'Z14'].includes(c));
const PLACE_CODES_FROM_2026: readonly PlaceCode[] = PLACE_CODES.filter((c) => !['H5', 'P2', 'Z1'].includes(c));
export function placeCodesFor(year: number): readonly PlaceCode[] {
  return year >= 2026 ? PLACE_CODES_FROM_2026 : PLACE_CODES_UNTIL_2025;
}

/**
 * From 28 October 2023 supported accommodation must be registered with Ofsted
 * and is returned as K3; P2 is not valid for an episode open after that day
 * (rule 217t), and H5 is not valid at all from 2025/26 (146).
 */
export const SUPPORTED_ACCOMMODATION_FROM = '2023-10-28';
/** Placements the DfE wants no Ofsted URN for (rule 218): parents, other public bodies, short breaks, not looked after. */
export const PLACE_WITHOUT_URN = ['P1', 'P3', 'R1', 'R2', 'R5', 'T0', 'T1', 'T2', 'T3', 'T4', 'Z1', 'Z11', 'Z12', 'Z13', 'Z14'] as const;

/** K3 is for young people of 16 and over (rule 371). */
export const SUPPORTED_ACCOMMODATION_MIN_AGE = 16;

/**
 * Our placement types as DfE PLACE codes. Adoptive placements depend on the
 * legal basis and on whether the adopters were already the child's foster
 * carers (A3 to A6), so they are worked out in `placeCode`.
 */
export const PLACE_BY_TYPE: Record<Exclude<PlacementType, 'ADOPTIVE_PLACEMENT'>, PlaceCode> = {
  PARENTS: 'P1', // placed with own parent(s) or other person(s) with parental responsibility
  CONNECTED_PERSON: 'U3', // foster placement with relative(s) or friend(s), not long-term or FFA
  FOSTER_CARE: 'U6', // foster placement with other foster carer(s), not long-term or FFA
  FOSTERING_FOR_ADOPTION: 'U5', // other foster carer(s) who are also approved adopters (FFA / concurrency)
  LONG_TERM_FOSTER: 'U4', // other foster carer(s), long-term fostering
  RESIDENTIAL: 'K2', // children's home subject to the Children's Homes Regulations
  // Until 28/10/2023 only; from then both are supported accommodation (K3): see `deriveEpisodes`.
  SUPPORTED_LODGINGS: 'P2', // independent living, e.g. lodgings, with formal support
  SEMI_INDEPENDENT: 'H5', // semi-independent living not subject to the Children's Homes Regulations
};

/**
 * A3: with consent, with current foster carers; A4: with consent, not with them;
 * A5: placement order, with current foster carers; A6: placement order, not with them.
 */
export function adoptionPlaceCode(placementOrder: boolean, withCurrentFosterCarers: boolean): PlaceCode {
  if (placementOrder) return withCurrentFosterCarers ? 'A5' : 'A6';
  return withCurrentFosterCarers ? 'A3' : 'A4';
}

/** LS: legal status codes of a looked-after child. */
export const LS_CODES = ['C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4'] as const;
export type LsCode = (typeof LS_CODES)[number];

/** Only these of our legal statuses make a child looked after; the others are orders a child leaves care on. */
export const LS_BY_STATUS: Partial<Record<LegalStatusKind, LsCode>> = {
  SECTION_20: 'V2',
  INTERIM_CARE_ORDER: 'C1',
  FULL_CARE_ORDER: 'C2',
  PLACEMENT_ORDER: 'E1',
};

/** RNE, CIN and REVIEW_CODE are the shared vocabularies' own lists. */
export const RNE_CODES = NEW_EPISODE_REASONS;
export type RneCode = (typeof RNE_CODES)[number];

export const CIN_CODES = CATEGORIES_OF_NEED;

export const PROVIDER_CODES = ['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5'] as const;

/** REC: reason episode ceased (the list rule 149 checks). X1 = a new episode begins the same day. */
export const REC_CODES = [
  'X1', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E41', 'E45', 'E46', 'E47', 'E48',
  'E4A', 'E4B', 'E5', 'E6', 'E7', 'E8', 'E9',
] as const;
export const REC_ADOPTED = ['E11', 'E12'] as const;
export const REC_SPECIAL_GUARDIANSHIP = ['E45', 'E46', 'E47', 'E48'] as const;
/** E5: independent living with formalised support; E6: without (rule 387). */
export const REC_INDEPENDENT_LIVING = ['E5', 'E6'] as const;

/** REASON_PLACE_CHANGE codes. */
export const PLACE_CHANGE_CODES = ['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'CUSTOD', 'OTHER'] as const;

export const REVIEW_CODES = PARTICIPATION_CODES;

/** ETHNIC: the return's ethnicity codes. */
export const ETHNIC_CODES = [
  'WBRI', 'WIRI', 'WOTH', 'WIRT', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH',
  'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
] as const;
export type EthnicCode = (typeof ETHNIC_CODES)[number];

/** Ordered: the first pattern that matches the recorded words wins (more specific first). */
const ETHNIC_PATTERNS: readonly [RegExp, EthnicCode][] = [
  [/traveller of irish heritage|irish traveller/, 'WIRT'],
  [/gypsy|roma\b/, 'WROM'],
  [/white.*(british|english|scottish|welsh)/, 'WBRI'],
  [/white.*irish/, 'WIRI'],
  [/white and black caribbean/, 'MWBC'],
  [/white and black african/, 'MWBA'],
  [/white and asian/, 'MWAS'],
  [/mixed|dual heritage/, 'MOTH'],
  [/white/, 'WOTH'],
  [/indian/, 'AIND'],
  [/pakistani/, 'APKN'],
  [/bangladeshi/, 'ABAN'],
  [/chinese/, 'CHNE'],
  [/asian/, 'AOTH'],
  [/caribbean/, 'BCRB'],
  [/african/, 'BAFR'],
  [/black/, 'BOTH'],
  [/refused|declined/, 'REFU'],
  [/not (yet )?(obtained|known)|unknown/, 'NOBT'],
  [/arab|other ethnic|any other/, 'OOTH'],
];

/** The DfE ethnicity code for the recorded free text, or null when it cannot be mapped safely. */
export function ethnicCode(ethnicity: string | null): EthnicCode | null {
  if (!ethnicity) return null;
  const text = ethnicity.trim();
  const upper = text.toUpperCase();
  if ((ETHNIC_CODES as readonly string[]).includes(upper)) return upper as EthnicCode;
  const lower = text.toLowerCase();
  return ETHNIC_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

/**
 * SEX: from 2024/25 (the return ending 2025) M, F or U (not known or other,
 * rule 101); before then 1 male or 2 female, with no other value.
 */
export function sexCode(gender: Gender, year: number): 'M' | 'F' | 'U' | '1' | '2' | null {
  if (year >= 2025) return gender === 'MALE' ? 'M' : gender === 'FEMALE' ? 'F' : 'U';
  return gender === 'MALE' ? '1' : gender === 'FEMALE' ? '2' : null;
}

/**
 * Of school age for the return ending 31 March YEAR, as the DfE counts it for
 * UN1 (rule 209): four by 31 August two years before (for 2024/25, by 31 August 2023).
 */
export function isOfSchoolAge(dateOfBirth: string, year: number): boolean {
  const [y, m, d] = dateOfBirth.split('-').map(Number);
  const fourth = `${y + 4}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return fourth <= `${year - 2}-08-31`;
}

/**
 * UPN: a check letter and 12 characters, or a UN code saying why there is none.
 * UN1: not yet of school age (worked out by the export, never stored); UN2:
 * never attended a school in England; UN3: educated outside England; UN4:
 * newly arrived, UPN not yet known; UN5: sources disagree or the UPN is not known.
 */
export const UPN_REASON_CODES = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5'] as const;
/** The reasons a worker records on the child's record; UN1 follows from the date of birth. */
export const RECORDED_UPN_REASONS = ['UN2', 'UN3', 'UN4', 'UN5'] as const;
const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The DfE check letter for the last 12 characters of a UPN (weights 2 to 13, modulo 23). */
export function upnCheckLetter(rest: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest[i];
    const value = /\d/.test(ch) ? Number(ch) : UPN_LETTERS.indexOf(ch);
    sum += value * (i + 2);
  }
  return UPN_LETTERS[sum % 23];
}

/** Rule 168's shape: a letter (not I, O or S), 11 digits and a digit or letter; or a UN code. */
export function isUpnShape(upn: string): boolean {
  return (UPN_REASON_CODES as readonly string[]).includes(upn) || /^[A-HJ-NP-RT-Z]\d{11}[0-9A-Z]$/.test(upn);
}

/** The shape and, for a real UPN, the check letter. */
export function isValidUpn(upn: string): boolean {
  if (!isUpnShape(upn)) return false;
  return (UPN_REASON_CODES as readonly string[]).includes(upn) || upnCheckLetter(upn.slice(1)) === upn[0];
}

/** A UK postcode in its usual written form (outward code, space, inward code). */
export function isValidPostcode(postcode: string): boolean {
  return /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(postcode.trim().toUpperCase());
}

export const includes = <T extends string>(list: readonly T[], value: string | null | undefined): value is T =>
  value !== null && value !== undefined && (list as readonly string[]).includes(value);

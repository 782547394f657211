import type { Gender, LegalStatusKind, PlacementType } from '@forever-planning/shared';
import type { IsoDate } from '../rules/iso-date';
import type { HealthOutcomesRecord } from './ssda903.oc2';
import type { CareLeaverBirthdayRecord } from './ssda903.oc3';

/**
 * What the return needs about one child, shaped after the entities so the
 * loader maps rows field by field. Pure data.
 */
export interface Ssda903Child {
  id: string;
  /** ChildEntity.localId: the return's CHILD. */
  localId: string;
  gender: Gender;
  dateOfBirth: IsoDate;
  ethnicity: string | null;
  upn: string | null;
  homePostcode: string | null;
  dateLookedAfter: IsoDate | null;
  dateCeasedLookedAfter: IsoDate | null;
  categoryOfNeed: string | null;
  uasc: boolean;
  /** MOTHER: whether she is a mother (null: not recorded); MC_DOB: her child's date of birth. */
  mother: boolean | null;
  mothersChildDateOfBirth: IsoDate | null;
  /** The decision that the child should be placed for adoption, and its end (DATE_PLACED, DATE_PLACED_CEASED, REASON_PLACED_CEASED). */
  /** PREV_PERM (null: not recorded), LA_PERM, DATE_PERM (YYYY-MM-DD, ZZ for an unknown day or month). */
  previousPermanence: string | null;
  previousPermanenceLa: string | null;
  previousPermanenceDate: string | null;
  adoptionDecisionOn: IsoDate | null;
  adoptionDecisionCeasedOn: IsoDate | null;
  adoptionDecisionCeasedReason: string | null;
  /** The adopters who hold the child's match in family finding (approved, in introductions or placed), for AD1. */
  adoptionMatch: Ssda903AdoptionMatch | null;
  placements: readonly Ssda903Placement[];
  legalStatuses: readonly Ssda903LegalStatus[];
  /** Held statutory reviews (first, second, subsequent). */
  reviews: readonly Ssda903Review[];
  /** Health, SDQ and offending outcomes, one per collection year (OC2). */
  healthOutcomes: readonly HealthOutcomesRecord[];
  /** Periods missing (M) or away from placement without authorisation (A). */
  missingEpisodes: readonly Ssda903MissingEpisode[];
  /** Deprivation of liberty orders (the DoLo table from 2026/27). */
  deprivationOfLibertyOrders: readonly Ssda903Dolo[];
  /** A care leaver's 17th to 21st birthdays (OC3). */
  careLeaverBirthdays: readonly CareLeaverBirthdayRecord[];
  /** The child's social workers over time (sw_episodes), oldest first. */
  socialWorkerEpisodes: readonly Ssda903SocialWorkerEpisode[];
}

export interface Ssda903SocialWorkerEpisode {
  /** SW_ID: the worker's Social Work England number (or a placeholder's SW_ID); null when the account has none. */
  swId: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** SW_REASON. */
  reason: string | null;
}

export interface Ssda903AdoptionMatch {
  /** DATE_MATCH: the day the match was approved. */
  matchedOn: IsoDate | null;
  /** SEX_ADOPTR (M1, F1, MM, FF, MF), which gives NB_ADOPTR. */
  adoptersSex: string | null;
  /** LS_ADOPTR. */
  adoptersLegalStatus: string | null;
}

export interface Ssda903MissingEpisode {
  kind: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** A deprivation of liberty order: DOLO_START, DOLO_END (null while in force). */
export interface Ssda903Dolo {
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface Ssda903Placement {
  id: string;
  type: PlacementType;
  carerName: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  postcode: string | null;
  /** Recorded as in the council's own area: the return's PL_LA is the council's own (rule 1015). */
  inArea: boolean;
  provider: string | null;
  /** Ofsted URN of the provider, or XXXXXXX. */
  urn: string | null;
  reasonNewEpisode: string | null;
  reasonForChange: string | null;
  endReason: string | null;
}

export interface Ssda903LegalStatus {
  status: LegalStatusKind;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

export interface Ssda903Review {
  heldOn: IsoDate;
  participation: string | null;
}

/** The collection year named by its last day: year 2025 runs from 1 April 2024 to 31 March 2025. */
export interface CollectionYear {
  year: number;
  start: IsoDate;
  end: IsoDate;
}

export function collectionYear(year: number): CollectionYear {
  return { year, start: `${year - 1}-04-01`, end: `${year}-03-31` };
}

/** The collection year that contains a date. */
export function collectionYearOf(date: IsoDate): number {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y + 1 : y;
}

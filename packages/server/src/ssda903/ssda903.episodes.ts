import { compareDates, type IsoDate } from '../rules/iso-date';
import { adoptionPlaceCode, LS_BY_STATUS, PLACE_BY_TYPE, SUPPORTED_ACCOMMODATION_FROM, type LsCode, type PlaceCode, type RneCode } from './ssda903.codes';
import type { CollectionYear, Ssda903Child, Ssda903LegalStatus, Ssda903Placement } from './ssda903.record';

/** One SSDA903 episode: a stretch of care with one placement and one legal status. */
export interface Episode {
  DECOM: IsoDate;
  RNE: RneCode;
  LS: LsCode | null;
  CIN: string | null;
  PLACE: PlaceCode | null;
  PLACE_PROVIDER: string | null;
  /** Blank while the episode is open (or open at the end of the year). */
  DEC: IsoDate | null;
  REC: string | null;
  REASON_PLACE_CHANGE: string | null;
  HOME_POST: string | null;
  PL_POST: string | null;
  URN: string | null;
  /** The records the episode came from, for explanations. */
  placement: Ssda903Placement | null;
  legalStatus: Ssda903LegalStatus | null;
}

const covers = (from: IsoDate, to: IsoDate | null, day: IsoDate) => from <= day && (to === null || to > day);

/** The record in force on a day; with overlapping records (a data error, flagged by validation) the latest start wins. */
function inForce<T extends { startDate: IsoDate; endDate: IsoDate | null }>(rows: readonly T[], day: IsoDate): T | null {
  return [...rows].filter((r) => covers(r.startDate, r.endDate, day)).sort((a, b) => compareDates(a.startDate, b.startDate)).pop() ?? null;
}

/** The PLACE code of a placement (an adoptive placement's code depends on the order and on who the carers were). */
export function placeFor(child: Ssda903Child, placement: Ssda903Placement, legal: Ssda903LegalStatus | null): PlaceCode {
  if (placement.type !== 'ADOPTIVE_PLACEMENT') return PLACE_BY_TYPE[placement.type];
  const before = child.placements
    .filter((p) => p.startDate < placement.startDate)
    .sort((a, b) => compareDates(a.startDate, b.startDate))
    .pop();
  const fosterCarers = before !== undefined && before.type !== 'PARENTS' && before.carerName === placement.carerName;
  return adoptionPlaceCode(legal?.status === 'PLACEMENT_ORDER', fosterCarers);
}

/**
 * Every episode of the child's current period of care, oldest first. A new
 * episode starts whenever the placement or the looked-after legal status
 * changes (RNE P, L or B; T or U when the placement record says so).
 */
export function deriveEpisodes(child: Ssda903Child): Episode[] {
  const start = child.dateLookedAfter;
  if (!start) return [];
  const end = child.dateCeasedLookedAfter;
  const legal = child.legalStatuses.filter((l) => LS_BY_STATUS[l.status] !== undefined);
  const inPeriod = (d: IsoDate | null): d is IsoDate => d !== null && d > start && (end === null || d < end);
  const cuts = new Set<IsoDate>([start]);
  for (const row of [...child.placements, ...legal]) {
    if (inPeriod(row.startDate)) cuts.add(row.startDate);
    if (inPeriod(row.endDate)) cuts.add(row.endDate);
  }
  const days = [...cuts].sort(compareDates);
  const episodes: Episode[] = [];
  for (const day of days) {
    const placement = inForce(child.placements, day);
    const legalStatus = inForce(legal, day);
    const previous = episodes.at(-1);
    const placementChanged = previous !== undefined && previous.placement?.id !== placement?.id;
    const legalChanged = previous !== undefined && previous.legalStatus !== legalStatus;
    if (previous && !placementChanged && !legalChanged) continue;
    let rne: RneCode = 'S';
    if (previous) {
      const ownReason = placement?.reasonNewEpisode;
      // Placed for adoption with the foster carers (A3, A5) is a change of placement with the same carers: T, or U with the legal status (rule 217).
      const sameCarers = placement !== null && ['A3', 'A5'].includes(placeFor(child, placement, legalStatus));
      rne = sameCarers ? (legalChanged ? 'U' : 'T') : placementChanged && legalChanged ? 'B' : legalChanged ? 'L' : ownReason === 'T' || ownReason === 'U' ? ownReason : 'P';
      previous.DEC = day;
      previous.REC = 'X1';
      previous.REASON_PLACE_CHANGE = placementChanged ? (previous.placement?.reasonForChange ?? null) : null;
    }
    episodes.push({
      DECOM: day,
      RNE: rne,
      LS: legalStatus ? (LS_BY_STATUS[legalStatus.status] ?? null) : null,
      CIN: child.categoryOfNeed,
      PLACE: placement ? placeFor(child, placement, legalStatus) : null,
      PLACE_PROVIDER: placement?.provider ?? null,
      DEC: null,
      REC: null,
      REASON_PLACE_CHANGE: null,
      // A UASC child's home postcode is not returned, so no distance is worked out (rule 406).
      HOME_POST: child.uasc ? null : child.homePostcode,
      PL_POST: placement?.postcode ?? null,
      URN: placement?.urn ?? null,
      placement,
      legalStatus,
    });
  }
  const last = episodes.at(-1);
  if (last && end) {
    last.DEC = end;
    last.REC = last.placement?.endReason ?? null;
  }
  // Semi-independent living (H5) and lodgings (P2) still open after 28/10/2023 are supported accommodation (K3).
  for (const e of episodes) {
    if ((e.PLACE === 'H5' || e.PLACE === 'P2') && (e.DEC === null || e.DEC > SUPPORTED_ACCOMMODATION_FROM)) e.PLACE = 'K3';
  }
  return episodes;
}

/**
 * The episodes the return reports for a collection year: those open at any
 * time in it. An episode still open on 31 March is reported open (no DEC, REC).
 */
export function episodesInYear(episodes: readonly Episode[], year: CollectionYear): Episode[] {
  return episodes
    .filter((e) => e.DECOM <= year.end && (e.DEC === null || e.DEC >= year.start))
    .map((e) => (e.DEC !== null && e.DEC > year.end ? { ...e, DEC: null, REC: null, REASON_PLACE_CHANGE: null } : e));
}

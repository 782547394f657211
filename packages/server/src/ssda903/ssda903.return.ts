import { partialDateToDfe } from '@forever-planning/shared';
import { addYears, type IsoDate } from '../rules/iso-date';
import { ethnicCode, includes, isOfSchoolAge, REC_ADOPTED, sexCode } from './ssda903.codes';
import { deriveEpisodes, episodesInYear, type Episode } from './ssda903.episodes';
import { continuouslyLookedAfter, oc2Row } from './ssda903.oc2';
import { isCareLeaver, oc3BirthdaysInYear, oc3Row } from './ssda903.oc3';
import { swEpisodesInYear } from './ssda903.sw';
import { DOLO_FROM_YEAR } from '@forever-planning/shared';
import type { CollectionYear, Ssda903Child, Ssda903Dolo, Ssda903MissingEpisode } from './ssda903.record';

/**
 * The return's CSV files, with the DfE column names, built from the children's
 * records for one collection year. Pure: rows of strings, no CSV writing here.
 */
export const SSDA903_FILES = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
  missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  ad1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  placed_for_adoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  previous_permanence: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  oc2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  oc3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  sw_episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
  // From 2026/27 (DOLO_FROM_YEAR): deprivation of liberty orders, named as the DfE's validator names the table.
  DoLo: ['CHILD', 'DOB', 'DOLO_START', 'DOLO_END'],
} as const;
export type Ssda903FileName = keyof typeof SSDA903_FILES;
export const SSDA903_FILE_NAMES = Object.keys(SSDA903_FILES) as Ssda903FileName[];

/** The files of one collection year's return: every table that year's collection has. */
export function ssda903FileNamesFor(year: number): Ssda903FileName[] {
  return SSDA903_FILE_NAMES.filter((f) => f !== 'DoLo' || year >= DOLO_FROM_YEAR);
}

/**
 * Deprivation of liberty orders in force at some time in the year, as the
 * return has them: one still in force at 31 March without its end (rule 704).
 */
export function dolosInYear(child: Pick<Ssda903Child, 'deprivationOfLibertyOrders'>, year: CollectionYear): Ssda903Dolo[] {
  return child.deprivationOfLibertyOrders
    .filter((o) => o.startDate <= year.end && (o.endDate === null || o.endDate >= year.start))
    .map((o) => ({ startDate: o.startDate, endDate: o.endDate !== null && o.endDate <= year.end ? o.endDate : null }))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
}

/** Files this product cannot fill from its records yet: written with their header only. */
export const HEADER_ONLY_FILES: Record<string, string> = {};

/**
 * Periods missing or away open at some time in the year, as the return has
 * them: one still open at 31 March without its end (rule 571).
 */
export function missingInYear(child: Pick<Ssda903Child, 'missingEpisodes'>, year: CollectionYear): Ssda903MissingEpisode[] {
  return child.missingEpisodes
    .filter((x) => x.startDate <= year.end && (x.endDate === null || x.endDate >= year.start))
    .map((m) => ({ kind: m.kind, startDate: m.startDate, endDate: m.endDate !== null && m.endDate <= year.end ? m.endDate : null }));
}

/** The episode in the year that ended in adoption (E11, E12), if the child was adopted in it. */
export function adoptedInYear(episodes: readonly Episode[], year: CollectionYear): Episode | null {
  return episodes.find((e) => e.DEC !== null && e.DEC >= year.start && e.DEC <= year.end && includes(REC_ADOPTED, e.REC)) ?? null;
}

/**
 * AD1 for a child adopted in the year: the decision that the child should be
 * placed for adoption (the same decision as placed_for_adoption's
 * DATE_PLACED), and the match and adopters from family finding. FOSTER_CARE
 * follows the adoptive placement: A3 or A5 is with the child's foster carers (rule 335).
 */
export function ad1Row(child: Ssda903Child, adoption: Episode): Omit<Ssda903Row, 'CHILD' | 'DOB'> {
  const match = child.adoptionMatch;
  const sex = match?.adoptersSex ?? '';
  return {
    DATE_INT: dfeDate(child.adoptionDecisionOn),
    DATE_MATCH: dfeDate(match?.matchedOn ?? null),
    FOSTER_CARE: adoption.PLACE === null ? '' : adoption.PLACE === 'A3' || adoption.PLACE === 'A5' ? '1' : '0',
    NB_ADOPTR: sex === '' ? '' : sex.endsWith('1') ? '1' : '2',
    SEX_ADOPTR: sex,
    LS_ADOPTR: match?.adoptersLegalStatus ?? '',
  };
}

export type Ssda903Row = Record<string, string>;
export type Ssda903Return = Record<Ssda903FileName, Ssda903Row[]>;

/** The return's date format. */
export function dfeDate(date: IsoDate | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** A child is in the year's return when any episode of their care is open at some time in the year, or a care leaver has a birthday (17 to 21) in it. */
export function inReturn(child: Ssda903Child, year: CollectionYear, all: readonly Episode[] = deriveEpisodes(child)): boolean {
  if (all.some((e) => e.DECOM <= year.end && (e.DEC === null || e.DEC >= year.start))) return true;
  // The birthdays first: cheap, and most children have none in the year.
  return oc3BirthdaysInYear(child.dateOfBirth, child.dateCeasedLookedAfter, year).length > 0 && isCareLeaver(child.dateOfBirth, all, year.end);
}

/**
 * UPN as recorded (a UPN, or the UN2 to UN5 reason there is none); UN1 when
 * none is recorded and the child is not yet of school age. Blank otherwise:
 * rule 442 then asks the worker for the UPN or the reason.
 */
export function upnFor(child: Pick<Ssda903Child, 'upn' | 'dateOfBirth'>, year: number): string {
  if (child.upn) return child.upn.toUpperCase();
  return isOfSchoolAge(child.dateOfBirth, year) ? '' : 'UN1';
}

/** The child's period of care began in the year: the return asks for previous permanence (rule 630). */
export function startedCareInYear(child: Pick<Ssda903Child, 'dateLookedAfter'>, year: CollectionYear): boolean {
  return child.dateLookedAfter !== null && child.dateLookedAfter >= year.start && child.dateLookedAfter <= year.end;
}

/** PREV_PERM, LA_PERM and DATE_PERM as held (ZZ kept in a partial date); Z1 only while nothing is recorded. */
export function prevPermRow(child: Pick<Ssda903Child, 'previousPermanence' | 'previousPermanenceLa' | 'previousPermanenceDate'>): Ssda903Row {
  return {
    PREV_PERM: child.previousPermanence ?? 'Z1',
    LA_PERM: child.previousPermanenceLa ?? '',
    DATE_PERM: partialDateToDfe(child.previousPermanenceDate),
  };
}

/** `episodesOf` gives each child's episodes when the caller has already derived them (the export derives them once). */
export function buildReturn(children: readonly Ssda903Child[], year: CollectionYear, episodesOf: (child: Ssda903Child) => readonly Episode[] = deriveEpisodes): Ssda903Return {
  const files = Object.fromEntries(SSDA903_FILE_NAMES.map((f) => [f, [] as Ssda903Row[]])) as Ssda903Return;
  const sorted = [...children].sort((a, b) => a.localId.localeCompare(b.localId));
  for (const child of sorted) {
    const all = episodesOf(child);
    const episodes = episodesInYear(all, year);
    const CHILD = child.localId;
    const DOB = dfeDate(child.dateOfBirth);
    // Care leavers: a row per birthday (17 to 21) in the year after they left care (OC3).
    const birthdays = oc3BirthdaysInYear(child.dateOfBirth, child.dateCeasedLookedAfter, year);
    const leaverAges = birthdays.length > 0 && isCareLeaver(child.dateOfBirth, all, year.end) ? birthdays : [];
    for (const age of leaverAges) {
      files.oc3.push({ CHILD, DOB, ...oc3Row(child.careLeaverBirthdays.find((b) => b.age === age)) });
    }
    if (episodes.length === 0) {
      // A care leaver not looked after in the year: the header only, without motherhood (rule 628), and no other table (1012, 1014).
      if (leaverAges.length > 0) {
        files.header.push({ CHILD, SEX: sexCode(child.gender, year.year) ?? '', DOB, ETHNIC: ethnicCode(child.ethnicity) ?? '', UPN: upnFor(child, year.year), MOTHER: '', MC_DOB: '' });
      }
      continue;
    }
    files.header.push({
      CHILD,
      SEX: sexCode(child.gender, year.year) ?? '',
      DOB,
      ETHNIC: ethnicCode(child.ethnicity) ?? '',
      UPN: upnFor(child, year.year),
      // Asked of girls only: 1 a mother, 0 not; blank for boys (rule 165) and until recorded (rule 393 then reports it).
      MOTHER: child.gender === 'FEMALE' && child.mother !== null ? (child.mother ? '1' : '0') : '',
      MC_DOB: child.gender === 'FEMALE' && child.mother ? dfeDate(child.mothersChildDateOfBirth) : '',
    });
    for (const e of episodes) {
      files.episodes.push({
        CHILD,
        DECOM: dfeDate(e.DECOM),
        RNE: e.RNE,
        LS: e.LS ?? '',
        CIN: e.CIN ?? '',
        PLACE: e.PLACE ?? '',
        PLACE_PROVIDER: e.PLACE_PROVIDER ?? '',
        DEC: dfeDate(e.DEC),
        REC: e.REC ?? '',
        REASON_PLACE_CHANGE: e.REASON_PLACE_CHANGE ?? '',
        HOME_POST: e.HOME_POST ?? '',
        PL_POST: e.PL_POST ?? '',
        URN: e.URN ?? '',
      });
    }
    for (const r of child.reviews.filter((r) => r.heldOn >= year.start && r.heldOn <= year.end).sort((a, b) => a.heldOn.localeCompare(b.heldOn))) {
      files.reviews.push({ CHILD, DOB, REVIEW: dfeDate(r.heldOn), REVIEW_CODE: r.participation ?? '' });
    }
    if (child.uasc) {
      // UASC status ends on the 18th birthday, and the DfE wants that date even while it is still to come (rule 205B).
      files.uasc.push({ CHILD, SEX: sexCode(child.gender, year.year) ?? '', DOB, DUC: dfeDate(addYears(child.dateOfBirth, 18)) });
    }
    const adoption = adoptedInYear(episodes, year);
    if (adoption) files.ad1.push({ CHILD, DOB, ...ad1Row(child, adoption) });
    // A decision that the child should be placed for adoption, made by the end of the year and still standing at its start.
    if (child.adoptionDecisionOn && child.adoptionDecisionOn <= year.end && (!child.adoptionDecisionCeasedOn || child.adoptionDecisionCeasedOn >= year.start)) {
      const ceasedInYear = child.adoptionDecisionCeasedOn !== null && child.adoptionDecisionCeasedOn <= year.end;
      files.placed_for_adoption.push({
        CHILD,
        DOB,
        DATE_PLACED: dfeDate(child.adoptionDecisionOn),
        DATE_PLACED_CEASED: ceasedInYear ? dfeDate(child.adoptionDecisionCeasedOn) : '',
        REASON_PLACED_CEASED: ceasedInYear ? (child.adoptionDecisionCeasedReason ?? '') : '',
      });
    }
    for (const m of missingInYear(child, year)) {
      files.missing.push({ CHILD, DOB, MISSING: m.kind, MIS_START: dfeDate(m.startDate), MIS_END: dfeDate(m.endDate) });
    }
    // Social worker episodes open at some time in the year (2023/24 on); one still open at 31 March has no SW_DEC.
    for (const s of swEpisodesInYear(child.socialWorkerEpisodes, year)) {
      files.sw_episodes.push({ CHILD, DOB, SW_ID: s.swId ?? '', SW_DECOM: dfeDate(s.startDate), SW_DEC: dfeDate(s.endDate), SW_REASON: s.reason ?? '' });
    }
    if (year.year >= DOLO_FROM_YEAR) {
      for (const o of dolosInYear(child, year)) files.DoLo.push({ CHILD, DOB, DOLO_START: dfeDate(o.startDate), DOLO_END: dfeDate(o.endDate) });
    }
    // OC2 is for children looked after continuously for 12 months at 31 March, and only for them (rules 190, 191).
    const health = child.healthOutcomes.find((h) => h.year === year.year);
    if (health && continuouslyLookedAfter(episodes, year)) files.oc2.push({ CHILD, DOB, ...oc2Row(health) });
    // Previous permanence is asked of every child starting a period of care in the year (rule 630): as held, "not known" (Z1) until recorded.
    if (startedCareInYear(child, year)) files.previous_permanence.push({ CHILD, DOB, ...prevPermRow(child) });
  }
  return files;
}

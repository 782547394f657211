import { partialDateRange, partialDateToDfe } from '@forever-planning/shared';
import type { AdoptersLegalStatus, AdoptersSex, Gender, LegalStatusKind, NewEpisodeReason, PlacementType } from '@forever-planning/shared';
import { addYears, compareDates, type IsoDate } from '../rules/iso-date';
import type { Problem } from './csv-file';
import { collectionYear } from '../ssda903/ssda903.record';
import { oc2Problems, type HealthOutcomesRecord } from '../ssda903/ssda903.oc2';
import { birthdayProblem } from '../modules/leaving-care/leaving-care.service';
import type { ReturnChild, ReturnEpisode } from './ssda903-return-reader';

/**
 * The product's records for one child, worked out from their return: the
 * inverse of the export's episodes (ssda903/ssda903.episodes.ts). Pure.
 */

export interface WantedPlacement {
  /** Null when the placement began before the return's first episode of it (RNE L): it continues a held placement. */
  startDate: IsoDate;
  continues: boolean;
  type: PlacementType;
  /** A3 and A5 are adoptions by the child's current foster carers: the same carers as the placement before. */
  sameCarersAsBefore: boolean;
  endDate: IsoDate | null;
  postcode: string | null;
  provider: string | null;
  urn: string | null;
  reasonNewEpisode: NewEpisodeReason | null;
  reasonForChange: string | null;
  endReason: string | null;
  place: string;
}

export interface WantedLegalStatus {
  status: LegalStatusKind;
  startDate: IsoDate;
  continues: boolean;
  endDate: IsoDate | null;
}

export interface WantedAdoptionMatch {
  matchedOn: IsoDate | null;
  adoptersSex: AdoptersSex | null;
  adoptersLegalStatus: AdoptersLegalStatus | null;
  /** The adoptive placement's start (the carers are then PLACED), else null (the match is approved: MATCH_APPROVED on DATE_MATCH). */
  placedOn: IsoDate | null;
}

export interface WantedChild {
  localId: string;
  gender: Gender;
  dateOfBirth: IsoDate;
  ethnicity: string;
  upn: string | null;
  mother: boolean | null;
  mothersChildDateOfBirth: IsoDate | null;
  homePostcode: string | null;
  categoryOfNeed: string | null;
  uasc: boolean;
  /** Null when the period of care began before the return: keep the held date. */
  dateLookedAfter: IsoDate;
  periodStartedInReturn: boolean;
  dateCeasedLookedAfter: IsoDate | null;
  adoptionDecisionOn: IsoDate | null;
  adoptionDecisionCeasedOn: IsoDate | null;
  adoptionDecisionCeasedReason: string | null;
  /** prev_perm.csv: null when the return says nothing (no row, or PREV_PERM blank): the held value stays. */
  previousPermanence: string | null;
  previousPermanenceLa: string | null;
  previousPermanenceDate: string | null;
  /** AD1: the adopters who hold the child's match (held as a prospective carer in family finding); null without an AD1 row. */
  adoptionMatch: WantedAdoptionMatch | null;
  placements: WantedPlacement[];
  legalStatuses: WantedLegalStatus[];
  reviews: { heldOn: IsoDate; participation: string | null }[];
  /** Periods missing or away, matched on their start; a blank end (open at 31 March) never clears a held end. */
  missingEpisodes: { kind: 'M' | 'A'; startDate: IsoDate; endDate: IsoDate | null }[];
  /** Deprivation of liberty orders, matched on their start; a blank end (in force at 31 March) never clears a held end. */
  deprivationOfLibertyOrders: { startDate: IsoDate; endDate: IsoDate | null }[];
  /** OC2 rows, one per collection year (this return's, and the previous return's with --previous). */
  healthOutcomes: HealthOutcomesRecord[];
  /** OC3 rows: the care leaver's birthdays (17 to 21), matched on the age. */
  careLeaverBirthdays: { age: number; inTouch: string; activity: string | null; accommodation: string | null }[];
  /** sw_episodes rows, matched on their start; the worker is the placeholder staff record of SW_ID. A blank end never clears a held end. */
  socialWorkerEpisodes: { swId: string; startDate: IsoDate; endDate: IsoDate | null; reason: string | null }[];
  /**
   * In the return only as a care leaver (header and OC3, no episodes): only their
   * header fields and birthdays are read, into a child already held.
   */
  careLeaverOnly: boolean;
}

/** DfE PLACE codes the product holds, as its placement types. */
export const TYPE_BY_PLACE: Record<string, PlacementType> = {
  P1: 'PARENTS',
  U3: 'CONNECTED_PERSON',
  U4: 'LONG_TERM_FOSTER',
  U5: 'FOSTERING_FOR_ADOPTION',
  U6: 'FOSTER_CARE',
  K2: 'RESIDENTIAL',
  K3: 'SEMI_INDEPENDENT',
  H5: 'SEMI_INDEPENDENT',
  P2: 'SUPPORTED_LODGINGS',
  A3: 'ADOPTIVE_PLACEMENT',
  A4: 'ADOPTIVE_PLACEMENT',
  A5: 'ADOPTIVE_PLACEMENT',
  A6: 'ADOPTIVE_PLACEMENT',
};
/** Held, but as a near type: the export writes them back as U3. */
const NEAR_PLACE: Record<string, PlacementType> = { U1: 'CONNECTED_PERSON', U2: 'CONNECTED_PERSON' };

export const STATUS_BY_LS: Record<string, LegalStatusKind> = { V2: 'SECTION_20', C1: 'INTERIM_CARE_ORDER', C2: 'FULL_CARE_ORDER', E1: 'PLACEMENT_ORDER' };

/** The order a child leaves care on, from the reason the last episode ceased. */
const ORDER_BY_REC: Record<string, LegalStatusKind> = {
  E11: 'ADOPTION_ORDER', E12: 'ADOPTION_ORDER',
  E43: 'SPECIAL_GUARDIANSHIP_ORDER', E44: 'SPECIAL_GUARDIANSHIP_ORDER', E45: 'SPECIAL_GUARDIANSHIP_ORDER', E46: 'SPECIAL_GUARDIANSHIP_ORDER', E47: 'SPECIAL_GUARDIANSHIP_ORDER', E48: 'SPECIAL_GUARDIANSHIP_ORDER',
  E41: 'CHILD_ARRANGEMENTS_ORDER',
};

const GENDER_BY_SEX: Record<string, Gender> = { M: 'MALE', '1': 'MALE', F: 'FEMALE', '2': 'FEMALE', U: 'NOT_KNOWN' };

const placementChanges = (rne: string) => rne === 'P' || rne === 'B' || rne === 'T' || rne === 'U' || rne === 'S';
const legalChanges = (rne: string) => rne === 'L' || rne === 'B' || rne === 'S';

/**
 * Merges the previous year's return under this year's: this year's rows win
 * for the same episode (DECOM) or review day; the previous year's earlier
 * episodes give the start of the period of care and of long placements.
 */
export function mergeReturns(current: ReturnChild, previous: ReturnChild | undefined): ReturnChild {
  if (!previous) return current;
  const episodes = new Map(previous.episodes.map((e) => [e.DECOM, e]));
  for (const e of current.episodes) episodes.set(e.DECOM, e);
  const reviews = new Map(previous.reviews.map((r) => [r.REVIEW, r]));
  for (const r of current.reviews) reviews.set(r.REVIEW, r);
  return {
    ...current,
    episodes: [...episodes.values()],
    reviews: [...reviews.values()],
    uasc: current.uasc || previous.uasc,
    missing: [...new Map([...previous.missing, ...current.missing].map((m) => [m.MIS_START, m])).values()],
    dolos: [...new Map([...previous.dolos, ...current.dolos].map((o) => [o.DOLO_START, o])).values()],
    healthOutcomes: [...previous.healthOutcomes.filter((h) => !current.healthOutcomes.some((c) => c.record.year === h.record.year)), ...current.healthOutcomes],
    placedForAdoption: current.placedForAdoption ?? previous.placedForAdoption,
    ad1: current.ad1 ?? previous.ad1,
    careLeaverBirthdays: [...previous.careLeaverBirthdays.filter((b) => !current.careLeaverBirthdays.some((c) => c.age === b.age)), ...current.careLeaverBirthdays],
    socialWorkerEpisodes: [...new Map([...previous.socialWorkerEpisodes, ...current.socialWorkerEpisodes].map((e) => [e.SW_DECOM, e])).values()],
    problems: [...previous.problems.filter((p) => p.severity === 'error'), ...current.problems],
  };
}

/** The child's records, or the problems that stop them being imported. */
export function wantedChild(child: ReturnChild, file: { header: string; episodes: string }): { wanted: WantedChild | null; problems: Problem[] } {
  const problems: Problem[] = [...child.problems];
  const at = (line: number | null, file: string, column: string | null, reason: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, column, child: child.CHILD, reason, severity });
  if (child.headerLine === null) at(child.episodes[0]?.line ?? null, file.episodes, 'CHILD', `CHILD ${child.CHILD} has rows but is not in the header file.`);
  if (child.episodes.length === 0 && child.headerLine !== null && child.careLeaverBirthdays.length === 0) at(child.headerLine, file.header, 'CHILD', `CHILD ${child.CHILD} has no episodes: a child in the return was looked after in the year.`);
  for (const b of child.careLeaverBirthdays) {
    // The same checks the API makes when a worker records the birthday.
    const problem = birthdayProblem(b);
    if (problem) at(b.line, 'oc3.csv', problem.field === 'activity' ? 'ACTIV' : problem.field === 'accommodation' ? 'ACCOM' : 'IN_TOUCH', problem.message);
  }
  const open = child.socialWorkerEpisodes.filter((e) => e.SW_DEC === null);
  if (open.length > 1) at(open[1].line, 'sw_episodes.csv', 'SW_DEC', `CHILD ${child.CHILD} has two social worker episodes with no end: a new episode started but the previous one has not ended (DfE rule SW08STG2).`);
  if (problems.some((p) => p.severity === 'error')) return { wanted: null, problems };
  const socialWorkerEpisodes = [...child.socialWorkerEpisodes]
    .sort((a, b) => compareDates(a.SW_DECOM, b.SW_DECOM))
    .map((e) => ({ swId: e.SW_ID, startDate: e.SW_DECOM, endDate: e.SW_DEC, reason: e.SW_REASON }));
  const careLeaverBirthdays = child.careLeaverBirthdays.map(({ age, inTouch, activity, accommodation }) => ({ age, inTouch, activity, accommodation }));
  if (child.episodes.length === 0) {
    // A care leaver not looked after in the year: the header and their birthdays, nothing about their care.
    return {
      problems,
      wanted: {
        localId: child.CHILD, gender: GENDER_BY_SEX[child.SEX] ?? 'NOT_KNOWN', dateOfBirth: child.DOB, ethnicity: child.ETHNIC,
        upn: child.UPN === 'UN1' ? null : child.UPN, mother: null, mothersChildDateOfBirth: null, homePostcode: null, categoryOfNeed: null,
        uasc: false, dateLookedAfter: child.DOB, periodStartedInReturn: false, dateCeasedLookedAfter: null,
        adoptionDecisionOn: null, adoptionDecisionCeasedOn: null, adoptionDecisionCeasedReason: null, adoptionMatch: null,
        previousPermanence: null, previousPermanenceLa: null, previousPermanenceDate: null,
        placements: [], legalStatuses: [], reviews: [], missingEpisodes: [], deprivationOfLibertyOrders: [], healthOutcomes: [], careLeaverBirthdays, socialWorkerEpisodes: [], careLeaverOnly: true,
      },
    };
  }

  const episodes = [...child.episodes].sort((a, b) => compareDates(a.DECOM, b.DECOM));
  for (let i = 1; i < episodes.length; i++) {
    const before = episodes[i - 1];
    const e = episodes[i];
    if (before.DEC === null || before.DEC > e.DECOM) {
      at(e.line, file.episodes, 'DECOM', `This episode starts ${dfe(e.DECOM)}, before the episode on line ${before.line} ends (${before.DEC ? dfe(before.DEC) : 'still open'}): episodes overlap.`);
    }
  }
  for (const e of episodes) {
    if (!TYPE_BY_PLACE[e.PLACE] && !NEAR_PLACE[e.PLACE]) at(e.line, file.episodes, 'PLACE', `PLACE ${e.PLACE} is a DfE placement this product does not hold yet; record the child by hand.`);
    if (!STATUS_BY_LS[e.LS]) at(e.line, file.episodes, 'LS', `LS ${e.LS} is a DfE legal status this product does not hold yet (it holds V2, C1, C2, E1); record the child by hand.`);
    if (NEAR_PLACE[e.PLACE]) at(e.line, file.episodes, 'PLACE', `PLACE ${e.PLACE} is held as a connected-person placement and exported as U3.`, 'warning');
    if (e.DECOM < child.DOB) at(e.line, file.episodes, 'DECOM', `The episode starts before the child's date of birth (${dfe(child.DOB)}).`);
  }
  if (problems.some((p) => p.severity === 'error')) return { wanted: null, problems };

  // The product holds one period of care: the latest (from the last S).
  const lastStart = episodes.map((e) => e.RNE).lastIndexOf('S');
  if (lastStart > 0) at(episodes[lastStart].line, file.episodes, 'RNE', `An earlier period of care (ended ${dfe(episodes[lastStart - 1].DEC!)}) is not held: the product holds the latest period.`, 'warning');
  const period = episodes.slice(Math.max(lastStart, 0));
  const first = period[0];
  const last = period.at(-1)!;
  const ceased = last.DEC !== null && last.REC !== 'X1' ? last.DEC : null;

  const placements: WantedPlacement[] = [];
  const legal: WantedLegalStatus[] = [];
  period.forEach((e: ReturnEpisode, i) => {
    const end = e.DEC;
    if (i === 0 || placementChanges(e.RNE)) {
      const place = e.PLACE;
      placements.push({
        startDate: e.DECOM,
        continues: i === 0 && !placementChanges(e.RNE),
        type: TYPE_BY_PLACE[place] ?? NEAR_PLACE[place],
        sameCarersAsBefore: place === 'A3' || place === 'A5',
        endDate: end,
        postcode: e.PL_POST,
        provider: e.PLACE_PROVIDER,
        urn: e.URN,
        reasonNewEpisode: e.RNE === 'T' || e.RNE === 'U' ? e.RNE : null,
        reasonForChange: null,
        endReason: null,
        place,
      });
    }
    if (i === 0 || legalChanges(e.RNE)) legal.push({ status: STATUS_BY_LS[e.LS], startDate: e.DECOM, continues: i === 0 && !legalChanges(e.RNE), endDate: end });
    const p = placements.at(-1)!;
    p.endDate = end;
    // The move's reason belongs to the placement that ended; the period's end reason to the last placement.
    p.reasonForChange = e.REASON_PLACE_CHANGE;
    p.endReason = e === last && ceased ? e.REC : null;
    legal.at(-1)!.endDate = end;
  });
  if (ceased && ORDER_BY_REC[last.REC!]) legal.push({ status: ORDER_BY_REC[last.REC!], startDate: ceased, continues: false, endDate: null });

  const upn = child.UPN === 'UN1' ? null : child.UPN;
  const mother = child.MOTHER === null ? null : child.MOTHER === '1';
  const missing = [...child.missing].sort((a, b) => compareDates(a.MIS_START, b.MIS_START));
  missing.forEach((m, i) => {
    if (m.MIS_START < child.DOB) at(m.line, 'missing.csv', 'MIS_START', `The period starts before the child's date of birth (${dfe(child.DOB)}) (DfE rule 586).`);
    const before = missing[i - 1];
    if (before && (before.MIS_END === null || before.MIS_END >= m.MIS_START)) {
      at(m.line, 'missing.csv', 'MIS_START', `This period starts ${dfe(m.MIS_START)}, before the period on line ${before.line} ends (${before.MIS_END ? dfe(before.MIS_END) : 'still open'}): periods overlap (DfE rule 574).`);
    }
  });
  // Deprivation of liberty orders: the DfE's rules the API applies (705 no overlap, 708 after birth).
  const dolos = [...child.dolos].sort((a, b) => compareDates(a.DOLO_START, b.DOLO_START));
  dolos.forEach((o, i) => {
    if (o.DOLO_START <= child.DOB) at(o.line, 'DoLo.csv', 'DOLO_START', `The order starts on or before the child's date of birth (${dfe(child.DOB)}) (DfE rule 708).`);
    const before = dolos[i - 1];
    if (before && (before.DOLO_END === null || o.DOLO_START < before.DOLO_END)) {
      at(o.line, 'DoLo.csv', 'DOLO_START', `This order starts ${dfe(o.DOLO_START)}, while the order on line ${before.line} is still in force (DfE rule 705).`);
    }
  });
  for (const h of child.healthOutcomes) {
    // The same checks the API makes when a worker saves health outcomes: what the DfE asks at the child's age.
    for (const p of oc2Problems(h.record, child.DOB, collectionYear(h.record.year))) at(h.line, 'oc2.csv', OC2_COLUMN[p.field] ?? null, `${p.message} (DfE rule ${p.rule})`);
  }
  for (const b of child.careLeaverBirthdays) {
    // OC3 asks about birthdays after the young person left care (rules 1007, 1016).
    if (ceased === null || ceased >= addYears(child.DOB, b.age)) at(b.line, 'oc3.csv', 'CHILD', `The ${b.age}th birthday (${dfe(addYears(child.DOB, b.age))}) is not after the child left care: OC3 is for care leavers (DfE rules 1007, 1016).`);
  }
  if (child.MC_DOB && !mother) at(child.headerLine, file.header, 'MC_DOB', 'MC_DOB is given for a child who is not recorded as a mother.');
  // Previous permanence: held as the return gives it; what the DfE would question is said here and on the child's record (rules 630, 632).
  const pp = child.prevPerm;
  if (pp?.PREV_PERM?.startsWith('P') && (!pp.LA_PERM || !pp.DATE_PERM)) {
    at(pp.line, 'prev_perm.csv', pp.LA_PERM ? 'DATE_PERM' : 'LA_PERM', `PREV_PERM ${pp.PREV_PERM} is given without ${pp.LA_PERM ? 'DATE_PERM' : 'LA_PERM'}: held as it is; the record asks for it (DfE rule 630).`, 'warning');
  }
  const ppRange = partialDateRange(pp?.DATE_PERM);
  if (ppRange && ppRange.latest >= first.DECOM && first.RNE === 'S') {
    at(pp!.line, 'prev_perm.csv', 'DATE_PERM', `The previous order (${partialDateToDfe(pp!.DATE_PERM)}) is not before the period of care began (${dfe(first.DECOM)}): held as it is; the record asks for it to be corrected (DfE rule 632).`, 'warning');
  }
  // AD1: checked against the episodes as the DfE checks it; the decision is placed_for_adoption's when both give it.
  const pfa = child.placedForAdoption;
  const ad1 = child.ad1;
  let adoptionMatch: WantedAdoptionMatch | null = null;
  if (ad1) {
    const adoption = period.find((e) => e.REC === 'E11' || e.REC === 'E12');
    if (adoption && ad1.DATE_MATCH && ad1.DATE_MATCH > adoption.DECOM) at(ad1.line, 'ad1.csv', 'DATE_MATCH', `The match (${dfe(ad1.DATE_MATCH)}) is after the child was placed with the adopters (${dfe(adoption.DECOM)}, episodes.csv line ${adoption.line}) (DfE rule 331).`);
    if (adoption && ad1.FOSTER_CARE && (ad1.FOSTER_CARE === '1') !== (adoption.PLACE === 'A3' || adoption.PLACE === 'A5')) {
      at(ad1.line, 'ad1.csv', 'FOSTER_CARE', `FOSTER_CARE ${ad1.FOSTER_CARE} does not match the adoptive placement ${adoption.PLACE} (episodes.csv line ${adoption.line}): A3 and A5 are adoptions by the child's foster carers (DfE rule 335).`);
    }
    if (pfa && ad1.DATE_INT && ad1.DATE_INT !== pfa.DATE_PLACED) {
      at(ad1.line, 'ad1.csv', 'DATE_INT', `DATE_INT ${dfe(ad1.DATE_INT)} differs from placed_for_adoption's DATE_PLACED ${dfe(pfa.DATE_PLACED)} (line ${pfa.line}): the product holds one decision, placed_for_adoption's.`, 'warning');
    }
    const adoptive = [...placements].reverse().find((p) => p.type === 'ADOPTIVE_PLACEMENT');
    if (ad1.DATE_MATCH || ad1.SEX_ADOPTR || ad1.LS_ADOPTR) {
      adoptionMatch = { matchedOn: ad1.DATE_MATCH, adoptersSex: ad1.SEX_ADOPTR as AdoptersSex | null, adoptersLegalStatus: ad1.LS_ADOPTR as AdoptersLegalStatus | null, placedOn: adoptive?.startDate ?? null };
      if (!adoptionMatch.placedOn && !adoptionMatch.matchedOn) at(ad1.line, 'ad1.csv', 'DATE_MATCH', 'DATE_MATCH is blank and the child has no adoptive placement (A3 to A6): the adopters are not held without the day they were matched.', 'warning');
    }
  }
  if (problems.some((p) => p.severity === 'error')) return { wanted: null, problems };
  return {
    problems,
    wanted: {
      localId: child.CHILD,
      gender: GENDER_BY_SEX[child.SEX] ?? 'NOT_KNOWN',
      dateOfBirth: child.DOB,
      ethnicity: child.ETHNIC,
      upn,
      mother,
      mothersChildDateOfBirth: mother ? child.MC_DOB : null,
      homePostcode: last.HOME_POST,
      categoryOfNeed: last.CIN,
      uasc: child.uasc,
      dateLookedAfter: first.DECOM,
      periodStartedInReturn: first.RNE === 'S',
      dateCeasedLookedAfter: ceased,
      adoptionDecisionOn: pfa?.DATE_PLACED ?? ad1?.DATE_INT ?? null,
      adoptionDecisionCeasedOn: pfa?.DATE_PLACED_CEASED ?? null,
      adoptionDecisionCeasedReason: pfa?.DATE_PLACED_CEASED ? pfa.REASON_PLACED_CEASED : null,
      adoptionMatch: adoptionMatch && (adoptionMatch.placedOn || adoptionMatch.matchedOn) ? adoptionMatch : null,
      previousPermanence: child.prevPerm?.PREV_PERM ?? null,
      previousPermanenceLa: child.prevPerm?.LA_PERM ?? null,
      previousPermanenceDate: child.prevPerm?.DATE_PERM ?? null,
      placements,
      legalStatuses: legal,
      missingEpisodes: missing.map((m) => ({ kind: m.MISSING, startDate: m.MIS_START, endDate: m.MIS_END })),
      deprivationOfLibertyOrders: dolos.map((o) => ({ startDate: o.DOLO_START, endDate: o.DOLO_END })),
      healthOutcomes: child.healthOutcomes.map((h) => h.record),
      careLeaverBirthdays,
      socialWorkerEpisodes,
      careLeaverOnly: false,
      reviews: [...child.reviews].sort((a, b) => compareDates(a.REVIEW, b.REVIEW)).map((r) => ({ heldOn: r.REVIEW, participation: r.REVIEW_CODE })),
    },
  };
}

const OC2_COLUMN: Partial<Record<keyof HealthOutcomesRecord, string>> = {
  sdqScore: 'SDQ_SCORE', sdqReason: 'SDQ_REASON', convicted: 'CONVICTED', healthCheck: 'HEALTH_CHECK',
  interventionReceived: 'INTERVENTION_RECEIVED', interventionOffered: 'INTERVENTION_OFFERED',
};

export const dfe = (iso: IsoDate) => iso.split('-').reverse().join('/');

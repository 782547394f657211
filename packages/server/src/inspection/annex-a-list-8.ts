import { PLAN_OPTION_LABELS, type PlanOption } from '@forever-planning/shared';
import { addMonths, ageInYears, compareDates, type IsoDate } from '../rules';
import { ethnicCode, LS_BY_STATUS } from '../ssda903/ssda903.codes';
import { placeFor } from '../ssda903/ssda903.episodes';
import type { Ssda903Child } from '../ssda903/ssda903.record';

/**
 * Ofsted's Annex A, List 8 ("children in care"): the list a council gives
 * inspectors at the start of an inspection of local authority children's
 * services (ILACS). It holds every child in care on the reference date and
 * every child who ceased to be in care in the six months before it.
 *
 * Codes are the SSDA903 return's (legal status, placement, ethnicity, category
 * of need), as councils fill Annex A from the same data; dates are DD/MM/YYYY,
 * as Annex A asks. Columns the product does not hold (social work and IRO
 * visits, health and dental checks) are written empty, to be filled from the
 * case system: an empty cell is honest, a guessed one is not.
 */
export const ANNEX_A_LIST_8_COLUMNS = [
  'Child Unique ID',
  'Gender',
  'Ethnicity',
  'Date of Birth',
  'Age of Child (Years)',
  'Does the Child have a Disability',
  'Unaccompanied Asylum Seeking Child',
  'Date Started to be Looked After',
  "Child's Category of Need",
  "Child's Legal Status",
  'Start date of current legal status',
  'Date of Latest Statutory Review',
  'Date of Last Social Work Visit',
  'Date of Last IRO Visit / Contact to the Child',
  'Date of Last Health Assessment',
  'Date of Last Dental Check',
  'Number of Placements in the Last 12 months',
  'Start Date of Most Recent Placement',
  'Placement Type',
  'Placement Provider',
  'Placement postcode',
  'Placement Location',
  'Number of Missing Episodes in the Last 12 Months',
  'Number of Absences in the Last 12 Months',
  'Date Ceased to be Looked After',
  'Reason Ceased to be Looked After',
  'Allocated Team',
  'Allocated Worker',
  'Permanence Plan',
] as const;
export type AnnexAList8Column = (typeof ANNEX_A_LIST_8_COLUMNS)[number];
export type AnnexAList8Row = Record<AnnexAList8Column, string | number>;

/** What the list needs beyond the return's record of the child. */
export interface AnnexAChild {
  record: Ssda903Child;
  teamName: string;
  workerName: string | null;
  disability: string | null;
  /** Placements' "in the council's area" by placement id. */
  inArea: ReadonlyMap<string, boolean>;
  planOption: PlanOption | null;
}

/** The first day of the list's window: children who left care on or after it are on the list. */
export const list8From = (referenceDate: IsoDate): IsoDate => addMonths(referenceDate, -6);

/** In care on the reference date, or ceased in the six months before it (Annex A's own words). */
export function isOnList8(child: Pick<Ssda903Child, 'dateLookedAfter' | 'dateCeasedLookedAfter'>, referenceDate: IsoDate): boolean {
  if (child.dateLookedAfter === null || child.dateLookedAfter > referenceDate) return false;
  return child.dateCeasedLookedAfter === null || child.dateCeasedLookedAfter >= list8From(referenceDate);
}

const ddmmyyyy = (d: IsoDate | null | undefined): string => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '');
const gender = (g: Ssda903Child['gender']) => (g === 'MALE' ? 'a) Male' : g === 'FEMALE' ? 'b) Female' : 'c) Not stated/recorded');
const latest = <T>(rows: readonly T[], date: (row: T) => IsoDate): T | null => [...rows].sort((a, b) => compareDates(date(a), date(b))).pop() ?? null;
const within = (day: IsoDate, from: IsoDate, to: IsoDate) => day >= from && day <= to;

/** One line of List 8 for one child, as on the reference date. */
export function annexAList8Row(child: AnnexAChild, referenceDate: IsoDate): AnnexAList8Row {
  const c = child.record;
  const yearAgo = addMonths(referenceDate, -12);
  const asOf = c.dateCeasedLookedAfter && c.dateCeasedLookedAfter < referenceDate ? c.dateCeasedLookedAfter : referenceDate;
  const period = c.placements.filter((p) => c.dateLookedAfter !== null && p.startDate >= c.dateLookedAfter && p.startDate <= asOf);
  const placement = latest(period, (p) => p.startDate);
  const legal = latest(
    c.legalStatuses.filter((l) => l.startDate <= asOf),
    (l) => l.startDate,
  );
  const review = latest(
    c.reviews.filter((r) => r.heldOn <= referenceDate),
    (r) => r.heldOn,
  );
  const missingOf = (kind: string) => c.missingEpisodes.filter((m) => m.kind === kind && within(m.startDate, yearAgo, referenceDate)).length;
  const inArea = placement ? child.inArea.get(placement.id) : undefined;
  const ceased = c.dateCeasedLookedAfter && c.dateCeasedLookedAfter <= referenceDate ? c.dateCeasedLookedAfter : null;
  return {
    'Child Unique ID': c.localId,
    Gender: gender(c.gender),
    Ethnicity: ethnicCode(c.ethnicity) ?? '',
    'Date of Birth': ddmmyyyy(c.dateOfBirth),
    'Age of Child (Years)': ageInYears(c.dateOfBirth, referenceDate),
    'Does the Child have a Disability': child.disability?.trim() ? 'a) Yes' : 'b) No',
    'Unaccompanied Asylum Seeking Child': c.uasc ? 'a) Yes' : 'b) No',
    'Date Started to be Looked After': ddmmyyyy(c.dateLookedAfter),
    "Child's Category of Need": c.categoryOfNeed ?? '',
    "Child's Legal Status": legal ? (LS_BY_STATUS[legal.status] ?? '') : '',
    'Start date of current legal status': ddmmyyyy(legal?.startDate),
    'Date of Latest Statutory Review': ddmmyyyy(review?.heldOn),
    'Date of Last Social Work Visit': '',
    'Date of Last IRO Visit / Contact to the Child': '',
    'Date of Last Health Assessment': '',
    'Date of Last Dental Check': '',
    'Number of Placements in the Last 12 months': period.filter((p) => p.endDate === null || p.endDate >= yearAgo).length,
    'Start Date of Most Recent Placement': ddmmyyyy(placement?.startDate),
    'Placement Type': placement ? placeFor(c, placement, legal) : '',
    'Placement Provider': placement?.provider ?? '',
    'Placement postcode': placement?.postcode ?? '',
    'Placement Location': inArea === undefined ? '' : inArea ? 'a) Inside LA boundary' : 'b) Outside LA boundary',
    'Number of Missing Episodes in the Last 12 Months': missingOf('M'),
    'Number of Absences in the Last 12 Months': missingOf('A'),
    'Date Ceased to be Looked After': ddmmyyyy(ceased),
    'Reason Ceased to be Looked After': ceased ? (placement?.endReason ?? '') : '',
    'Allocated Team': child.teamName,
    'Allocated Worker': child.workerName ?? '',
    'Permanence Plan': child.planOption ? PLAN_OPTION_LABELS[child.planOption] : '',
  };
}

/** The list, children in care first, then those who left, each by their unique id. */
export function annexAList8(children: readonly AnnexAChild[], referenceDate: IsoDate): AnnexAList8Row[] {
  return children
    .filter((c) => isOnList8(c.record, referenceDate))
    .sort((a, b) => Number(a.record.dateCeasedLookedAfter !== null) - Number(b.record.dateCeasedLookedAfter !== null) || a.record.localId.localeCompare(b.record.localId))
    .map((c) => annexAList8Row(c, referenceDate));
}

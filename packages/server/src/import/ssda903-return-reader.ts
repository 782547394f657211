import fs from 'node:fs';
import path from 'node:path';
import { swReasonsFor, isPermanenceAuthority, partialDateFromDfe, PREVIOUS_PERMANENCE_CODES, ADOPTERS_LEGAL_STATUSES, ADOPTERS_SEXES, ADOPTERS_SEXES_BY_LEGAL_STATUS, CARE_LEAVER_AGES, CATEGORIES_OF_NEED, NEW_EPISODE_REASONS, OC3_ACCOMMODATION, OC3_ACTIVITY, OC3_IN_TOUCH, PARTICIPATION_CODES } from '@forever-planning/shared';
import { addYears, isIsoDate, type IsoDate } from '../rules/iso-date';
import { ETHNIC_CODES, isUpnShape, LS_CODES, PLACE_CHANGE_CODES, placeCodesFor, PROVIDER_CODES, REC_CODES } from '../ssda903/ssda903.codes';
import { SSDA903_FILES } from '../ssda903/ssda903.return';
import { SDQ_MAX_SCORE, SDQ_REASONS, type HealthOutcomesRecord } from '../ssda903/ssda903.oc2';
import { FileProblem, looksLikeFormula, readCsv, type CsvRow, type Problem } from './csv-file';

/**
 * Reads a folder holding one council's SSDA903 return (the DfE's CSV tables)
 * into one record per CHILD, with every problem located by file, line and column.
 */

/** The DfE tables, with the file names councils' systems write (previous permanence has two). */
export const IMPORT_TABLES = {
  header: { files: ['header'], columns: SSDA903_FILES.header },
  episodes: { files: ['episodes'], columns: SSDA903_FILES.episodes },
  uasc: { files: ['uasc'], columns: SSDA903_FILES.uasc },
  reviews: { files: ['reviews'], columns: SSDA903_FILES.reviews },
  missing: { files: ['missing'], columns: SSDA903_FILES.missing },
  oc2: { files: ['oc2'], columns: SSDA903_FILES.oc2 },
  oc3: { files: ['oc3'], columns: SSDA903_FILES.oc3 },
  ad1: { files: ['ad1'], columns: SSDA903_FILES.ad1 },
  placed_for_adoption: { files: ['placed_for_adoption'], columns: SSDA903_FILES.placed_for_adoption },
  previous_permanence: { files: ['prev_perm', 'previous_permanence'], columns: SSDA903_FILES.previous_permanence },
  sw_episodes: { files: ['sw_episodes'], columns: SSDA903_FILES.sw_episodes },
  // 2026/27 on: deprivation of liberty orders (the DfE's validator names the table DoLo).
  dolo: { files: ['dolo'], columns: SSDA903_FILES.DoLo },
} as const;
export type ImportTable = keyof typeof IMPORT_TABLES;

/** Tables read and checked but not held by the product yet: their rows are counted and reported, not stored. */
export const TABLES_NOT_HELD: Partial<Record<ImportTable, string>> = {
};

/** The collection years (named by the year they end) whose column sets the import knows: 2023/24 to 2026/27. */
export const IMPORT_YEARS = [2024, 2025, 2026, 2027] as const;

export interface ReturnEpisode {
  line: number;
  DECOM: IsoDate;
  RNE: string;
  LS: string;
  CIN: string;
  PLACE: string;
  PLACE_PROVIDER: string | null;
  DEC: IsoDate | null;
  REC: string | null;
  REASON_PLACE_CHANGE: string | null;
  HOME_POST: string | null;
  PL_POST: string | null;
  URN: string | null;
}

export interface ReturnMissing {
  line: number;
  MISSING: 'M' | 'A';
  MIS_START: IsoDate;
  MIS_END: IsoDate | null;
}

/** A row of sw_episodes: SW_ID is a Social Work England number (SW...) or the DfE's XX placeholder (SW02STG1). */
export interface ReturnSocialWorkerEpisode {
  line: number;
  SW_ID: string;
  SW_DECOM: IsoDate;
  SW_DEC: IsoDate | null;
  SW_REASON: string | null;
}
const SW_ID_SHAPE = /^(SW|XX)[A-Z0-9]{1,10}$/;
export interface ReturnDolo {
  line: number;
  DOLO_START: IsoDate;
  DOLO_END: IsoDate | null;
}

export interface ReturnCareLeaverBirthday {
  line: number;
  age: number;
  inTouch: string;
  activity: string | null;
  accommodation: string | null;
}

/** ad1.csv: a child adopted in the year: the decision, the match and who the adopters are (one row a child). */
export interface ReturnAd1 {
  line: number;
  DATE_INT: IsoDate | null;
  DATE_MATCH: IsoDate | null;
  FOSTER_CARE: '0' | '1' | null;
  SEX_ADOPTR: string | null;
  LS_ADOPTR: string | null;
}

export interface ReturnChild {
  CHILD: string;
  headerLine: number | null;
  SEX: string;
  DOB: IsoDate;
  ETHNIC: string;
  UPN: string | null;
  MOTHER: string | null;
  MC_DOB: IsoDate | null;
  episodes: ReturnEpisode[];
  reviews: { line: number; REVIEW: IsoDate; REVIEW_CODE: string | null }[];
  uasc: boolean;
  placedForAdoption: { line: number; DATE_PLACED: IsoDate; DATE_PLACED_CEASED: IsoDate | null; REASON_PLACED_CEASED: string | null } | null;
  ad1: ReturnAd1 | null;
  /** prev_perm.csv: before this period of care, adopted or under an order (P1 to P4) or not known (Z1); blank cells say nothing. */
  prevPerm: { line: number; PREV_PERM: string | null; LA_PERM: string | null; DATE_PERM: string | null } | null;
  /** missing.csv: periods missing (M) or away from placement without authorisation (A); a blank MIS_END is open at 31 March. */
  missing: ReturnMissing[];
  /** DoLo.csv (2026/27 on): deprivation of liberty orders; a blank DOLO_END is in force at 31 March. */
  dolos: ReturnDolo[];
  /** oc2.csv: the child's health outcomes for the return's year (one row a child), with the year it belongs to. */
  healthOutcomes: { line: number; record: HealthOutcomesRecord }[];
  /** oc3.csv: the care leaver's 17th to 21st birthdays in the year (one row a birthday); a blank IN_TOUCH is not recorded yet. */
  careLeaverBirthdays: ReturnCareLeaverBirthday[];
  /** sw_episodes.csv: the child's social workers (2023/24 on); a blank SW_DEC is open at 31 March. */
  socialWorkerEpisodes: ReturnSocialWorkerEpisode[];
  /** Rows of tables the product does not hold, counted per table. */
  notHeld: Partial<Record<ImportTable, number>>;
  problems: Problem[];
}

export interface ReadReturn {
  year: number;
  folder: string;
  children: Map<string, ReturnChild>;
  /** Problems not tied to one child (a row with no CHILD). */
  problems: Problem[];
  rowsRead: Partial<Record<ImportTable, number>>;
}

/** DD/MM/YYYY, a real calendar day. */
export function parseDfeDate(value: string): IsoDate | null {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isIsoDate(iso) ? iso : null;
}

const SEX_CODES = (year: number): readonly string[] => (year >= 2025 ? ['M', 'F', 'U'] : ['1', '2']);

/** Finds the table's file in the folder, ignoring case; undefined when the return has none. */
function findFile(folder: string, names: readonly string[]): string | undefined {
  const entries = fs.readdirSync(folder);
  for (const name of names) {
    const hit = entries.find((e) => e.toLowerCase() === `${name}.csv`);
    if (hit) return path.join(folder, hit);
  }
  return undefined;
}

/** Which share of the children a pass holds: those whose CHILD hashes to `index` of `count`. */
export interface ReturnPart {
  index: number;
  count: number;
}

/** A CHILD id's pass: a cheap, stable string hash (the same in this return and the previous one). */
export function partOf(child: string, count: number): number {
  let h = 0;
  for (let i = 0; i < child.length; i++) h = (Math.imul(h, 31) + child.charCodeAt(i)) | 0;
  return Math.abs(h) % count;
}

/** The header file's rows (its lines less the column line), counted without parsing; 0 when there is no header file. */
export async function headerRowCount(folder: string): Promise<number> {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return 0;
  const file = findFile(folder, IMPORT_TABLES.header.files);
  if (!file) return 0;
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) for (const b of chunk as Buffer) if (b === 0x0a) lines++;
  return Math.max(0, lines - 1);
}

export async function readReturn(folder: string, year: number, maxBytes: number, part?: ReturnPart): Promise<ReadReturn> {
  if (!(IMPORT_YEARS as readonly number[]).includes(year)) {
    throw new FileProblem({ file: folder, line: null, column: null, child: null, severity: 'error', reason: `Unknown collection year ${year}: the import knows the column sets of ${IMPORT_YEARS.map((y) => `${y - 1}/${String(y).slice(2)} (--year ${y})`).join(', ')}.` });
  }
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new FileProblem({ file: folder, line: null, column: null, child: null, severity: 'error', reason: 'No such folder: give the folder holding the return\'s CSV files.' });
  }
  const result: ReadReturn = { year, folder, children: new Map(), problems: [], rowsRead: {} };
  const headerFile = findFile(folder, IMPORT_TABLES.header.files);
  if (!headerFile) throw new FileProblem({ file: path.join(folder, 'header.csv'), line: null, column: null, child: null, severity: 'error', reason: 'The return has no header file: every child in a return is in header.csv.' });
  const episodesFile = findFile(folder, IMPORT_TABLES.episodes.files);
  if (!episodesFile) throw new FileProblem({ file: path.join(folder, 'episodes.csv'), line: null, column: null, child: null, severity: 'error', reason: 'The return has no episodes file.' });

  for (const table of Object.keys(IMPORT_TABLES) as ImportTable[]) {
    const file = findFile(folder, IMPORT_TABLES[table].files);
    if (!file) continue;
    const name = path.basename(file);
    result.rowsRead[table] = await readCsv(file, name, IMPORT_TABLES[table].columns, maxBytes, ({ line, row }) => {
      // Another pass's child; a row naming no child is reported by the first pass.
      if (part && (row.CHILD ? partOf(row.CHILD, part.count) !== part.index : part.index !== 0)) return;
      takeRow(result, table, name, line, row);
    });
  }
  return result;
}

/** One row into its child's record, checking every cell the product reads. */
function takeRow(result: ReadReturn, table: ImportTable, file: string, line: number, row: CsvRow): void {
  const problem = (column: string | null, reason: string, severity: Problem['severity'] = 'error'): Problem => ({ file, line, column, child: row.CHILD || null, reason, severity });
  const id = row.CHILD;
  if (!id) {
    result.problems.push(problem('CHILD', 'CHILD is blank: every row names its child.'));
    return;
  }
  let child = result.children.get(id);
  if (!child) {
    child = { CHILD: id, headerLine: null, SEX: '', DOB: '', ETHNIC: '', UPN: null, MOTHER: null, MC_DOB: null, episodes: [], reviews: [], uasc: false, placedForAdoption: null, ad1: null, prevPerm: null, missing: [], dolos: [], healthOutcomes: [], careLeaverBirthdays: [], socialWorkerEpisodes: [], notHeld: {}, problems: [] };
    result.children.set(id, child);
  }
  const errorsBefore = child.problems.length;
  const report = (column: string | null, reason: string, severity: Problem['severity'] = 'error') => child.problems.push(problem(column, reason, severity));
  if (id.length > 20) report('CHILD', `CHILD "${id}" is longer than 20 characters.`);
  if (table === 'header') {
    if (child.headerLine !== null) {
      report('CHILD', `CHILD ${id} is in the header file twice (lines ${child.headerLine} and ${line}).`);
      return;
    }
    child.headerLine = line;
  }
  for (const [column, value] of Object.entries(row)) {
    if (value && looksLikeFormula(value)) report(column, `The cell starts with "${value[0]}", which a spreadsheet would run as a formula; the DfE's codes never do.`);
  }
  if (child.problems.length > errorsBefore) return;
  const date = (column: string, required: boolean): IsoDate | null => {
    const value = row[column];
    if (!value) {
      if (required) report(column, `${column} is blank.`);
      return null;
    }
    const iso = parseDfeDate(value);
    if (!iso) report(column, `${column} "${value}" is not a date written DD/MM/YYYY.`);
    return iso;
  };
  const code = (column: string, list: readonly string[], required: boolean): string | null => {
    const value = row[column]?.toUpperCase() ?? '';
    if (!value) {
      if (required) report(column, `${column} is blank.`);
      return null;
    }
    if (!list.includes(value)) report(column, `${column} "${row[column]}" is not one of the DfE's codes for ${result.year - 1}/${String(result.year).slice(2)}.`);
    return value;
  };
  const year = result.year;
  switch (table) {
    case 'header': {
      child.SEX = code('SEX', SEX_CODES(year), true) ?? '';
      child.DOB = date('DOB', true) ?? '';
      child.ETHNIC = code('ETHNIC', ETHNIC_CODES, true) ?? '';
      const upn = row.UPN?.toUpperCase() || null;
      if (upn && !isUpnShape(upn)) report('UPN', `UPN "${row.UPN}" is neither a UPN nor one of UN1 to UN5.`);
      child.UPN = upn;
      child.MOTHER = code('MOTHER', ['0', '1'], false);
      child.MC_DOB = date('MC_DOB', false);
      return;
    }
    case 'episodes': {
      const e: ReturnEpisode = {
        line,
        DECOM: date('DECOM', true) ?? '',
        RNE: code('RNE', NEW_EPISODE_REASONS, true) ?? '',
        LS: code('LS', LS_CODES, true) ?? '',
        CIN: code('CIN', CATEGORIES_OF_NEED, true) ?? '',
        PLACE: code('PLACE', placeCodesFor(year), true) ?? '',
        PLACE_PROVIDER: code('PLACE_PROVIDER', PROVIDER_CODES, false),
        DEC: date('DEC', false),
        REC: code('REC', REC_CODES, false),
        REASON_PLACE_CHANGE: code('REASON_PLACE_CHANGE', PLACE_CHANGE_CODES, false),
        HOME_POST: row.HOME_POST?.toUpperCase() || null,
        PL_POST: row.PL_POST?.toUpperCase() || null,
        URN: row.URN?.toUpperCase() || null,
      };
      if (e.DEC && e.DECOM && e.DEC < e.DECOM) report('DEC', `The episode ends (${row.DEC}) before it starts (${row.DECOM}).`);
      if (e.DEC && !e.REC) report('REC', 'REC is blank for an episode that ended.');
      if (!e.DEC && e.REC) report('DEC', 'DEC is blank for an episode with a reason it ceased.');
      if ((e.HOME_POST?.length ?? 0) > 8 || (e.PL_POST?.length ?? 0) > 8) report('PL_POST', 'A postcode is longer than 8 characters.');
      if ((e.URN?.length ?? 0) > 8) report('URN', 'URN is longer than 8 characters.');
      child.episodes.push(e);
      return;
    }
    case 'reviews': {
      const heldOn = date('REVIEW', true);
      const participation = code('REVIEW_CODE', PARTICIPATION_CODES, false);
      if (heldOn) child.reviews.push({ line, REVIEW: heldOn, REVIEW_CODE: participation });
      return;
    }
    case 'uasc':
      date('DUC', true);
      child.uasc = true;
      return;
    case 'placed_for_adoption': {
      const placed = date('DATE_PLACED', true);
      const ceased = date('DATE_PLACED_CEASED', false);
      const reason = code('REASON_PLACED_CEASED', ['RD1', 'RD2', 'RD3', 'RD4'], false);
      if (ceased && !reason) report('REASON_PLACED_CEASED', 'REASON_PLACED_CEASED is blank for a decision that ceased.');
      if (placed) child.placedForAdoption = { line, DATE_PLACED: placed, DATE_PLACED_CEASED: ceased, REASON_PLACED_CEASED: reason };
      return;
    }
    case 'previous_permanence': {
      if (child.prevPerm) {
        report('CHILD', `CHILD ${id} has two rows in ${file} (lines ${child.prevPerm.line} and ${line}): a child has one previous permanence row.`);
        return;
      }
      const option = code('PREV_PERM', PREVIOUS_PERMANENCE_CODES, false);
      const la = row.LA_PERM?.toUpperCase() || null;
      if (la && !isPermanenceAuthority(la)) report('LA_PERM', `LA_PERM "${row.LA_PERM}" is not a three-digit local authority number the DfE knows, nor WAL, SCO, NIR or NUK (DfE rule 633).`);
      let held: string | null = null;
      if (row.DATE_PERM) {
        held = partialDateFromDfe(row.DATE_PERM);
        if (!held) report('DATE_PERM', `DATE_PERM "${row.DATE_PERM}" is not a date written DD/MM/YYYY, with ZZ for a day or month not known (DfE rule 632).`);
      }
      if ((la || row.DATE_PERM) && !(option && option.startsWith('P'))) report('PREV_PERM', `LA_PERM or DATE_PERM is given but PREV_PERM is ${option ?? 'blank'}: an order's authority and date go with P1 to P4 (DfE rule 635).`);
      if (child.problems.length === errorsBefore) child.prevPerm = { line, PREV_PERM: option, LA_PERM: la, DATE_PERM: held };
      return;
    }
    case 'ad1': {
      if (child.ad1) {
        report('CHILD', `CHILD ${id} has two rows in ad1.csv (lines ${child.ad1.line} and ${line}): a child is adopted once.`);
        return;
      }
      const decided = date('DATE_INT', false);
      const matched = date('DATE_MATCH', false);
      const fosterCarers = code('FOSTER_CARE', ['0', '1'], false) as ReturnAd1['FOSTER_CARE'];
      const count = code('NB_ADOPTR', ['1', '2'], false);
      const sex = code('SEX_ADOPTR', ADOPTERS_SEXES, false);
      const status = code('LS_ADOPTR', ADOPTERS_LEGAL_STATUSES, false);
      // The number of adopters follows who they are (M1 and F1 are one adopter, MM, FF and MF two).
      if (count && sex && (count === '1') !== sex.endsWith('1')) report('NB_ADOPTR', `NB_ADOPTR ${count} does not match SEX_ADOPTR ${sex}: ${sex.endsWith('1') ? 'a single adopter is 1' : 'a couple is 2'}.`);
      if (sex && status && !(ADOPTERS_SEXES_BY_LEGAL_STATUS[status as keyof typeof ADOPTERS_SEXES_BY_LEGAL_STATUS] as readonly string[]).includes(sex)) {
        report('SEX_ADOPTR', `SEX_ADOPTR ${sex} is not possible for adopters whose legal status is ${status} (DfE rules 514, 517 to 520, 524).`);
      }
      if (decided && matched && matched < decided) report('DATE_MATCH', `The match (${row.DATE_MATCH}) is before the decision that the child should be placed for adoption (${row.DATE_INT}) (DfE rule 333).`);
      if (child.problems.length === errorsBefore) child.ad1 = { line, DATE_INT: decided, DATE_MATCH: matched, FOSTER_CARE: fosterCarers, SEX_ADOPTR: sex, LS_ADOPTR: status };
      return;
    }
    case 'missing': {
      const kind = code('MISSING', ['M', 'A'], true);
      const start = date('MIS_START', true);
      const end = date('MIS_END', false);
      if (start && end && end < start) report('MIS_END', `The period ends (${row.MIS_END}) before it starts (${row.MIS_START}) (DfE rule 567).`);
      if (kind && start) child.missing.push({ line, MISSING: kind as 'M' | 'A', MIS_START: start, MIS_END: end });
      return;
    }
    case 'dolo': {
      const start = date('DOLO_START', true);
      const end = date('DOLO_END', false);
      if (start && end && end <= start) report('DOLO_END', `The order ends (${row.DOLO_END}) on or before the day it starts (${row.DOLO_START}) (DfE rule 702).`);
      if (start && child.problems.length === errorsBefore) child.dolos.push({ line, DOLO_START: start, DOLO_END: end });
      return;
    }
    case 'oc2': {
      if (child.healthOutcomes.some((h) => h.record.year === year)) {
        report('CHILD', `CHILD ${id} has two rows in oc2.csv: a child has one health outcomes row a year.`);
        return;
      }
      const flag = (column: string, required: boolean): boolean | null => {
        const value = code(column, ['0', '1'], required);
        return value === null ? null : value === '1';
      };
      const scoreText = row.SDQ_SCORE ?? '';
      let sdqScore: number | null = null;
      if (scoreText) {
        if (/^\d{1,2}$/.test(scoreText) && Number(scoreText) <= SDQ_MAX_SCORE) sdqScore = Number(scoreText);
        else report('SDQ_SCORE', `SDQ_SCORE "${scoreText}" is not a whole number from 0 to ${SDQ_MAX_SCORE} (DfE rule 180).`);
      }
      const record: HealthOutcomesRecord = {
        year,
        sdqScore,
        sdqReason: code('SDQ_REASON', SDQ_REASONS, false) as HealthOutcomesRecord['sdqReason'],
        convicted: flag('CONVICTED', false),
        healthCheck: flag('HEALTH_CHECK', false),
        immunisations: flag('IMMUNISATIONS', true) ?? false,
        teethCheck: flag('TEETH_CHECK', true) ?? false,
        healthAssessment: flag('HEALTH_ASSESSMENT', true) ?? false,
        substanceMisuse: flag('SUBSTANCE_MISUSE', true) ?? false,
        interventionReceived: flag('INTERVENTION_RECEIVED', false),
        interventionOffered: flag('INTERVENTION_OFFERED', false),
      };
      if (child.problems.length === errorsBefore) child.healthOutcomes.push({ line, record });
      return;
    }
    case 'oc3': {
      // The birthday the row is about: the one (17 to 21) that falls in the collection year.
      const dob = date('DOB', true);
      if (!dob) return;
      if (child.DOB && dob !== child.DOB) report('DOB', `DOB ${row.DOB} is not the child's date of birth in header.csv.`);
      const age = CARE_LEAVER_AGES.find((a) => {
        const birthday = addYears(dob, a);
        return birthday >= `${year - 1}-04-01` && birthday <= `${year}-03-31`;
      });
      if (age === undefined) {
        report('DOB', `The child has no 17th to 21st birthday in ${year - 1}/${String(year).slice(2)}: OC3 is only for those birthdays (DfE rule 1002).`);
        return;
      }
      if (child.careLeaverBirthdays.some((b) => b.age === age)) {
        report('CHILD', `CHILD ${id} has two rows in oc3.csv: a care leaver has one row a birthday.`);
        return;
      }
      // The export writes 0 for activity and accommodation when the council is not in touch (rules 344, 345).
      const answer = (column: string, list: readonly string[]): string | null => (row[column] === '0' ? null : code(column, list, false));
      const inTouch = code('IN_TOUCH', OC3_IN_TOUCH, false);
      const activity = answer('ACTIV', OC3_ACTIVITY);
      const accommodation = answer('ACCOM', OC3_ACCOMMODATION);
      if (inTouch === null) {
        // Blank: the council has not recorded the birthday yet; the product asks for it (its rule "OC3").
        if (activity || accommodation) report('IN_TOUCH', 'IN_TOUCH is blank but ACTIV or ACCOM is given.');
        return;
      }
      if (child.problems.length === errorsBefore) child.careLeaverBirthdays.push({ line, age, inTouch, activity, accommodation });
      return;
    }
    case 'sw_episodes': {
      const swId = row.SW_ID?.toUpperCase().replace(/\s+/g, '') ?? '';
      if (!swId) report('SW_ID', 'SW_ID is blank: give the social worker\'s Social Work England number (DfE rule SW01).');
      else if (!SW_ID_SHAPE.test(swId)) report('SW_ID', `SW_ID "${row.SW_ID}" is not a Social Work England number (SW and digits) or the DfE's XX placeholder (DfE rule SW02STG1).`);
      const start = date('SW_DECOM', true);
      const end = date('SW_DEC', false);
      const reason = code('SW_REASON', swReasonsFor(year), start !== null && start >= '2023-04-01');
      if (start && end && end < start) report('SW_DEC', `The social worker episode ends (${row.SW_DEC}) before it starts (${row.SW_DECOM}).`);
      if (start && child.socialWorkerEpisodes.some((e) => e.SW_DECOM === start)) report('SW_DECOM', `CHILD ${id} has two social worker episodes starting ${row.SW_DECOM}.`);
      if (child.problems.length === errorsBefore && start) child.socialWorkerEpisodes.push({ line, SW_ID: swId, SW_DECOM: start, SW_DEC: end, SW_REASON: reason });
      return;
    }
    default: {
      // Every table the import reads is held now: a table added to IMPORT_TABLES without a case above fails to compile here.
      const unread: never = table;
      throw new Error(`The import has no reading for ${String(unread)}.`);
    }
  }
}

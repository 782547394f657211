import type { DataSource } from 'typeorm';
import { toCsv } from '../common/csv-export';
import { councilChildIdsForYear, loadSsda903Children } from './ssda903.loader';
import { deriveEpisodes } from './ssda903.episodes';
import { collectionYear, type CollectionYear, type Ssda903Child } from './ssda903.record';
import { buildReturn, HEADER_ONLY_FILES, inReturn, SSDA903_FILES, SSDA903_FILE_NAMES, type Ssda903FileName, type Ssda903Return, type Ssda903Row } from './ssda903.return';
import { DFE_RULES_NOT_CHECKED, validateChild, type Ssda903Issue } from './ssda903.validation';
import type { IsoDate } from '../rules/iso-date';

export interface ChildIssues {
  child: Ssda903Child;
  issues: Ssda903Issue[];
}

export interface Ssda903Export {
  year: CollectionYear;
  children: Ssda903Child[];
  files: Ssda903Return;
  /** Children with at least one failed rule. */
  failures: ChildIssues[];
}

/** The return for children already scoped to the caller: validated, then built. */
/** The return for a year, validated; with `today`, a return of a year still running asks for nothing that has not happened yet. */
export function exportFor(children: readonly Ssda903Child[], year: CollectionYear, today?: IsoDate): Ssda903Export {
  // Each child's episodes derived once, for choosing, checking and writing (three times over before: a third of an England-size export).
  const episodes = new Map(children.map((c) => [c, deriveEpisodes(c)]));
  const episodesOf = (c: Ssda903Child) => episodes.get(c) ?? deriveEpisodes(c);
  const included = children.filter((c) => inReturn(c, year, episodesOf(c)));
  const failures = included.map((child) => ({ child, issues: validateChild(child, year, undefined, today, episodesOf(child)) })).filter((f) => f.issues.length > 0);
  return { year, children: included, files: buildReturn(included, year, episodesOf), failures };
}

/** Where an export's time went, in milliseconds (the CLI prints it; `npm run bench:ssda903` records it). */
export interface ExportTimings {
  /** Reading the council's children from the database. */
  loadMs: number;
  /** Choosing the year's children, checking them against the rules and building the return's tables. */
  checkMs: number;
}

/**
 * Children loaded, checked and built at a time: the database rows of a batch are
 * dropped before the next is read, so an England-size council (83,000 children,
 * about a million rows) does not hold every row at once, and the garbage collector
 * (a third of the CPU time when it did) has less to walk.
 */
export const EXPORT_BATCH = 5_000;

export async function councilExport(ds: DataSource, councilId: string, year: number, today?: IsoDate, timings?: ExportTimings): Promise<Ssda903Export> {
  const y = collectionYear(year);
  let mark = performance.now();
  const ids = await councilChildIdsForYear(ds, councilId, y.start, y.end);
  const ret: Ssda903Export = { year: y, children: [], files: Object.fromEntries(SSDA903_FILE_NAMES.map((f) => [f, [] as Ssda903Row[]])) as Ssda903Return, failures: [] };
  let loadMs = performance.now() - mark;
  let checkMs = 0;
  // The ids come in the return's order, so the batches' tables put end to end are the tables of the whole return.
  for (let from = 0; from < ids.length; from += EXPORT_BATCH) {
    mark = performance.now();
    const children = await loadSsda903Children(ds, ids.slice(from, from + EXPORT_BATCH));
    const loaded = performance.now();
    loadMs += loaded - mark;
    const batch = exportFor(children, y, today);
    for (const c of batch.children) ret.children.push(c);
    for (const f of batch.failures) ret.failures.push(f);
    for (const file of SSDA903_FILE_NAMES) for (const row of batch.files[file]) ret.files[file].push(row);
    checkMs += performance.now() - loaded;
  }
  if (timings) {
    timings.loadMs = loadMs;
    timings.checkMs = checkMs;
  }
  return ret;
}

export function fileCsv(ret: Ssda903Return, file: Ssda903FileName): string {
  return toCsv(SSDA903_FILES[file], ret[file]);
}

export const VALIDATION_COLUMNS = ['CHILD', 'RULE', 'FIELD', 'DATE', 'MESSAGE'] as const;

export function validationCsv(failures: readonly ChildIssues[]): string {
  return toCsv(
    VALIDATION_COLUMNS,
    failures.flatMap((f) => f.issues.map((i) => ({ CHILD: f.child.localId, RULE: i.code, FIELD: i.field, DATE: i.date, MESSAGE: i.message }))),
  );
}

/**
 * Said instead of "no validation errors": this product checks some of the
 * DfE's rules, not all, so a clean report does not mean the DfE will accept the return.
 */
export const NO_ERRORS_FOUND = 'No errors found by the rules this product checks; it does not check every DfE rule yet, so check the return with the DfE\'s validator before sending it.';

export function notesText(ret: Ssda903Export): string {
  return [
    `SSDA903 return for the year 1 April ${ret.year.year - 1} to 31 March ${ret.year.year}: ${ret.children.length} children.`,
    ...(Object.keys(HEADER_ONLY_FILES).length > 0
      ? ['Files written with their header only, because the records do not hold the data yet:', ...Object.entries(HEADER_ONLY_FILES).map(([file, why]) => `  ${file}.csv: ${why}`)]
      : []),
    'AD1: the decision to place for adoption as recorded on the child; DATE_MATCH, SEX_ADOPTR, NB_ADOPTR and LS_ADOPTR from the adopters holding the match in family finding.',
    'Header: MOTHER is 1 or 0 for girls, blank for boys; MC_DOB only for a mother. UPN is UN1 for a child not yet of school age with none recorded.',
    'Previous permanence: for every child who started a period of care in the year, PREV_PERM, LA_PERM and DATE_PERM as recorded on the child (ZZ for a day or month not known); Z1 where nothing is recorded.',
    '',
    'DfE rules this product does not check, because it does not hold the data they need:',
    ...Object.entries(DFE_RULES_NOT_CHECKED).map(([rules, why]) => `  ${rules}: ${why}`),
    '',
  ].join('\n');
}

export { SSDA903_FILE_NAMES };

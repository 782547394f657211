import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { MATCHED_STAGES, REVIEW_MEETING_TYPES, type MeetingType } from '@forever-planning/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import type { Actor } from '../common/actor';
import { writeAudit } from '../modules/audit/audit.service';
import type { IsoDate } from '../rules/iso-date';
import { ethnicCode } from '../ssda903/ssda903.codes';
import { councilWhere, parseCouncilCode, unknownCouncilReason } from './council-code';
import { DEFAULT_MAX_BYTES, FileProblem, type Problem } from './csv-file';
import { mergeReturns, wantedChild, dfe, type WantedChild } from './ssda903-records';
import { headerRowCount, IMPORT_TABLES, readReturn, TABLES_NOT_HELD, type ImportTable, type ReadReturn } from './ssda903-return-reader';

/**
 * `npm run import -- ssda903 …`: brings a council's children in from its
 * SSDA903 return. Each child is one transaction (imported whole or not at
 * all); the records are matched on the return's CHILD id (children.local_id),
 * so importing the same return again changes nothing and the next year's
 * return updates, closes and adds without duplicating.
 */

export interface ImportOptions {
  laCode: string;
  councilName?: string;
  year: number;
  folder: string;
  previous?: string;
  dryRun: boolean;
  strict: boolean;
  clock: Clock;
  maxBytes?: number;
  /** Who imports from the portal (the CLI has no signed-in person): the audit event names them. */
  actor?: Actor | null;
  /** Children held in memory at once (default CHILDREN_PER_PASS): a bigger return is read in passes. */
  childrenPerPass?: number;
  /** Children written a transaction (default BATCH_SIZE). */
  batchSize?: number;
  /** Told after each child is checked or written, so a portal can show a progress bar. */
  onProgress?: (progress: { done: number; total: number }) => Promise<void> | void;
  /** Told each child's outcome as it is known (the CLI prints it then): the report keeps only the first `keep`. */
  onChild?: (child: ChildLine) => void;
  /** Told each problem as it is found: the report keeps only the first `keep` errors and the first `keep` notes. */
  onProblem?: (problem: Problem) => void;
  /** Children's lines and problems the report itself holds (default REPORT_KEEPS); the rest are counted and told, not held, so memory stays flat. */
  keep?: number;
}

export interface ChildLine { child: string; outcome: ChildOutcome; changes: string[] }

export type ChildOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportReport {
  council: { laCode: string; name: string | null; created: boolean };
  year: number;
  dryRun: boolean;
  /** False when a file problem (or, with --strict, any problem) stopped the import before anything was written. */
  completed: boolean;
  children: Record<ChildOutcome, number>;
  records: Record<'placements' | 'legalStatuses' | 'reviews' | 'missingEpisodes' | 'deprivationOfLibertyOrders' | 'healthOutcomes' | 'careLeaverBirthdays' | 'adopters' | 'socialWorkerEpisodes', { created: number; updated: number }>;
  /** Placeholder staff records made for SW_IDs no account or placeholder of the council holds yet. */
  placeholdersCreated: number;
  /** The first `keep` children created, updated or left out (unchanged children are only counted); every one went to onChild. */
  perChild: ChildLine[];
  notHeld: Partial<Record<ImportTable, number>>;
  /** The first `keep` errors and the first `keep` warnings, in the order found; problemCounts counts them all. */
  problems: Problem[];
  problemCounts: { errors: number; warnings: number };
}

/** Lines the report holds of each kind: what the portal shows (the first 500, errors first). */
export const REPORT_KEEPS = 500;

/** Where the report's lines go as they are found: counted, the first few kept in the report, every one told to the caller. */
class ReportSink {
  constructor(
    readonly report: ImportReport,
    private readonly keep: number,
    private readonly tell: Pick<ImportOptions, 'onChild' | 'onProblem'>,
  ) {}

  problem(...problems: Problem[]): void {
    const counts = this.report.problemCounts;
    for (const p of problems) {
      const seen = p.severity === 'error' ? ++counts.errors : ++counts.warnings;
      if (seen <= this.keep) this.report.problems.push(p);
      this.tell.onProblem?.(p);
    }
  }

  child(line: ChildLine): void {
    this.report.children[line.outcome]++;
    if (line.outcome !== 'unchanged' && this.report.perChild.length < this.keep) this.report.perChild.push(line);
    this.tell.onChild?.(line);
  }
}

/** Children a transaction: big enough that round trips stop mattering, small enough that a refused batch is cheap to retry child by child. */
export const BATCH_SIZE = 500;
/** Children read a pass (FP_IMPORT_CHILDREN_PER_PASS): a bigger return is read in several passes so memory stays flat. */
export const CHILDREN_PER_PASS = Number(process.env.FP_IMPORT_CHILDREN_PER_PASS) || 5_000;

const IMPORT_TEAM = 'Imported from SSDA903';
const REVIEW_TYPES = REVIEW_MEETING_TYPES as readonly string[];

type Row = Record<string, unknown>;
const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

function emptyReport(options: ImportOptions): ImportReport {
  return {
    council: { laCode: options.laCode, name: null, created: false },
    year: options.year,
    dryRun: options.dryRun,
    completed: false,
    children: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    records: emptyCounts(),
    placeholdersCreated: 0,
    perChild: [],
    notHeld: {},
    problems: [],
    problemCounts: { errors: 0, warnings: 0 },
  };
}

export async function importSsda903(ds: DataSource, options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(options);
  const keep = options.keep ?? REPORT_KEEPS;
  const out = new ReportSink(report, keep, options);
  const council = parseCouncilCode(options.laCode);
  if (!council) {
    out.problem({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: unknownCouncilReason(options.laCode) });
    return report;
  }
  const where = councilWhere(council);
  const councils: Row[] = await ds.query(`SELECT id, name, la_code, ons_code FROM councils WHERE ${where.sql}`, where.params);
  if (councils.length > 1) {
    out.problem({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: `Two councils hold ${council.name}'s codes (${council.dfe} and ${council.ons}): an administrator merges them before importing.` });
    return report;
  }
  let councilId = councils[0] ? String(councils[0].id) : null;
  // A council named by one code gets the other with the first batch, so the export and a later import find it by either.
  let codesToFill = Boolean(council.name && councils[0] && (councils[0].la_code !== council.dfe || councils[0].ons_code !== council.ons));
  if (!councilId && !council.name) {
    // Only an authority in the DfE's list is created; a code outside it finds a council already held under it, or nothing.
    out.problem({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: unknownCouncilReason(options.laCode) });
    return report;
  }
  // A new council is named as given, or as the DfE's list names the authority.
  const newName = options.councilName?.trim() || council.name;
  report.council.name = councils[0] ? String(councils[0].name) : newName;

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files = { header: 'header.csv', episodes: 'episodes.csv' };
  // A return bigger than a pass is read in passes, each holding only its share of the children (by a hash of CHILD):
  // memory stays flat however big the return, for one more read of the files a pass (reading is cheap beside writing).
  const childrenInReturn = await headerRowCount(options.folder);
  const passes = Math.max(1, Math.ceil(childrenInReturn / (options.childrenPerPass ?? CHILDREN_PER_PASS)));
  type Plan = { wanted: WantedChild; child: string };

  /** Reads a pass's children and works out their records; what cannot be imported goes to the sink. Null when a file is refused. */
  async function planPass(index: number, sink: ReportSink): Promise<{ current: ReadReturn; plans: Plan[] } | null> {
    const part = passes > 1 ? { index, count: passes } : undefined;
    let current: ReadReturn;
    let previous: ReadReturn | undefined;
    try {
      current = await readReturn(options.folder, options.year, maxBytes, part);
      if (options.previous) previous = await readReturn(options.previous, options.year - 1, maxBytes, part);
    } catch (error) {
      if (error instanceof FileProblem) {
        sink.problem(error.problem);
        return null;
      }
      throw error;
    }
    sink.problem(...current.problems, ...(previous?.problems ?? []));
    if (index === 0) {
      for (const [table, why] of Object.entries(TABLES_NOT_HELD)) {
        const rows = current.rowsRead[table as ImportTable];
        if (rows) sink.report.notHeld[table as ImportTable] = rows;
        if (rows) sink.problem({ file: `${IMPORT_TABLES[table as ImportTable].files[0]}.csv`, line: null, column: null, child: null, severity: 'warning', reason: `${rows} row(s) read and checked, not stored: ${why}.` });
      }
    }
    const plans: Plan[] = [];
    // A child in two councils: one query for every real UPN in the return (UN codes say there is none).
    const upns = [...current.children.values()].map((c) => c.UPN).filter((u): u is string => u !== null && !u.startsWith('UN'));
    const upnsElsewhere = new Map<string, Row>();
    const held: Row[] = await ds.query(
      `SELECT c.upn, co.name, coalesce(co.la_code, co.ons_code) AS la_code FROM children c JOIN councils co ON co.id = c.council_id
        WHERE c.upn = ANY($1) AND co.id IS DISTINCT FROM $2`,
      [upns, councilId],
    );
    for (const row of held) upnsElsewhere.set(String(row.upn), row);
    for (const child of current.children.values()) {
      const merged = mergeReturns(child, previous?.children.get(child.CHILD));
      const { wanted, problems } = wantedChild(merged, files);
      const elsewhere = wanted?.upn ? upnsElsewhere.get(wanted.upn) : undefined;
      if (elsewhere) {
        problems.push({ file: files.header, line: child.headerLine, column: 'UPN', child: child.CHILD, severity: 'error', reason: `A child with UPN ${wanted!.upn} is already a child of ${String(elsewhere.name)} (LA ${String(elsewhere.la_code)}): a child is in one council's care at a time; ask that council before importing.` });
      }
      sink.problem(...problems);
      if (!wanted || problems.some((p) => p.severity === 'error')) {
        sink.child({ child: child.CHILD, outcome: 'rejected', changes: [] });
        continue;
      }
      plans.push({ wanted, child: child.CHILD });
    }
    // A care leaver in the return only for their birthdays (no episodes) says nothing of their care: they must be held already.
    const onlyLeavers = plans.filter((p) => p.wanted.careLeaverOnly).map((p) => p.child);
    if (onlyLeavers.length > 0) {
      const heldLeavers: Row[] = councilId ? await ds.query(`SELECT local_id FROM children WHERE council_id = $1 AND local_id = ANY($2)`, [councilId, onlyLeavers]) : [];
      const isHeld = new Set(heldLeavers.map((r) => String(r.local_id)));
      for (const id of onlyLeavers.filter((c) => !isHeld.has(c))) {
        sink.problem({ file: files.header, line: current.children.get(id)?.headerLine ?? null, column: 'CHILD', child: id, severity: 'error', reason: `CHILD ${id} is in the return only as a care leaver (a header row and OC3 birthdays, no episodes) and is not held yet: import the return of the year they left care first, or give it with --previous.` });
        sink.child({ child: id, outcome: 'rejected', changes: [] });
      }
      for (let i = plans.length - 1; i >= 0; i--) if (plans[i].wanted.careLeaverOnly && !isHeld.has(plans[i].child)) plans.splice(i, 1);
    }
    return { current, plans };
  }

  const stopsStrict = (r: ImportReport) => options.strict && r.problemCounts.errors > 0;
  if (passes > 1 && options.strict) {
    // --strict over several passes: every pass is checked before any is written. Its errors are told as found
    // (they stop the import, so no pass repeats them); its notes only if it stops, as the passes that write repeat them.
    const check = emptyReport(options);
    for (let index = 0; index < passes; index++) if (!(await planPass(index, new ReportSink(check, keep, { onProblem: (p) => { if (p.severity === 'error') options.onProblem?.(p); } })))) break;
    if (stopsStrict(check)) {
      for (const p of check.problems) if (p.severity !== 'error') options.onProblem?.(p);
      for (const c of check.perChild) options.onChild?.(c);
      Object.assign(report, { problems: check.problems, problemCounts: check.problemCounts, notHeld: check.notHeld, perChild: check.perChild });
      report.children.rejected = check.children.rejected;
      return report;
    }
  }

  const now = options.clock.now();
  const source = `SSDA903 return ${options.year - 1}/${String(options.year).slice(2)} (${path.basename(path.resolve(options.folder))})`;
  let teamId: string | null = null;
  let done = 0;
  const batchSize = options.batchSize ?? BATCH_SIZE;
  for (let index = 0; index < passes; index++) {
    const planned = await planPass(index, out);
    if (!planned) return report;
    const { current, plans } = planned;
    if (passes === 1 && stopsStrict(report)) {
      // --strict: one problem stops everything; nothing was written.
      report.children = { created: 0, updated: 0, unchanged: 0, rejected: report.children.rejected };
      return report;
    }
    // One pass: the children to write; several: the children in the return, told as each pass's are written or left out.
    const total = passes > 1 ? childrenInReturn : plans.length;
    if (passes > 1) done = report.children.created + report.children.updated + report.children.unchanged + report.children.rejected;
    await options.onProgress?.({ done, total });
    // Children go in batches, each batch one transaction of a few multi-row statements. A batch the
    // database refuses is rolled back whole and its children tried one by one, so one bad child
    // leaves out only itself. Each committed batch is a resumable position: the import is
    // idempotent, so running it again after a stop skips what is already held.
    for (let at = 0; at < plans.length; at += batchSize) {
      const batch = plans.slice(at, at + batchSize);
      const tries = [batch];
      for (let t = 0; t < tries.length; t++) {
        const group = tries[t];
        try {
          const result = await ds.transaction(async (manager) => {
            let createdCouncil = false;
            let id = councilId;
            // The council and its import team are made with the first batch, so a return with no importable child leaves no council behind.
            if (!id && !options.dryRun) {
              const rows: Row[] = await manager.query(
                `INSERT INTO councils (name, la_code, ons_code, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) RETURNING id`,
                [newName, council.dfe, council.ons, now],
              );
              id = String(rows[0].id);
              createdCouncil = true;
            }
            if (id && codesToFill && !options.dryRun) {
              await manager.query(`UPDATE councils SET la_code = $2, ons_code = $3, updated_at = $4 WHERE id = $1`, [id, council.dfe, council.ons, now]);
            }
            let team = teamId;
            if (id && !team) team = await importTeam(manager, id, options.dryRun, now);
            const applied = await applyBatch(manager, id, team, group.map((g) => g.wanted), { dryRun: options.dryRun, now, source });
            return { applied, createdCouncil, id, team };
          });
          if (result.createdCouncil) report.council.created = true;
          councilId = result.id;
          teamId = result.team;
          codesToFill = false;
          addCounts(report.records, result.applied.counts);
          report.placeholdersCreated += result.applied.placeholdersCreated;
          out.problem(...result.applied.notes);
          for (const [i, changes] of result.applied.changes.entries()) {
            const outcome: ChildOutcome = changes.created ? 'created' : changes.list.length > 0 ? 'updated' : 'unchanged';
            out.child({ child: group[i].child, outcome, changes: changes.list });
          }
        } catch (error) {
          if (group.length > 1) {
            for (const one of group) tries.push([one]);
            continue;
          }
          const plan = group[0];
          out.problem({ file: files.header, line: current.children.get(plan.child)?.headerLine ?? null, column: null, child: plan.child, severity: 'error', reason: `The database refused the child's records: ${(error as Error).message}` });
          out.child({ child: plan.child, outcome: 'rejected', changes: [] });
        }
      }
      done += batch.length;
      await options.onProgress?.({ done, total });
    }
  }
  if (passes > 1) await options.onProgress?.({ done: childrenInReturn, total: childrenInReturn });
  if (!councilId && !options.dryRun) {
    report.completed = true;
    return report;
  }
  if (!councilId) report.council.created = true;
  report.completed = true;
  if (!options.dryRun) {
    await ds.transaction((manager) =>
      writeAudit(manager, options.actor ?? null, null, [
        {
          action: 'IMPORT_SSDA903',
          recordType: 'COUNCIL',
          recordId: councilId,
          changes: {
            source: { before: null, after: source },
            children: { before: null, after: report.children },
            records: { before: null, after: report.records },
            problems: { before: null, after: report.problemCounts.errors },
          },
        },
      ]),
    );
  }
  return report;
}

async function importTeam(manager: EntityManager, councilId: string, dryRun: boolean, now: Date): Promise<string | null> {
  const rows: Row[] = await manager.query(`SELECT id FROM teams WHERE council_id = $1 AND name = $2`, [councilId, IMPORT_TEAM]);
  if (rows[0]) return String(rows[0].id);
  if (dryRun) return null;
  const made: Row[] = await manager.query(`INSERT INTO teams (council_id, name, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id`, [councilId, IMPORT_TEAM, now]);
  return String(made[0].id);
}

interface ApplyContext {
  dryRun: boolean;
  now: Date;
  source: string;
}

type RecordKind = keyof ImportReport['records'];
type Counts = ImportReport['records'];
const emptyCounts = (): Counts => ({
  placements: { created: 0, updated: 0 }, legalStatuses: { created: 0, updated: 0 }, reviews: { created: 0, updated: 0 },
  missingEpisodes: { created: 0, updated: 0 }, deprivationOfLibertyOrders: { created: 0, updated: 0 }, healthOutcomes: { created: 0, updated: 0 }, careLeaverBirthdays: { created: 0, updated: 0 },
  adopters: { created: 0, updated: 0 },
  socialWorkerEpisodes: { created: 0, updated: 0 },
});
function addCounts(into: Counts, from: Counts): void {
  for (const kind of Object.keys(into) as RecordKind[]) {
    into[kind].created += from[kind].created;
    into[kind].updated += from[kind].updated;
  }
}

/** Fields compared as the database gives them back: dates as YYYY-MM-DD text. */
function changed(existing: Row, wanted: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(wanted)) {
    const before = existing[column] === undefined ? null : existing[column];
    if ((before === null ? null : String(before)) !== (value === null ? null : String(value))) out[column] = value;
  }
  return out;
}

/** Times come from the server's clock, never the database's. The version moves on so an open edit form sees a CONFLICT. */
async function update(manager: EntityManager, table: string, id: string, fields: Record<string, unknown>, now: Date): Promise<void> {
  const columns = Object.keys(fields);
  const sets = columns.map((c, i) => `"${c}" = $${i + 3}`).join(', ');
  await manager.query(`UPDATE ${table} SET ${sets}, version = version + 1, updated_at = $2 WHERE id = $1`, [id, now, ...columns.map((c) => fields[c])]);
}

/** PostgreSQL takes at most 65,535 parameters a statement: rows go in chunks well below that. */
const MAX_PARAMETERS = 30_000;

/** One multi-row INSERT per chunk; every row has the same columns. Types come from the table's columns. */
async function insertMany(manager: EntityManager, table: string, rows: Record<string, unknown>[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...Object.keys(rows[0]), 'created_at', 'updated_at'];
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let at = 0; at < rows.length; at += perChunk) {
    const chunk = rows.slice(at, at + perChunk);
    const params: unknown[] = [];
    const values = chunk.map((row) => {
      const cells = columns.map((c) => {
        params.push(c === 'created_at' || c === 'updated_at' ? now : row[c]);
        return `$${params.length}`;
      });
      return `(${cells.join(', ')})`;
    });
    await manager.query(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`, params);
  }
}

/** Rows of a child's records, grouped by child, for the children of a batch in one query. */
async function byChild(manager: EntityManager, sql: string, childIds: string[]): Promise<Map<string, Row[]>> {
  const out = new Map<string, Row[]>();
  if (childIds.length === 0) return out;
  for (const row of (await manager.query(sql, [childIds])) as Row[]) {
    const id = String(row.child_id);
    const list = out.get(id);
    if (list) list.push(row);
    else out.set(id, [row]);
  }
  return out;
}

const carersFrom = (start: IsoDate) => `Carers from ${dfe(start)} (imported)`;

interface BatchResult {
  changes: { created: boolean; list: string[] }[];
  counts: Counts;
  notes: Problem[];
  placeholdersCreated: number;
}

/**
 * Creates or updates a batch of children's records (nothing is written in a
 * dry run): one query per table reads what is held for the whole batch, new
 * rows go in with multi-row INSERTs, and changed rows are updated one by one.
 */
async function applyBatch(manager: EntityManager, councilId: string | null, teamId: string | null, batch: WantedChild[], ctx: ApplyContext): Promise<BatchResult> {
  const counts = emptyCounts();
  const notes: Problem[] = [];
  const note = (w: WantedChild, reason: string) => notes.push({ file: 'episodes.csv', line: null, column: null, child: w.localId, severity: 'warning', reason });
  const held = new Map<string, Row>();
  if (councilId) {
    const rows: Row[] = await manager.query(
      `SELECT id, local_id, gender, date_of_birth::text, ethnicity, upn, mother, mothers_child_dob::text, home_postcode, category_of_need, uasc,
              date_looked_after::text, date_ceased_looked_after::text, adoption_decision_on::text, adoption_decision_ceased_on::text,
              adoption_decision_ceased_reason, prev_perm, la_perm, date_perm
         FROM children
        -- Locked in the one order (ascending id, policies/child-record.ts), then read oldest first.
        WHERE id IN (SELECT id FROM children WHERE council_id = $1 AND local_id = ANY($2) ORDER BY id FOR UPDATE)
        ORDER BY created_at`,
      [councilId, batch.map((w) => w.localId)],
    );
    // The first child made with the CHILD id is the one the return means.
    for (const row of rows) if (!held.has(String(row.local_id))) held.set(String(row.local_id), row);
  }
  const heldIds = [...held.values()].map((r) => String(r.id));
  const placementsOf = await byChild(manager, `SELECT id, child_id, type, carer_name, start_date::text, end_date::text, postcode, provider, urn, reason_new_episode, reason_for_change, end_reason
                        FROM placements WHERE child_id = ANY($1) ORDER BY start_date`, heldIds);
  const statusesOf = await byChild(manager, `SELECT id, child_id, status, start_date::text, end_date::text FROM legal_statuses WHERE child_id = ANY($1) ORDER BY start_date`, heldIds);
  const reviewsOf = await byChild(manager, `SELECT id, child_id, held_on::text, participation FROM meetings WHERE child_id = ANY($1) AND type = ANY('{${REVIEW_TYPES.join(',')}}') AND held_on IS NOT NULL ORDER BY held_on`, heldIds);
  const missingOf = await byChild(manager, `SELECT id, child_id, kind, start_date::text, end_date::text FROM missing_episodes WHERE child_id = ANY($1) ORDER BY start_date`, heldIds);
  const dolosOf = await byChild(manager, `SELECT id, child_id, start_date::text, end_date::text FROM deprivation_of_liberty_orders WHERE child_id = ANY($1) ORDER BY start_date`, heldIds);
  const healthOf = await byChild(manager, `SELECT id, child_id, year, sdq_score, sdq_reason, convicted, health_check, immunisations, teeth_check, health_assessment,
                             substance_misuse, intervention_received, intervention_offered
                        FROM health_outcomes WHERE child_id = ANY($1)`, heldIds);
  const birthdaysOf = await byChild(manager, `SELECT id, child_id, age, in_touch, activity, accommodation FROM care_leaver_birthdays WHERE child_id = ANY($1)`, heldIds);
  // AD1's adopters: the prospective adopters holding the child's match, as the export reads them (first by stage day).
  const adoptersOf = await byChild(manager, `SELECT id, child_id, matched_on::text, adopters_sex, adopters_legal_status FROM prospective_carers
                        WHERE child_id = ANY($1) AND kind = 'ADOPTERS' AND stage = ANY('{${MATCHED_STAGES.join(',')}}') ORDER BY stage_on`, heldIds);
  const swOf = await byChild(manager, `SELECT id, child_id, start_date::text, end_date::text, reason FROM social_worker_episodes WHERE child_id = ANY($1)`, heldIds);
  // Placeholder staff records, one per SW_ID in the council: found, or made (linked at once to an account holding the number).
  const swIds = [...new Set(batch.flatMap((w) => w.socialWorkerEpisodes.map((e) => e.swId)))];
  const placeholderOf = new Map<string, { id: string; linkedUserId: string | null }>();
  let placeholdersCreated = 0;
  if (swIds.length > 0 && councilId) {
    const found: Row[] = await manager.query(`SELECT id, swe_number, linked_user_id FROM social_worker_placeholders WHERE council_id = $1 AND swe_number = ANY($2)`, [councilId, swIds]);
    for (const f of found) placeholderOf.set(String(f.swe_number), { id: String(f.id), linkedUserId: text(f.linked_user_id) });
    const accounts: Row[] = await manager.query(`SELECT id, swe_number FROM users WHERE council_id = $1 AND swe_number = ANY($2)`, [councilId, swIds]);
    for (const swId of swIds.filter((x) => !placeholderOf.has(x))) {
      const linkedUserId = text(accounts.find((a) => a.swe_number === swId)?.id);
      const id = randomUUID();
      placeholdersCreated++;
      if (!ctx.dryRun) {
        await manager.query(
          `INSERT INTO social_worker_placeholders (id, council_id, swe_number, name, linked_user_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
          [id, councilId, swId, `Social worker ${swId} (from the SSDA903 return)`, linkedUserId, ctx.now],
        );
      }
      placeholderOf.set(swId, { id, linkedUserId });
    }
  } else {
    placeholdersCreated = swIds.length;
  }
  const swInserts: Record<string, unknown>[] = [];
  const swUpdates: { table: string; id: string; fields: Record<string, unknown> }[] = [];


  const inserts: Record<'children' | 'placements' | 'legal_statuses' | 'meetings' | 'missing_episodes' | 'deprivation_of_liberty_orders' | 'health_outcomes' | 'care_leaver_birthdays' | 'prospective_carers', Record<string, unknown>[]> = {
    children: [], placements: [], legal_statuses: [], meetings: [], missing_episodes: [], deprivation_of_liberty_orders: [], health_outcomes: [], care_leaver_birthdays: [], prospective_carers: [],
  };
  const updates: { table: string; id: string; fields: Record<string, unknown> }[] = [];
  const touched: string[] = [];
  const changes: BatchResult['changes'] = [];

  for (const w of batch) {
    const list: string[] = [];
    const existing = held.get(w.localId);
    const fields: Record<string, unknown> = {
      gender: w.gender,
      date_of_birth: w.dateOfBirth,
      ethnicity: w.ethnicity,
      upn: w.upn,
      mother: w.mother,
      mothers_child_dob: w.mothersChildDateOfBirth,
      home_postcode: w.homePostcode,
      category_of_need: w.categoryOfNeed,
      uasc: w.uasc,
      date_looked_after: w.dateLookedAfter,
      date_ceased_looked_after: w.dateCeasedLookedAfter,
      adoption_decision_on: w.adoptionDecisionOn,
      adoption_decision_ceased_on: w.adoptionDecisionCeasedOn,
      adoption_decision_ceased_reason: w.adoptionDecisionCeasedReason,
      prev_perm: w.previousPermanence,
      la_perm: w.previousPermanenceLa,
      date_perm: w.previousPermanenceDate,
    };
    const created = !existing;
    const childId = existing ? String(existing.id) : randomUUID();
    const periodNote = `The period of care began before this return; it is held as starting ${dfe(w.dateLookedAfter)}, the first episode's DECOM (give --previous for the year before).`;
    if (!existing) {
      if (!w.periodStartedInReturn) note(w, periodNote);
      list.push('child created');
      inserts.children.push({
        ...fields,
        id: childId,
        council_id: councilId,
        team_id: teamId,
        local_id: w.localId,
        // The return holds no names; the case system's sync or the worker adds them.
        legal_first_name: 'Child',
        legal_last_name: w.localId,
        imported_from: ctx.source,
        imported_at: ctx.now,
      });
    } else {
      // What the return does not say is left as held: words that mean the same ethnicity, a UPN when the return has UN1, an older start of care.
      if (ethnicCode(text(existing.ethnicity)) === w.ethnicity) delete fields.ethnicity;
      if (w.upn === null) delete fields.upn;
      if (!w.periodStartedInReturn && existing.date_looked_after && String(existing.date_looked_after) <= w.dateLookedAfter) delete fields.date_looked_after;
      else if (!w.periodStartedInReturn && !w.careLeaverOnly) note(w, periodNote);
      if (w.adoptionDecisionOn === null) {
        delete fields.adoption_decision_on;
        delete fields.adoption_decision_ceased_on;
        delete fields.adoption_decision_ceased_reason;
      }
      if (w.mother === null) {
        delete fields.mother;
        delete fields.mothers_child_dob;
      }
      // Previous permanence: a blank PREV_PERM (or no row) says nothing; "not known" (Z1) does not undo a recorded order, and blank LA_PERM or DATE_PERM keep the held one.
      const heldOrder = /^P[1-4]$/.test(text(existing.prev_perm) ?? '');
      if (w.previousPermanence === null || (w.previousPermanence === 'Z1' && heldOrder)) {
        if (w.previousPermanence === 'Z1') note(w, `prev_perm.csv gives Z1 (not known), but the record holds ${text(existing.prev_perm)}: the recorded order is kept.`);
        delete fields.prev_perm;
        delete fields.la_perm;
        delete fields.date_perm;
      } else if (heldOrder) {
        if (w.previousPermanenceLa === null) delete fields.la_perm;
        if (w.previousPermanenceDate === null) delete fields.date_perm;
      }
      // A care leaver's header-only row: who they are, nothing about their care.
      if (w.careLeaverOnly) for (const column of Object.keys(fields)) if (!['gender', 'date_of_birth', 'ethnicity', 'upn'].includes(column)) delete fields[column];
      const diff = changed(existing, fields);
      if (Object.keys(diff).length > 0) {
        list.push(`child: ${Object.keys(diff).join(', ')}`);
        updates.push({ table: 'children', id: childId, fields: diff });
      }
    }

    // Placements: matched on their start; one the return shows continuing from before is matched on the day it covers.
    const placements = placementsOf.get(childId) ?? [];
    let carersBefore: string | null = null;
    let adoptiveCarers: string | null = null;
    for (const p of w.placements) {
      const match = p.continues
        ? placements.find((e) => String(e.start_date) <= p.startDate && (e.end_date === null || String(e.end_date) >= p.startDate))
        : placements.find((e) => String(e.start_date) === p.startDate);
      const wanted: Record<string, unknown> = {
        type: p.type, end_date: p.endDate, postcode: p.postcode, provider: p.provider, urn: p.urn,
        reason_new_episode: p.reasonNewEpisode, reason_for_change: p.reasonForChange, end_reason: p.endReason,
      };
      if (match) {
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`placement from ${dfe(String(match.start_date))}: ${Object.keys(diff).join(', ')}`);
          counts.placements.updated++;
          updates.push({ table: 'placements', id: String(match.id), fields: diff });
        }
        carersBefore = String(match.carer_name);
        if (p.type === 'ADOPTIVE_PLACEMENT') adoptiveCarers = carersBefore;
      } else {
        if (p.continues) note(w, `The placement of ${dfe(p.startDate)} continues one from before this return that is not held; it is held as starting ${dfe(p.startDate)}.`);
        const carerName: string = p.sameCarersAsBefore && carersBefore ? carersBefore : p.type === 'PARENTS' ? 'Parents' : carersFrom(p.startDate);
        list.push(`placement from ${dfe(p.startDate)} created`);
        counts.placements.created++;
        inserts.placements.push({ ...wanted, child_id: childId, start_date: p.startDate, carer_name: carerName });
        carersBefore = carerName;
        if (p.type === 'ADOPTIVE_PLACEMENT') adoptiveCarers = carerName;
      }
    }

    const statuses = statusesOf.get(childId) ?? [];
    for (const l of w.legalStatuses) {
      const match = l.continues
        ? statuses.find((e) => String(e.start_date) <= l.startDate && (e.end_date === null || String(e.end_date) >= l.startDate))
        : statuses.find((e) => String(e.start_date) === l.startDate && String(e.status) === l.status) ?? statuses.find((e) => String(e.start_date) === l.startDate);
      const wanted = { status: l.status, end_date: l.endDate };
      if (match) {
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`legal status from ${dfe(String(match.start_date))}: ${Object.keys(diff).join(', ')}`);
          counts.legalStatuses.updated++;
          updates.push({ table: 'legal_statuses', id: String(match.id), fields: diff });
        }
      } else {
        list.push(`legal status ${l.status} from ${dfe(l.startDate)} created`);
        counts.legalStatuses.created++;
        inserts.legal_statuses.push({ ...wanted, child_id: childId, start_date: l.startDate });
      }
    }

    const reviews = reviewsOf.get(childId) ?? [];
    const heldDays = new Set([...reviews.map((e) => String(e.held_on)), ...w.reviews.map((x) => x.heldOn)]);
    for (const r of w.reviews) {
      const match = reviews.find((e) => String(e.held_on) === r.heldOn);
      if (match) {
        const diff = changed(match, { participation: r.participation });
        if (Object.keys(diff).length > 0) {
          list.push(`review of ${dfe(r.heldOn)}: participation`);
          counts.reviews.updated++;
          updates.push({ table: 'meetings', id: String(match.id), fields: diff });
        }
      } else {
        // Which review of the period of care it was: the first, the second, or a later one.
        const before = [...heldDays].filter((d) => d >= w.dateLookedAfter && d < r.heldOn).length;
        const type: MeetingType = before === 0 ? 'FIRST_REVIEW' : before === 1 ? 'SECOND_REVIEW' : 'SUBSEQUENT_REVIEW';
        list.push(`review of ${dfe(r.heldOn)} created`);
        counts.reviews.created++;
        inserts.meetings.push({ child_id: childId, type, held_on: r.heldOn, participation: r.participation });
      }
    }

    // Missing and away periods: matched on their start. A blank MIS_END means still open at 31 March, so it never clears an end already held.
    const missing = missingOf.get(childId) ?? [];
    for (const m of w.missingEpisodes) {
      const match = missing.find((e) => String(e.start_date) === m.startDate);
      const wanted: Record<string, unknown> = { kind: m.kind, end_date: m.endDate };
      if (match) {
        if (m.endDate === null) delete wanted.end_date;
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`missing period from ${dfe(m.startDate)}: ${Object.keys(diff).join(', ')}`);
          counts.missingEpisodes.updated++;
          updates.push({ table: 'missing_episodes', id: String(match.id), fields: diff });
        }
      } else {
        list.push(`${m.kind === 'M' ? 'missing' : 'away'} period from ${dfe(m.startDate)} created`);
        counts.missingEpisodes.created++;
        inserts.missing_episodes.push({ ...wanted, child_id: childId, start_date: m.startDate });
      }
    }

    // Deprivation of liberty orders: matched on their start. A blank DOLO_END means in force at 31 March, so it never clears an end already held.
    // The return does not say who authorised an order: a new one is created without it, for the worker to record.
    const dolos = dolosOf.get(childId) ?? [];
    for (const o of w.deprivationOfLibertyOrders) {
      const match = dolos.find((e) => String(e.start_date) === o.startDate);
      if (match) {
        if (o.endDate === null) continue;
        const diff = changed(match, { end_date: o.endDate });
        if (Object.keys(diff).length > 0) {
          list.push(`deprivation of liberty order from ${dfe(o.startDate)}: ${Object.keys(diff).join(', ')}`);
          counts.deprivationOfLibertyOrders.updated++;
          updates.push({ table: 'deprivation_of_liberty_orders', id: String(match.id), fields: diff });
        }
      } else {
        list.push(`deprivation of liberty order from ${dfe(o.startDate)} created`);
        counts.deprivationOfLibertyOrders.created++;
        inserts.deprivation_of_liberty_orders.push({ child_id: childId, start_date: o.startDate, end_date: o.endDate });
      }
    }

    // Health outcomes (OC2): one record per child and collection year.
    const health = healthOf.get(childId) ?? [];
    for (const h of w.healthOutcomes) {
      const match = health.find((e) => Number(e.year) === h.year);
      const wanted: Record<string, unknown> = {
        sdq_score: h.sdqScore, sdq_reason: h.sdqReason, convicted: h.convicted, health_check: h.healthCheck,
        immunisations: h.immunisations, teeth_check: h.teethCheck, health_assessment: h.healthAssessment,
        substance_misuse: h.substanceMisuse, intervention_received: h.interventionReceived, intervention_offered: h.interventionOffered,
      };
      const yearName = `${h.year - 1}/${String(h.year).slice(2)}`;
      if (match) {
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`health outcomes ${yearName}: ${Object.keys(diff).join(', ')}`);
          counts.healthOutcomes.updated++;
          updates.push({ table: 'health_outcomes', id: String(match.id), fields: diff });
        }
      } else {
        list.push(`health outcomes ${yearName} created`);
        counts.healthOutcomes.created++;
        inserts.health_outcomes.push({ ...wanted, child_id: childId, year: h.year });
      }
    }

    // Care leavers' birthdays (OC3): one record per child and age.
    const birthdays = birthdaysOf.get(childId) ?? [];
    for (const b of w.careLeaverBirthdays) {
      const match = birthdays.find((e) => Number(e.age) === b.age);
      const wanted: Record<string, unknown> = { in_touch: b.inTouch, activity: b.activity, accommodation: b.accommodation };
      if (match) {
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`care leaver's ${b.age}th birthday: ${Object.keys(diff).join(', ')}`);
          counts.careLeaverBirthdays.updated++;
          updates.push({ table: 'care_leaver_birthdays', id: String(match.id), fields: diff });
        }
      } else {
        list.push(`care leaver's ${b.age}th birthday created`);
        counts.careLeaverBirthdays.created++;
        inserts.care_leaver_birthdays.push({ ...wanted, child_id: childId, age: b.age });
      }
    }

    // AD1: the adopters holding the match. A held match gets the return's date and adopters (a blank cell leaves what is held);
    // with none, the adopters are added to family finding, named as the adoptive placement's carers, placed (or matched).
    const m = w.adoptionMatch;
    if (m) {
      const match = (adoptersOf.get(childId) ?? [])[0];
      const wanted: Record<string, unknown> = { matched_on: m.matchedOn, adopters_sex: m.adoptersSex, adopters_legal_status: m.adoptersLegalStatus };
      for (const column of Object.keys(wanted)) if (wanted[column] === null) delete wanted[column];
      if (match) {
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`adopters (AD1): ${Object.keys(diff).join(', ')}`);
          counts.adopters.updated++;
          updates.push({ table: 'prospective_carers', id: String(match.id), fields: diff });
        }
      } else {
        list.push('adopters (AD1) created');
        counts.adopters.created++;
        inserts.prospective_carers.push({
          child_id: childId,
          name: adoptiveCarers ?? `Adopters matched ${dfe(m.matchedOn!)} (imported)`,
          kind: 'ADOPTERS',
          stage: m.placedOn ? 'PLACED' : 'MATCH_APPROVED',
          stage_on: m.placedOn ?? m.matchedOn,
          matched_on: m.matchedOn,
          adopters_sex: m.adoptersSex,
          adopters_legal_status: m.adoptersLegalStatus,
        });
      }
    }
    // Social worker episodes: matched on their start. A blank SW_DEC means still open at 31 March, so it never clears an end already held.
    const swHeld = swOf.get(childId) ?? [];
    for (const e of w.socialWorkerEpisodes) {
      const match = swHeld.find((x) => String(x.start_date) === e.startDate);
      const wanted: Record<string, unknown> = { end_date: e.endDate, reason: e.reason };
      if (match) {
        if (e.endDate === null) delete wanted.end_date;
        const diff = changed(match, wanted);
        if (Object.keys(diff).length > 0) {
          list.push(`social worker episode from ${dfe(e.startDate)}: ${Object.keys(diff).join(', ')}`);
          counts.socialWorkerEpisodes.updated++;
          swUpdates.push({ table: 'social_worker_episodes', id: String(match.id), fields: diff });
        }
      } else {
        const placeholder = placeholderOf.get(e.swId);
        list.push(`social worker episode from ${dfe(e.startDate)} (${e.swId}) created`);
        counts.socialWorkerEpisodes.created++;
        // The worker is the placeholder; an account holding its number is reached through the placeholder's link.
        swInserts.push({ ...wanted, child_id: childId, start_date: e.startDate, placeholder_id: placeholder?.id ?? null, worker_id: null });
      }
    }

    if (list.length > 0 && !created) touched.push(childId);
    changes.push({ created, list });
  }

  if (!ctx.dryRun) {
    // The child's facts_version moves once for the batch, below, instead of once per inserted row from the row trigger
    // (migration ImportChildFactsOnce): nine tenths of an insert's cost. For this transaction only.
    await manager.query(`SELECT set_config('forever_planning.child_facts_by_caller', 'on', true)`);
    // Children first: every other record refers to its child.
    for (const table of ['children', 'placements', 'legal_statuses', 'meetings', 'missing_episodes', 'deprivation_of_liberty_orders', 'health_outcomes', 'care_leaver_birthdays', 'prospective_carers'] as const) {
      await insertMany(manager, table, inserts[table], ctx.now);
    }
    for (const u of updates) await update(manager, u.table, u.id, u.fields, ctx.now);
    // Ends first, so a child has one open social worker episode at a time.
    for (const u of swUpdates) await update(manager, u.table, u.id, u.fields, ctx.now);
    await insertMany(manager, 'social_worker_episodes', swInserts, ctx.now);
    if (touched.length > 0) {
      // A child made in this batch got a new facts_version as it was inserted; a held child it changed gets one here.
      await manager.query(
        `UPDATE children SET imported_from = $2, imported_at = $3, updated_at = $3, facts_version = nextval('child_facts_version_seq') WHERE id = ANY($1)`,
        [touched, ctx.source, ctx.now],
      );
    }
  }
  return { changes, counts, notes, placeholdersCreated };
}

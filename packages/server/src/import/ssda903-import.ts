import path from 'node:path';
import { REVIEW_MEETING_TYPES, type MeetingType } from '@forever-planning/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import type { Actor } from '../common/actor';
import { writeAudit } from '../modules/audit/audit.service';
import type { IsoDate } from '../rules/iso-date';
import { ethnicCode } from '../ssda903/ssda903.codes';
import { DEFAULT_MAX_BYTES, FileProblem, type Problem } from './csv-file';
import { mergeReturns, wantedChild, dfe, type WantedChild } from './ssda903-records';
import { IMPORT_TABLES, readReturn, TABLES_NOT_HELD, type ImportTable, type ReadReturn } from './ssda903-return-reader';

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
  /** Told after each child is checked or written, so a portal can show a progress bar. */
  onProgress?: (progress: { done: number; total: number }) => Promise<void> | void;
}

export type ChildOutcome = 'created' | 'updated' | 'unchanged' | 'rejected';

export interface ImportReport {
  council: { laCode: string; name: string | null; created: boolean };
  year: number;
  dryRun: boolean;
  /** False when a file problem (or, with --strict, any problem) stopped the import before anything was written. */
  completed: boolean;
  children: Record<ChildOutcome, number>;
  records: Record<'placements' | 'legalStatuses' | 'reviews', { created: number; updated: number }>;
  perChild: { child: string; outcome: ChildOutcome; changes: string[] }[];
  notHeld: Partial<Record<ImportTable, number>>;
  problems: Problem[];
}

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
    records: { placements: { created: 0, updated: 0 }, legalStatuses: { created: 0, updated: 0 }, reviews: { created: 0, updated: 0 } },
    perChild: [],
    notHeld: {},
    problems: [],
  };
}

export async function importSsda903(ds: DataSource, options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport(options);
  if (!/^\d{3}$/.test(options.laCode)) {
    report.problems.push({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: `"${options.laCode}" is not a DfE local authority number: give the three digits the return uses (for example 318).` });
    return report;
  }
  let current: ReadReturn;
  let previous: ReadReturn | undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    current = await readReturn(options.folder, options.year, maxBytes);
    if (options.previous) previous = await readReturn(options.previous, options.year - 1, maxBytes);
  } catch (error) {
    if (error instanceof FileProblem) {
      report.problems.push(error.problem);
      return report;
    }
    throw error;
  }
  report.problems.push(...current.problems, ...(previous?.problems ?? []));
  for (const [table, why] of Object.entries(TABLES_NOT_HELD)) {
    const rows = current.rowsRead[table as ImportTable];
    if (rows) report.notHeld[table as ImportTable] = rows;
    if (rows) report.problems.push({ file: `${IMPORT_TABLES[table as ImportTable].files[0]}.csv`, line: null, column: null, child: null, severity: 'warning', reason: `${rows} row(s) read and checked, not stored: ${why}.` });
  }

  const councils: Row[] = await ds.query(`SELECT id, name FROM councils WHERE la_code = $1`, [options.laCode]);
  let councilId = councils[0] ? String(councils[0].id) : null;
  report.council.name = councils[0] ? String(councils[0].name) : (options.councilName ?? null);
  if (!councilId && !options.councilName) {
    report.problems.push({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: `No council has LA number ${options.laCode}: give its name with --council-name "Name" to create it.` });
    return report;
  }

  const files = { header: 'header.csv', episodes: 'episodes.csv' };
  const plans: { wanted: WantedChild; child: string }[] = [];
  // A child in two councils: one query for every real UPN in the return (UN codes say there is none).
  const upns = [...current.children.values()].map((c) => c.UPN).filter((u): u is string => u !== null && !u.startsWith('UN'));
  const upnsElsewhere = new Map<string, Row>();
  const held: Row[] = await ds.query(
    `SELECT c.upn, co.name, co.la_code FROM children c JOIN councils co ON co.id = c.council_id WHERE c.upn = ANY($1) AND co.la_code <> $2`,
    [upns, options.laCode],
  );
  for (const row of held) upnsElsewhere.set(String(row.upn), row);
  for (const child of current.children.values()) {
    const merged = mergeReturns(child, previous?.children.get(child.CHILD));
    const { wanted, problems } = wantedChild(merged, files);
    const elsewhere = wanted?.upn ? upnsElsewhere.get(wanted.upn) : undefined;
    if (elsewhere) {
      problems.push({ file: files.header, line: child.headerLine, column: 'UPN', child: child.CHILD, severity: 'error', reason: `A child with UPN ${wanted!.upn} is already a child of ${String(elsewhere.name)} (LA ${String(elsewhere.la_code)}): a child is in one council's care at a time; ask that council before importing.` });
    }
    report.problems.push(...problems);
    if (!wanted || problems.some((p) => p.severity === 'error')) {
      report.children.rejected++;
      report.perChild.push({ child: child.CHILD, outcome: 'rejected', changes: [] });
      continue;
    }
    plans.push({ wanted, child: child.CHILD });
  }
  if (options.strict && report.problems.some((p) => p.severity === 'error')) {
    // --strict: one problem stops everything; nothing was written.
    report.children = { created: 0, updated: 0, unchanged: 0, rejected: report.children.rejected };
    return report;
  }

  const now = options.clock.now();
  const source = `SSDA903 return ${options.year - 1}/${String(options.year).slice(2)} (${path.basename(path.resolve(options.folder))})`;
  let teamId: string | null = null;
  let done = 0;
  await options.onProgress?.({ done, total: plans.length });
  for (const plan of plans) {
    try {
      const result = await ds.transaction(async (manager) => {
        // The council and its import team are made with the first child, so a return with no importable child leaves no council behind.
        let createdCouncil = false;
        let id = councilId;
        if (!id) {
          if (options.dryRun) id = null;
          else {
            const rows: Row[] = await manager.query(`INSERT INTO councils (name, la_code, created_at, updated_at) VALUES ($1, $2, $3, $3) RETURNING id`, [options.councilName, options.laCode, now]);
            id = String(rows[0].id);
            createdCouncil = true;
          }
        }
        let team = teamId;
        if (id && !team) team = await importTeam(manager, id, options.dryRun, now);
        const changes = await applyChild(manager, id, team, plan.wanted, { dryRun: options.dryRun, now, source, report });
        return { changes, createdCouncil, id, team };
      });
      if (result.createdCouncil) report.council.created = true;
      councilId = result.id;
      teamId = result.team;
      const outcome: ChildOutcome = result.changes.created ? 'created' : result.changes.list.length > 0 ? 'updated' : 'unchanged';
      report.children[outcome]++;
      report.perChild.push({ child: plan.child, outcome, changes: result.changes.list });
    } catch (error) {
      report.children.rejected++;
      report.perChild.push({ child: plan.child, outcome: 'rejected', changes: [] });
      report.problems.push({ file: files.header, line: current.children.get(plan.child)?.headerLine ?? null, column: null, child: plan.child, severity: 'error', reason: `The database refused the child's records: ${(error as Error).message}` });
    }
    await options.onProgress?.({ done: ++done, total: plans.length });
  }
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
            problems: { before: null, after: report.problems.filter((p) => p.severity === 'error').length },
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
  report: ImportReport;
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

async function insert(manager: EntityManager, table: string, values: Record<string, unknown>, now: Date): Promise<string> {
  const fields: Record<string, unknown> = { ...values, created_at: now, updated_at: now };
  const columns = Object.keys(fields);
  const rows: Row[] = await manager.query(
    `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    columns.map((c) => fields[c]),
  );
  return String(rows[0].id);
}

const note = (ctx: ApplyContext, w: WantedChild, reason: string) =>
  ctx.report.problems.push({ file: 'episodes.csv', line: null, column: null, child: w.localId, severity: 'warning', reason });

const carersFrom = (start: IsoDate) => `Carers from ${dfe(start)} (imported)`;

/** Creates or updates one child's records; returns what changed (nothing is written in a dry run). */
async function applyChild(
  manager: EntityManager,
  councilId: string | null,
  teamId: string | null,
  w: WantedChild,
  ctx: ApplyContext,
): Promise<{ created: boolean; list: string[] }> {
  const list: string[] = [];
  const existing: Row | undefined = councilId
    ? ((await manager.query(
        `SELECT id, gender, date_of_birth::text, ethnicity, upn, mother, mothers_child_dob::text, home_postcode, category_of_need, uasc,
                date_looked_after::text, date_ceased_looked_after::text, adoption_decision_on::text, adoption_decision_ceased_on::text,
                adoption_decision_ceased_reason
           FROM children WHERE council_id = $1 AND local_id = $2 ORDER BY created_at LIMIT 1 FOR UPDATE`,
        [councilId, w.localId],
      )) as Row[])[0]
    : undefined;

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
  };
  let childId: string;
  let created = false;
  if (!existing) {
    created = true;
    if (!w.periodStartedInReturn) note(ctx, w, `The period of care began before this return; it is held as starting ${dfe(w.dateLookedAfter)}, the first episode's DECOM (give --previous for the year before).`);
    list.push('child created');
    if (ctx.dryRun) childId = '';
    else {
      childId = await insert(manager, 'children', {
        ...fields,
        council_id: councilId,
        team_id: teamId,
        local_id: w.localId,
        // The return holds no names; the case system's sync or the worker adds them.
        legal_first_name: 'Child',
        legal_last_name: w.localId,
        imported_from: ctx.source,
        imported_at: ctx.now,
      }, ctx.now);
    }
  } else {
    childId = String(existing.id);
    // What the return does not say is left as held: words that mean the same ethnicity, a UPN when the return has UN1, an older start of care.
    if (ethnicCode(text(existing.ethnicity)) === w.ethnicity) delete fields.ethnicity;
    if (w.upn === null) delete fields.upn;
    if (!w.periodStartedInReturn && existing.date_looked_after && String(existing.date_looked_after) <= w.dateLookedAfter) delete fields.date_looked_after;
    else if (!w.periodStartedInReturn) note(ctx, w, `The period of care began before this return; it is held as starting ${dfe(w.dateLookedAfter)}, the first episode's DECOM (give --previous for the year before).`);
    if (w.adoptionDecisionOn === null) {
      delete fields.adoption_decision_on;
      delete fields.adoption_decision_ceased_on;
      delete fields.adoption_decision_ceased_reason;
    }
    if (w.mother === null) {
      delete fields.mother;
      delete fields.mothers_child_dob;
    }
    const diff = changed(existing, fields);
    if (Object.keys(diff).length > 0) {
      list.push(`child: ${Object.keys(diff).join(', ')}`);
      if (!ctx.dryRun) await update(manager, 'children', childId, diff, ctx.now);
    }
  }

  // Placements: matched on their start; one the return shows continuing from before is matched on the day it covers.
  const placements: Row[] = created
    ? []
    : await manager.query(
        `SELECT id, type, carer_name, start_date::text, end_date::text, postcode, provider, urn, reason_new_episode, reason_for_change, end_reason
           FROM placements WHERE child_id = $1 ORDER BY start_date`,
        [childId],
      );
  let carersBefore: string | null = null;
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
        ctx.report.records.placements.updated++;
        if (!ctx.dryRun) await update(manager, 'placements', String(match.id), diff, ctx.now);
      }
      carersBefore = String(match.carer_name);
    } else {
      if (p.continues) note(ctx, w, `The placement of ${dfe(p.startDate)} continues one from before this return that is not held; it is held as starting ${dfe(p.startDate)}.`);
      const carerName: string = p.sameCarersAsBefore && carersBefore ? carersBefore : p.type === 'PARENTS' ? 'Parents' : carersFrom(p.startDate);
      list.push(`placement from ${dfe(p.startDate)} created`);
      ctx.report.records.placements.created++;
      if (!ctx.dryRun) await insert(manager, 'placements', { ...wanted, child_id: childId, start_date: p.startDate, carer_name: carerName }, ctx.now);
      carersBefore = carerName;
    }
  }

  const statuses: Row[] = created ? [] : await manager.query(`SELECT id, status, start_date::text, end_date::text FROM legal_statuses WHERE child_id = $1 ORDER BY start_date`, [childId]);
  for (const l of w.legalStatuses) {
    const match = l.continues
      ? statuses.find((e) => String(e.start_date) <= l.startDate && (e.end_date === null || String(e.end_date) >= l.startDate))
      : statuses.find((e) => String(e.start_date) === l.startDate && String(e.status) === l.status) ?? statuses.find((e) => String(e.start_date) === l.startDate);
    const wanted = { status: l.status, end_date: l.endDate };
    if (match) {
      const diff = changed(match, wanted);
      if (Object.keys(diff).length > 0) {
        list.push(`legal status from ${dfe(String(match.start_date))}: ${Object.keys(diff).join(', ')}`);
        ctx.report.records.legalStatuses.updated++;
        if (!ctx.dryRun) await update(manager, 'legal_statuses', String(match.id), diff, ctx.now);
      }
    } else {
      list.push(`legal status ${l.status} from ${dfe(l.startDate)} created`);
      ctx.report.records.legalStatuses.created++;
      if (!ctx.dryRun) await insert(manager, 'legal_statuses', { ...wanted, child_id: childId, start_date: l.startDate }, ctx.now);
    }
  }

  const reviews: Row[] = created
    ? []
    : await manager.query(`SELECT id, held_on::text, participation FROM meetings WHERE child_id = $1 AND type = ANY($2) AND held_on IS NOT NULL ORDER BY held_on`, [childId, REVIEW_TYPES]);
  const heldDays = new Set([...reviews.map((e) => String(e.held_on)), ...w.reviews.map((x) => x.heldOn)]);
  for (const r of w.reviews) {
    const match = reviews.find((e) => String(e.held_on) === r.heldOn);
    if (match) {
      const diff = changed(match, { participation: r.participation });
      if (Object.keys(diff).length > 0) {
        list.push(`review of ${dfe(r.heldOn)}: participation`);
        ctx.report.records.reviews.updated++;
        if (!ctx.dryRun) await update(manager, 'meetings', String(match.id), diff, ctx.now);
      }
    } else {
      // Which review of the period of care it was: the first, the second, or a later one.
      const before = [...heldDays].filter((d) => d >= w.dateLookedAfter && d < r.heldOn).length;
      const type: MeetingType = before === 0 ? 'FIRST_REVIEW' : before === 1 ? 'SECOND_REVIEW' : 'SUBSEQUENT_REVIEW';
      list.push(`review of ${dfe(r.heldOn)} created`);
      ctx.report.records.reviews.created++;
      if (!ctx.dryRun) await insert(manager, 'meetings', { child_id: childId, type, held_on: r.heldOn, participation: r.participation }, ctx.now);
    }
  }

  if (list.length > 0 && !created && !ctx.dryRun) {
    await manager.query(`UPDATE children SET imported_from = $2, imported_at = $3, updated_at = $3 WHERE id = $1`, [childId, ctx.source, ctx.now]);
  }
  return { created, list };
}

import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import { isoDateInLondon } from '../common/clock';
import { writeAudit } from '../modules/audit/audit.service';
import { councilWhere, parseCouncilCode } from './council-code';
import { DEFAULT_MAX_BYTES, FileProblem, looksLikeFormula, readCsv, type Problem } from './csv-file';

/**
 * The nightly sync from the case system (Liquidlogic LCS, Mosaic, Eclipse):
 * `npm run import -- sync --council LA children.csv [--dry-run]`. One row per
 * child, keyed by the case system's own child id (the SSDA903 CHILD, held as
 * children.local_id), with the names and allocation the case system owns.
 * Idempotent: a row that matches the record changes nothing. A blank cell
 * leaves the field as held. Plans, views, life story and everything else
 * only the product holds are never written by a sync.
 */
export const SYNC_CHILDREN_COLUMNS = ['CHILD', 'LEGAL_FIRST_NAME', 'LEGAL_LAST_NAME', 'PREFERRED_NAME', 'TEAM', 'SOCIAL_WORKER', 'IRO'] as const;

export interface SyncReport {
  completed: boolean;
  dryRun: boolean;
  updated: { child: string; changes: string[] }[];
  unchanged: number;
  rejected: number;
  problems: Problem[];
}

type Row = Record<string, unknown>;

export async function syncChildren(ds: DataSource, options: { laCode: string; file: string; dryRun: boolean; clock: Clock; maxBytes?: number }): Promise<SyncReport> {
  const report: SyncReport = { completed: false, dryRun: options.dryRun, updated: [], unchanged: 0, rejected: 0, problems: [] };
  const name = path.basename(options.file);
  const code = parseCouncilCode(options.laCode);
  const where = code ? councilWhere(code) : null;
  const [council]: Row[] = where ? await ds.query(`SELECT id FROM councils WHERE ${where.sql}`, where.params) : [];
  if (!council) {
    report.problems.push({ file: '--council', line: null, column: null, child: null, severity: 'error', reason: `No council has LA code ${options.laCode} (give its three-digit DfE number or its new-style code, E09000027).` });
    return report;
  }
  const councilId = String(council.id);
  const rows: { line: number; row: Record<string, string> }[] = [];
  try {
    // Rows are few (one per child in care); they are kept to apply one transaction each.
    await readCsv(options.file, name, SYNC_CHILDREN_COLUMNS, options.maxBytes ?? DEFAULT_MAX_BYTES, (r) => rows.push(r));
  } catch (error) {
    if (error instanceof FileProblem) {
      report.problems.push(error.problem);
      return report;
    }
    throw error;
  }
  const now = options.clock.now();
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const problem = (column: string | null, reason: string) => report.problems.push({ file: name, line, column, child: row.CHILD || null, severity: 'error', reason });
    const before = report.problems.length;
    if (!row.CHILD) problem('CHILD', 'CHILD is blank.');
    else if (seen.has(row.CHILD)) problem('CHILD', `CHILD ${row.CHILD} is also on line ${seen.get(row.CHILD)}.`);
    seen.set(row.CHILD, line);
    for (const [column, value] of Object.entries(row)) if (value && looksLikeFormula(value)) problem(column, `The cell starts with "${value[0]}", which a spreadsheet would run as a formula.`);
    for (const column of ['LEGAL_FIRST_NAME', 'LEGAL_LAST_NAME', 'PREFERRED_NAME']) if ((row[column]?.length ?? 0) > 100) problem(column, `${column} is longer than 100 characters.`);
    if (report.problems.length > before) {
      report.rejected++;
      continue;
    }
    try {
      const changes = await ds.transaction((manager) => applyRow(manager, councilId, row, options.dryRun, now, problem));
      if (changes === null) report.rejected++;
      else if (changes.length === 0) report.unchanged++;
      else report.updated.push({ child: row.CHILD, changes });
    } catch (error) {
      problem(null, `The database refused the row: ${(error as Error).message}`);
      report.rejected++;
    }
  }
  report.completed = true;
  if (!options.dryRun) {
    await ds.transaction((manager) =>
      writeAudit(manager, null, null, [
        {
          action: 'SYNC_CASE_SYSTEM',
          recordType: 'COUNCIL',
          recordId: councilId,
          changes: { file: { before: null, after: name }, counts: { before: null, after: { updated: report.updated.length, unchanged: report.unchanged, rejected: report.rejected } } },
        },
      ]),
    );
  }
  return report;
}

/** One child's names and allocation; null when the row names something that does not exist. */
async function applyRow(
  manager: EntityManager,
  councilId: string,
  row: Record<string, string>,
  dryRun: boolean,
  now: Date,
  problem: (column: string | null, reason: string) => void,
): Promise<string[] | null> {
  const [child]: Row[] = await manager.query(
    `SELECT id, legal_first_name, legal_last_name, preferred_name, team_id, social_worker_id, iro_id, iro_allocated_on FROM children WHERE council_id = $1 AND local_id = $2 FOR UPDATE`,
    [councilId, row.CHILD],
  );
  if (!child) {
    problem('CHILD', `No child of the council has CHILD ${row.CHILD}: import the SSDA903 return (or add the child) first.`);
    return null;
  }
  const wanted: Record<string, unknown> = {};
  if (row.LEGAL_FIRST_NAME) wanted.legal_first_name = row.LEGAL_FIRST_NAME;
  if (row.LEGAL_LAST_NAME) wanted.legal_last_name = row.LEGAL_LAST_NAME;
  if (row.PREFERRED_NAME) wanted.preferred_name = row.PREFERRED_NAME;
  let teamId = String(child.team_id);
  if (row.TEAM) {
    const [team]: Row[] = await manager.query(`SELECT id FROM teams WHERE council_id = $1 AND lower(name) = lower($2)`, [councilId, row.TEAM]);
    if (!team) {
      problem('TEAM', `The council has no team "${row.TEAM}": an administrator adds it first.`);
      return null;
    }
    teamId = String(team.id);
    wanted.team_id = teamId;
  }
  const holder = async (column: string, username: string, role: string, inTeam: string | null): Promise<string | null> => {
    const rows: Row[] = await manager.query(
      `SELECT u.id FROM users u JOIN role_assignments ra ON ra.user_id = u.id
        WHERE u.council_id = $1 AND lower(u.username) = lower($2) AND ra.role = $3 AND u.disabled_at IS NULL ${inTeam ? 'AND ra.team_id = $4' : ''} LIMIT 1`,
      inTeam ? [councilId, username, role, inTeam] : [councilId, username, role],
    );
    if (!rows[0]) problem(column, `${username} is not ${role === 'IRO' ? 'an IRO of the council' : "a social worker in the child's team"} with an account in use.`);
    return rows[0] ? String(rows[0].id) : null;
  };
  if (row.SOCIAL_WORKER) {
    const id = await holder('SOCIAL_WORKER', row.SOCIAL_WORKER, 'SOCIAL_WORKER', teamId);
    if (!id) return null;
    wanted.social_worker_id = id;
  }
  if (row.IRO) {
    const id = await holder('IRO', row.IRO, 'IRO', null);
    if (!id) return null;
    wanted.iro_id = id;
    if (child.iro_allocated_on === null || id !== child.iro_id) wanted.iro_allocated_on = isoDateInLondon(now);
  }
  const changes = Object.keys(wanted).filter((k) => k !== 'iro_allocated_on' && String(child[k] ?? '') !== String(wanted[k]));
  if (changes.length === 0) return [];
  if (!dryRun) {
    const columns = [...changes, ...(changes.includes('iro_id') ? ['iro_allocated_on'] : [])];
    await manager.query(
      `UPDATE children SET ${columns.map((c, i) => `"${c}" = $${i + 3}`).join(', ')}, version = version + 1, updated_at = $2 WHERE id = $1`,
      [child.id, now, ...columns.map((c) => wanted[c])],
    );
  }
  return changes;
}

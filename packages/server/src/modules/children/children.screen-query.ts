import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { forbidden, unauthenticated } from '../../common/errors';
import type { RequestContext } from '../../context';
import type { UncheckedSession } from '../auth/session.service';
import { hydrateRaws } from '../../common/plain-rows';
import { columnsSql, hydrate, partsFor, positional, runPrepared, type ScreenPart } from '../../common/screen-query';
import type { Loaders } from '../../loaders';
import { childReach } from '../../policies/child-reach';
import { clockOf } from '../../database/clock-of';
import { CHILD_IN_LIST, LIST_SUMMARY, type ChildListName } from '../audit/audit.service';
import { ChildEntity } from './child.entity';

/**
 * The caseload and a child's record in ONE statement each: reach, rows,
 * the relations the document asks for (JSON built by PostgreSQL, by the
 * parts the owning modules register) and the READ audit rows (a
 * data-modifying CTE), run as a named prepared statement. The answer primes
 * the request's loaders, so the usual field resolvers read from it.
 * Same answers and same audit rows as ChildrenService's general path
 * (test/api/screen-queries.test.ts compares them).
 */
export interface ScreenRequest {
  loaders: Loaders;
  /** The child fields the document selects (selectedChildFields). */
  selected: ReadonlySet<string>;
  /** The cookie's session, not yet checked: the statement checks it too (SessionService.checkSql). */
  session?: { unchecked: UncheckedSession; sql: string; params: Record<string, unknown> };
}

/** The statement found the session invalid, or no longer the actor it was built for. */
export class SessionNotConfirmed extends Error {}

/**
 * Runs a screen resolver whose statement may check the session itself (context.uncheckedSession):
 * when the statement confirms it, the request took one statement. Otherwise (the session is
 * invalid or changed, or the request failed before the statement) the session is looked up as
 * for any request and the answer is the general path's: UNAUTHENTICATED, FORBIDDEN, the
 * original error, or the screen again for the actor found.
 */
export async function withScreenSession<T>(ctx: RequestContext, roles: readonly Role[], run: () => Promise<T>): Promise<T> {
  const unchecked = ctx.uncheckedSession;
  if (!unchecked) return run();
  let failure: unknown;
  try {
    const result = await run();
    if (unchecked.valid) {
      ctx.uncheckedSession = null;
      return result;
    }
    failure = new SessionNotConfirmed('The screen statement did not check the session.');
  } catch (error) {
    if (unchecked.valid) {
      ctx.uncheckedSession = null;
      throw error;
    }
    failure = error;
  }
  await ctx.checkSession();
  if (!ctx.actor) throw unauthenticated();
  if (!roles.includes(ctx.actor.role)) throw forbidden();
  if (!(failure instanceof SessionNotConfirmed)) throw failure;
  return run();
}

/** The session check's CTEs ahead of the screen's own, and the condition that gates reads and audit rows on it. */
export function sessionCtes(screen: Pick<ScreenRequest, 'session'>, params: Record<string, unknown>): { ctes: string; gate: string } {
  if (!screen.session) return { ctes: '', gate: 'TRUE' };
  Object.assign(params, screen.session.params);
  return { ctes: `${screen.session.sql},\n  `, gate: 'EXISTS (SELECT 1 FROM session_actor)' };
}

/** Records what the statement found of the session; throws when it was not the one expected. */
export function confirmSession(screen: Pick<ScreenRequest, 'session'>, row: Record<string, unknown> | undefined): void {
  if (!screen.session) return;
  screen.session.unchecked.valid = Number(row?.session_ok ?? 0) > 0;
  if (!screen.session.unchecked.valid) throw new SessionNotConfirmed('The session is not valid, or not the actor expected.');
}

const AUDIT_COLUMNS = '(action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address, attempted_username, occurred_at)';

function auditParams(dataSource: DataSource, actor: Actor, ip: string | null): Record<string, unknown> {
  return {
    auditUser: actor.userId,
    auditRole: actor.role,
    auditIp: ip,
    auditAt: clockOf(dataSource.manager).now().toISOString(),
  };
}

function partColumns(parts: ScreenPart[], actor: Actor, params: Record<string, unknown>, dataSource: DataSource, onlyWhen?: string): string {
  return parts
    .map((p) => {
      const sql = p.sql(actor, params, dataSource);
      return `, ${onlyWhen ? `CASE WHEN ${onlyWhen} THEN ${sql} END` : sql} AS "part_${p.name}"`;
    })
    .join('');
}

function prime(parts: ScreenPart[], screen: ScreenRequest, dataSource: DataSource, actor: Actor, today: string, child: ChildEntity, row: Record<string, unknown>): void {
  for (const part of parts) {
    part.prime(screen.loaders, child as unknown as { id: string } & Record<string, unknown>, row[`part_${part.name}`], { dataSource, today, actor });
  }
}

/** One child's record within reach (or null), its READ row written in the same statement. */
export async function childRecordScreen(
  dataSource: DataSource,
  actor: Actor,
  childId: string,
  auditParts: string[],
  ip: string | null,
  today: string,
  screen: ScreenRequest,
): Promise<ChildEntity | null> {
  const metadata = dataSource.getMetadata(ChildEntity);
  const reach = childReach(actor, 'rc');
  const params: Record<string, unknown> = { ...reach.params, ...auditParams(dataSource, actor, ip), screenChildId: childId, screenChildIds: [childId], screenToday: today, auditParts };
  const parts = partsFor(screen.selected);
  const session = sessionCtes(screen, params);
  // With a session to check, one row always comes back (the check's answer), the child's columns NULL when none.
  const from = screen.session ? `(SELECT (SELECT count(*) FROM session_actor)::int AS session_ok) ss LEFT JOIN screen sc ON TRUE` : 'screen sc';
  const sql = `WITH ${session.ctes}screen AS (SELECT ${columnsSql(metadata, 'rc')} FROM children rc WHERE rc.id = :screenChildId AND ${reach.sql} AND ${session.gate}),
  audit AS (INSERT INTO audit_events ${AUDIT_COLUMNS}
    SELECT 'READ', :auditUser::uuid, :auditRole, s.id, 'Child', s.id, :auditParts::text[], NULL, :auditIp, NULL, :auditAt::timestamptz FROM screen s)
  SELECT ${screen.session ? 'ss.session_ok, ' : ''}row_to_json(sc) AS child${partColumns(parts, actor, params, dataSource, screen.session ? 'sc.id IS NOT NULL' : undefined)} FROM ${from}`;
  const [text, values] = positional(dataSource, sql, params);
  const [row] = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, row);
  if (!row?.child) return null;
  const child = hydrate<ChildEntity>(dataSource, metadata, row.child as Record<string, unknown>);
  prime(parts, screen, dataSource, actor, today, child, row);
  return child;
}

/**
 * A page of children from the list query ChildrenService builds (reach, filters, sort, cursor,
 * limit + 1 rows, the total), with the list's audit rows (a summary and one per child shown).
 */
export async function childListScreen<R extends Record<string, unknown>>(
  dataSource: DataSource,
  actor: Actor,
  qb: SelectQueryBuilder<ChildEntity>,
  limit: number,
  list: ChildListName,
  auditParts: string[],
  ip: string | null,
  today: string,
  screen: ScreenRequest,
): Promise<{ entities: ChildEntity[]; raw: R[] }> {
  const params: Record<string, unknown> = { ...qb.getParameters(), ...childReach(actor, 'sc').params, ...auditParams(dataSource, actor, ip), screenToday: today, screenLimit: limit, auditList: list, auditChildParts: [list, ...auditParts] };
  const parts = partsFor(screen.selected);
  const session = sessionCtes(screen, params);
  const sql = `WITH ${session.ctes}q AS (${qb.getQuery()}),
  numbered AS (SELECT q.*, row_number() OVER () AS screen_n FROM q WHERE ${session.gate}),
  shown AS (SELECT * FROM numbered WHERE screen_n <= :screenLimit),
  audit AS (INSERT INTO audit_events ${AUDIT_COLUMNS}
    SELECT action, actor_user_id, actor_role, child_id, record_type, record_id, parts, NULL::jsonb, :auditIp, NULL, :auditAt::timestamptz FROM (
      SELECT 0::bigint AS n, 'READ' AS action, :auditUser::uuid AS actor_user_id, :auditRole AS actor_role, NULL::uuid AS child_id, '${LIST_SUMMARY}' AS record_type, NULL::uuid AS record_id,
             ARRAY[:auditList::text, (SELECT count(*) FROM shown) || CASE WHEN (SELECT count(*) FROM shown) = 1 THEN ' child' ELSE ' children' END] AS parts
       WHERE EXISTS (SELECT 1 FROM shown)
      UNION ALL
      SELECT s.screen_n, 'READ', :auditUser::uuid, :auditRole, s.c_id, '${CHILD_IN_LIST}', s.c_id, :auditChildParts::text[] FROM shown s
    ) entries ORDER BY n)
  SELECT ${screen.session ? 'ss.session_ok, ' : ''}n.*${partColumns(parts, actor, params, dataSource, 'n.screen_n <= :screenLimit')}
    FROM ${screen.session ? '(SELECT (SELECT count(*) FROM session_actor)::int AS session_ok) ss LEFT JOIN (' : ''}numbered n JOIN children sc ON sc.id = n.c_id${screen.session ? ') ON TRUE' : ''}
   ORDER BY n.screen_n`;
  const [text, values] = positional(dataSource, sql, params);
  let raw = await runPrepared<R>(dataSource, text, values);
  confirmSession(screen, raw[0]);
  // The check's own row when the page is empty.
  if (screen.session) raw = raw.filter((r) => r.c_id != null);
  const entities = hydrateRaws(qb, raw);
  entities.forEach((child, i) => {
    if (i < limit) prime(parts, screen, dataSource, actor, today, child, raw[i]);
  });
  return { entities, raw };
}

import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../common/actor';
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
  const sql = `WITH screen AS (SELECT ${columnsSql(metadata, 'rc')} FROM children rc WHERE rc.id = :screenChildId AND ${reach.sql}),
  audit AS (INSERT INTO audit_events ${AUDIT_COLUMNS}
    SELECT 'READ', :auditUser::uuid, :auditRole, s.id, 'Child', s.id, :auditParts::text[], NULL, :auditIp, NULL, :auditAt::timestamptz FROM screen s)
  SELECT row_to_json(sc) AS child${partColumns(parts, actor, params, dataSource)} FROM screen sc`;
  const [text, values] = positional(dataSource, sql, params);
  const [row] = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  if (!row) return null;
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
  const sql = `WITH q AS (${qb.getQuery()}),
  numbered AS (SELECT q.*, row_number() OVER () AS screen_n FROM q),
  shown AS (SELECT * FROM numbered WHERE screen_n <= :screenLimit),
  audit AS (INSERT INTO audit_events ${AUDIT_COLUMNS}
    SELECT action, actor_user_id, actor_role, child_id, record_type, record_id, parts, NULL::jsonb, :auditIp, NULL, :auditAt::timestamptz FROM (
      SELECT 0::bigint AS n, 'READ' AS action, :auditUser::uuid AS actor_user_id, :auditRole AS actor_role, NULL::uuid AS child_id, '${LIST_SUMMARY}' AS record_type, NULL::uuid AS record_id,
             ARRAY[:auditList::text, (SELECT count(*) FROM shown) || CASE WHEN (SELECT count(*) FROM shown) = 1 THEN ' child' ELSE ' children' END] AS parts
       WHERE EXISTS (SELECT 1 FROM shown)
      UNION ALL
      SELECT s.screen_n, 'READ', :auditUser::uuid, :auditRole, s.c_id, '${CHILD_IN_LIST}', s.c_id, :auditChildParts::text[] FROM shown s
    ) entries ORDER BY n)
  SELECT n.*${partColumns(parts, actor, params, dataSource, 'n.screen_n <= :screenLimit')}
    FROM numbered n JOIN children sc ON sc.id = n.c_id ORDER BY n.screen_n`;
  const [text, values] = positional(dataSource, sql, params);
  const raw = await runPrepared<R>(dataSource, text, values);
  const entities = hydrateRaws(qb, raw);
  entities.forEach((child, i) => {
    if (i < limit) prime(parts, screen, dataSource, actor, today, child, raw[i]);
  });
  return { entities, raw };
}

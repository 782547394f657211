import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { positional, runPrepared } from '../../common/screen-query';
import type { ChildFacts } from '../../rules';
import { childFactsFromScreen, childFactsListJoins, childFactsListSql, keptVersions, lastListOf, rememberListOf } from '../alerts/child-facts.loader';
import { confirmSession, sessionCtes, type ScreenRequest } from '../children/children.screen-query';

/**
 * The tracker page's reads in ONE statement (its audit rows follow in a second, once the page is
 * sorted and cut): the session check (when the process remembers the session), the looked-after
 * children the actor reaches with their team (TrackerService's own query, reach from
 * policies/child-reach.ts), each child's facts (the document only when its facts_version moved,
 * as loadChildFacts) and the teams for the filter. The general path reads the same in three
 * statements after the session lookup (test/api/screen-queries.test.ts compares answers and audit rows).
 */
export interface TrackerRead {
  /** As reachableIds gives them: id, local_id, team_id, team_name, name. */
  rows: Record<string, unknown>[];
  /** The facts of every row, but those forgotten between building the statement and reading it. */
  facts: Map<string, ChildFacts>;
  teams: { id: string; name: string }[];
}

export async function trackerScreen(
  dataSource: DataSource,
  userId: string,
  rowsQuery: SelectQueryBuilder<ObjectLiteral>,
  teamsQuery: SelectQueryBuilder<ObjectLiteral>,
  screen: Pick<ScreenRequest, 'session'>,
): Promise<TrackerRead> {
  const [knownIds, knownVersions] = keptVersions(lastListOf(userId));
  const params: Record<string, unknown> = { ...rowsQuery.getParameters(), ...teamsQuery.getParameters(), trackerKnownIds: knownIds, trackerKnownVersions: knownVersions };
  const session = sessionCtes(screen, params);
  // The head (session check, teams) on the first row only, and each child's facts version and document as two text
  // columns: repeated or wrapped in JSON on every child's row they cost a parse each (1,400 rows in a large council).
  const firstRowOnly = (column: string) => `CASE WHEN n.tracker_n IS NULL OR n.tracker_n = 1 THEN ss.${column} END AS ${column}`;
  const sql = `WITH ${session.ctes}q AS (${rowsQuery.getQuery()}),
  shown AS (SELECT q.*, row_number() OVER () AS tracker_n FROM q WHERE ${session.gate})
  SELECT ${screen.session ? `${firstRowOnly('session_ok')}, ` : ''}${firstRowOnly('tracker_teams')}, n.id, n.local_id, n.team_id, n.team_name, n.name,
         n.tracker_facts->>'version' AS tracker_version, n.tracker_facts->>'facts' AS tracker_document
    FROM (SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}
      CASE WHEN ${session.gate} THEN (SELECT coalesce(json_agg(json_build_object('id', tq.id, 'name', tq.name)), '[]') FROM (${teamsQuery.getQuery()}) tq) END AS tracker_teams) ss
    LEFT JOIN (SELECT shown.*, ${childFactsListSql('kn.version')} AS tracker_facts
      FROM shown ${childFactsListJoins('shown.id')}
      LEFT JOIN unnest(:trackerKnownIds::uuid[], :trackerKnownVersions::bigint[]) AS kn(id, version) ON kn.id = shown.id) n ON TRUE
   ORDER BY n.tracker_n`;
  const [text, values] = positional(dataSource, sql, params);
  const raw = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, raw[0]);
  const head = raw[0];
  const facts = new Map<string, ChildFacts>();
  const rows = raw
    .filter((r) => r.id != null)
    .map((r) => {
      const found = childFactsFromScreen(String(r.id), r.tracker_version as string, r.tracker_document as string | null);
      if (found) facts.set(String(r.id), found);
      return { id: r.id, local_id: r.local_id, team_id: r.team_id, team_name: r.team_name, name: r.name };
    });
  rememberListOf(userId, rows.map((r) => String(r.id)));
  const teams = ((head?.tracker_teams as { id: string; name: string }[] | null) ?? []).map((t) => ({ id: String(t.id), name: String(t.name) }));
  return { rows, facts, teams };
}

/** What the primary says before the tracker is read from a replica: the children the actor reaches now, and the teams. */
export interface TrackerReach {
  ids: Set<string>;
  teams: { id: string; name: string }[];
}

/**
 * On the primary, ahead of the same screen statement on a replica (database/reporting-reads.ts): the session check
 * (and its keep-alive write, which a read-only replica could not do) and the reach, from the very same queries as the
 * screen statement's, in one statement. The replica's answer is then cut to these children (withinReach).
 */
export async function trackerReachOnPrimary(
  primary: DataSource,
  rowsQuery: SelectQueryBuilder<ObjectLiteral>,
  teamsQuery: SelectQueryBuilder<ObjectLiteral>,
  screen: Pick<ScreenRequest, 'session'>,
): Promise<TrackerReach> {
  const params: Record<string, unknown> = { ...rowsQuery.getParameters(), ...teamsQuery.getParameters() };
  const session = sessionCtes(screen, params);
  const sql = `WITH ${session.ctes}q AS (${rowsQuery.getQuery()})
  SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}
    CASE WHEN ${session.gate} THEN (SELECT coalesce(array_agg(q.id), '{}') FROM q) END AS tracker_reach,
    CASE WHEN ${session.gate} THEN (SELECT coalesce(json_agg(json_build_object('id', tq.id, 'name', tq.name)), '[]') FROM (${teamsQuery.getQuery()}) tq) END AS tracker_teams`;
  const [text, values] = positional(primary, sql, params);
  const [row] = await runPrepared<Record<string, unknown>>(primary, text, values);
  confirmSession(screen, row);
  const teams = ((row?.tracker_teams as { id: string; name: string }[] | null) ?? []).map((t) => ({ id: String(t.id), name: String(t.name) }));
  return { ids: new Set(((row?.tracker_reach as string[] | null) ?? []).map(String)), teams };
}

/** A replica's tracker read cut to the children the primary says the actor reaches, with the primary's teams. */
export function withinReach(read: TrackerRead, reach: TrackerReach): TrackerRead {
  return { rows: read.rows.filter((r) => reach.ids.has(String(r.id))), facts: read.facts, teams: reach.teams };
}

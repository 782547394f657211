import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { positional, runPrepared } from '../../common/screen-query';
import type { ChildFacts } from '../../rules';
import { WeighedLru } from '../../common/weighed-lru';
import { childFactsDocumentSql, childFactsFromScreen, childFactsListJoins } from '../alerts/child-facts.loader';
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
  /** As reachableIds gives them: id, local_id, team_id, team_name, name (and the facts version read). */
  rows: TrackerRow[];
  /**
   * The facts of every row, but those forgotten between building the statement and reading it. Worked out when
   * first asked for: a list confirmed unchanged whose lines are kept (TrackerService) does not need them.
   */
  facts(): Map<string, ChildFacts>;
  teams: { id: string; name: string }[];
}

export type TrackerRow = { id: string; local_id: string; team_id: string; team_name: string; name: string; version: string };

/**
 * The list each person's last tracker statement returned (per team filter), with PostgreSQL's digest of it and
 * the facts versions this process read for it. The next statement sends the digest back: when the list hashes
 * the same (the same children in the same order, each with the same case number, team, team name, name and
 * facts version), PostgreSQL answers with the head row only and the kept rows are used; otherwise every row
 * comes back, with the facts document only for versions not in the kept ones. Bounded: at most 100 lists and
 * 20,000 rows held (a list larger than that is not kept), least recently used first out. Kept rows hold no
 * facts: those come from the facts loader's own cache, checked id and version, as for any screen statement.
 */
interface KeptList {
  digest: string;
  rows: TrackerRow[];
  /** The facts versions read for these rows, as an SQL array literal: '{12,40,...}'. */
  versions: string;
}
const keptLists = new WeighedLru<KeptList>((list) => list.rows.length, 100, 20_000);

export async function trackerScreen(
  dataSource: DataSource,
  listKey: string,
  rowsQuery: SelectQueryBuilder<ObjectLiteral>,
  teamsQuery: SelectQueryBuilder<ObjectLiteral>,
  screen: Pick<ScreenRequest, 'session'>,
): Promise<TrackerRead> {
  const kept = keptLists.get(listKey);
  const params: Record<string, unknown> = {
    ...rowsQuery.getParameters(),
    ...teamsQuery.getParameters(),
    trackerKnownDigest: kept?.digest ?? null,
    trackerKnownVersions: kept?.versions ?? '{}',
  };
  const session = sessionCtes(screen, params);
  // The head (session check, teams, the list's digest) on the first row only, and each child's facts version and
  // document as two text columns: repeated or wrapped in JSON on every child's row they cost a parse each.
  // Versions come from one sequence (migration ChildFactsVersion), so a version names one child's facts: the kept
  // versions are joined by version alone, and a version known for another child (which the sequence rules out)
  // would only mean a document missing, which childFactsFromScreen and factsOf read afresh.
  const firstRowOnly = (column: string) => `CASE WHEN n.tracker_n IS NULL OR n.tracker_n = 1 THEN ss.${column} END AS ${column}`;
  const sql = `WITH ${session.ctes}q AS (${rowsQuery.getQuery()}),
  shown AS (SELECT q.*, v.facts_version AS tracker_version, row_number() OVER (ORDER BY q.id) AS tracker_n FROM q JOIN children v ON v.id = q.id WHERE ${session.gate}),
  listed AS (SELECT encode(sha256(convert_to(coalesce(string_agg(json_build_array(s.id, s.local_id, s.team_id, s.team_name, s.name, s.tracker_version)::text, ',' ORDER BY s.tracker_n), ''), 'UTF8')), 'hex') AS digest FROM shown s)
  SELECT ${screen.session ? `${firstRowOnly('session_ok')}, ` : ''}${firstRowOnly('tracker_teams')}, ${firstRowOnly('tracker_digest')},
         n.id, n.local_id, n.team_id, n.team_name, n.name, n.tracker_version, n.tracker_document
    FROM (SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}
      CASE WHEN ${session.gate} THEN (SELECT coalesce(json_agg(json_build_object('id', tq.id, 'name', tq.name)), '[]') FROM (${teamsQuery.getQuery()}) tq) END AS tracker_teams,
      (SELECT digest FROM listed) AS tracker_digest) ss
    LEFT JOIN (SELECT shown.id, shown.local_id, shown.team_id, shown.team_name, shown.name, shown.tracker_n, shown.tracker_version::text AS tracker_version,
        CASE WHEN kn.version IS NULL THEN ${childFactsDocumentSql} END AS tracker_document
      FROM shown ${childFactsListJoins('shown.id')}
      LEFT JOIN unnest(:trackerKnownVersions::bigint[]) AS kn(version) ON kn.version = shown.tracker_version
      WHERE (SELECT digest FROM listed) IS DISTINCT FROM :trackerKnownDigest) n ON TRUE
   ORDER BY n.tracker_n`;
  const [text, values] = positional(dataSource, sql, params);
  const raw = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, raw[0]);
  const head = raw[0];
  const teams = ((head?.tracker_teams as { id: string; name: string }[] | null) ?? []).map((t) => ({ id: String(t.id), name: String(t.name) }));
  const digest = String(head?.tracker_digest);
  if (kept && raw.length === 1 && raw[0].id == null && digest === kept.digest) {
    // The same list as last time: its rows as kept (the very same array), each child's facts from the loader's cache
    // when asked for (read afresh by the caller when forgotten).
    const rows = kept.rows;
    return { rows, facts: once(() => new Map(rows.flatMap((row) => {
      const found = childFactsFromScreen(row.id, row.version, null);
      return found ? [[row.id, found] as const] : [];
    }))), teams };
  }
  const facts = new Map<string, ChildFacts>();
  const rows: TrackerRow[] = [];
  const versions = new Set<string>();
  for (const r of raw) {
    if (r.id == null) continue;
    const row: TrackerRow = { id: String(r.id), local_id: r.local_id as string, team_id: r.team_id as string, team_name: r.team_name as string, name: r.name as string, version: r.tracker_version as string };
    rows.push(row);
    const found = childFactsFromScreen(row.id, row.version, r.tracker_document as string | null);
    if (found) {
      facts.set(row.id, found);
      versions.add(row.version);
    }
  }
  keptLists.set(listKey, { digest, rows, versions: `{${[...versions].join(',')}}` });
  return { rows, facts: () => facts, teams };
}

function once<T>(work: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: work() }).value;
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

import { LRUCache } from 'lru-cache';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { positional, runPrepared } from '../../common/screen-query';
import type { ChildFacts } from '../../rules';
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
   * The facts of these rows (of `rows`), but those forgotten between building the statement and reading them.
   * Looked up when asked for: the runs of a list whose lines are kept (TrackerService) do not need them.
   */
  facts(rows: readonly TrackerRow[]): Map<string, ChildFacts>;
  teams: { id: string; name: string }[];
  /**
   * `rows` in runs (the buckets below), each the very same array as last time while PostgreSQL confirms it
   * unchanged, so the caller may keep what it works out per run. Absent when the rows are not the statement's as
   * kept (withinReach).
   */
  runs?: readonly TrackerRow[][];
}

export type TrackerRow = { id: string; local_id: string; team_id: string; team_name: string; name: string; version: string };

/**
 * The list each person's last tracker statement returned (per team filter), in buckets by the first hex digit of
 * the child's id (16 at most, each a run of the list in id order), with PostgreSQL's digest of each bucket and the
 * facts versions this process read for the list. The next statement sends the digests back, and PostgreSQL sends
 * the rows of the buckets whose digest differs only (a bucket's digest: sha256 of its children in order, each with
 * its case number, team, team name, name and facts version), with the facts document only for versions not in the
 * kept ones. The list is then the buckets PostgreSQL names, in order, each as kept or as sent: an unchanged list is
 * the head row alone (and the very same rows array again), one child changed costs its bucket's rows. Bounded: at
 * most 100 lists and 20,000 rows held (a list larger than that is not kept), least recently used first out. Kept
 * rows hold no facts: those come from the facts loader's own cache, checked id and version, as for any screen statement.
 */
interface KeptList {
  buckets: Map<string, { digest: string; rows: TrackerRow[] }>;
  /** The buckets' digests as the statement's parameter: '{"0":"9f2c…",…}'. */
  digests: string;
  rows: TrackerRow[];
  /** The facts versions read for these rows, as an SQL array literal: '{12,40,...}'. */
  versions: string;
}
const keptLists = new LRUCache<string, KeptList>({ max: 100, maxSize: 20_000, sizeCalculation: (list) => Math.max(1, list.rows.length) });

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
    trackerKnownBuckets: kept?.digests ?? '{}',
    trackerKnownVersions: kept?.versions ?? '{}',
  };
  const session = sessionCtes(screen, params);
  // The head (session check, teams, the buckets' digests) on the first row only, and each child's facts version and
  // document as two text columns: repeated or wrapped in JSON on every child's row they cost a parse each.
  // Versions come from one sequence (migration ChildFactsVersion), so a version names one child's facts: the kept
  // versions are joined by version alone, and a version known for another child (which the sequence rules out)
  // would only mean a document missing, which childFactsFromScreen and factsOf read afresh.
  const firstRowOnly = (column: string) => `CASE WHEN n.sent_n IS NULL OR n.sent_n = 1 THEN ss.${column} END AS ${column}`;
  const sql = `WITH ${session.ctes}q AS (${rowsQuery.getQuery()}),
  shown AS (SELECT q.*, v.facts_version AS tracker_version, left(q.id::text, 1) AS tracker_bucket, row_number() OVER (ORDER BY q.id) AS tracker_n
    FROM q JOIN children v ON v.id = q.id WHERE ${session.gate}),
  listed AS (SELECT s.tracker_bucket AS bucket,
      encode(sha256(convert_to(string_agg(json_build_array(s.id, s.local_id, s.team_id, s.team_name, s.name, s.tracker_version)::text, ',' ORDER BY s.tracker_n), 'UTF8')), 'hex') AS digest
    FROM shown s GROUP BY s.tracker_bucket),
  changed AS (SELECT l.bucket FROM listed l LEFT JOIN json_each_text(:trackerKnownBuckets::json) k ON k.key = l.bucket WHERE k.value IS DISTINCT FROM l.digest)
  SELECT ${screen.session ? `${firstRowOnly('session_ok')}, ` : ''}${firstRowOnly('tracker_teams')}, ${firstRowOnly('tracker_buckets')},
         n.id, n.local_id, n.team_id, n.team_name, n.name, n.tracker_version, n.tracker_document
    FROM (SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}
      CASE WHEN ${session.gate} THEN (SELECT coalesce(json_agg(json_build_object('id', tq.id, 'name', tq.name)), '[]') FROM (${teamsQuery.getQuery()}) tq) END AS tracker_teams,
      (SELECT coalesce(json_object_agg(bucket, digest), '{}') FROM listed) AS tracker_buckets) ss
    LEFT JOIN (SELECT shown.id, shown.local_id, shown.team_id, shown.team_name, shown.name, row_number() OVER (ORDER BY shown.tracker_n) AS sent_n, shown.tracker_version::text AS tracker_version,
        CASE WHEN kn.version IS NULL THEN ${childFactsDocumentSql} END AS tracker_document
      FROM shown JOIN changed ON changed.bucket = shown.tracker_bucket ${childFactsListJoins('shown.id')}
      LEFT JOIN unnest(:trackerKnownVersions::bigint[]) AS kn(version) ON kn.version = shown.tracker_version) n ON TRUE
   ORDER BY n.sent_n`;
  const [text, values] = positional(dataSource, sql, params);
  const raw = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, raw[0]);
  const head = raw[0];
  const teams = ((head?.tracker_teams as { id: string; name: string }[] | null) ?? []).map((t) => ({ id: String(t.id), name: String(t.name) }));
  const digests = (head?.tracker_buckets as Record<string, string> | null) ?? {};
  // The rows sent, by bucket (in id order within each).
  const sent = new Map<string, { row: TrackerRow; document: string | null }[]>();
  for (const r of raw) {
    if (r.id == null) continue;
    const row: TrackerRow = { id: String(r.id), local_id: r.local_id as string, team_id: r.team_id as string, team_name: r.team_name as string, name: r.name as string, version: r.tracker_version as string };
    const bucket = row.id[0];
    let list = sent.get(bucket);
    if (!list) sent.set(bucket, (list = []));
    list.push({ row, document: r.tracker_document as string | null });
  }
  const order = Object.keys(digests).sort();
  if (kept && sent.size === 0 && order.length === kept.buckets.size && order.every((b) => kept.buckets.get(b)?.digest === digests[b])) {
    // The same list as last time: its rows as kept (the very same array), each child's facts from the loader's cache
    // when asked for (read afresh by the caller when forgotten).
    const rows = kept.rows;
    return { rows, facts: (asked) => factsOfKept(asked, new Map()), teams, runs: [...kept.buckets.values()].map((b) => b.rows) };
  }
  // The facts of the rows sent now (their documents are read here); those of kept runs from the cache when asked for.
  const sentFacts = new Map<string, ChildFacts>();
  const versions = new Set<string>();
  const buckets = new Map<string, { digest: string; rows: TrackerRow[] }>();
  const rows: TrackerRow[] = [];
  for (const bucket of order) {
    const fresh = sent.get(bucket);
    // A bucket PostgreSQL did not send is one whose digest matched the kept one it was sent.
    const bucketRows = fresh ? fresh.map((f) => f.row) : kept?.buckets.get(bucket)?.rows;
    if (!bucketRows || (!fresh && kept?.buckets.get(bucket)?.digest !== digests[bucket])) throw new Error(`The tracker's statement did not send the rows of bucket ${bucket}.`);
    buckets.set(bucket, { digest: digests[bucket], rows: bucketRows });
    rows.push(...bucketRows);
    if (!fresh) {
      for (const row of bucketRows) versions.add(row.version);
      continue;
    }
    for (const { row, document } of fresh) {
      const found = childFactsFromScreen(row.id, row.version, document);
      if (found) {
        sentFacts.set(row.id, found);
        versions.add(row.version);
      }
    }
  }
  keptLists.set(listKey, { buckets, digests: JSON.stringify(digests), rows, versions: `{${[...versions].join(',')}}` });
  return { rows, facts: (asked) => factsOfKept(asked, sentFacts), teams, runs: [...buckets.values()].map((b) => b.rows) };
}

/** The facts of these rows: those read with the statement, else from the loader's cache (those forgotten are left out, for the caller to read afresh). */
function factsOfKept(rows: readonly TrackerRow[], read: ReadonlyMap<string, ChildFacts>): Map<string, ChildFacts> {
  const facts = new Map<string, ChildFacts>();
  for (const row of rows) {
    const found = read.get(row.id) ?? childFactsFromScreen(row.id, row.version, null);
    if (found) facts.set(row.id, found);
  }
  return facts;
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

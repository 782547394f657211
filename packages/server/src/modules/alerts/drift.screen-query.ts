import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { hydrateRaws } from '../../common/plain-rows';
import { positional, runPrepared } from '../../common/screen-query';
import type { ChildFacts } from '../../rules';
import type { ChildEntity } from '../children/child.entity';
import { confirmSession, sessionCtes, type ScreenRequest } from '../children/children.screen-query';
import { childFactsFromScreen, childFactsListJoins, childFactsListSql, keptVersions, lastListOf, rememberListOf } from './child-facts.loader';

/**
 * The drift list's reads in ONE statement (the list's audit rows follow in a second, once the
 * rules have said which children have alerts): the session check (when the process remembers
 * the session), the children the actor reaches (ChildrenService.reachable: the reach stays in
 * policies/child-reach.ts), each child's facts (the document only when its facts_version moved,
 * as loadChildFacts) and the names of their teams and social workers for the filters.
 * The general path reads the same in four statements (AlertsService.drift; test/api/screen-queries.test.ts
 * compares the answers and audit rows).
 */
export interface DriftRead {
  everyone: ChildEntity[];
  /** The facts of every child in `everyone`, but those forgotten between building the statement and reading it. */
  facts: Map<string, ChildFacts>;
  teams: { id: string; name: string }[];
  workers: { id: string; name: string }[];
}

export async function driftScreen(
  dataSource: DataSource,
  userId: string,
  qb: SelectQueryBuilder<ChildEntity>,
  screen: Pick<ScreenRequest, 'session'>,
): Promise<DriftRead> {
  const [knownIds, knownVersions] = keptVersions(lastListOf(userId));
  const params: Record<string, unknown> = { ...qb.getParameters(), driftKnownIds: knownIds, driftKnownVersions: knownVersions };
  const session = sessionCtes(screen, params);
  const sql = `WITH ${session.ctes}q AS (${qb.getQuery()}),
  shown AS (SELECT q.*, row_number() OVER () AS drift_n FROM q WHERE ${session.gate})
  SELECT ss.*, n.*
    FROM (SELECT ${screen.session ? '(SELECT count(*) FROM session_actor)::int AS session_ok, ' : ''}
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name, t.id), '[]') FROM teams t
        WHERE t.id IN (SELECT c_team_id FROM shown)) AS drift_teams,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.first_name || ' ' || u.last_name) ORDER BY u.first_name || ' ' || u.last_name, u.id), '[]') FROM users u
        WHERE u.id IN (SELECT c_social_worker_id FROM shown)) AS drift_workers) ss
    LEFT JOIN (SELECT shown.*, ${childFactsListSql('kn.version')} AS drift_facts
      FROM shown ${childFactsListJoins('shown.c_id')}
      LEFT JOIN unnest(:driftKnownIds::uuid[], :driftKnownVersions::bigint[]) AS kn(id, version) ON kn.id = shown.c_id) n ON TRUE
   ORDER BY n.drift_n`;
  const [text, values] = positional(dataSource, sql, params);
  const raw = await runPrepared<Record<string, unknown>>(dataSource, text, values);
  confirmSession(screen, raw[0]);
  const head = raw[0];
  const rows = raw.filter((r) => r.c_id != null);
  const everyone = hydrateRaws(qb, rows);
  const facts = new Map<string, ChildFacts>();
  for (const row of rows) {
    const { version, facts: document } = row.drift_facts as { version: string; facts: string | null };
    const found = childFactsFromScreen(row.c_id as string, version, document);
    if (found) facts.set(row.c_id as string, found);
  }
  rememberListOf(userId, everyone.map((c) => c.id));
  return {
    everyone,
    facts,
    teams: (head?.drift_teams as DriftRead['teams'] | undefined) ?? [],
    workers: (head?.drift_workers as DriftRead['workers'] | undefined) ?? [],
  };
}

import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { assertId } from '../../common/validation';
import {
  ALERT_NAMES,
  alertsForChild,
  compareAlerts,
  measuresForChild,
  suggestionsForChild,
  whoMayApply,
  type WhoMayApply,
  URGENCIES,
  type Alert,
  type ChildFacts,
  type ChildMeasures,
  type PolicyProfile,
  type Suggestion,
} from '../../rules';
import { registerLoader, type Loaders } from '../../loaders';
import { getManyPlain } from '../../common/plain-rows';
import { listReadEntries, writeAudit } from '../audit/audit.service';
import type { ChildrenService } from '../children/children.service';
import type { PolicyService } from '../policy/policy.service';
import { childFactsFromScreen, childFactsScreenSql, keptVersions, loadChildFacts } from './child-facts.loader';
import { registerScreenPart } from '../../common/screen-query';
import type { ScreenRequest } from '../children/children.screen-query';
import { driftScreen } from './drift.screen-query';
import type { AlertType, DriftEntryType, DriftFilter, DriftListType } from './alerts.type';
import { networkPeopleOf } from '../network/network.queries';

interface RulesResults {
  today: string;
  profile: PolicyProfile[] | null;
  alerts?: Alert[];
  suggestions?: Suggestion[];
  measures?: ChildMeasures;
}

/**
 * The statutory rules applied to live records: per-child alerts, suggestions
 * and measures through per-request loaders, and the drift list for a
 * caseload, a team or the council.
 */
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
    private readonly children: ChildrenService,
  ) {}

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** The rules' facts for children the caller already reached (ids come from reach-scoped queries). */
  facts(childIds: readonly string[]): Promise<Map<string, ChildFacts>> {
    return loadChildFacts(this.dataSource, childIds);
  }

  profile(councilId: string): Promise<PolicyProfile[]> {
    return this.policy.versions(councilId);
  }

  /**
   * The rules' results for one child, worked out once per day while the facts
   * and the policy are unchanged: the facts loader hands back the same
   * (frozen) object for an unchanged child, so this memo needs no invalidation.
   */
  private readonly results = new WeakMap<ChildFacts, RulesResults>();

  private resultsFor(facts: ChildFacts, profile: PolicyProfile[] | null): RulesResults {
    const today = this.today();
    let results = this.results.get(facts);
    if (!results || results.today !== today || (profile && results.profile !== profile)) {
      results = { today, profile: profile ?? results?.profile ?? null };
      this.results.set(facts, results);
    }
    return results;
  }

  alertsFor(facts: ChildFacts, profile: PolicyProfile[]): Alert[] {
    const results = this.resultsFor(facts, profile);
    results.alerts ??= alertsForChild(facts, profile, results.today);
    return [...results.alerts];
  }

  /** With the family network, for one child: carers still being assessed keep the kinship options open. Not memoised (the network is not in the facts). */
  async suggestionsWithNetwork(childId: string, facts: ChildFacts, profile: PolicyProfile[]): Promise<Suggestion[]> {
    const network = await networkPeopleOf(this.dataSource.manager, childId);
    if (network.length === 0) return this.suggestionsFor(facts, profile);
    return suggestionsForChild(facts, profile, this.today(), network);
  }

  /** Decision support: who in the family network (and which carers) may apply for each order today. */
  async whoMayApply(childId: string, facts: ChildFacts): Promise<WhoMayApply[]> {
    return whoMayApply(facts, await networkPeopleOf(this.dataSource.manager, childId), this.today());
  }

  suggestionsFor(facts: ChildFacts, profile: PolicyProfile[]): Suggestion[] {
    const results = this.resultsFor(facts, profile);
    results.suggestions ??= suggestionsForChild(facts, profile, results.today);
    return [...results.suggestions];
  }

  measuresFor(facts: ChildFacts): ChildMeasures {
    const results = this.resultsFor(facts, null);
    results.measures ??= measuresForChild(facts, results.today);
    return { ...results.measures };
  }

  /** The children the actor reaches (still looked after) that have this alert today. */
  async childIdsWithAlert(actor: Actor, code: Alert['code']): Promise<string[]> {
    const rows = await this.children.reachable(actor).andWhere('c.date_ceased_looked_after IS NULL').select('c.id', 'id').getRawMany<{ id: string }>();
    const [facts, profile] = await Promise.all([this.facts(rows.map((r) => r.id)), this.profile(actor.councilId)]);
    return rows.map((r) => r.id).filter((id) => this.alertsFor(facts.get(id)!, profile).some((a) => a.code === code));
  }

  /**
   * Children the actor reaches that have at least one alert, the most urgent
   * first (then the most days overdue). A head of service may narrow it to a team.
   */
  async driftList(actor: Actor, teamId: string | undefined, first: number, ip: string | null, screen?: Pick<ScreenRequest, 'session'>): Promise<DriftEntryType[]> {
    return (await this.drift(actor, { teamId }, first, ip, screen)).entries;
  }

  /**
   * The drift list filtered by alert type, urgency, team and social worker,
   * with each alert type's count and the teams and workers to filter by. An
   * alert or urgency filter keeps only the matching alerts on each row.
   */
  async drift(actor: Actor, filter: DriftFilter, first: number, ip: string | null, screen?: Pick<ScreenRequest, 'session'>): Promise<DriftListType> {
    const teamId = filter.teamId ? assertId(filter.teamId, 'Team') : undefined;
    const workerId = filter.workerId ? assertId(filter.workerId, 'Person') : undefined;
    // Ordered, so children whose most urgent alerts tie keep one order on either path.
    const qb = this.children.reachable(actor).andWhere('c.date_ceased_looked_after IS NULL').orderBy('c.id');
    // With screen queries on: the session check, the children, their facts and the filters' names in one statement (drift.screen-query.ts).
    const read = screen ? await driftScreen(this.dataSource, actor.userId, qb, screen) : null;
    const everyone = read ? read.everyone : await getManyPlain(qb.clone());
    const rows = everyone.filter((c) => (!teamId || c.teamId === teamId) && (!workerId || c.socialWorkerId === workerId));
    const [facts, profile] = await Promise.all([this.factsOf(rows.map((c) => c.id), read?.facts), this.profile(actor.councilId)]);
    const withAlerts = rows.map((child) => ({ child, alerts: this.alertsFor(facts.get(child.id)!, profile).sort(compareAlerts) })).filter((e) => e.alerts.length > 0);
    const counts = new Map<Alert['code'], number>();
    for (const e of withAlerts) for (const code of new Set(e.alerts.map((a) => a.code))) counts.set(code, (counts.get(code) ?? 0) + 1);
    if (filter.alert && !counts.has(filter.alert)) counts.set(filter.alert, 0);
    const matching = withAlerts
      .map((e) => ({ child: e.child, alerts: e.alerts.filter((a) => (!filter.alert || a.code === filter.alert) && (!filter.urgency || a.urgency === filter.urgency)) }))
      .filter((e) => e.alerts.length > 0)
      .sort((a, b) => compareAlerts(a.alerts[0], b.alerts[0]));
    const entries = matching.slice(0, first);
    await writeAudit(this.dataSource.manager, actor, ip, listReadEntries('driftList', entries.map((e) => e.child.id)));
    const [teams, workers] = read
      ? [read.teams, read.workers]
      : await Promise.all([this.names('teams', 'name', everyone.map((c) => c.teamId)), this.names('users', "first_name || ' ' || last_name", everyone.map((c) => c.socialWorkerId))]);
    return {
      entries: entries.map((e) => ({ child: this.children.present(e.child), alerts: e.alerts.map(presentAlert), topUrgency: e.alerts[0].urgency })),
      totalCount: matching.length,
      childrenReached: rows.length,
      alertCounts: [...counts]
        .map(([code, children]) => ({ code, title: ALERT_NAMES[code], children }))
        .sort((a, b) => b.children - a.children || a.title.localeCompare(b.title)),
      teams: teams.map((t) => ({ id: t.id, name: t.name })),
      workers: workers.map((w) => ({ id: w.id, displayName: w.name })),
    };
  }

  /** The facts of these children: those a screen statement read, and any it did not (forgotten meanwhile) read now. */
  private async factsOf(ids: string[], read: Map<string, ChildFacts> | undefined): Promise<Map<string, ChildFacts>> {
    if (!read) return this.facts(ids);
    const missing = ids.filter((id) => !read.has(id));
    if (missing.length === 0) return read;
    const more = await this.facts(missing);
    return new Map([...read, ...more]);
  }

  /** Names of the teams or workers of children already reached (ids from a reach-scoped query), A to Z. */
  private async names(table: 'teams' | 'users', name: string, ids: readonly (string | null)[]): Promise<{ id: string; name: string }[]> {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    if (unique.length === 0) return [];
    return this.dataSource.query(`SELECT id, ${name} AS name FROM ${table} WHERE id = ANY($1::uuid[]) ORDER BY 2, 1`, [unique]);
  }
}

export function presentAlert(alert: Alert): AlertType {
  return {
    code: alert.code,
    urgency: alert.urgency,
    title: alert.title,
    detail: alert.detail,
    evidence: alert.evidence,
    dueDate: alert.dueDate,
    daysOverdue: alert.daysOverdue,
    source: alert.source,
    criteria: (alert.criteria ?? []).map((c) => ({ criterion: c.criterion, evidence: c.evidence, source: c.source })),
  };
}

export const URGENCY_ORDER = URGENCIES;

/** Per request: one facts query batch for every child asked about, and the council's profile once. */
export const childFactsLoader = registerLoader('childFacts', (services) =>
  new DataLoader<string, ChildFacts | null>(async (ids) => {
    const facts = await services.alerts.facts(ids);
    return ids.map((id) => facts.get(id) ?? null);
  }),
);

/** Children each person looked at lately (bounded), whose kept facts a screen statement can skip sending again. */
const SEEN_PER_PERSON = 500;
const lastSeen = new Map<string, Set<string>>();

/** The facts inside a screen's one statement: the document only for children whose facts_version moved. */
registerScreenPart({
  name: 'childFacts',
  fields: ['alerts', 'measures', 'suggestions'],
  sql(actor, params) {
    const ids = new Set<string>([...((params.screenChildIds as string[] | undefined) ?? []), ...(lastSeen.get(actor.userId) ?? [])]);
    const [knownIds, knownVersions] = keptVersions(ids);
    params.factsKnownIds = knownIds;
    params.factsKnownVersions = knownVersions;
    return childFactsScreenSql('factsKnownIds', 'factsKnownVersions');
  },
  prime(loaders, child, value, { actor }) {
    const { version, facts } = value as { version: string; facts: string | null };
    const found = childFactsFromScreen(child.id, version, facts);
    if (found) loaders.get('childFacts').prime(child.id, found);
    let seen = lastSeen.get(actor.userId);
    if (!seen) {
      if (lastSeen.size >= 10_000) lastSeen.delete(lastSeen.keys().next().value as string);
      lastSeen.set(actor.userId, (seen = new Set()));
    }
    seen.delete(child.id);
    seen.add(child.id);
    if (seen.size > SEEN_PER_PERSON) seen.delete(seen.values().next().value as string);
  },
});

export const policyLoader = registerLoader('policyProfile', (services) =>
  new DataLoader<string, PolicyProfile[]>(async (councilIds) => Promise.all(councilIds.map((id) => services.policy.versions(id)))),
);

export async function factsAndProfile(loaders: Loaders, childId: string, councilId: string): Promise<[ChildFacts | null, PolicyProfile[]]> {
  return Promise.all([childFactsLoader(loaders).load(childId), policyLoader(loaders).load(councilId)]);
}

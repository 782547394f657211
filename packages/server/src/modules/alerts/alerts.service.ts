import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { assertId } from '../../common/validation';
import {
  alertsForChild,
  compareAlerts,
  measuresForChild,
  suggestionsForChild,
  URGENCIES,
  type Alert,
  type ChildFacts,
  type ChildMeasures,
  type PolicyProfile,
  type Suggestion,
} from '../../rules';
import { registerLoader, type Loaders } from '../../loaders';
import { getManyPlain } from '../../common/plain-rows';
import { writeAudit } from '../audit/audit.service';
import type { ChildrenService } from '../children/children.service';
import type { PolicyService } from '../policy/policy.service';
import { loadChildFacts } from './child-facts.loader';
import type { AlertType, DriftEntryType } from './alerts.type';

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
  async driftList(actor: Actor, teamId: string | undefined, first: number, ip: string | null): Promise<DriftEntryType[]> {
    const qb = this.children.reachable(actor);
    if (teamId) qb.andWhere('c.team_id = :teamId', { teamId: assertId(teamId, 'Team') });
    qb.andWhere('c.date_ceased_looked_after IS NULL');
    const rows = await getManyPlain(qb);
    const [facts, profile] = await Promise.all([this.facts(rows.map((c) => c.id)), this.profile(actor.councilId)]);
    const entries = rows
      .map((child) => {
        const alerts = this.alertsFor(facts.get(child.id)!, profile).sort(compareAlerts);
        return { child, alerts };
      })
      .filter((e) => e.alerts.length > 0)
      .sort((a, b) => compareAlerts(a.alerts[0], b.alerts[0]))
      .slice(0, first);
    await writeAudit(
      this.dataSource.manager,
      actor,
      ip,
      entries.map((e) => ({ action: 'READ', childId: e.child.id, recordType: 'Child', recordId: e.child.id, parts: ['driftList'] })),
    );
    return entries.map((e) => ({
      child: this.children.present(e.child),
      alerts: e.alerts.map(presentAlert),
      topUrgency: e.alerts[0].urgency,
    }));
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

export const policyLoader = registerLoader('policyProfile', (services) =>
  new DataLoader<string, PolicyProfile[]>(async (councilIds) => Promise.all(councilIds.map((id) => services.policy.versions(id)))),
);

export async function factsAndProfile(loaders: Loaders, childId: string, councilId: string): Promise<[ChildFacts | null, PolicyProfile[]]> {
  return Promise.all([childFactsLoader(loaders).load(childId), policyLoader(loaders).load(councilId)]);
}

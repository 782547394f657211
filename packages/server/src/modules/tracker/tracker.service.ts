import type { DataSource } from 'typeorm';
import type { PlanOption } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { childReach, childReachPositional } from '../../policies/child-reach';
import { collectionYear, collectionYearOf } from '../../ssda903/ssda903.record';
import { exportFor, type Ssda903Export } from '../../ssda903/ssda903.export';
import { loadSsda903Children } from '../../ssda903/ssda903.loader';
import { annexAList8, list8From, type AnnexAList8Row } from '../../inspection/annex-a-list-8';
import { validateChild, type Ssda903Issue } from '../../ssda903/ssda903.validation';
import { listReadEntries, writeAudit } from '../audit/audit.service';
import { loadChildFacts } from '../alerts/child-facts.loader';
import type { ScreenRequest } from '../children/children.screen-query';
import { trackerReachOnPrimary, trackerScreen, withinReach, type TrackerRead, type TrackerRow } from './tracker.screen-query';
import type { ReportingReads } from '../../database/reporting-reads';
import type { PolicyService } from '../policy/policy.service';
import { trackerFigures, type TrackerFigures } from './tracker-row';
import { addDays, type ChildFacts, type PolicyProfile } from '../../rules';
import { TrackerViews } from './tracker-view';
import {
  positionOf,
  sortLines,
  TRACKER_SORT_FIELDS,
  type TrackerCharts,
  type TrackerFilterSpec,
  type TrackerGroupBy,
  type TrackerLine,
  type TrackerPosition,
  type TrackerSortField,
  type TrackerTotals,
} from './tracker-query';
import { annualIndicators, periodProblem, quarterlyCounts, type Indicator, type Period, type PlacementTypeCount } from './reports';

export interface TrackerResult {
  lines: TrackerLine[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  groups: TrackerTotals[];
  totals: TrackerTotals;
  charts: TrackerCharts;
  teams: { id: string; name: string }[];
}

export type OverTimeInterval = 'MONTH' | 'QUARTER';

/** Children looked after at the end of one month or quarter (clipped to the period asked for). */
export interface LookedAfterPoint {
  periodStart: string;
  periodEnd: string;
  lookedAfter: number;
  started: number;
  ceased: number;
}

/** The cursor names the last line of the page by its sort position (keyset), and the order it was taken in. */
interface TrackerCursor extends TrackerPosition {
  sort: TrackerSortField;
  descending: boolean;
}

function encodeTrackerCursor(c: TrackerCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.descending, c.key, c.name, c.childId])).toString('base64url');
}

function decodeTrackerCursor(cursor: string, sort: TrackerSortField, descending: boolean): TrackerPosition {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 5) {
      const [f, d, key, name, childId] = v as unknown[];
      const keyOk = key === null || typeof key === 'string' || (typeof key === 'number' && Number.isFinite(key));
      if ((TRACKER_SORT_FIELDS as readonly unknown[]).includes(f) && typeof d === 'boolean' && keyOk && typeof name === 'string' && typeof childId === 'string') {
        if (f !== sort || d !== descending) throw badInput('The cursor belongs to another sort order: start again from the first page.', 'after');
        return { key: key as string | number | null, name, childId };
      }
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  throw badInput('The cursor is not one this server gave out.', 'after');
}

export interface QuarterlyReport {
  period: Period;
  lookedAfter: number;
  started: number;
  ceased: number;
  byPlacementType: PlacementTypeCount[];
  children: TrackerLine[];
}

type Row = Record<string, unknown>;
const MAX_TRACKER_PAGE = 500;

/**
 * The permanence tracker, the quarterly and annual reports and the SSDA903
 * return over the children the actor reaches (reach in SQL), each read audited.
 *
 * With a replica (database/reporting-reads.ts) their heavy reads (the children's
 * facts, the return's records) may run there; who the actor is, which children
 * they reach and every audit row are always decided and written on the primary,
 * so a lagging replica can show older figures, never more children.
 */
export class TrackerService {
  private readonly dataSource: DataSource;

  constructor(
    private readonly reads: ReportingReads,
    private readonly clock: Clock,
    private readonly policy: PolicyService,
  ) {
    this.dataSource = reads.primary;
  }

  today(): string {
    return isoDateInLondon(this.clock.now());
  }

  /** Reachable children looked after at some time up to `to` and not ceased before `from`; optionally one team. */
  private async reachableIds(actor: Actor, from: string, to: string, teamId?: string | null): Promise<Row[]> {
    return this.reachableIdsQuery(actor, from, to, teamId).getRawMany();
  }

  /** reachableIds' query (for a screen statement to embed). */
  private reachableIdsQuery(actor: Actor, from: string, to: string, teamId?: string | null) {
    const reach = childReach(actor, 'c');
    const qb = this.dataSource
      .createQueryBuilder()
      .select(['c.id AS id', 'c.local_id AS local_id', 'c.team_id AS team_id', 't.name AS team_name'])
      .addSelect(`coalesce(c.preferred_name, c.legal_first_name) || ' ' || c.legal_last_name`, 'name')
      .from('children', 'c')
      .innerJoin('teams', 't', 't.id = c.team_id')
      .where(reach.sql, reach.params)
      .andWhere('c.date_looked_after IS NOT NULL AND c.date_looked_after <= :to', { to })
      .andWhere('(c.date_ceased_looked_after IS NULL OR c.date_ceased_looked_after > :from)', { from });
    if (teamId) qb.andWhere('c.team_id = :teamId', { teamId });
    return qb.orderBy('c.id');
  }

  /** The teams of the children the actor reaches who are looked after on `day`. */
  private async reachableTeams(actor: Actor, day: string): Promise<{ id: string; name: string }[]> {
    const rows: Row[] = await this.reachableTeamsQuery(actor, day).getRawMany();
    return rows.map((r) => ({ id: String(r.id), name: String(r.name) }));
  }

  /** reachableTeams' query (for a screen statement to embed). */
  private reachableTeamsQuery(actor: Actor, day: string) {
    const reach = childReach(actor, 'c');
    return this.dataSource
      .createQueryBuilder()
      .select(['t.id AS id', 't.name AS name'])
      .distinct(true)
      .from('children', 'c')
      .innerJoin('teams', 't', 't.id = c.team_id')
      .where(reach.sql, reach.params)
      .andWhere('c.date_looked_after <= :day AND (c.date_ceased_looked_after IS NULL OR c.date_ceased_looked_after > :day)', { day })
      .orderBy('t.name');
  }

  /** A team the actor may report on: any team of their council for a head of service, their own for a team manager. */
  private async checkTeam(actor: Actor, teamId: string | null | undefined): Promise<string | null> {
    if (!teamId) return actor.role === 'TEAM_MANAGER' ? actor.teamId : null;
    const id = assertId(teamId, 'Team');
    const [team] = await this.dataSource.query(`SELECT id FROM teams WHERE id = $1 AND council_id = $2`, [id, actor.councilId]);
    if (!team || (actor.role === 'TEAM_MANAGER' && actor.teamId !== id)) throw notFound('Team');
    return id;
  }

  private async lines(actor: Actor, rows: Row[], asOf: string, read?: Map<string, ChildFacts>): Promise<TrackerLine[]> {
    const ids = rows.map((r) => String(r.id));
    const [facts, profile] = await Promise.all([this.reads.run(actor.userId, (ds) => factsOf(ds, ids, read)), this.policy.versions(actor.councilId)]);
    return rows.map((r) => {
      const id = String(r.id);
      return this.line(facts.get(id)!, samePolicy(profile), asOf, r);
    });
  }

  /**
   * The screen statement's lines, kept per rows array: tracker.screen-query.ts hands back the very same array while
   * PostgreSQL confirms the list unchanged (the same children, rows and facts versions), so on the same day under the
   * same policy the lines are the ones worked out last time, without looking up each child's facts and line again.
   */
  private readonly linesOfList = new WeakMap<readonly TrackerRow[], { asOf: string; profile: PolicyProfile[]; lines: TrackerLine[] }>();

  private async screenLines(actor: Actor, read: TrackerRead, asOf: string): Promise<TrackerLine[]> {
    const profile = samePolicy(await this.policy.versions(actor.councilId));
    const keptLines = (rows: readonly TrackerRow[]) => {
      const kept = this.linesOfList.get(rows);
      return kept && kept.asOf === asOf && kept.profile === profile ? kept.lines : undefined;
    };
    const whole = keptLines(read.rows);
    if (whole) return whole;
    // The same per run of the list (tracker.screen-query.ts): one child changed, its run's lines alone are looked up again.
    const runs = read.runs ?? [read.rows];
    const missing = runs.filter((run) => !keptLines(run)).flat();
    const facts = missing.length === 0 ? new Map<string, ChildFacts>() : await this.reads.run(actor.userId, (ds) => factsOf(ds, missing.map((r) => r.id), read.facts(missing)));
    const lines = runs.flatMap((run) => {
      let found = keptLines(run);
      if (!found) this.linesOfList.set(run, { asOf, profile, lines: (found = run.map((r) => this.line(facts.get(r.id)!, profile, asOf, r))) });
      return found;
    });
    this.linesOfList.set(read.rows, { asOf, profile, lines });
    return lines;
  }

  /** The sorted lines, totals, groups and charts per set of kept lines (tracker-view.ts). */
  private readonly views = new TrackerViews();

  /**
   * A child's figures, worked out once per day while the child's facts and the
   * policy are unchanged (the facts loader returns the same object for an
   * unchanged child): a council's tracker re-works only the children whose
   * records changed. Beside them the child's line: the same (frozen) object
   * while the row (name, case number, team) is unchanged too, so TrackerViews
   * can tell an unchanged set of children by the identity of its lines.
   */
  private readonly remembered = new WeakMap<ChildFacts, { asOf: string; profile: PolicyProfile[]; figures: TrackerFigures; line?: TrackerLine }>();

  private line(facts: ChildFacts, profile: PolicyProfile[], asOf: string, r: Row): TrackerLine {
    let known = this.remembered.get(facts);
    if (!known || known.asOf !== asOf || known.profile !== profile) {
      known = { asOf, profile, figures: Object.freeze(trackerFigures(facts, profile, asOf, facts.currentPlanOutcomes ?? [])) };
      this.remembered.set(facts, known);
    }
    const { name, local_id: localId, team_id: teamId, team_name: teamName } = r as Record<'name' | 'local_id' | 'team_id' | 'team_name', string>;
    const kept = known.line;
    if (kept && kept.name === name && kept.localId === localId && kept.teamId === teamId && kept.teamName === teamName) return kept;
    return (known.line = Object.freeze({ ...known.figures, name: String(name), localId: String(localId), teamId: String(teamId), teamName: String(teamName) }));
  }

  private audit(actor: Actor, ip: string | null, childIds: string[], part: string): Promise<void> {
    return writeAudit(this.dataSource.manager, actor, ip, childIds.map((id) => ({ action: 'READ', childId: id, recordType: 'Child', recordId: id, parts: [part] })));
  }

  /**
   * Every child looked after today that the actor reaches, filtered, sorted and
   * grouped, one page at a time (keyset cursor: a child added or leaving between
   * pages neither repeats nor skips a line). `first` null: every line (exports).
   * Totals, groups and charts are over every matching line, not the page.
   */
  async tracker(
    actor: Actor,
    options: { filter?: TrackerFilterSpec; sort?: TrackerSortField; descending?: boolean; groupBy?: TrackerGroupBy; first?: number | null; after?: string | null },
    ip: string | null,
    part = 'tracker',
    screen?: Pick<ScreenRequest, 'session'>,
  ): Promise<TrackerResult> {
    const today = this.today();
    if (options.filter?.teamId) assertId(options.filter.teamId, 'Team');
    const sort = options.sort ?? 'NAME';
    const descending = options.descending ?? false;
    const first = options.first ?? null;
    if (first !== null && (!Number.isInteger(first) || first < 1 || first > MAX_TRACKER_PAGE)) throw badInput(`first must be between 1 and ${MAX_TRACKER_PAGE}.`, 'first');
    const after = options.after ? decodeTrackerCursor(options.after, sort, descending) : null;
    // With screen queries on: the session check, the rows, their facts and the teams in one statement (tracker.screen-query.ts).
    const read = screen ? await this.trackerRead(actor, today, options.filter?.teamId, screen) : null;
    const [rows, teams] = read
      ? [read.rows, read.teams]
      : await Promise.all([this.reachableIds(actor, today, today, options.filter?.teamId), this.reachableTeams(actor, today)]);
    // Sorted, totalled and charted once per set of unchanged lines (tracker-view.ts).
    const lines = read ? await this.screenLines(actor, read, today) : await this.lines(actor, rows, today);
    const view = this.views.view(actor.councilId, lines, options.filter, sort, descending);
    const all = view.all;
    const from = after ? view.startAfter(after) : 0;
    const page = first === null ? all.slice(from) : all.slice(from, from + first);
    const last = page.at(-1);
    // A page of the tracker is a list read: summarised in the trail, each child kept for the record.
    await writeAudit(this.dataSource.manager, actor, ip, listReadEntries(part === 'trackerExport' ? 'trackerExport' : 'tracker', page.map((l) => l.childId)));
    return {
      lines: page,
      totalCount: all.length,
      hasNextPage: from + page.length < all.length,
      endCursor: last ? encodeTrackerCursor({ ...positionOf(last, sort), sort, descending }) : null,
      groups: options.groupBy ? [...view.groups(options.groupBy)] : [],
      totals: view.totals,
      charts: view.charts,
      teams,
    };
  }

  /**
   * The tracker's screen statement: on the primary, or on the replica once the primary has checked the session
   * (a revoked session or a disabled person is refused however far the replica lags) and said which children
   * the actor reaches now (a child just taken out of their reach is not shown from an older replica).
   */
  private async trackerRead(actor: Actor, today: string, teamId: string | null | undefined, screen: Pick<ScreenRequest, 'session'>): Promise<TrackerRead> {
    const rowsQuery = this.reachableIdsQuery(actor, today, today, teamId);
    const teamsQuery = this.reachableTeamsQuery(actor, today);
    // The person's last list for this team filter, kept to be confirmed unchanged by the next statement (tracker.screen-query.ts).
    const listKey = `${actor.userId}\u0000${teamId ?? ''}`;
    if (!this.reads.usesReplica(actor.userId)) return this.reads.onPrimary((ds) => trackerScreen(ds, listKey, rowsQuery, teamsQuery, screen));
    const reach = await trackerReachOnPrimary(this.dataSource, rowsQuery, teamsQuery, screen);
    const read = await this.reads.run(actor.userId, (ds) => trackerScreen(ds, listKey, rowsQuery, teamsQuery, {}));
    return withinReach(read, reach);
  }

  /**
   * Children looked after at the end of each month or quarter from `from` to
   * `to` (periods clipped to those dates), with the starts and ends in each:
   * counted in SQL over the children the actor reaches, from each child's
   * period of care (the dates its episodes run between). Counts only: no child
   * is named, so nothing is audited.
   */
  async lookedAfterOverTime(actor: Actor, period: Period, interval: OverTimeInterval, teamId: string | null | undefined): Promise<LookedAfterPoint[]> {
    this.checkPeriod(period);
    if (interval !== 'MONTH' && interval !== 'QUARTER') throw badInput('interval must be MONTH or QUARTER.', 'interval');
    const team = teamId ? assertId(teamId, 'Team') : null;
    const reach = childReachPositional(actor, 'c', 4);
    const step = interval === 'MONTH' ? '1 month' : '3 months';
    const teamParam = `$${5 + reach.values.length}`;
    // Counts only, with reach in the same statement: on the replica when it is recent enough (no child is named).
    const rows: Row[] = await this.reads.run(actor.userId, (ds) => ds.query(
      `WITH buckets AS (
         SELECT greatest(b::date, $1::date) AS period_start, least((b + $3::interval - interval '1 day')::date, $2::date) AS period_end
           FROM generate_series(date_trunc($4, $1::date::timestamp), $2::date::timestamp, $3::interval) AS b
       )
       SELECT k.period_start::text, k.period_end::text,
              count(c.id) FILTER (WHERE c.date_looked_after <= k.period_end AND (c.date_ceased_looked_after IS NULL OR c.date_ceased_looked_after > k.period_end))::int AS looked_after,
              count(c.id) FILTER (WHERE c.date_looked_after BETWEEN k.period_start AND k.period_end)::int AS started,
              count(c.id) FILTER (WHERE c.date_ceased_looked_after BETWEEN k.period_start AND k.period_end)::int AS ceased
         FROM buckets k
         LEFT JOIN children c ON ${reach.sql} AND c.date_looked_after IS NOT NULL AND (${teamParam}::uuid IS NULL OR c.team_id = ${teamParam}::uuid)
        GROUP BY k.period_start, k.period_end
        ORDER BY k.period_start`,
      [period.from, period.to, step, interval === 'MONTH' ? 'month' : 'quarter', ...reach.values, team],
    ));
    return rows.map((r) => ({ periodStart: String(r.period_start), periodEnd: String(r.period_end), lookedAfter: Number(r.looked_after), started: Number(r.started), ceased: Number(r.ceased) }));
  }

  private checkPeriod(period: Period): void {
    const problem = periodProblem(period, this.today());
    if (problem) throw badInput(problem.message, problem.field);
  }

  async quarterly(actor: Actor, period: Period, teamId: string | null | undefined, ip: string | null): Promise<QuarterlyReport> {
    this.checkPeriod(period);
    const team = await this.checkTeam(actor, teamId);
    // Reach on the primary; the children's facts where reporting reads go.
    const rows = await this.reachableIds(actor, period.from, period.to, team);
    const facts = await this.reads.run(actor.userId, (ds) => loadChildFacts(ds, rows.map((r) => String(r.id))));
    const counts = quarterlyCounts([...facts.values()], period);
    const asOf = period.to < this.today() ? period.to : this.today();
    const lookedAfter = new Set(counts.lookedAfter.map((f) => f.id));
    const children = sortLines(await this.lines(actor, rows.filter((r) => lookedAfter.has(String(r.id))), asOf, facts), 'NAME');
    await this.audit(actor, ip, children.map((c) => c.childId), 'quarterlyReport');
    return { period, lookedAfter: counts.lookedAfter.length, started: counts.started, ceased: counts.ceased, byPlacementType: counts.byPlacementType, children };
  }

  async annual(actor: Actor, period: Period, teamId: string | null | undefined, ip: string | null): Promise<Indicator[]> {
    this.checkPeriod(period);
    const team = await this.checkTeam(actor, teamId);
    const rows = await this.reachableIds(actor, period.from, period.to, team);
    const facts = await this.reads.run(actor.userId, (ds) => loadChildFacts(ds, rows.map((r) => String(r.id))));
    const indicators = annualIndicators([...facts.values()], period);
    await this.audit(actor, ip, [...new Set(indicators.flatMap((i) => i.childIds))], 'annualIndicators');
    return indicators;
  }

  /** The council's return for a collection year (head of service), validated. */
  async ssda903(actor: Actor, year: number, ip: string | null, part: string): Promise<Ssda903Export> {
    if (!Number.isInteger(year) || year < 2000 || year > Number(this.today().slice(0, 4)) + 1) throw badInput('year must be a collection year from 2000 to next year.', 'year');
    const y = collectionYear(year);
    const rows = await this.reachableIds(actor, y.start, y.end);
    const records = await this.reads.run(actor.userId, (ds) => loadSsda903Children(ds, rows.map((r) => String(r.id))));
    const ret = exportFor(records, y, this.today());
    await this.audit(actor, ip, ret.children.map((c) => c.id), part);
    return ret;
  }

  /**
   * Ofsted's Annex A List 8 on today's date: the children in care the actor
   * reaches, and those who left care in the last six months. Each child's
   * read is audited, as for the return.
   */
  async annexAList8(actor: Actor, ip: string | null): Promise<{ referenceDate: string; rows: AnnexAList8Row[] }> {
    const today = this.today();
    const reached = await this.reachableIds(actor, addDays(list8From(today), -1), today);
    const ids = reached.map((r) => String(r.id));
    // What the return's record lacks: team, worker, disability and the latest plan's option (as the tracker takes it).
    const [records, people, placements] = await this.reads.run(actor.userId, (ds) => Promise.all([
      loadSsda903Children(ds, ids),
      ds.query(
        `SELECT c.id, c.disability, t.name AS team_name, nullif(concat_ws(' ', u.first_name, u.last_name), '') AS worker,
                (SELECT p.primary_option FROM plans p WHERE p.child_id = c.id ORDER BY p.plan_number DESC LIMIT 1) AS plan_option
           FROM children c JOIN teams t ON t.id = c.team_id LEFT JOIN users u ON u.id = c.social_worker_id WHERE c.id = ANY($1)`,
        [ids],
      ) as Promise<{ id: string; disability: string | null; team_name: string; worker: string | null; plan_option: PlanOption | null }[]>,
      ds.query(`SELECT id, in_area FROM placements WHERE child_id = ANY($1)`, [ids]) as Promise<{ id: string; in_area: boolean }[]>,
    ]));
    const person = new Map(people.map((p) => [p.id, p]));
    const inArea = new Map(placements.map((p) => [p.id, p.in_area]));
    const rows = annexAList8(
      records.map((record) => ({
        record,
        teamName: person.get(record.id)?.team_name ?? '',
        workerName: person.get(record.id)?.worker ?? null,
        disability: person.get(record.id)?.disability ?? null,
        inArea,
        planOption: person.get(record.id)?.plan_option ?? null,
      })),
      today,
    );
    const listed = new Set(rows.map((r) => r['Child Unique ID']));
    await this.audit(actor, ip, records.filter((r) => listed.has(r.localId)).map((r) => r.id), 'annexAList8');
    return { referenceDate: today, rows };
  }

  /** The return's rules on one child's current period of care (the child was already authorized). */
  async issuesFor(childIds: readonly string[]): Promise<Map<string, Ssda903Issue[]>> {
    const children = await loadSsda903Children(this.dataSource, childIds);
    const year = collectionYearOf(this.today());
    return new Map(children.map((c) => [c.id, validateChild(c, undefined, year)]));
  }
}

/** The facts of these children: those a screen statement read, and any it did not (forgotten meanwhile) read now. */
async function factsOf(dataSource: DataSource, ids: string[], read: Map<string, ChildFacts> | undefined): Promise<Map<string, ChildFacts>> {
  if (!read) return loadChildFacts(dataSource, ids);
  const missing = ids.filter((id) => !read.has(id));
  if (missing.length === 0) return read;
  return new Map([...read, ...(await loadChildFacts(dataSource, missing))]);
}

/**
 * The council's policy versions as one object while their content is unchanged: PolicyService reads them
 * afresh every policyCacheSeconds, and a new but equal array would otherwise make every child's figures
 * (remembered per policy object) be worked out again. A changed policy gives a new object, so new figures.
 */
const policyByContent = new Map<string, PolicyProfile[]>();
const samePolicyOf = new WeakMap<PolicyProfile[], PolicyProfile[]>();
const MAX_POLICIES = 256;

/** The last pair looked up: every child of a request asks with the same array. */
let lastPolicy: [PolicyProfile[], PolicyProfile[]] | null = null;

function samePolicy(profile: PolicyProfile[]): PolicyProfile[] {
  if (lastPolicy?.[0] === profile) return lastPolicy[1];
  let same = samePolicyOf.get(profile);
  if (!same) {
    const text = JSON.stringify(profile);
    same = policyByContent.get(text);
    if (!same) {
      if (policyByContent.size >= MAX_POLICIES) policyByContent.delete(policyByContent.keys().next().value as string);
      policyByContent.set(text, (same = profile));
    }
    samePolicyOf.set(profile, same);
  }
  lastPolicy = [profile, same];
  return same;
}

import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import { CHILD_RECORD_READERS, REPORT_READERS, RESERVED_APPROVERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { registerLoader } from '../../loaders';
import { withScreenSession } from '../children/children.screen-query';
import type { Ssda903Issue } from '../../ssda903/ssda903.validation';
import { ssda903FileNamesFor } from '../../ssda903/ssda903.return';
import { ChildType } from '../children/child.type';
import type { TrackerGroupBy } from './tracker-query';
import type { OverTimeInterval } from './tracker.service';
import {
  IndicatorType,
  LookedAfterPointType,
  OverTimeIntervalEnum,
  QuarterlyReportType,
  ReportPeriodInput,
  Ssda903IssueType,
  Ssda903ValidationType,
  TrackerFilter,
  TrackerGroupByEnum,
  TrackerPageType,
  TrackerSort,
} from './tracker.type';

/** Who reads the council or team reports: heads of service, and team managers for their team. */

@Resolver()
export class TrackerResolver {
  @Query(() => TrackerPageType, { description: 'The permanence tracker: every looked-after child you reach, with plan, progress, costs and alerts.' })
  @AllowRoles(...CHILD_RECORD_READERS)
  async tracker(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TrackerFilter, { nullable: true }) filter?: TrackerFilter,
    @Arg('sort', () => TrackerSort, { nullable: true }) sort?: TrackerSort,
    @Arg('groupBy', () => TrackerGroupByEnum, { nullable: true }) groupBy?: TrackerGroupBy,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<TrackerPageType> {
    const result = await withScreenSession(ctx, CHILD_RECORD_READERS, () =>
      ctx.services.tracker.tracker(
        ctx.actor!,
        { filter, sort: sort?.field, descending: sort?.descending, groupBy, first: first ?? 100, after },
        ctx.ip,
        'tracker',
        // The tracker's screen statement (tracker.screen-query.ts), unless FP_SCREEN_QUERIES=false; it checks a remembered session too.
        ctx.services.config.screenQueries ? { session: ctx.uncheckedSession ? { unchecked: ctx.uncheckedSession, ...ctx.uncheckedSession.checkSql() } : undefined } : undefined,
      ),
    );
    return {
      rows: result.lines,
      totalCount: result.totalCount,
      hasNextPage: result.hasNextPage,
      endCursor: result.endCursor,
      groups: result.groups,
      totals: result.totals,
      charts: result.charts,
      teams: result.teams,
    };
  }

  @Query(() => [LookedAfterPointType], { description: 'Children you reach looked after at the end of each month or quarter of a period (counts only).' })
  @AllowRoles(...CHILD_RECORD_READERS)
  lookedAfterOverTime(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => ReportPeriodInput) period: ReportPeriodInput,
    @Arg('interval', () => OverTimeIntervalEnum) interval: OverTimeInterval,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string,
  ): Promise<LookedAfterPointType[]> {
    return ctx.services.tracker.lookedAfterOverTime(ctx.actor!, { from: period.from, to: period.to }, interval, teamId);
  }

  @Query(() => QuarterlyReportType, { description: 'Bolton 11.3 quarterly report for a period, for the council or a team.' })
  @AllowRoles(...REPORT_READERS)
  async quarterlyReport(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => ReportPeriodInput) period: ReportPeriodInput,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string,
  ): Promise<QuarterlyReportType> {
    const r = await ctx.services.tracker.quarterly(ctx.actor!, { from: period.from, to: period.to }, teamId, ctx.ip);
    return { from: r.period.from, to: r.period.to, lookedAfter: r.lookedAfter, started: r.started, ceased: r.ceased, byPlacementType: r.byPlacementType, children: r.children };
  }

  @Query(() => [IndicatorType], { description: 'The yearly measures (Bolton 11, Torbay 2.5) for a period, for the council or a team.' })
  @AllowRoles(...REPORT_READERS)
  annualIndicators(
    @Ctx() ctx: RequestContext,
    @Arg('period', () => ReportPeriodInput) period: ReportPeriodInput,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string,
  ): Promise<IndicatorType[]> {
    return ctx.services.tracker.annual(ctx.actor!, { from: period.from, to: period.to }, teamId, ctx.ip);
  }

  @Query(() => Ssda903ValidationType, { description: 'The SSDA903 return for the collection year ending 31 March `year`: every failed validation rule, per child.' })
  @AllowRoles(...RESERVED_APPROVERS)
  async ssda903Validation(@Ctx() ctx: RequestContext, @Arg('year', () => Int) year: number): Promise<Ssda903ValidationType> {
    const ret = await ctx.services.tracker.ssda903(ctx.actor!, year, ctx.ip, 'ssda903Validation');
    return {
      year,
      children: ret.children.length,
      episodes: ret.files.episodes.length,
      failures: ret.failures.map((f) => ({ childId: f.child.id, localId: f.child.localId, issues: f.issues })),
      files: [...ssda903FileNamesFor(year).map((f) => `/exports/ssda903/${year}/${f}.csv`), `/exports/ssda903/${year}/validation.csv`],
    };
  }
}

/** Per request: the return's rules for every child asked about, in one batch. */
const ssda903IssuesLoader = registerLoader('ssda903Issues', (services) =>
  new DataLoader<string, Ssda903Issue[]>(async (ids) => {
    const issues = await services.tracker.issuesFor(ids);
    return ids.map((id) => issues.get(id) ?? []);
  }),
);

@Resolver(() => ChildType)
export class TrackerChildFields {
  @FieldResolver(() => [Ssda903IssueType], { description: 'SSDA903 validation failures on this period of care, so they are fixed when made, not at year end.' })
  ssda903Issues(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<Ssda903Issue[]> {
    return ssda903IssuesLoader(ctx.loaders).load(child.id);
  }
}

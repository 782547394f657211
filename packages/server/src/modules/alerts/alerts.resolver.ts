import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { CHILD_RECORD_READERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import { badInput } from '../../common/errors';
import type { RequestContext } from '../../context';
import { compareAlerts } from '../../rules';
import { ChildType } from '../children/child.type';
import { AlertType, ChildMeasuresType, DriftEntryType, DriftFilter, DriftListType, SuggestionType, WhoMayApplyType } from './alerts.type';
import { factsAndProfile, presentAlert } from './alerts.service';
import { withScreenSession, type ScreenRequest } from '../children/children.screen-query';

@Resolver(() => ChildType)
export class AlertsChildFields {
  @FieldResolver(() => [AlertType], { description: 'What needs attention now, most urgent first, each with its rule and source.' })
  async alerts(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<AlertType[]> {
    const [facts, profile] = await factsAndProfile(ctx.loaders, child.id, child.councilId);
    if (!facts) return [];
    return ctx.services.alerts.alertsFor(facts, profile).sort(compareAlerts).map(presentAlert);
  }

  @FieldResolver(() => [SuggestionType], { description: 'Decision support: options to consider, with reasons and the rule each comes from.' })
  async suggestions(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<SuggestionType[]> {
    const [facts, profile] = await factsAndProfile(ctx.loaders, child.id, child.councilId);
    return facts ? ctx.services.alerts.suggestionsWithNetwork(child.id, facts, profile) : [];
  }

  @FieldResolver(() => [WhoMayApplyType], {
    description: 'Who in the family network (and which carers) may apply for special guardianship, a child arrangements order or adoption today, each with its rule and source.',
  })
  async whoMayApply(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<WhoMayApplyType[]> {
    const [facts] = await factsAndProfile(ctx.loaders, child.id, child.councilId);
    return facts ? ctx.services.alerts.whoMayApply(child.id, facts) : [];
  }

  @FieldResolver(() => ChildMeasuresType)
  async measures(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<ChildMeasuresType> {
    const [facts] = await factsAndProfile(ctx.loaders, child.id, child.councilId);
    if (!facts) return { daysInCare: null, daysToPermanence: null, daysEnteringCareToAdoptiveFamily: null, daysPlacementOrderToMatch: null, placementCostToDate: 0 };
    return ctx.services.alerts.measuresFor(facts);
  }
}

/** The drift list's screen statement for this request (drift.screen-query.ts), unless FP_SCREEN_QUERIES=false; it checks a remembered session too. */
function driftScreenOf(ctx: RequestContext): Pick<ScreenRequest, 'session'> | undefined {
  if (!ctx.services.config.screenQueries) return undefined;
  const unchecked = ctx.uncheckedSession;
  return { session: unchecked ? { unchecked, ...unchecked.checkSql() } : undefined };
}

@Resolver()
export class DriftResolver {
  @Query(() => [DriftEntryType], {
    description: 'Children with alerts, most urgent first: your caseload, your team, the children you review, or the council (optionally one team).',
  })
  @AllowRoles(...CHILD_RECORD_READERS)
  driftList(
    @Ctx() ctx: RequestContext,
    @Arg('teamId', () => ID, { nullable: true }) teamId?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 200 }) first?: number,
  ): Promise<DriftEntryType[]> {
    return withScreenSession(ctx, CHILD_RECORD_READERS, async () => {
      const n = first ?? 200;
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw badInput('first must be between 1 and 1000.', 'first');
      return ctx.services.alerts.driftList(ctx.actor!, teamId, n, ctx.ip, driftScreenOf(ctx));
    });
  }

  @Query(() => DriftListType, {
    description: 'The drift list filtered by alert type, urgency, team and social worker, with the counts and choices for each filter. Every role that holds children; each sees the children they reach.',
  })
  @AllowRoles(...CHILD_RECORD_READERS)
  drift(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DriftFilter, { nullable: true }) filter?: DriftFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 200 }) first?: number,
  ): Promise<DriftListType> {
    return withScreenSession(ctx, CHILD_RECORD_READERS, async () => {
      const n = first ?? 200;
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw badInput('first must be between 1 and 1000.', 'first');
      return ctx.services.alerts.drift(ctx.actor!, filter ?? {}, n, ctx.ip, driftScreenOf(ctx));
    });
  }
}

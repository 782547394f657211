import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CHILD_RECORD_READERS, CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import { Connection } from '../../common/connection';
import type { RequestContext } from '../../context';
import { requestedParts } from '../../common/selection';
import { ChildType, PersonRef, TeamRef } from './child.type';
import { ChildrenFilter, CreateChildInput, UpdateChildInput } from './children.inputs';
import { personLoader, teamLoader } from './children.loaders';
import { ChildSort } from './children.sort';
import { selectedChildFields } from '../../common/screen-query';
import { withScreenSession, type ScreenRequest } from './children.screen-query';

/**
 * The one-statement path for this request (children.screen-query.ts), unless turned off (FP_SCREEN_QUERIES=false);
 * with the cookie's session still to check, the statement checks it too.
 */
function screenOf(ctx: RequestContext, info: GraphQLResolveInfo, path: string[] = []): ScreenRequest | undefined {
  if (!ctx.services.config.screenQueries) return undefined;
  const unchecked = ctx.uncheckedSession;
  return {
    loaders: ctx.loaders,
    selected: selectedChildFields(info, path),
    session: unchecked ? { unchecked, ...unchecked.checkSql() } : undefined,
  };
}

export const ChildConnection = Connection('Child', ChildType);
type ChildConnection = InstanceType<typeof ChildConnection>;

@Resolver(() => ChildType)
export class ChildrenResolver {
  @Query(() => ChildType, { description: "One child's record. NOT_FOUND when it does not exist or is outside your reach." })
  @AllowRoles(...CHILD_RECORD_READERS)
  child(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ChildType> {
    return withScreenSession(ctx, CHILD_RECORD_READERS, () => ctx.services.children.get(ctx.actor!, id, requestedParts(info), ctx.ip, screenOf(ctx, info)));
  }

  @Query(() => ChildConnection, { description: 'The children you reach: your caseload, your team, the children you review, or your council.' })
  @AllowRoles(...CHILD_RECORD_READERS)
  async children(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ChildrenFilter, { nullable: true }) filter?: ChildrenFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('sort', () => ChildSort, { nullable: true, description: 'By name (surname first) unless given. A cursor only continues the sort it came from.' }) sort?: ChildSort,
  ): Promise<ChildConnection> {
    // The alert filter reads before the screen statement: the session is checked first.
    if (filter?.alert) await ctx.checkSession();
    return withScreenSession(ctx, CHILD_RECORD_READERS, async () => {
      const onlyIds = filter?.alert ? await ctx.services.alerts.childIdsWithAlert(ctx.actor!, filter.alert) : undefined;
      return ctx.services.children.list(ctx.actor!, filter, first, after, requestedParts(info, ['edges', 'node']), ctx.ip, onlyIds, sort, screenOf(ctx, info, ['edges', 'node']));
    });
  }

  @Mutation(() => ChildType)
  @AllowRoles(...CASE_EDITORS)
  createChild(@Arg('input') input: CreateChildInput, @Ctx() ctx: RequestContext): Promise<ChildType> {
    return ctx.services.children.create(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => ChildType)
  @AllowRoles(...CASE_EDITORS)
  updateChild(@Arg('input') input: UpdateChildInput, @Ctx() ctx: RequestContext): Promise<ChildType> {
    return ctx.services.children.update(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => TeamRef)
  async team(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<TeamRef> {
    return (await teamLoader(ctx.loaders).load(child.teamId)) ?? { id: child.teamId, name: '' };
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  socialWorker(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return child.socialWorkerId ? personLoader(ctx.loaders).load(child.socialWorkerId) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  iro(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return child.iroId ? personLoader(ctx.loaders).load(child.iroId) : null;
  }
}

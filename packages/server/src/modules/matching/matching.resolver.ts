import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType } from '../children/child.type';
import { MatchingRecordEntity } from './matching-record.entity';
import { SaveMatchingAreaInput } from './matching.inputs';
import { MatchingAreaRecordType, presentMatchingRecord } from './matching.type';

export const matchingLoader = registerLoader('matchingRecord', (services, actor) => childScopedLoader(services, actor, MatchingRecordEntity));

@Resolver(() => ChildType)
export class MatchingChildFields {
  @FieldResolver(() => [MatchingAreaRecordType], { description: 'The nine matching areas in order, empty where not filled in.' })
  async matchingRecord(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<MatchingAreaRecordType[]> {
    return presentMatchingRecord(await matchingLoader(ctx.loaders).load(child.id));
  }
}

@Resolver()
export class MatchingResolver {
  @Mutation(() => MatchingAreaRecordType)
  @AllowRoles(...CASE_EDITORS)
  saveMatchingArea(@Arg('input') input: SaveMatchingAreaInput, @Ctx() ctx: RequestContext): Promise<MatchingAreaRecordType> {
    return ctx.services.matching.save(ctx.actor!, input, ctx.ip);
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType } from '../children/child.type';
import { MissingEpisodeEntity } from './missing-episode.entity';
import { RecordMissingEpisodeInput, UpdateMissingEpisodeInput } from './missing-episode.inputs';
import { MissingEpisodeType, presentMissingEpisode } from './missing-episode.type';

export const missingEpisodesLoader = registerLoader('missingEpisodes', (services, actor) =>
  childScopedLoader(services, actor, MissingEpisodeEntity, { orderBy: { start_date: 'ASC', created_at: 'ASC' } }),
);

@Resolver(() => ChildType)
export class MissingEpisodeChildFields {
  @FieldResolver(() => [MissingEpisodeType], { description: 'Periods missing or away from placement without authorisation, by start date.' })
  async missingEpisodes(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<MissingEpisodeType[]> {
    return (await missingEpisodesLoader(ctx.loaders).load(child.id)).map(presentMissingEpisode);
  }
}

@Resolver()
export class MissingEpisodeResolver {
  @Mutation(() => MissingEpisodeType)
  @AllowRoles(...CASE_EDITORS)
  recordMissingEpisode(@Arg('input') input: RecordMissingEpisodeInput, @Ctx() ctx: RequestContext): Promise<MissingEpisodeType> {
    return ctx.services.missingEpisodes.record(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MissingEpisodeType)
  @AllowRoles(...CASE_EDITORS)
  updateMissingEpisode(@Arg('input') input: UpdateMissingEpisodeInput, @Ctx() ctx: RequestContext): Promise<MissingEpisodeType> {
    return ctx.services.missingEpisodes.update(ctx.actor!, input, ctx.ip);
  }
}

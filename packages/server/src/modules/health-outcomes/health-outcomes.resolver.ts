import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType } from '../children/child.type';
import { HealthOutcomesEntity } from './health-outcomes.entity';
import { SaveHealthOutcomesInput } from './health-outcomes.inputs';
import { HealthOutcomesType, presentHealthOutcomes } from './health-outcomes.type';

export const healthOutcomesLoader = registerLoader('healthOutcomes', (services, actor) =>
  childScopedLoader(services, actor, HealthOutcomesEntity, { orderBy: { year: 'DESC' } }),
);

@Resolver(() => ChildType)
export class HealthOutcomesChildFields {
  @FieldResolver(() => [HealthOutcomesType], { description: 'Health, SDQ and offending outcomes, one record per collection year, newest first.' })
  async healthOutcomes(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<HealthOutcomesType[]> {
    return (await healthOutcomesLoader(ctx.loaders).load(child.id)).map(presentHealthOutcomes);
  }
}

@Resolver()
export class HealthOutcomesResolver {
  @Mutation(() => HealthOutcomesType, { description: 'Saves one collection year’s health outcomes whole (the first save sends no expectedVersion).' })
  @AllowRoles(...CASE_EDITORS)
  saveHealthOutcomes(@Arg('input') input: SaveHealthOutcomesInput, @Ctx() ctx: RequestContext): Promise<HealthOutcomesType> {
    return ctx.services.healthOutcomes.save(ctx.actor!, input, ctx.ip);
  }
}

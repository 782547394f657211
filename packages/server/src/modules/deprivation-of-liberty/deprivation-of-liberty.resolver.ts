import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType } from '../children/child.type';
import { DeprivationOfLibertyOrderEntity } from './deprivation-of-liberty.entity';
import { RecordDeprivationOfLibertyOrderInput, UpdateDeprivationOfLibertyOrderInput } from './deprivation-of-liberty.inputs';
import { DeprivationOfLibertyOrderType, presentDeprivationOfLibertyOrder } from './deprivation-of-liberty.type';

export const deprivationOfLibertyOrdersLoader = registerLoader('deprivationOfLibertyOrders', (services, actor) =>
  childScopedLoader(services, actor, DeprivationOfLibertyOrderEntity, { orderBy: { start_date: 'ASC', created_at: 'ASC' } }),
);

@Resolver(() => ChildType)
export class DeprivationOfLibertyChildFields {
  @FieldResolver(() => [DeprivationOfLibertyOrderType], { description: 'Deprivation of liberty orders (DoLOs), by start date.' })
  async deprivationOfLibertyOrders(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<DeprivationOfLibertyOrderType[]> {
    return (await deprivationOfLibertyOrdersLoader(ctx.loaders).load(child.id)).map(presentDeprivationOfLibertyOrder);
  }
}

@Resolver()
export class DeprivationOfLibertyResolver {
  @Mutation(() => DeprivationOfLibertyOrderType)
  @AllowRoles(...CASE_EDITORS)
  recordDeprivationOfLibertyOrder(@Arg('input') input: RecordDeprivationOfLibertyOrderInput, @Ctx() ctx: RequestContext): Promise<DeprivationOfLibertyOrderType> {
    return ctx.services.deprivationOfLiberty.record(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => DeprivationOfLibertyOrderType, { description: 'Change an order: end it (endDate), or correct its dates or who authorised it.' })
  @AllowRoles(...CASE_EDITORS)
  updateDeprivationOfLibertyOrder(@Arg('input') input: UpdateDeprivationOfLibertyOrderInput, @Ctx() ctx: RequestContext): Promise<DeprivationOfLibertyOrderType> {
    return ctx.services.deprivationOfLiberty.update(ctx.actor!, input, ctx.ip);
  }
}

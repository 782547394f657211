import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_MANAGERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { ChildType } from '../children/child.type';
import { AllocateChildInput } from './allocation.inputs';
import { AllocationChoices } from './allocation.types';

@Resolver()
export class AllocationResolver {
  @Query(() => AllocationChoices, { description: 'Who you may allocate to a child: the social workers in your team and the IROs in your council.' })
  @AllowRoles(...CASE_MANAGERS)
  allocationChoices(@Ctx() ctx: RequestContext): Promise<AllocationChoices> {
    return ctx.services.allocation.choices(ctx.actor!);
  }

  @Mutation(() => ChildType, { description: "Allocate the child's social worker (from your team) and IRO (from your council)." })
  @AllowRoles(...CASE_MANAGERS)
  allocateChild(@Arg('input') input: AllocateChildInput, @Ctx() ctx: RequestContext): Promise<ChildType> {
    return ctx.services.allocation.allocate(ctx.actor!, input, ctx.ip);
  }
}

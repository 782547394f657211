import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { CASE_MANAGERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { ChildType } from '../children/child.type';
import { AllocateChildInput } from './allocation.inputs';

@Resolver()
export class AllocationResolver {
  @Mutation(() => ChildType, { description: "Allocate the child's social worker (from your team) and IRO (from your council)." })
  @AllowRoles(...CASE_MANAGERS)
  allocateChild(@Arg('input') input: AllocateChildInput, @Ctx() ctx: RequestContext): Promise<ChildType> {
    return ctx.services.allocation.allocate(ctx.actor!, input, ctx.ip);
  }
}

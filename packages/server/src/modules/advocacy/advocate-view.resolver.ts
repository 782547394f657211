import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CHILD_ADVOCATES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { RaiseConcernInput } from '../child-messages/child-messages.inputs';
import { WriteViewWithChildInput } from '../views/views.inputs';
import { AdvocateChild, AdvocateChildSummary, AdvocateConcern, AdvocateView } from './advocate-view.types';

/** The advocate's own, smaller API: children with an ACTIVE referral to them only. */
@Resolver()
export class AdvocateViewResolver {
  @Query(() => [AdvocateChildSummary], { description: 'Children with an active advocacy referral to you.' })
  @AllowRoles(...CHILD_ADVOCATES)
  myAdvocacyChildren(@Ctx() ctx: RequestContext): Promise<AdvocateChildSummary[]> {
    return ctx.services.advocateView.myChildren(ctx.actor!, ctx.ip);
  }

  @Query(() => AdvocateChild, { description: 'NOT_FOUND unless the child has an active referral to you.' })
  @AllowRoles(...CHILD_ADVOCATES)
  advocateChild(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<AdvocateChild> {
    return ctx.services.advocateView.child(ctx.actor!, id, ctx.ip);
  }

  @Mutation(() => AdvocateView, { description: 'A view written with the child, sent to the readers the child chose, marked as written with you.' })
  @AllowRoles(...CHILD_ADVOCATES)
  writeViewWithChild(@Arg('input') input: WriteViewWithChildInput, @Ctx() ctx: RequestContext): Promise<AdvocateView> {
    return ctx.services.advocateView.writeWithChild(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => AdvocateConcern, { description: "Raise a concern to the child's IRO." })
  @AllowRoles(...CHILD_ADVOCATES)
  raiseConcernToIro(@Arg('input') input: RaiseConcernInput, @Ctx() ctx: RequestContext): Promise<AdvocateConcern> {
    return ctx.services.advocateView.raiseConcern(ctx.actor!, input, ctx.ip);
  }
}

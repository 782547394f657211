import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS, CHILD_ADVOCATES } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { AdvocacyReferralEntity } from './advocacy-referral.entity';
import { AdvocacyQueueItemType, AdvocacyReferralType, RequestAdvocacyInput, presentReferral } from './advocacy.types';

export const advocacyReferralsLoader = registerLoader('advocacyReferrals', (services, actor) =>
  childScopedLoader(services, actor, AdvocacyReferralEntity, { orderBy: { created_at: 'ASC', id: 'ASC' } }),
);

@Resolver(() => ChildType)
export class AdvocacyChildFields {
  @FieldResolver(() => [AdvocacyReferralType])
  async advocacyReferrals(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<AdvocacyReferralType[]> {
    return (await advocacyReferralsLoader(ctx.loaders).load(child.id)).map(presentReferral);
  }
}

@Resolver(() => AdvocacyReferralType)
export class AdvocacyReferralFields {
  @FieldResolver(() => PersonRef, { nullable: true })
  advocate(@Root() r: AdvocacyReferralType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return r.advocateId ? personLoader(ctx.loaders).load(r.advocateId) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  requestedBy(@Root() r: AdvocacyReferralType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> {
    return personLoader(ctx.loaders).load(r.requestedById);
  }
}

@Resolver()
export class AdvocacyResolver {
  @Query(() => [AdvocacyQueueItemType], { description: "Referrals in your council waiting for an advocate: first name and age only." })
  @AllowRoles(...CHILD_ADVOCATES)
  advocacyReferralQueue(@Ctx() ctx: RequestContext): Promise<AdvocacyQueueItemType[]> {
    return ctx.services.advocacy.queue(ctx.actor!, ctx.ip);
  }

  @Mutation(() => AdvocacyReferralType)
  @AllowRoles(...CASE_EDITORS)
  requestAdvocacy(@Arg('input') input: RequestAdvocacyInput, @Ctx() ctx: RequestContext): Promise<AdvocacyReferralType> {
    return ctx.services.advocacy.request(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => AdvocacyReferralType, { description: 'An advocate takes a waiting referral: it becomes ACTIVE and they can see the child.' })
  @AllowRoles(...CHILD_ADVOCATES)
  acceptAdvocacyReferral(@Arg('referralId', () => ID) referralId: string, @Ctx() ctx: RequestContext): Promise<AdvocacyReferralType> {
    return ctx.services.advocacy.accept(ctx.actor!, referralId, ctx.ip);
  }

  @Mutation(() => AdvocacyReferralType, { description: "Closes a referral: the assigned advocate, or the child's worker or team manager." })
  @AllowRoles(...CHILD_ADVOCATES, ...CASE_EDITORS)
  closeAdvocacyReferral(@Arg('referralId', () => ID) referralId: string, @Ctx() ctx: RequestContext): Promise<AdvocacyReferralType> {
    return ctx.services.advocacy.close(ctx.actor!, referralId, ctx.ip);
  }
}

import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { ChildType } from '../children/child.type';
import {
  LinkBrotherOrSisterInput, RecordSiblingGroupDecisionInput, RecordTogetherApartAssessmentInput, SetKeepingInTouchPlanInput, UpdateBrotherOrSisterLinkInput,
} from './sibling.inputs';
import {
  BrotherOrSisterType, KeepingInTouchPlanType, SiblingGroupDecisionType, SiblingGroupType, TogetherApartAssessmentType, presentAssessment, presentKeepingInTouchPlan,
} from './sibling.types';
import { assessmentsLoader, brothersAndSistersLoader, keepingInTouchLoader } from './siblings.loaders';

@Resolver(() => ChildType)
export class SiblingChildFields {
  @FieldResolver(() => [BrotherOrSisterType])
  brothersAndSisters(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<BrotherOrSisterType[]> {
    return brothersAndSistersLoader(ctx.loaders).load(child.id);
  }

  @FieldResolver(() => SiblingGroupType, {
    nullable: true,
    description: 'The whole group of brothers and sisters (links followed through each other); null when none are linked.',
  })
  siblingGroup(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<SiblingGroupType | null> {
    return ctx.services.siblings.group(ctx.actor!, child.id);
  }
}

@Resolver(() => BrotherOrSisterType)
export class BrotherOrSisterFields {
  @FieldResolver(() => [TogetherApartAssessmentType], { description: 'Together-or-apart assessments, oldest first.' })
  async assessments(@Root() link: BrotherOrSisterType, @Ctx() ctx: RequestContext): Promise<TogetherApartAssessmentType[]> {
    return (await assessmentsLoader(ctx.loaders).load(link.id)).map(presentAssessment);
  }

  @FieldResolver(() => [KeepingInTouchPlanType])
  async keepingInTouchPlans(@Root() link: BrotherOrSisterType, @Ctx() ctx: RequestContext): Promise<KeepingInTouchPlanType[]> {
    return (await keepingInTouchLoader(ctx.loaders).load(link.id)).map(presentKeepingInTouchPlan);
  }
}

@Resolver()
export class SiblingsResolver {
  @Mutation(() => BrotherOrSisterType, { description: 'Link a child whose case you change to a brother or sister in the same council.' })
  @AllowRoles(...CASE_EDITORS)
  linkBrotherOrSister(@Arg('input') input: LinkBrotherOrSisterInput, @Ctx() ctx: RequestContext): Promise<BrotherOrSisterType> {
    return ctx.services.siblings.link(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => BrotherOrSisterType)
  @AllowRoles(...CASE_EDITORS)
  updateBrotherOrSisterLink(@Arg('input') input: UpdateBrotherOrSisterLinkInput, @Ctx() ctx: RequestContext): Promise<BrotherOrSisterType> {
    return ctx.services.siblings.updateLink(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => TogetherApartAssessmentType)
  @AllowRoles(...CASE_EDITORS)
  recordTogetherApartAssessment(@Arg('input') input: RecordTogetherApartAssessmentInput, @Ctx() ctx: RequestContext): Promise<TogetherApartAssessmentType> {
    return ctx.services.siblings.recordAssessment(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => SiblingGroupDecisionType, { description: "Record the together-or-apart decision for a child's whole group of brothers and sisters, or change it (send its id and version)." })
  @AllowRoles(...CASE_EDITORS)
  recordSiblingGroupDecision(@Arg('input') input: RecordSiblingGroupDecisionInput, @Ctx() ctx: RequestContext): Promise<SiblingGroupDecisionType> {
    return ctx.services.siblings.recordGroupDecision(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => KeepingInTouchPlanType, { description: 'Add a keeping-in-touch plan, or change one (send its id and version).' })
  @AllowRoles(...CASE_EDITORS)
  setKeepingInTouchPlan(@Arg('input') input: SetKeepingInTouchPlanInput, @Ctx() ctx: RequestContext): Promise<KeepingInTouchPlanType> {
    return ctx.services.siblings.setKeepingInTouchPlan(ctx.actor!, input, ctx.ip);
  }
}

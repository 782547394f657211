import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS_AND_REVIEWERS, CASE_REVIEWERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { policyLoader } from '../alerts/alerts.service';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { PlanType } from '../plans/plan.type';
import { planByIdLoader } from '../plans/plans.loaders';
import { newestFirst, nextReview } from './meeting-order';
import type { MeetingEntity } from './meeting.entity';
import { screenPick } from '../../common/screen-query';
import { MeetingType } from './meeting.type';
import { MeetingStepInput, RecordMeetingInput, ScheduleMeetingInput } from './meetings.inputs';
import { meetingsByChildLoader } from './meetings.loaders';

@Resolver(() => MeetingType)
export class MeetingsResolver {
  @Mutation(() => MeetingType, { description: "Worker or team manager; the child's IRO may schedule the child's reviews." })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  scheduleMeeting(@Arg('input') input: ScheduleMeetingInput, @Ctx() ctx: RequestContext): Promise<MeetingType> {
    return ctx.services.meetings.schedule(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MeetingType, { description: "Reviews are recorded by the child's IRO; other meetings by the worker or team manager." })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  recordMeeting(@Arg('input') input: RecordMeetingInput, @Ctx() ctx: RequestContext): Promise<MeetingType> {
    return ctx.services.meetings.record(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MeetingType, { description: "The child's IRO signs off a recorded review: who and when are kept on the record." })
  @AllowRoles(...CASE_REVIEWERS)
  signOffReview(@Arg('input') input: MeetingStepInput, @Ctx() ctx: RequestContext): Promise<MeetingType> {
    return ctx.services.meetings.signOff(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => MeetingType, { description: 'Share a signed-off review record with the child.' })
  @AllowRoles(...CASE_EDITORS_AND_REVIEWERS)
  shareReviewWithChild(@Arg('input') input: MeetingStepInput, @Ctx() ctx: RequestContext): Promise<MeetingType> {
    return ctx.services.meetings.share(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  chair(@Root() meeting: MeetingType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return meeting.chairId ? personLoader(ctx.loaders).load(meeting.chairId) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  signedOffBy(@Root() meeting: MeetingType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return meeting.signedOffById ? personLoader(ctx.loaders).load(meeting.signedOffById) : null;
  }

  @FieldResolver(() => PlanType, { nullable: true, description: 'The plan version endorsed at this review.' })
  async planEndorsed(@Root() meeting: MeetingType, @Ctx() ctx: RequestContext): Promise<PlanType | null> {
    if (!meeting.planEndorsedId) return null;
    const found = await planByIdLoader(ctx.loaders).load(meeting.planEndorsedId);
    // Plans reached are always in the actor's own council.
    return found ? ctx.services.plans.present(found.plan, found.dateOfBirth, await policyLoader(ctx.loaders).load(ctx.actor!.councilId)) : null;
  }
}

/** The meeting fields on the professional Child type. */
@Resolver(() => ChildType)
export class MeetingChildFields {
  @FieldResolver(() => [MeetingType], { description: 'Every meeting and review, newest first.' })
  async meetings(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<MeetingType[]> {
    return newestFirst(await meetingsByChildLoader(ctx.loaders).load(child.id)).map((m) => ctx.services.meetings.present(m));
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The earliest review not yet held.' })
  async nextReview(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<MeetingType | null> {
    // The row the screen statement picked, when it did (meetings.loaders.ts); else the whole list.
    const picked = screenPick<MeetingEntity>(ctx.loaders, 'nextReview', child.id);
    const next = picked !== undefined ? picked : nextReview(await meetingsByChildLoader(ctx.loaders).load(child.id));
    return next ? ctx.services.meetings.present(next) : null;
  }
}

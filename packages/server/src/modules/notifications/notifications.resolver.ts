import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import { DutyContactInput, DutyContactType, NotificationOutboxType, NotificationStatusEnum } from './notification.type';
import type { NotificationStatus } from './notification.vocabulary';

@Resolver()
export class NotificationsResolver {
  @Query(() => NotificationOutboxType, { description: "The council's notifications, newest first: queued, sent and failed, with why." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  notificationOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('status', () => NotificationStatusEnum, { nullable: true }) status?: NotificationStatus,
    @Arg('first', () => Int, { defaultValue: 100 }) first?: number,
  ): Promise<NotificationOutboxType> {
    return ctx.services.notifications.outbox(ctx.actor!, status ?? null, first ?? 100);
  }

  @Query(() => DutyContactType, { description: 'The council duty / out-of-hours contact, for the administrator to check and change.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  dutyContact(@Ctx() ctx: RequestContext): Promise<DutyContactType> {
    return ctx.services.notifications.dutyContactOf(ctx.actor!);
  }

  @Mutation(() => Boolean, { description: 'Sets the council duty / out-of-hours contact. Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageSettings'))
  updateDutyContact(@Arg('input') input: DutyContactInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.services.notifications.updateDutyContact(ctx.actor!, input, ctx.ip);
  }
}

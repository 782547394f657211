import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { CreateStaffAccountInput, StaffAccountType } from './staff.types';
import { StaffContactInput } from '../notifications/notification.type';

@Resolver(() => StaffAccountType)
export class StaffResolver {
  @Query(() => [StaffAccountType], { description: "The council's professional accounts." })
  @AllowRoles('ADMINISTRATOR')
  staffAccounts(@Ctx() ctx: RequestContext): Promise<StaffAccountType[]> {
    return ctx.services.staff.list(ctx.actor!);
  }

  @Mutation(() => StaffAccountType, { description: 'Creates a professional account with a role (and team for social workers and team managers). Audited.' })
  @AllowRoles('ADMINISTRATOR')
  createStaffAccount(@Arg('input') input: CreateStaffAccountInput, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.create(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountType, { description: "Sets a professional's work email, mobile number and notification preference. Audited." })
  @AllowRoles('ADMINISTRATOR')
  updateStaffContact(@Arg('input') input: StaffContactInput, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.updateContact(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountType, { description: 'Disables an account and ends its sessions at once. Accounts are never deleted.' })
  @AllowRoles('ADMINISTRATOR')
  disableStaffAccount(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.disable(ctx.actor!, userId, ctx.ip);
  }
}

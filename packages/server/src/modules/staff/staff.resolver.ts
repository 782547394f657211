import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import { TeamRef } from '../children/child.type';
import {
  ApproveStaffAccountRequestInput,
  CreateStaffAccountInput,
  RefuseStaffAccountRequestInput,
  SetSweNumberInput,
  StaffAccountRequestType,
  StaffAccountType,
} from './staff.types';
import { StaffContactInput } from '../notifications/notification.type';

@Resolver(() => StaffAccountType)
export class StaffResolver {
  @Query(() => [StaffAccountType], { description: "The council's professional accounts." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  staffAccounts(@Ctx() ctx: RequestContext): Promise<StaffAccountType[]> {
    return ctx.services.staff.list(ctx.actor!);
  }

  @Query(() => [TeamRef], { description: "The council's teams, for choosing a new account's team." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  councilTeams(@Ctx() ctx: RequestContext): Promise<TeamRef[]> {
    return ctx.services.staff.teams(ctx.actor!);
  }

  @Query(() => [StaffAccountRequestType], { description: "The council's account requests, waiting ones first, then the newest." })
  @AllowRoles(...councilPolicy.rolesThatMay('readAccountRequests'))
  staffAccountRequests(@Ctx() ctx: RequestContext): Promise<StaffAccountRequestType[]> {
    return ctx.services.staff.requests(ctx.actor!);
  }

  @Mutation(() => StaffAccountRequestType, {
    description: 'Asks for a professional account with a role (and team for social workers and team managers). A head of service must approve it before anyone can sign in. Audited.',
  })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  requestStaffAccount(@Arg('input') input: CreateStaffAccountInput, @Ctx() ctx: RequestContext): Promise<StaffAccountRequestType> {
    return ctx.services.staff.request(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountRequestType, { description: 'Approves a waiting account request: the account is made in the same step. Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('approveAccounts'))
  approveStaffAccountRequest(@Arg('input') input: ApproveStaffAccountRequestInput, @Ctx() ctx: RequestContext): Promise<StaffAccountRequestType> {
    return ctx.services.staff.approve(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountRequestType, { description: 'Refuses a waiting account request, with the reason: no account is made. Audited.' })
  @AllowRoles(...councilPolicy.rolesThatMay('approveAccounts'))
  refuseStaffAccountRequest(@Arg('input') input: RefuseStaffAccountRequestInput, @Ctx() ctx: RequestContext): Promise<StaffAccountRequestType> {
    return ctx.services.staff.refuse(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountType, { description: "Sets a professional's work email, mobile number and notification preference. Audited." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  updateStaffContact(@Arg('input') input: StaffContactInput, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.updateContact(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountType, {
    description: "Sets a professional's Social Work England registration number. Episodes an imported return gave under that number become theirs. Audited.",
  })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  setStaffSweNumber(@Arg('input') input: SetSweNumberInput, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.setSweNumber(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => StaffAccountType, { description: 'Disables an account and ends its sessions at once. Accounts are never deleted.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  disableStaffAccount(@Arg('userId', () => ID) userId: string, @Ctx() ctx: RequestContext): Promise<StaffAccountType> {
    return ctx.services.staff.disable(ctx.actor!, userId, ctx.ip);
  }
}

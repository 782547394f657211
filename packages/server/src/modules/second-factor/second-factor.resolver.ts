import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowPublic, AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import { Me } from '../auth/auth.types';
import { badInput } from '../../common/errors';
import { PROFESSIONAL_ROLES } from '@forever-planning/shared';
import {
  AuthenticatorReset,
  ChallengeInput,
  ConfirmTotpEnrolmentInput,
  MyAuthenticator,
  MyTotpEnrolment,
  NewRecoveryCodes,
  ReplaceRecoveryCodesInput,
  ResetStaffAuthenticatorInput,
  SecondFactorInput,
  StaffSignInPolicy,
  StartMyTotpEnrolmentInput,
  TotpEnrolled,
  TotpEnrolment,
} from './second-factor.types';

@Resolver()
export class SecondFactorResolver {
  @Mutation(() => TotpEnrolment, { description: 'After the right password, where the council requires it: a new authenticator secret to scan.' })
  @AllowPublic()
  startTotpEnrolment(@Arg('input') input: ChallengeInput, @Ctx() ctx: RequestContext): Promise<TotpEnrolment> {
    return ctx.services.secondFactor.startEnrolment(input.challenge);
  }

  @Mutation(() => TotpEnrolled, { description: 'A code from the new secret sets it up and signs the person in.' })
  @AllowPublic()
  async confirmTotpEnrolment(@Arg('input') input: ConfirmTotpEnrolmentInput, @Ctx() ctx: RequestContext): Promise<TotpEnrolled> {
    const { userId, recoveryCodes } = await ctx.services.secondFactor.confirmEnrolment(input.challenge, input.code, ctx.ip);
    const signed = await ctx.services.auth.startSession(userId, ctx.ip, ctx.sessionToken, { method: 'PASSWORD_TOTP' });
    ctx.setSessionCookie(signed.token);
    return { me: await ctx.services.auth.me(signed.actor, signed.expiresAt), recoveryCodes };
  }

  @Mutation(() => Me, { description: 'After the right password: a code from the authenticator app, or a recovery code, signs the person in.' })
  @AllowPublic()
  async signInWithSecondFactor(@Arg('input') input: SecondFactorInput, @Ctx() ctx: RequestContext): Promise<Me> {
    if (!input.code === !input.recoveryCode) throw badInput('Enter the code from your app, or one recovery code.', 'code');
    const { userId, method } = await ctx.services.secondFactor.verify(input.challenge, input, ctx.ip);
    const signed = await ctx.services.auth.startSession(userId, ctx.ip, ctx.sessionToken, { method });
    ctx.setSessionCookie(signed.token);
    return ctx.services.auth.me(signed.actor, signed.expiresAt);
  }

  @Query(() => StaffSignInPolicy, { description: "Whether your council's staff need an authenticator code after their password." })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  staffSignInPolicy(@Ctx() ctx: RequestContext): Promise<StaffSignInPolicy> {
    return ctx.services.secondFactor.policyFor(ctx.actor!.councilId);
  }

  @Mutation(() => StaffSignInPolicy, { description: 'Requires (or stops requiring) an authenticator code from staff who sign in with a local password.' })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  setStaffTotpRequired(@Arg('required') required: boolean, @Ctx() ctx: RequestContext): Promise<StaffSignInPolicy> {
    return ctx.services.secondFactor.setRequired(ctx.actor!, required, ctx.ip);
  }

  @Query(() => MyAuthenticator, { description: 'Your own authenticator app: set up or not, and recovery codes left.' })
  @AllowRoles(...PROFESSIONAL_ROLES)
  myAuthenticator(@Ctx() ctx: RequestContext): Promise<MyAuthenticator> {
    return ctx.services.secondFactor.statusOf(ctx.actor!);
  }

  @Mutation(() => MyTotpEnrolment, { description: 'Sets up an authenticator app of your own accord, step 1 (your current password first): a new secret to scan. Audited when confirmed.' })
  @AllowRoles(...PROFESSIONAL_ROLES)
  startMyTotpEnrolment(@Arg('input') input: StartMyTotpEnrolmentInput, @Ctx() ctx: RequestContext): Promise<MyTotpEnrolment> {
    return ctx.services.secondFactor.startOwnEnrolment(ctx.actor!, input.currentPassword, ctx.ip);
  }

  @Mutation(() => NewRecoveryCodes, { description: 'Step 2: a code from the new secret sets it up; every sign-in then asks for a code. Gives the recovery codes, shown once.' })
  @AllowRoles(...PROFESSIONAL_ROLES)
  async confirmMyTotpEnrolment(@Arg('input') input: ConfirmTotpEnrolmentInput, @Ctx() ctx: RequestContext): Promise<NewRecoveryCodes> {
    const recoveryCodes = await ctx.services.secondFactor.confirmOwnEnrolment(ctx.actor!, input.challenge, input.code, ctx.ip);
    return { recoveryCodes, authenticator: await ctx.services.secondFactor.statusOf(ctx.actor!) };
  }

  @Mutation(() => NewRecoveryCodes, { description: 'A fresh set of recovery codes, proved by a code from your app; every earlier code stops working. Audited.' })
  @AllowRoles(...PROFESSIONAL_ROLES)
  async replaceMyRecoveryCodes(@Arg('input') input: ReplaceRecoveryCodesInput, @Ctx() ctx: RequestContext): Promise<NewRecoveryCodes> {
    const recoveryCodes = await ctx.services.secondFactor.replaceRecoveryCodes(ctx.actor!, input.code, ctx.ip);
    return { recoveryCodes, authenticator: await ctx.services.secondFactor.statusOf(ctx.actor!) };
  }

  @Mutation(() => AuthenticatorReset, {
    description: "Resets a staff member's lost authenticator app (never your own): their recovery codes stop working, their sessions end, they set up a new app at their next sign-in and are told by email. Audited with the reason.",
  })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  resetStaffAuthenticator(@Arg('input') input: ResetStaffAuthenticatorInput, @Ctx() ctx: RequestContext): Promise<AuthenticatorReset> {
    return ctx.services.secondFactor.reset(ctx.actor!, input.userId, input.reason, ctx.ip);
  }
}

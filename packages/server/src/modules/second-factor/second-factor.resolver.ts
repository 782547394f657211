import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowPublic, AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { Me } from '../auth/auth.types';
import { badInput } from '../../common/errors';
import { ChallengeInput, ConfirmTotpEnrolmentInput, SecondFactorInput, StaffSignInPolicy, TotpEnrolled, TotpEnrolment } from './second-factor.types';

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
  @AllowRoles('ADMINISTRATOR')
  staffSignInPolicy(@Ctx() ctx: RequestContext): Promise<StaffSignInPolicy> {
    return ctx.services.secondFactor.policyFor(ctx.actor!.councilId);
  }

  @Mutation(() => StaffSignInPolicy, { description: 'Requires (or stops requiring) an authenticator code from staff who sign in with a local password.' })
  @AllowRoles('ADMINISTRATOR')
  setStaffTotpRequired(@Arg('required') required: boolean, @Ctx() ctx: RequestContext): Promise<StaffSignInPolicy> {
    return ctx.services.secondFactor.setRequired(ctx.actor!, required, ctx.ip);
  }
}

import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowPublic, AllowRoles, AllowSignedIn } from '../../common/access';
import type { RequestContext } from '../../context';
import { ChangePasswordInput, CreateYoungPersonInvitationInput, RedeemInvitationInput, SignInInput } from './auth.inputs';
import { Me, YoungPersonInvitation } from './auth.types';

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The signed-in person, or null when not signed in.' })
  @AllowPublic()
  async me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    if (!ctx.actor || !ctx.sessionExpiresAt) return null;
    return ctx.services.auth.me(ctx.actor, ctx.sessionExpiresAt);
  }

  @Mutation(() => Me)
  @AllowPublic()
  async signIn(@Arg('input') input: SignInInput, @Ctx() ctx: RequestContext): Promise<Me> {
    const signed = await ctx.services.auth.signIn(input.username, input.password, ctx.ip, ctx.sessionToken);
    ctx.setSessionCookie(signed.token);
    return ctx.services.auth.me(signed.actor, signed.expiresAt);
  }

  @Mutation(() => Boolean)
  @AllowSignedIn()
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.actor!, ctx.ip);
    ctx.clearSessionCookie();
    return true;
  }

  @Mutation(() => YoungPersonInvitation, { description: "Makes a single-use code, valid 7 days, for a child in the caller's caseload." })
  @AllowRoles(...CASE_EDITORS)
  createYoungPersonInvitation(
    @Arg('input') input: CreateYoungPersonInvitationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<YoungPersonInvitation> {
    return ctx.services.auth.createYoungPersonInvitation(ctx.actor!, input.childId, input.username, ctx.ip);
  }

  @Mutation(() => Me, { description: 'A young person chooses their password with their invitation code, and is signed in.' })
  @AllowPublic()
  async redeemInvitation(@Arg('input') input: RedeemInvitationInput, @Ctx() ctx: RequestContext): Promise<Me> {
    const signed = await ctx.services.auth.redeemInvitation(input.code, input.password, ctx.ip);
    ctx.setSessionCookie(signed.token);
    return ctx.services.auth.me(signed.actor, signed.expiresAt);
  }

  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions are signed out.' })
  @AllowSignedIn()
  async changePassword(@Arg('input') input: ChangePasswordInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.actor!, input.currentPassword, input.newPassword, ctx.ip);
    return true;
  }
}

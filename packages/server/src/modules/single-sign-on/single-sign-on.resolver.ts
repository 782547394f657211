import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import { councilPolicy } from '../../policies/council.policy';
import type { RequestContext } from '../../context';
import { SingleSignOnSettings, SingleSignOnSettingsInput } from './single-sign-on.types';

@Resolver()
export class SingleSignOnResolver {
  @Query(() => SingleSignOnSettings, {
    nullable: true,
    description: "Your council's staff sign-in provider and how its groups map to roles; null when staff sign in with local passwords only.",
  })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  singleSignOnSettings(@Ctx() ctx: RequestContext): Promise<SingleSignOnSettings | null> {
    return ctx.services.singleSignOn.settingsFor(ctx.actor!.councilId);
  }

  @Mutation(() => SingleSignOnSettings, {
    description: "Sets up or changes your council's staff sign-in provider and its group mappings. The client secret is write-only.",
  })
  @AllowRoles(...councilPolicy.rolesThatMay('manageAccounts'))
  saveSingleSignOnSettings(@Arg('input') input: SingleSignOnSettingsInput, @Ctx() ctx: RequestContext): Promise<SingleSignOnSettings> {
    return ctx.services.singleSignOn.saveSettings(ctx.actor!, input, ctx.ip);
  }
}

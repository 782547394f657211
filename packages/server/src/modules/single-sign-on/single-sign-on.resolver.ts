import { Ctx, Query, Resolver } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { SingleSignOnSettings } from './single-sign-on.types';

@Resolver()
export class SingleSignOnResolver {
  @Query(() => SingleSignOnSettings, {
    nullable: true,
    description: "Your council's staff sign-in provider and how its groups map to roles; null when staff sign in with local passwords only.",
  })
  @AllowRoles('ADMINISTRATOR')
  singleSignOnSettings(@Ctx() ctx: RequestContext): Promise<SingleSignOnSettings | null> {
    return ctx.services.singleSignOn.settingsFor(ctx.actor!.councilId);
  }
}

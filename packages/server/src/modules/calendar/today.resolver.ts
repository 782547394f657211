import { Ctx, Query, Resolver } from 'type-graphql';
import { AllowSignedIn } from '../../common/access';
import { isoDateInLondon } from '../../common/clock';
import { LocalDate } from '../../common/scalars';
import type { RequestContext } from '../../context';

/**
 * Today in England, from the server's clock: what a portal judges dates
 * against (a date in a child's plan that has passed), never the device's own
 * clock, which may be wrong.
 */
@Resolver()
export class TodayResolver {
  @Query(() => LocalDate, { description: 'Today in England, from the server’s clock: what dates are judged against.' })
  @AllowSignedIn()
  today(@Ctx() ctx: RequestContext): string {
    return isoDateInLondon(ctx.services.clock.now());
  }
}

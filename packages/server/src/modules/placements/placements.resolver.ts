import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import { isoDateInLondon } from '../../common/clock';
import type { RequestContext } from '../../context';
import { ChildType } from '../children/child.type';
import { EndPlacementInput, StartPlacementInput, UpdatePlacementInput } from './placement.inputs';
import { currentOf } from '../case-records/case-record.periods';
import { placementMoves } from '../../rules';
import { factsAndProfile } from '../alerts/alerts.service';
import { PlacementType, presentPlacement } from './placement.type';
import { placementsLoader } from './placements.loaders';
import type { PlacementEntity } from './placement.entity';
import { screenPick } from '../../common/screen-query';

@Resolver(() => ChildType)
export class PlacementChildFields {
  @FieldResolver(() => [PlacementType], { description: 'Every placement, by start date.' })
  async placements(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlacementType[]> {
    return (await placementsLoader(ctx.loaders).load(child.id)).map(presentPlacement);
  }

  @FieldResolver(() => PlacementType, { nullable: true, description: 'Where the child lives today.' })
  async currentPlacement(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlacementType | null> {
    const today = isoDateInLondon(ctx.services.clock.now());
    // The row the screen statement picked, when it did (placements.loaders.ts); else the whole list.
    const picked = screenPick<PlacementEntity>(ctx.loaders, 'currentPlacement', child.id, today);
    const current = picked !== undefined ? picked : currentOf(await placementsLoader(ctx.loaders).load(child.id), today);
    return current ? presentPlacement(current) : null;
  }

  @FieldResolver(() => Int, {
    description: "Moves in the council's window (12 months unless its policy says otherwise), in this period of care: the same count as the alerts and the tracker. More than three is flagged to panel and the IRO.",
  })
  async placementMovesInLast12Months(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<number> {
    const [facts, profile] = await factsAndProfile(ctx.loaders, child.id, child.councilId);
    return facts ? placementMoves(facts, profile, isoDateInLondon(ctx.services.clock.now())).moves.length : 0;
  }
}

@Resolver()
export class PlacementsResolver {
  @Mutation(() => PlacementType, { description: 'A move: ends the current placement on the new start date and starts the new one.' })
  @AllowRoles(...CASE_EDITORS)
  startPlacement(@Arg('input') input: StartPlacementInput, @Ctx() ctx: RequestContext): Promise<PlacementType> {
    return ctx.services.placements.start(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlacementType)
  @AllowRoles(...CASE_EDITORS)
  endPlacement(@Arg('input') input: EndPlacementInput, @Ctx() ctx: RequestContext): Promise<PlacementType> {
    return ctx.services.placements.end(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlacementType)
  @AllowRoles(...CASE_EDITORS)
  updatePlacement(@Arg('input') input: UpdatePlacementInput, @Ctx() ctx: RequestContext): Promise<PlacementType> {
    return ctx.services.placements.update(ctx.actor!, input, ctx.ip);
  }
}

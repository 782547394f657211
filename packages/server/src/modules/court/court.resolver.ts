import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { CASE_EDITORS } from '../../policies/child.policy';
import { ChildType } from '../children/child.type';
import { CourtDirectionEntity, CourtHearingEntity, CourtProceedingsEntity } from './court.entity';
import { AddCourtDirectionInput, AddCourtHearingInput, StartCourtProceedingsInput, UpdateCourtDirectionInput, UpdateCourtHearingInput, UpdateCourtProceedingsInput } from './court.inputs';
import { CourtProceedingsType } from './court.type';

export const courtProceedingsLoader = registerLoader('courtProceedings', (services, actor) => childScopedLoader(services, actor, CourtProceedingsEntity));
export const courtHearingsLoader = registerLoader('courtHearings', (services, actor) => childScopedLoader(services, actor, CourtHearingEntity));
export const courtDirectionsLoader = registerLoader('courtDirections', (services, actor) => childScopedLoader(services, actor, CourtDirectionEntity));

@Resolver(() => ChildType)
export class CourtChildFields {
  @FieldResolver(() => [CourtProceedingsType], { description: 'Care proceedings under the Public Law Outline, newest first.' })
  async courtProceedings(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType[]> {
    const [proceedings, hearings, directions] = await Promise.all([
      courtProceedingsLoader(ctx.loaders).load(child.id),
      courtHearingsLoader(ctx.loaders).load(child.id),
      courtDirectionsLoader(ctx.loaders).load(child.id),
    ]);
    return ctx.services.court.present(null, child, proceedings, hearings, directions);
  }
}

@Resolver()
export class CourtResolver {
  @Mutation(() => CourtProceedingsType, { description: 'Opens the court record at its first step. CONFLICT while another set of proceedings is open.' })
  @AllowRoles(...CASE_EDITORS)
  startCourtProceedings(@Arg('input') input: StartCourtProceedingsInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.start(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CourtProceedingsType, { description: 'The next PLO step: the legal gateway decision, issue, the final care plan filed, the outcome.' })
  @AllowRoles(...CASE_EDITORS)
  updateCourtProceedings(@Arg('input') input: UpdateCourtProceedingsInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.update(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CourtProceedingsType)
  @AllowRoles(...CASE_EDITORS)
  addCourtHearing(@Arg('input') input: AddCourtHearingInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.addHearing(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CourtProceedingsType, { description: 'Relists a hearing or records what happened at it.' })
  @AllowRoles(...CASE_EDITORS)
  updateCourtHearing(@Arg('input') input: UpdateCourtHearingInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.updateHearing(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CourtProceedingsType)
  @AllowRoles(...CASE_EDITORS)
  addCourtDirection(@Arg('input') input: AddCourtDirectionInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.addDirection(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CourtProceedingsType, { description: 'Marks a direction done (or not), or records a new date the court allowed.' })
  @AllowRoles(...CASE_EDITORS)
  updateCourtDirection(@Arg('input') input: UpdateCourtDirectionInput, @Ctx() ctx: RequestContext): Promise<CourtProceedingsType> {
    return ctx.services.court.updateDirection(ctx.actor!, input, ctx.ip);
  }
}

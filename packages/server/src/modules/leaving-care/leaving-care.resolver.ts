import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { CASE_EDITORS } from '../../policies/child.policy';
import { ChildType } from '../children/child.type';
import { CareLeaverBirthdayEntity, LeavingCareEntity } from './leaving-care.entity';
import { SaveCareLeaverBirthdayInput, SaveLeavingCareInput } from './leaving-care.inputs';
import {
  CareLeaverBirthdayType,
  LeavingCareType,
  PathwayPlanDueType,
  presentCareLeaverBirthday,
  presentLeavingCare,
} from './leaving-care.type';

export const leavingCareLoader = registerLoader('leavingCare', (services, actor) => childScopedLoader(services, actor, LeavingCareEntity));
export const careLeaverBirthdaysLoader = registerLoader('careLeaverBirthdays', (services, actor) =>
  childScopedLoader(services, actor, CareLeaverBirthdayEntity, { orderBy: { age: 'ASC' } }),
);

@Resolver(() => ChildType)
export class LeavingCareChildFields {
  @FieldResolver(() => LeavingCareType, { nullable: true, description: 'The leaving care record (pathway plan, personal adviser, what happens at 18); null until saved.' })
  async leavingCare(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<LeavingCareType | null> {
    const [row] = await leavingCareLoader(ctx.loaders).load(child.id);
    return row ? presentLeavingCare(row) : null;
  }

  @FieldResolver(() => [CareLeaverBirthdayType], { description: "A care leaver's 17th to 21st birthdays (SSDA903 OC3), youngest first." })
  async careLeaverBirthdays(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<CareLeaverBirthdayType[]> {
    return (await careLeaverBirthdaysLoader(ctx.loaders).load(child.id)).map(presentCareLeaverBirthday);
  }

  @FieldResolver(() => PathwayPlanDueType, { nullable: true, description: 'The next pathway plan date by the rule; null when the young person needs no pathway plan today.' })
  async pathwayPlanDue(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PathwayPlanDueType | null> {
    const [row] = await leavingCareLoader(ctx.loaders).load(child.id);
    return ctx.services.leavingCare.pathwayPlanDue(child, row ? presentLeavingCare(row) : null);
  }
}

@Resolver()
export class LeavingCareResolver {
  @Mutation(() => LeavingCareType, { description: 'Saves the leaving care record whole (the first save sends no expectedVersion).' })
  @AllowRoles(...CASE_EDITORS)
  saveLeavingCare(@Arg('input') input: SaveLeavingCareInput, @Ctx() ctx: RequestContext): Promise<LeavingCareType> {
    return ctx.services.leavingCare.save(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => CareLeaverBirthdayType, { description: "Saves one of a care leaver's birthdays whole (OC3)." })
  @AllowRoles(...CASE_EDITORS)
  saveCareLeaverBirthday(@Arg('input') input: SaveCareLeaverBirthdayInput, @Ctx() ctx: RequestContext): Promise<CareLeaverBirthdayType> {
    return ctx.services.leavingCare.saveBirthday(ctx.actor!, input, ctx.ip);
  }
}

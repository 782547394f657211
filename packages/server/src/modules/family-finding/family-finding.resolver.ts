import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { can, CASE_EDITORS } from '../../policies/child.policy';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { FamilyFindingReferralEntity, PermanenceFormEntity, ProspectiveCarerEntity } from './family-finding.entity';
import {
  AddProspectiveCarerInput,
  MoveProspectiveCarerInput,
  ReferForFamilyFindingInput,
  SavePermanenceFormInput,
  SignOffPermanenceFormInput,
  UpdateFamilyFindingReferralInput,
} from './family-finding.inputs';
import { presentCarer, presentForm } from './family-finding.service';
import { FamilyFindingReferralType, PermanenceFormType, ProspectiveCarerType } from './family-finding.type';

export const familyFindingReferralsLoader = registerLoader('familyFindingReferrals', (services, actor) => childScopedLoader(services, actor, FamilyFindingReferralEntity));
export const prospectiveCarersLoader = registerLoader('prospectiveCarers', (services, actor) =>
  childScopedLoader(services, actor, ProspectiveCarerEntity, { orderBy: { stage_on: 'ASC', created_at: 'ASC' } }),
);
export const permanenceFormsLoader = registerLoader('permanenceForms', (services, actor) => childScopedLoader(services, actor, PermanenceFormEntity, { orderBy: { created_at: 'ASC' } }));

@Resolver(() => ChildType)
export class FamilyFindingChildFields {
  @FieldResolver(() => [FamilyFindingReferralType], { description: 'Referrals to family finding, brokerage or the regional adoption agency, newest first.' })
  async familyFindingReferrals(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<FamilyFindingReferralType[]> {
    return ctx.services.familyFinding.presentReferrals(null, child.id, await familyFindingReferralsLoader(ctx.loaders).load(child.id));
  }

  @FieldResolver(() => [ProspectiveCarerType], { description: 'Every prospective carer considered, with their match stage.' })
  async prospectiveCarers(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<ProspectiveCarerType[]> {
    return (await prospectiveCarersLoader(ctx.loaders).load(child.id)).map(presentCarer);
  }

  @FieldResolver(() => [PermanenceFormType], { description: 'Permanence forms (Telford 10.0) with their sign-off.' })
  async permanenceForms(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PermanenceFormType[]> {
    const [forms, carers] = await Promise.all([permanenceFormsLoader(ctx.loaders).load(child.id), prospectiveCarersLoader(ctx.loaders).load(child.id)]);
    const mayEditCase = can(ctx.actor!, 'editCase', child);
    return forms.map((f) => presentForm(f, carers, mayEditCase));
  }
}

@Resolver(() => PermanenceFormType)
export class PermanenceFormFields {
  @FieldResolver(() => PersonRef, { nullable: true, description: 'The manager who signed it off.' })
  signedOffBy(@Root() form: PermanenceFormType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return form.signedOffById ? personLoader(ctx.loaders).load(form.signedOffById) : null;
  }
}

@Resolver()
export class FamilyFindingResolver {
  @Mutation(() => FamilyFindingReferralType, { description: 'CONFLICT while the child has an open referral to the same team.' })
  @AllowRoles(...CASE_EDITORS)
  referForFamilyFinding(@Arg('input') input: ReferForFamilyFindingInput, @Ctx() ctx: RequestContext): Promise<FamilyFindingReferralType> {
    return ctx.services.familyFinding.refer(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => FamilyFindingReferralType, { description: 'Moves a referral on: accepted, searching, matched, closed.' })
  @AllowRoles(...CASE_EDITORS)
  updateFamilyFindingReferral(@Arg('input') input: UpdateFamilyFindingReferralInput, @Ctx() ctx: RequestContext): Promise<FamilyFindingReferralType> {
    return ctx.services.familyFinding.updateReferral(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => ProspectiveCarerType)
  @AllowRoles(...CASE_EDITORS)
  addProspectiveCarer(@Arg('input') input: AddProspectiveCarerInput, @Ctx() ctx: RequestContext): Promise<ProspectiveCarerType> {
    return ctx.services.familyFinding.addCarer(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => ProspectiveCarerType, { description: 'A later match stage; CONFLICT when another carer already holds the match.' })
  @AllowRoles(...CASE_EDITORS)
  moveProspectiveCarer(@Arg('input') input: MoveProspectiveCarerInput, @Ctx() ctx: RequestContext): Promise<ProspectiveCarerType> {
    return ctx.services.familyFinding.moveCarer(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PermanenceFormType, { description: 'Creates or changes a form; CONFLICT once it is signed off.' })
  @AllowRoles(...CASE_EDITORS)
  savePermanenceForm(@Arg('input') input: SavePermanenceFormInput, @Ctx() ctx: RequestContext): Promise<PermanenceFormType> {
    return ctx.services.familyFinding.saveForm(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PermanenceFormType, { description: 'The team manager signs off a completed form.' })
  @AllowRoles('TEAM_MANAGER')
  signOffPermanenceForm(@Arg('input') input: SignOffPermanenceFormInput, @Ctx() ctx: RequestContext): Promise<PermanenceFormType> {
    return ctx.services.familyFinding.signOffForm(ctx.actor!, input, ctx.ip);
  }
}

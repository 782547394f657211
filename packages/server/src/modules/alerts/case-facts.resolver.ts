import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { CASE_EDITORS, MANAGERS_AND_REVIEWERS, CASE_REVIEWERS } from '../../policies/child.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { childScopedLoader, registerLoader } from '../../loaders';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { CaseFactsEntity } from './case-facts.entity';
import { presentCaseFacts, presentEscalation } from './case-facts.service';
import {
  CaseFactsType,
  IroEscalationStageType,
  IroEscalationType,
  RaiseIroEscalationInput,
  RecordIroEscalationStageInput,
  ResolveIroEscalationInput,
  UpdateCaseFactsInput,
} from './case-facts.type';
import { addWorkingDays, IRO_DISPUTE_STAGE_LABELS, profileInForce, stageWorkingDays } from '../../rules';
import { IroEscalationEntity } from './iro-escalation.entity';

const caseFactsLoader = registerLoader('caseFacts', (services, actor) => {
  const rows = childScopedLoader(services, actor, CaseFactsEntity);
  return new DataLoader<string, CaseFactsEntity | null>(async (ids) => (await rows.loadMany(ids)).map((r) => (Array.isArray(r) ? (r[0] ?? null) : null)));
});
const escalationsLoader = registerLoader('iroEscalations', (services, actor) =>
  childScopedLoader(services, actor, IroEscalationEntity, { orderBy: { raisedOn: 'DESC' } }),
);

@Resolver(() => ChildType)
export class CaseFactsChildFields {
  @FieldResolver(() => CaseFactsType)
  async caseFacts(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<CaseFactsType> {
    return presentCaseFacts(await caseFactsLoader(ctx.loaders).load(child.id));
  }

  @FieldResolver(() => [IroEscalationType])
  async iroEscalations(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<IroEscalationType[]> {
    return (await escalationsLoader(ctx.loaders).load(child.id)).map(presentEscalation);
  }
}

@Resolver(() => IroEscalationType)
export class CaseFactsResolver {
  @Mutation(() => CaseFactsType, { description: 'Court dates, panel criteria and the kinship position, for the statutory rules.' })
  @AllowRoles(...CASE_EDITORS)
  updateCaseFacts(@Arg('input') input: UpdateCaseFactsInput, @Ctx() ctx: RequestContext): Promise<CaseFactsType> {
    return ctx.services.caseFacts.update(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => IroEscalationType, { description: 'The child’s IRO raises a drift escalation (to be resolved within 20 working days).' })
  @AllowRoles(...CASE_REVIEWERS)
  raiseIroEscalation(@Arg('input') input: RaiseIroEscalationInput, @Ctx() ctx: RequestContext): Promise<IroEscalationType> {
    return ctx.services.caseFacts.raiseEscalation(ctx.actor!, input.childId, input.concern, ctx.ip);
  }

  @Mutation(() => IroEscalationType, { description: 'Ends the current stage of the dispute resolution protocol: resolved, or escalated to the next stage. Audited.' })
  @AllowRoles(...MANAGERS_AND_REVIEWERS)
  recordIroEscalationStage(@Arg('input') input: RecordIroEscalationStageInput, @Ctx() ctx: RequestContext): Promise<IroEscalationType> {
    return ctx.services.caseFacts.recordStage(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => IroEscalationType, { description: 'Resolves the dispute at its current stage.' })
  @AllowRoles(...MANAGERS_AND_REVIEWERS)
  resolveIroEscalation(@Arg('input') input: ResolveIroEscalationInput, @Ctx() ctx: RequestContext): Promise<IroEscalationType> {
    return ctx.services.caseFacts.resolveEscalation(ctx.actor!, input.id, input.expectedVersion, input.resolution, ctx.ip);
  }

  @FieldResolver(() => [IroEscalationStageType], { description: 'The stages so far, oldest first, each with its timescale under the policy in force when the dispute was raised.' })
  async stages(@Root() e: IroEscalationType, @Ctx() ctx: RequestContext): Promise<IroEscalationStageType[]> {
    const profile = profileInForce(await ctx.services.policy.versions(ctx.actor!.councilId), e.raisedOn);
    return e.stageRecords.map((s) => {
      const workingDays = stageWorkingDays(profile, s.stage);
      return {
        stage: s.stage, label: IRO_DISPUTE_STAGE_LABELS[s.stage], startedOn: s.startedOn, workingDays,
        dueOn: addWorkingDays(s.startedOn, workingDays, profile.extraHolidays),
        closedOn: s.closedOn, outcome: s.outcome, outcomeText: s.outcomeText, closedBy: null, closedById: s.closedById,
      };
    });
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  raisedBy(@Root() e: IroEscalationType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> {
    return personLoader(ctx.loaders).load(e.raisedById);
  }
}

@Resolver(() => IroEscalationStageType)
export class IroEscalationStageFields {
  @FieldResolver(() => PersonRef, { nullable: true, description: 'Who recorded how the stage ended.' })
  closedBy(@Root() s: IroEscalationStageType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return s.closedById ? personLoader(ctx.loaders).load(s.closedById) : null;
  }
}

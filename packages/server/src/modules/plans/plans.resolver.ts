import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { rolesThatMay } from '../../policies/plan.policy';
import { AllowRoles } from '../../common/access';
import type { RequestContext } from '../../context';
import { policyLoader } from '../alerts/alerts.service';
import { ChildType, PersonRef } from '../children/child.type';
import { personLoader } from '../children/children.loaders';
import { MeetingType } from '../meetings/meeting.type';
import { meetingByIdLoader } from '../meetings/meetings.loaders';
import { PLAN_COMPARED_FIELDS, planChanges, type PlanSnapshot } from './plan-changes';
import { PlanChangeType, PlanComparisonType, PlanContingencyType, PlanDecisionType, PlanOutcomeActionType, PlanOutcomeType, PlanType } from './plan.type';
import { currentPlanOf, newerDraftOf, planInForce } from './plan-in-force';
import { oldEnoughForOwnAccess } from '../../rules';
import type { PlanEntity } from './plan.entity';
import { screenPick } from '../../common/screen-query';
import {
  AddPlanOutcomeInput,
  RecordPanelDecisionInput,
  UpdatePlanActionProgressInput,
  ApprovePlanInput,
  CreatePlanInput,
  EndorsePlanInput,
  EndPlanInput,
  PlanTransitionInput,
  RecordPanelRecommendationInput,
  RemovePlanOutcomeInput,
  ReorderPlanOutcomesInput,
  ReturnPlanInput,
  SetContingencyOptionsInput,
  UpdatePlanInput,
  UpdatePlanOutcomeInput,
} from './plans.inputs';
import { actionsByOutcomeLoader, contingenciesByPlanLoader, decisionsByPlanLoader, outcomesByPlanLoader, plansByChildLoader } from './plans.loaders';
import type { PlanOutcomeActionEntity } from './plan-outcome-action.entity';
import type { PlanOutcomeEntity } from './plan-outcome.entity';

const MAY = rolesThatMay;

@Resolver(() => PlanType)
export class PlansResolver {
  @Mutation(() => PlanType, { description: "A new DRAFT version of the child's plan, copying the previous version. CONFLICT if a draft exists." })
  @AllowRoles(...MAY('create'))
  createPlan(@Arg('input') input: CreatePlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.create(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Change a DRAFT plan; CONFLICT once it has been submitted.' })
  @AllowRoles(...MAY('edit'))
  updatePlan(@Arg('input') input: UpdatePlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.update(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Replace the contingency options of a DRAFT plan, in order.' })
  @AllowRoles(...MAY('edit'))
  setContingencyOptions(@Arg('input') input: SetContingencyOptionsInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.setContingencies(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Add a SMART outcome at the end of a DRAFT plan.' })
  @AllowRoles(...MAY('edit'))
  addPlanOutcome(@Arg('input') input: AddPlanOutcomeInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.addOutcome(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Progress and completed may change until the plan is achieved or ended; other fields only in a DRAFT.' })
  @AllowRoles(...MAY('updateProgress'))
  updatePlanOutcome(@Arg('input') input: UpdatePlanOutcomeInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.updateOutcome(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType)
  @AllowRoles(...MAY('edit'))
  removePlanOutcome(@Arg('input') input: RemovePlanOutcomeInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.removeOutcome(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Progress on one action of an outcome; may change until the plan is achieved or ended.' })
  @AllowRoles(...MAY('updateProgress'))
  updatePlanActionProgress(@Arg('input') input: UpdatePlanActionProgressInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.updateActionProgress(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType)
  @AllowRoles(...MAY('edit'))
  reorderPlanOutcomes(@Arg('input') input: ReorderPlanOutcomesInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.reorderOutcomes(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'DRAFT → PROPOSED. Needs a primary option, a contingency and an outcome.' })
  @AllowRoles(...MAY('submit'))
  submitPlan(@Arg('input') input: PlanTransitionInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.submit(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: "PROPOSED → APPROVED, by the team manager of the child's team, with comments if any (management oversight)." })
  @AllowRoles(...MAY('approve'))
  approvePlan(@Arg('input') input: ApprovePlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.approve(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: "PROPOSED → DRAFT: the team manager returns the plan to the worker with reasons (management oversight)." })
  @AllowRoles(...MAY('return'))
  returnPlan(@Arg('input') input: ReturnPlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.returnToWorker(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Head of service approval (required for long-term fostering under five); the status does not change.' })
  @AllowRoles(...MAY('approveAsHeadOfService'))
  approvePlanAsHeadOfService(@Arg('input') input: PlanTransitionInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.approveAsHeadOfService(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'APPROVED → RECOMMENDED_BY_PANEL.' })
  @AllowRoles(...MAY('recordPanelRecommendation'))
  recordPanelRecommendation(@Arg('input') input: RecordPanelRecommendationInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.recordPanelRecommendation(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: "The agency decision maker's decision on the panel's recommendation (decision, date, name); the status does not change." })
  @AllowRoles(...MAY('recordPanelDecision'))
  recordPanelDecision(@Arg('input') input: RecordPanelDecisionInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.recordPanelDecision(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: "APPROVED or RECOMMENDED_BY_PANEL → ENDORSED, by the child's IRO at a review of the child." })
  @AllowRoles(...MAY('endorse'))
  endorsePlanAtReview(@Arg('input') input: EndorsePlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.endorse(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'ENDORSED → ACHIEVED.' })
  @AllowRoles(...MAY('markAchieved'))
  markPlanAchieved(@Arg('input') input: PlanTransitionInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.markAchieved(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: 'Any plan not yet achieved or ended → ENDED, with the reason.' })
  @AllowRoles(...MAY('end'))
  endPlan(@Arg('input') input: EndPlanInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.end(ctx.actor!, input, ctx.ip);
  }

  @Mutation(() => PlanType, { description: "Show a submitted plan's child-friendly summary in the young person's portal." })
  @AllowRoles(...MAY('share'))
  sharePlanWithChild(@Arg('input') input: PlanTransitionInput, @Ctx() ctx: RequestContext): Promise<PlanType> {
    return ctx.services.plans.share(ctx.actor!, input, ctx.ip);
  }

  @FieldResolver(() => [PlanContingencyType])
  async contingencies(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanContingencyType[]> {
    return (await contingenciesByPlanLoader(ctx.loaders).load(plan.id)).map((c) => ({ id: c.id, position: c.position, option: c.option, notes: c.notes }));
  }

  @FieldResolver(() => [PlanOutcomeType])
  async outcomes(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanOutcomeType[]> {
    const outcomes = await outcomesByPlanLoader(ctx.loaders).load(plan.id);
    const actions = await actionsByOutcomeLoader(ctx.loaders).loadMany(outcomes.map((o) => o.id));
    return outcomes.map((o, i) => presentOutcome(o, actions[i] instanceof Error ? [] : (actions[i] as PlanOutcomeActionEntity[])));
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  createdBy(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> {
    return personLoader(ctx.loaders).load(plan.createdById);
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The team manager who approved the plan.' })
  approvedBy(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return plan.approvedById ? personLoader(ctx.loaders).load(plan.approvedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true })
  headOfServiceApprovedBy(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return plan.headOfServiceApprovedById ? personLoader(ctx.loaders).load(plan.headOfServiceApprovedById) : null;
  }

  @FieldResolver(() => PersonRef, { nullable: true, description: 'The IRO who endorsed the plan at review.' })
  endorsedBy(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> | null {
    return plan.endorsedById ? personLoader(ctx.loaders).load(plan.endorsedById) : null;
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The review at which the plan was endorsed.' })
  async endorsedAtMeeting(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<MeetingType | null> {
    if (!plan.endorsedAtMeetingId) return null;
    const meeting = await meetingByIdLoader(ctx.loaders).load(plan.endorsedAtMeetingId);
    return meeting ? ctx.services.meetings.present(meeting) : null;
  }

  @FieldResolver(() => [PlanDecisionType], { description: 'Management oversight of this version, oldest first: approvals with comments and returns with reasons.' })
  async managementOversight(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanDecisionType[]> {
    return (await decisionsByPlanLoader(ctx.loaders).load(plan.id)).map((d) => ({
      id: d.id, kind: d.kind, comments: d.comments, decidedAt: d.decidedAt, decidedById: d.decidedById,
    }));
  }

  @FieldResolver(() => [PlanChangeType], { description: 'What changed from the previous version; empty for the first plan.' })
  async changesFromPrevious(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanChangeType[]> {
    const versions = await plansByChildLoader(ctx.loaders).load(plan.childId);
    const previous = versions.find((p) => p.planNumber < plan.planNumber) ?? null;
    return previous ? compare(ctx, previous, plan) : [];
  }

  @FieldResolver(() => PlanComparisonType, {
    description: 'What changed in this version since the plan in force before it (the last approved version): what a manager checks before approving.',
  })
  async changesSinceApproved(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanComparisonType> {
    const versions = await plansByChildLoader(ctx.loaders).load(plan.childId);
    const approved = planInForce(versions.filter((p) => p.planNumber < plan.planNumber));
    return { comparedWithPlanNumber: approved?.planNumber ?? null, changes: approved ? await compare(ctx, approved, plan) : [] };
  }
}

function presentOutcome(o: PlanOutcomeEntity, actions: PlanOutcomeActionEntity[]): PlanOutcomeType {
  const presented: PlanOutcomeActionType[] = actions.map((a) => ({
    id: a.id, version: a.version, position: a.position, action: a.action, byWhom: a.byWhom, withinWeeks: a.withinWeeks,
    dueDate: a.dueDate, progress: a.progress, completed: a.completed, updatedAt: a.updatedAt, updatedById: a.updatedById,
  }));
  return {
    id: o.id, version: o.version, position: o.position, outcome: o.outcome, measure: o.measure, optionTrack: o.optionTrack,
    actions: presented, dueDate: presented.reduce<string | null>((last, a) => (last === null || a.dueDate > last ? a.dueDate : last), null),
    progress: o.progress, completed: o.completed, updatedAt: o.updatedAt, updatedById: o.updatedById,
  };
}

type Comparable = PlanEntity | PlanType;

/** The differences between two versions of one child's plan, read through the request's loaders. */
async function compare(ctx: RequestContext, before: Comparable, after: Comparable): Promise<PlanChangeType[]> {
  const snapshot = async (p: Comparable): Promise<PlanSnapshot> => {
    const outcomes = await outcomesByPlanLoader(ctx.loaders).load(p.id);
    const actions = await actionsByOutcomeLoader(ctx.loaders).loadMany(outcomes.map((o) => o.id));
    const fields = Object.fromEntries(PLAN_COMPARED_FIELDS.map((k) => [k, p[k]])) as Pick<PlanSnapshot, (typeof PLAN_COMPARED_FIELDS)[number]>;
    return {
      ...fields,
      contingencies: await contingenciesByPlanLoader(ctx.loaders).load(p.id),
      outcomes: outcomes.map((o, i) => ({ ...o, actions: actions[i] instanceof Error ? [] : (actions[i] as PlanOutcomeActionEntity[]) })),
    };
  };
  const [a, b] = await Promise.all([snapshot(before), snapshot(after)]);
  return planChanges(a, b);
}

@Resolver(() => PlanDecisionType)
export class PlanDecisionFields {
  @FieldResolver(() => PersonRef, { nullable: true, description: 'The manager who decided.' })
  decidedBy(@Root() d: PlanDecisionType, @Ctx() ctx: RequestContext): Promise<PersonRef | null> {
    return personLoader(ctx.loaders).load(d.decidedById);
  }
}

/** The plan fields on the professional Child type. */
@Resolver(() => ChildType)
export class PlanChildFields {
  @FieldResolver(() => PlanType, {
    nullable: true,
    description: 'The plan in force: the newest version approved by a manager (or further on). Before any approval, the newest version, shown with its draft status.',
  })
  async currentPlan(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlanType | null> {
    // The version the screen statement picked, when it did (plans.loaders.ts); else every version.
    const picked = screenPick<PlanEntity>(ctx.loaders, 'currentPlan', child.id);
    const [current, policy] = await Promise.all([
      picked !== undefined ? picked : plansByChildLoader(ctx.loaders).load(child.id).then(currentPlanOf),
      policyLoader(ctx.loaders).load(child.councilId),
    ]);
    return current ? ctx.services.plans.present(current, child.dateOfBirth, policy) : null;
  }

  @FieldResolver(() => PlanType, { nullable: true, description: 'A newer version than the current plan being worked on (draft or submitted); null when there is none.' })
  async draftPlan(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlanType | null> {
    const [plans, policy] = await Promise.all([plansByChildLoader(ctx.loaders).load(child.id), policyLoader(ctx.loaders).load(child.councilId)]);
    const draft = newerDraftOf(plans);
    return draft ? ctx.services.plans.present(draft, child.dateOfBirth, policy) : null;
  }

  @FieldResolver(() => Boolean, { description: "Old enough, under the council's policy today, for their own account and to see a plan shared with them." })
  async oldEnoughForOwnAccess(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<boolean> {
    const policy = await policyLoader(ctx.loaders).load(child.councilId);
    return oldEnoughForOwnAccess(child.dateOfBirth, ctx.services.plans.today(), policy);
  }

  @FieldResolver(() => PlanType, { nullable: true, description: 'The newest version of the plan, whatever its status: the one a worker edits.' })
  async latestPlan(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlanType | null> {
    const [[latest], policy] = await Promise.all([plansByChildLoader(ctx.loaders).load(child.id), policyLoader(ctx.loaders).load(child.councilId)]);
    return latest ? ctx.services.plans.present(latest, child.dateOfBirth, policy) : null;
  }

  @FieldResolver(() => [PlanType], { description: 'Every version of the plan, newest first.' })
  async planHistory(@Root() child: ChildType, @Ctx() ctx: RequestContext): Promise<PlanType[]> {
    const [plans, policy] = await Promise.all([plansByChildLoader(ctx.loaders).load(child.id), policyLoader(ctx.loaders).load(child.councilId)]);
    return plans.map((p) => ctx.services.plans.present(p, child.dateOfBirth, policy));
  }
}

import DataLoader from 'dataloader';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { Role } from '@forever-planning/shared';
import { ACCESS_EXTENSION, type AccessRule } from '../../common/access';
import type { RequestContext } from '../../context';
import { registerLoader } from '../../loaders';
import { can, reachesSeveralTeams } from '../../policies/child.policy';
import { childReachPositional } from '../../policies/child-reach';
import { permits, planAbilities, stateAllows } from '../../policies/plan.policy';
import type { ChildFactsForPolicy } from '../../policies/predicates';
import { oldEnoughForOwnAccess } from '../../rules';
import { policyLoader } from '../alerts/alerts.service';
import { Me } from '../auth/auth.types';
import { ChildType } from '../children/child.type';
import { PlanType } from '../plans/plan.type';
import { plansByChildLoader } from '../plans/plans.loaders';
import { ChildAbilitiesType, MeetingAbilitiesType, PlanAbilitiesType, ScreenAbilitiesType } from './abilities.types';
import { meetingAbilities } from '../../policies/meeting.policy';
import { MeetingType } from '../meetings/meeting.type';

/** The API operation each screen is built on: the screen is offered exactly when its operation would answer. */
export const SCREEN_OPERATIONS: Record<Exclude<keyof ScreenAbilitiesType, 'filterByTeam'>, `${'Query' | 'Mutation'}.${string}`> = {
  children: 'Query.children',
  needsAttention: 'Query.childMessagesNeedingAttention',
  driftList: 'Query.drift',
  viewsInbox: 'Query.viewsInbox',
  advocacy: 'Query.advocacyReferralQueue',
  tracker: 'Query.tracker',
  reports: 'Query.quarterlyReport',
  ssda903: 'Query.ssda903Validation',
  retentionReview: 'Query.recordsDueForRetentionReview',
  notifications: 'Query.notificationOutbox',
  staffContacts: 'Query.staffAccounts',
  signInSettings: 'Query.singleSignOnSettings',
  localPolicy: 'Mutation.addPolicyVersion',
  imports: 'Query.ssda903Uploads',
  auditSearch: 'Query.auditEvents',
  youngPersonLanguages: 'Mutation.setYoungPersonLanguages',
  ownAccount: 'Query.myAuthenticator',
  staffAccounts: 'Mutation.requestStaffAccount',
  accountRequests: 'Mutation.approveStaffAccountRequest',
  ownRecord: 'Query.myProfile',
};

/** May this role call this root field? Read from the field's access rule in the schema (common/access.ts). */
export function operationAllows(schema: GraphQLSchema, operation: string, role: Role): boolean {
  const [type, field] = operation.split('.');
  const root = type === 'Query' ? schema.getQueryType() : schema.getMutationType();
  const rule = root?.getFields()[field]?.extensions?.[ACCESS_EXTENSION] as AccessRule | undefined;
  if (!rule) throw new Error(`No access rule for ${operation}: SCREEN_OPERATIONS names an operation the API does not have.`);
  return rule.kind === 'public' || rule.roles.includes(role);
}

interface PlanChildFacts extends ChildFactsForPolicy {
  dateOfBirth: string;
}

/** The policy facts of the children whose plans and meetings are shown, read within the actor's reach. */
const planChildLoader = registerLoader('abilitiesPlanChild', (services, actor) =>
  new DataLoader<string, PlanChildFacts | null>(async (ids) => {
    if (!actor) return ids.map(() => null);
    const reach = childReachPositional(actor, 'c', 1);
    const rows: { id: string; council_id: string; team_id: string; social_worker_id: string | null; iro_id: string | null; date_of_birth: string }[] =
      await services.dataSource.query(
        `SELECT c.id, c.council_id, c.team_id, c.social_worker_id, c.iro_id, c.date_of_birth::text AS date_of_birth
           FROM children c WHERE c.id = ANY($1::uuid[]) AND ${reach.sql}`,
        [[...ids], ...reach.values],
      );
    const byId = new Map(
      rows.map((r) => [r.id, { id: r.id, councilId: r.council_id, teamId: r.team_id, socialWorkerId: r.social_worker_id, iroId: r.iro_id, dateOfBirth: r.date_of_birth }]),
    );
    return ids.map((id) => byId.get(id) ?? null);
  }),
);

const NO_PLAN_ABILITIES: PlanAbilitiesType = {
  canStartNewVersion: false, canEdit: false, canUpdateProgress: false, canSubmit: false, canApprove: false, canReturn: false,
  canApproveAsHeadOfService: false, canRecordPanelRecommendation: false, canRecordPanelDecision: false, canEndorse: false,
  canMarkAchieved: false, canEnd: false, canShareWithChild: false,
};

@Resolver(() => ChildType)
export class ChildAbilityFields {
  @FieldResolver(() => ChildAbilitiesType, { description: 'What you may do with this record (the API still checks every request).' })
  async abilities(@Root() child: ChildType, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ChildAbilitiesType> {
    const actor = ctx.actor!;
    const [[latest], policy] = await Promise.all([plansByChildLoader(ctx.loaders).load(child.id), policyLoader(ctx.loaders).load(child.councilId)]);
    const editCase = can(actor, 'editCase', child);
    const review = can(actor, 'review', child);
    return {
      canEdit: editCase,
      canAllocate: can(actor, 'manage', child) && operationAllows(info.schema, 'Mutation.allocateChild', actor.role),
      canInviteYoungPerson: editCase && oldEnoughForOwnAccess(child.dateOfBirth, ctx.services.plans.today(), policy),
      canStartPlan: permits(actor, 'create', child) && (!latest || stateAllows('create', latest.status)),
      canEditLifeStory: editCase,
      canRestoreLifeStory: can(actor, 'manage', child),
      canScheduleMeetings: editCase || review,
      canSignOffReviews: review,
      canRaiseEscalation: review,
      canRecordEscalationStage: can(actor, 'manage', child) || review,
      canReadAudit: can(actor, 'readAudit', child),
      canExportSubjectAccess: can(actor, 'approveReserved', child),
      canSignOffPermanenceForms: can(actor, 'manage', child) && operationAllows(info.schema, 'Mutation.signOffPermanenceForm', actor.role),
    };
  }
}

@Resolver(() => PlanType)
export class PlanAbilityFields {
  @FieldResolver(() => PlanAbilitiesType, { description: 'What you may do with this version now (the API still checks every request).' })
  async abilities(@Root() plan: PlanType, @Ctx() ctx: RequestContext): Promise<PlanAbilitiesType> {
    const child = await planChildLoader(ctx.loaders).load(plan.childId);
    if (!child) return NO_PLAN_ABILITIES;
    const policy = await policyLoader(ctx.loaders).load(child.councilId);
    return planAbilities(ctx.actor!, child, {
      status: plan.status,
      needsHeadOfServiceApproval: plan.needsHeadOfServiceApproval,
      headOfServiceApprovedAt: plan.headOfServiceApprovedAt,
      panelDecision: plan.panelDecision,
      sharedWithChildAt: plan.sharedWithChildAt,
      childOldEnough: oldEnoughForOwnAccess(child.dateOfBirth, ctx.services.plans.today(), policy),
    });
  }
}

@Resolver(() => MeetingType)
export class MeetingAbilityFields {
  @FieldResolver(() => MeetingAbilitiesType, { description: 'What you may do with this meeting now (the API still checks every request).' })
  async abilities(@Root() meeting: MeetingType, @Ctx() ctx: RequestContext): Promise<MeetingAbilitiesType> {
    const child = await planChildLoader(ctx.loaders).load(meeting.childId);
    if (!child) return { canRecord: false, canSignOff: false, canShareWithChild: false };
    return meetingAbilities(ctx.actor!, child, meeting);
  }
}

@Resolver(() => Me)
export class MeAbilityFields {
  @FieldResolver(() => ScreenAbilitiesType, { description: 'Which menus and pages you may use.' })
  abilities(@Root() me: Me, @Info() info: GraphQLResolveInfo): ScreenAbilitiesType {
    // The person's own role (also right after signing in, before the request has an actor).
    const screens = Object.fromEntries(
      Object.entries(SCREEN_OPERATIONS).map(([screen, operation]) => [screen, operationAllows(info.schema, operation, me.role)]),
    ) as Record<keyof typeof SCREEN_OPERATIONS, boolean>;
    return { ...screens, filterByTeam: screens.children && reachesSeveralTeams(me.role) };
  }
}

import type { PlanStatus } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { ROLES, type Role } from '@forever-planning/shared';
import { can } from './child.policy';
import { childReach, type SqlCondition } from './child-reach';
import type { ChildFactsForPolicy } from './predicates';

/**
 * What an actor may do with one version of a child's plan, as sentences built
 * from the child's abilities. `permits` answers "may this role do this to this
 * child's plan at all" (FORBIDDEN when not); `stateAllows` answers "is the plan
 * in a status where it can happen" (CONFLICT when not, naming the status).
 */
export type PlanAction =
  | 'create'
  | 'edit'
  | 'updateProgress'
  | 'submit'
  | 'approve'
  | 'return'
  | 'approveAsHeadOfService'
  | 'recordPanelRecommendation'
  | 'recordPanelDecision'
  | 'endorse'
  | 'markAchieved'
  | 'end'
  | 'share';

/** Statuses from which each action can happen. */
export const PLAN_ACTION_STATUSES: Record<PlanAction, readonly PlanStatus[]> = {
  create: ['PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED', 'ACHIEVED', 'ENDED'],
  edit: ['DRAFT'],
  // Progress updates are how a plan is worked, so they continue after endorsement.
  updateProgress: ['DRAFT', 'PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED'],
  submit: ['DRAFT'],
  approve: ['PROPOSED'],
  // A manager sends a submitted plan back to its worker with reasons; it becomes a draft again.
  return: ['PROPOSED'],
  approveAsHeadOfService: ['PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL'],
  recordPanelRecommendation: ['APPROVED'],
  // The agency decision maker decides on the panel's recommendation, often after the review has endorsed the plan.
  recordPanelDecision: ['RECOMMENDED_BY_PANEL', 'ENDORSED'],
  endorse: ['APPROVED', 'RECOMMENDED_BY_PANEL'],
  markAchieved: ['ENDORSED'],
  end: ['DRAFT', 'PROPOSED', 'APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED'],
  // A child sees only a plan a manager has approved (PLAN_IN_FORCE_STATUSES), never a draft or a proposal.
  share: ['APPROVED', 'RECOMMENDED_BY_PANEL', 'ENDORSED', 'ACHIEVED'],
};

/**
 *   may create, edit, update progress, submit, mark achieved, end or share a plan
 *                                        = editCase on its child (allocated worker, team manager)
 *   may approve or return a plan         = manage on its child (team manager of the child's team)
 *   may approve as head of service       = approveReserved on its child
 *   may record a panel recommendation    = manage OR approveReserved on its child
 *   may record the panel decision        = manage OR approveReserved on its child
 *   may endorse a plan                   = review on its child (the child's IRO)
 */
export function permits(actor: Actor, action: PlanAction, child: ChildFactsForPolicy): boolean {
  switch (action) {
    case 'create':
    case 'edit':
    case 'updateProgress':
    case 'submit':
    case 'markAchieved':
    case 'end':
    case 'share':
      return can(actor, 'editCase', child);
    case 'approve':
    case 'return':
      return can(actor, 'manage', child);
    case 'approveAsHeadOfService':
      return can(actor, 'approveReserved', child);
    case 'recordPanelRecommendation':
    case 'recordPanelDecision':
      return can(actor, 'manage', child) || can(actor, 'approveReserved', child);
    case 'endorse':
      return can(actor, 'review', child);
  }
}

export const stateAllows = (action: PlanAction, status: PlanStatus) => PLAN_ACTION_STATUSES[action].includes(status);

/** may <action> this plan = permits(actor, action, child) AND the plan's status allows it. */
export const mayActOnPlan = (actor: Actor, action: PlanAction, child: ChildFactsForPolicy, status: PlanStatus) =>
  permits(actor, action, child) && stateAllows(action, status);

/**
 * The roles for which an action can ever be permitted (each role at its
 * closest relation to a child). Every plan mutation's role list is this.
 */
export function rolesThatMay(action: PlanAction): Role[] {
  return ROLES.filter((role) =>
    permits(
      { userId: 'user', sessionId: 'session', role, councilId: 'council', teamId: 'team', childId: 'child', firstName: '', lastName: '' },
      action,
      { id: 'child', councilId: 'council', teamId: 'team', socialWorkerId: 'user', iroId: 'user', activeAdvocateIds: ['user'] },
    ),
  );
}

/** The facts of one plan version the service checks besides its child. */
export interface PlanFactsForPolicy {
  status: PlanStatus;
  /** The head of service rule applies today and they have not approved yet. */
  needsHeadOfServiceApproval: boolean;
  headOfServiceApprovedAt: Date | null;
  panelDecision: string | null;
  sharedWithChildAt: Date | null;
  /** Old enough under the council's policy to have their own account (and see their plan). */
  childOldEnough: boolean;
}

export interface PlanAbilities {
  canStartNewVersion: boolean;
  canEdit: boolean;
  canUpdateProgress: boolean;
  canSubmit: boolean;
  canApprove: boolean;
  canReturn: boolean;
  canApproveAsHeadOfService: boolean;
  canRecordPanelRecommendation: boolean;
  canRecordPanelDecision: boolean;
  canEndorse: boolean;
  canMarkAchieved: boolean;
  canEnd: boolean;
  canShareWithChild: boolean;
}

/**
 * What this actor may do with this plan now: the service's own checks
 * (permits × stateAllows) and the rules it applies on top — panel and
 * endorsement wait for a pending head of service approval, which is asked for
 * only while it is pending; a plan is shared only with a child old enough under
 * the council's policy. A panel decision or a share already made is not
 * offered again.
 */
export function planAbilities(actor: Actor, child: ChildFactsForPolicy, plan: PlanFactsForPolicy): PlanAbilities {
  const may = (action: PlanAction) => mayActOnPlan(actor, action, child, plan.status);
  const hosPending = plan.needsHeadOfServiceApproval && !plan.headOfServiceApprovedAt;
  return {
    canStartNewVersion: may('create'),
    canEdit: may('edit'),
    canUpdateProgress: may('updateProgress'),
    canSubmit: may('submit'),
    canApprove: may('approve'),
    canReturn: may('return'),
    canApproveAsHeadOfService: may('approveAsHeadOfService') && hosPending,
    canRecordPanelRecommendation: may('recordPanelRecommendation') && !hosPending,
    canRecordPanelDecision: may('recordPanelDecision') && !plan.panelDecision,
    canEndorse: may('endorse') && !hosPending,
    canMarkAchieved: may('markAchieved'),
    canEnd: may('end'),
    canShareWithChild: may('share') && plan.childOldEnough && !plan.sharedWithChildAt,
  };
}

/** The one policy of a plan: its SQL scope (through its child) and its per-row predicates. */
export const planPolicy = {
  scope: (actor: Actor, childAlias = 'c'): SqlCondition => childReach(actor, childAlias),
  permits,
  stateAllows,
  mayActOnPlan,
  abilities: planAbilities,
  rolesThatMay,
};

import type { Role } from '@forever-planning/shared';
import type { Actor } from '../common/actor';

/**
 * Small pure predicates the policies are written from. Each takes the actor
 * and the facts of one child as loaded (already scoped in SQL) and denies when
 * a fact is missing.
 */
export interface ChildFactsForPolicy {
  id: string;
  councilId: string;
  teamId: string;
  socialWorkerId: string | null;
  iroId: string | null;
  /** Advocates with an ACTIVE referral for this child. */
  activeAdvocateIds?: string[];
}

export const hasRole = (actor: Actor, ...roles: Role[]) => roles.includes(actor.role);
export const isSameCouncil = (actor: Actor, child: ChildFactsForPolicy) => actor.councilId === child.councilId;
export const isAllocatedWorker = (actor: Actor, child: ChildFactsForPolicy) =>
  actor.role === 'SOCIAL_WORKER' && child.socialWorkerId === actor.userId;
export const isInTeam = (actor: Actor, child: ChildFactsForPolicy) =>
  actor.role === 'TEAM_MANAGER' && actor.teamId !== null && child.teamId === actor.teamId;
export const isReviewingIro = (actor: Actor, child: ChildFactsForPolicy) => actor.role === 'IRO' && child.iroId === actor.userId;
export const isHeadOfService = (actor: Actor) => actor.role === 'HEAD_OF_SERVICE';
export const isSelf = (actor: Actor, child: ChildFactsForPolicy) => actor.role === 'YOUNG_PERSON' && actor.childId === child.id;
export const hasActiveAdvocacyReferral = (actor: Actor, child: ChildFactsForPolicy) =>
  actor.role === 'ADVOCATE' && (child.activeAdvocateIds ?? []).includes(actor.userId);

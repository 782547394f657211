import type { Actor } from '../common/actor';
import {
  hasActiveAdvocacyReferral,
  isAllocatedWorker,
  isHeadOfService,
  isInTeam,
  isReviewingIro,
  isSameCouncil,
  isSelf,
  type ChildFactsForPolicy,
} from './predicates';

/**
 * What an actor may do with one child's record, as sentences. The brief's
 * access table, exactly; everything not granted here is denied.
 */
export type ChildAbility =
  /** The full professional record. */
  | 'readRecord'
  /** Plan, outcomes, placements, legal status, siblings, network, life story, replies to views. */
  | 'editCase'
  /** Approve a plan for panel or review, allocate workers, chair planning meetings. */
  | 'manage'
  /** Record reviews, endorse a plan at review, raise a drift escalation. */
  | 'review'
  /** Approvals the rules reserve to a head of service. */
  | 'approveReserved'
  /** The audit trail of the child's record. */
  | 'readAudit'
  /** The advocate's smaller view of the child. */
  | 'advocate'
  /** The young person's own small view. */
  | 'own';

export function can(actor: Actor, ability: ChildAbility, child: ChildFactsForPolicy | null | undefined): boolean {
  if (!child || !isSameCouncil(actor, child)) return false;
  switch (ability) {
    case 'readRecord':
      return isAllocatedWorker(actor, child) || isInTeam(actor, child) || isReviewingIro(actor, child) || isHeadOfService(actor);
    case 'editCase':
      return isAllocatedWorker(actor, child) || isInTeam(actor, child);
    case 'manage':
      return isInTeam(actor, child);
    case 'review':
      return isReviewingIro(actor, child);
    case 'approveReserved':
      return isHeadOfService(actor);
    case 'readAudit':
      return isInTeam(actor, child) || isReviewingIro(actor, child) || isHeadOfService(actor);
    case 'advocate':
      return hasActiveAdvocacyReferral(actor, child);
    case 'own':
      return isSelf(actor, child);
  }
}

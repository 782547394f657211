import type { AdvocacyStatus } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { can } from './child.policy';
import { hasRole, isSameCouncil, type ChildFactsForPolicy } from './predicates';

/**
 * Advocacy referrals, as sentences.
 *
 *   read    whoever reads the child's full record; the assigned advocate while ACTIVE
 *   accept  an advocate of the child's council, while the referral is REQUESTED
 *           (they see the queue: first name and age only, nothing else)
 *   close   the assigned advocate while ACTIVE; the child's social worker or
 *           team manager while it is open
 *
 * A REQUESTED or CLOSED referral gives an advocate no access to the child:
 * child reach for advocates counts ACTIVE referrals only (child-reach.ts).
 */
export type AdvocacyReferralAbility = 'read' | 'accept' | 'close';

export interface AdvocacyReferralFacts {
  status: AdvocacyStatus;
  advocateId: string | null;
  child: ChildFactsForPolicy;
}

export const isAssignedActiveAdvocate = (actor: Actor, r: AdvocacyReferralFacts) =>
  hasRole(actor, 'ADVOCATE') && r.advocateId === actor.userId && r.status === 'ACTIVE' && isSameCouncil(actor, r.child);

export function canOnReferral(actor: Actor, ability: AdvocacyReferralAbility, r: AdvocacyReferralFacts | null): boolean {
  if (!r) return false;
  switch (ability) {
    case 'read':
      return can(actor, 'readRecord', r.child) || isAssignedActiveAdvocate(actor, r);
    case 'accept':
      return hasRole(actor, 'ADVOCATE') && isSameCouncil(actor, r.child) && r.status === 'REQUESTED';
    case 'close':
      return r.status !== 'CLOSED' && (isAssignedActiveAdvocate(actor, r) || can(actor, 'editCase', r.child));
  }
}

import type { Actor } from '../common/actor';
import { can } from './child.policy';
import type { ChildFactsForPolicy } from './predicates';

/**
 * A brother-or-sister link belongs to both children's records.
 *
 *   read   whoever reads either child's full record
 *   edit   whoever may change either child's case (allocated worker, team manager)
 *   link   whoever may change the first child's case, to a child of the same
 *          council (the other child's worker may be someone else: families
 *          are often split between teams, and the link must still be recorded)
 */
export type SiblingLinkAbility = 'read' | 'edit';

export interface SiblingPairFacts {
  a: ChildFactsForPolicy | null;
  b: ChildFactsForPolicy | null;
}

export function canOnSiblingLink(actor: Actor, ability: SiblingLinkAbility, pair: SiblingPairFacts): boolean {
  const childAbility = ability === 'read' ? 'readRecord' : 'editCase';
  return can(actor, childAbility, pair.a) || can(actor, childAbility, pair.b);
}

export function canLinkSiblings(actor: Actor, child: ChildFactsForPolicy, other: ChildFactsForPolicy | null): boolean {
  return can(actor, 'editCase', child) && other !== null && other.councilId === child.councilId && other.id !== child.id;
}

import type { ViewReader } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { can } from './child.policy';
import type { ChildFactsForPolicy } from './predicates';
import { isHeadOfService, isReviewingIro } from './predicates';

/**
 * Who reads a child's views and messages. The child chooses readers by
 * relation (my worker, my IRO, my advocate); a professional reads what is
 * addressed to their relation to the child. Drafts are the child's own.
 *
 *   allocated worker, team manager  views addressed to WORKER
 *   reviewing IRO                   views addressed to IRO
 *   head of service                 every sent view
 */
export function readerRelation(actor: Actor): ViewReader | 'ALL' | null {
  switch (actor.role) {
    case 'SOCIAL_WORKER':
    case 'TEAM_MANAGER':
      return 'WORKER';
    case 'IRO':
      return 'IRO';
    case 'HEAD_OF_SERVICE':
      return 'ALL';
    default:
      return null;
  }
}

export interface ViewFacts {
  status: string;
  readers: readonly string[];
}

/** A sent view addressed to the actor's relation, on a child whose record they read. */
export function canReadView(actor: Actor, child: ChildFactsForPolicy, view: ViewFacts): boolean {
  const relation = readerRelation(actor);
  if (!relation || view.status !== 'SENT' || !can(actor, 'readRecord', child)) return false;
  return relation === 'ALL' || view.readers.includes(relation);
}

/** "You said, we did": the allocated worker or team manager for views to the worker, the IRO for views to the IRO. */
export function canReplyToView(actor: Actor, child: ChildFactsForPolicy, view: ViewFacts): boolean {
  if (view.status !== 'SENT') return false;
  if (view.readers.includes('WORKER') && can(actor, 'editCase', child)) return true;
  return view.readers.includes('IRO') && isReviewingIro(actor, child);
}

/** The same reading rule in SQL, on a views row aliased `alias`. Children are already scoped by reach. */
export function professionalViewCondition(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  const relation = readerRelation(actor);
  if (!relation) return { sql: 'FALSE', params: {} };
  const sent = `${alias}.status = 'SENT' AND ${alias}.deleted_at IS NULL`;
  if (relation === 'ALL' && isHeadOfService(actor)) return { sql: `(${sent})`, params: {} };
  return { sql: `(${sent} AND :viewReader = ANY(${alias}.readers))`, params: { viewReader: relation } };
}

/** Messages: an unsafe report reaches everyone who reads the record; others reach whom the child (or advocate) sent them to. */
export function professionalMessageCondition(actor: Actor, alias: string): { sql: string; params: Record<string, unknown> } {
  const relation = readerRelation(actor);
  if (!relation) return { sql: 'FALSE', params: {} };
  if (relation === 'ALL') return { sql: 'TRUE', params: {} };
  return { sql: `(${alias}.kind = 'UNSAFE' OR ${alias}.send_to = :messageReader)`, params: { messageReader: relation } };
}

export function canReadMessage(actor: Actor, child: ChildFactsForPolicy, message: { kind: string; sendTo: string | null }): boolean {
  const relation = readerRelation(actor);
  if (!relation || !can(actor, 'readRecord', child)) return false;
  return relation === 'ALL' || message.kind === 'UNSAFE' || message.sendTo === relation;
}

/**
 * Who answers a message they can read: an unsafe alert is the case's to act
 * on (allocated worker, team manager), so they acknowledge and close it; a
 * message addressed to the worker is answered by the worker or team manager,
 * one addressed to the IRO by the reviewing IRO.
 */
export function canRespondToMessage(actor: Actor, child: ChildFactsForPolicy, message: { kind: string; sendTo: string | null }): boolean {
  if (!canReadMessage(actor, child, message)) return false;
  if (message.kind === 'UNSAFE' || message.sendTo === 'WORKER') return can(actor, 'editCase', child);
  return message.sendTo === 'IRO' && isReviewingIro(actor, child);
}

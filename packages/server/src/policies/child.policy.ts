import { ROLES, type Role } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { childReach, type SqlCondition } from './child-reach';
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

/**
 * Does the actor reach this child at all (the predicate form of childReach()):
 * the full record, the advocate's view or the young person's own. The SQL
 * scope and this predicate are the same rule; a property test
 * (test/api/child-policy-agreement.test.ts) checks that they agree.
 */
export function reaches(actor: Actor, child: ChildFactsForPolicy | null | undefined): boolean {
  return can(actor, 'readRecord', child) || can(actor, 'advocate', child) || can(actor, 'own', child);
}

/**
 * The roles for which an ability can ever hold: each role is tried at its
 * closest relation to a child (the allocated worker, the child's own team
 * manager, the reviewing IRO, the active advocate, the child themselves).
 * Resolver role lists and REST route checks are derived from this, so a role
 * the predicate never grants is refused before any record is loaded.
 */
export function rolesThatMay(ability: ChildAbility): Role[] {
  return ROLES.filter((role) => can(closestActor(role), ability, CLOSEST_CHILD));
}

const CLOSEST_CHILD: ChildFactsForPolicy = { id: 'child', councilId: 'council', teamId: 'team', socialWorkerId: 'user', iroId: 'user', activeAdvocateIds: ['user'] };

function closestActor(role: Role): Actor {
  return { userId: 'user', sessionId: 'session', role, councilId: 'council', teamId: 'team', childId: 'child', firstName: '', lastName: '' };
}

/** The roles for which any of these abilities can hold. */
export const rolesThatMayAny = (...abilities: ChildAbility[]): Role[] => ROLES.filter((r) => abilities.some((a) => rolesThatMay(a).includes(r)));

/** The one policy of a child's record: its SQL scope and its per-row predicates. */
export const childPolicy = {
  scope: (actor: Actor, alias = 'c'): SqlCondition => childReach(actor, alias),
  reaches,
  can,
  rolesThatMay,
};

/** Roles that read children's full records (each limited to the children they reach). */
export const CHILD_RECORD_READERS = rolesThatMay('readRecord');
/** Roles that change a child's case: plan, placements, family, life story (allocated worker, team manager). */
export const CASE_EDITORS = rolesThatMay('editCase');
/** Roles that manage a child's case: allocation, approvals (the team manager). */
export const CASE_MANAGERS = rolesThatMay('manage');
/** Roles that review a child's case (the IRO). */
export const CASE_REVIEWERS = rolesThatMay('review');
/** Roles with the approvals the rules reserve to a head of service. */
export const RESERVED_APPROVERS = rolesThatMay('approveReserved');
/** Roles that read the audit trail of a child they reach. */
export const CHILD_AUDIT_READERS = rolesThatMay('readAudit');
/** The advocate's roles. */
export const CHILD_ADVOCATES = rolesThatMay('advocate');
/** The young person's own role. */
export const CHILD_THEMSELVES = rolesThatMay('own');
/** Worker, team manager and the child's IRO: meetings, views and children's messages addressed to them. */
export const CASE_EDITORS_AND_REVIEWERS = rolesThatMayAny('editCase', 'review');
/** Team manager and IRO: the stages of a dispute between them. */
export const MANAGERS_AND_REVIEWERS = rolesThatMayAny('manage', 'review');
/** Roles that read reports across a team or the council (managers and the head of service). */
export const REPORT_READERS = ROLES.filter((r) => CASE_MANAGERS.includes(r) || RESERVED_APPROVERS.includes(r));

/** Does this role reach children in more than one team (so a team filter means something)? */
export const reachesSeveralTeams = (role: Role) =>
  can(closestActor(role), 'readRecord', { ...CLOSEST_CHILD, teamId: 'another team', socialWorkerId: null });

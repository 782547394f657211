import { ROLES, type Role } from '@forever-planning/shared';
import type { Actor } from '../common/actor';
import { isHeadOfService } from './predicates';

/**
 * What an actor may do with their own council's settings and accounts, as
 * sentences: the administrator keeps accounts and local policy (and no
 * child's case); the head of service reads the local policy, retention and
 * the audit trail, and approves the account requests an administrator makes
 * (two people for an account that sees children). The council is always the
 * actor's own (from their session), so each rule is about the person alone.
 * Resolver role lists are derived from this (rolesThatMay), as childPolicy's are.
 */
export type CouncilAbility =
  /** Staff accounts, teams, their contact details, sign-in policy, second factors and the single sign-on provider. */
  | 'manageAccounts'
  /** The account requests waiting for a head of service. */
  | 'readAccountRequests'
  /** Approve or refuse an account request (the second person). */
  | 'approveAccounts'
  /** Change the local policy, non-working days, notification settings, retention settings and portal languages. */
  | 'manageSettings'
  /** Read the local policy and non-working days. */
  | 'readLocalPolicy'
  /** Read the retention settings and the records due for retention review. */
  | 'readRetention'
  /** Import a statutory return (SSDA903) into the council's records. */
  | 'importReturns'
  /** Search the council's audit trail. */
  | 'searchAudit';

const isAdministrator = (actor: Actor) => actor.role === 'ADMINISTRATOR';
const administratorOrHeadOfService = (actor: Actor) => isAdministrator(actor) || isHeadOfService(actor);

const RULES: Record<CouncilAbility, (actor: Actor) => boolean> = {
  manageAccounts: isAdministrator,
  readAccountRequests: administratorOrHeadOfService,
  approveAccounts: isHeadOfService,
  manageSettings: isAdministrator,
  readLocalPolicy: administratorOrHeadOfService,
  readRetention: administratorOrHeadOfService,
  importReturns: isAdministrator,
  searchAudit: administratorOrHeadOfService,
};

export function mayOnCouncil(actor: Actor, ability: CouncilAbility): boolean {
  return RULES[ability](actor);
}

/** The roles for which a council ability holds: what a resolver allows. */
export function rolesThatMayOnCouncil(ability: CouncilAbility): Role[] {
  return ROLES.filter((role) =>
    mayOnCouncil({ userId: 'user', sessionId: 'session', role, councilId: 'council', teamId: null, childId: null, firstName: '', lastName: '' }, ability),
  );
}

/** The one policy of a council's settings and accounts. */
export const councilPolicy = {
  can: mayOnCouncil,
  rolesThatMay: rolesThatMayOnCouncil,
};

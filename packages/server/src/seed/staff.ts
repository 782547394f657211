import type { Role } from '@forever-planning/shared';
import type { DemoAccount, DemoTeamKey } from './demo-accounts';

/**
 * Staff beyond the demo accounts, so caseloads look like a real service.
 * They sign in with the demo password too.
 */
export interface StaffMember {
  username: string;
  role: Role;
  displayName: string;
  team?: DemoTeamKey;
}

export const OTHER_RIVERSIDE_STAFF: readonly StaffMember[] = [
  { username: 'grace.worker', role: 'SOCIAL_WORKER', displayName: 'Grace Adjei', team: 'NORTH' },
  { username: 'ben.worker', role: 'SOCIAL_WORKER', displayName: 'Ben Sutherland', team: 'SOUTH' },
  { username: 'lucy.worker', role: 'SOCIAL_WORKER', displayName: 'Lucy Tran', team: 'SOUTH' },
  { username: 'aled.advocate', role: 'ADVOCATE', displayName: 'Aled Pritchard' },
];

/** How many children each Riverside social worker holds once the seed is done. */
export const CASELOAD_TARGETS: ReadonlyMap<string, number> = new Map([
  ['sam.worker', 12],
  ['priya.worker', 11],
  ['grace.worker', 11],
  ['omar.worker', 12],
  ['ben.worker', 11],
  ['lucy.worker', 11],
]);

export function splitName(member: Pick<DemoAccount, 'displayName'>): { firstName: string; lastName: string } {
  const [firstName, ...rest] = member.displayName.split(' ');
  return { firstName, lastName: rest.join(' ') || firstName };
}

import { In, type EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import { childRoleName, roleWords, type ChildRoleName } from '../young-person/child-words';

export interface ChildAllocations {
  councilId: string;
  socialWorkerId: string | null;
  iroId: string | null;
}

export interface NamedForChild {
  firstName: string;
  /** "your worker", "your IRO", ... */
  role: string;
  /** The same as a code, for the young-person portal to say in the child's language. */
  roleName: ChildRoleName;
}

/** Professionals as a child hears of them: first name and who they are to the child. Same council only. */
export async function namedForChild(manager: EntityManager, child: ChildAllocations, userIds: string[]): Promise<Map<string, NamedForChild>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  const [users, roles] = await Promise.all([
    manager.find(UserEntity, { where: { id: In(ids), councilId: child.councilId }, select: { id: true, firstName: true } }),
    manager.find(RoleAssignmentEntity, { where: { userId: In(ids), councilId: child.councilId }, select: { userId: true, role: true } }),
  ]);
  return namedFrom(child, users, roles);
}

/** namedForChild's users and role assignments as JSON inside a screen statement, for the ids the expression `ids` (uuid[]) gives. */
export function namedForChildJsonSql(childAlias: string, ids: string): string {
  return `json_build_object(
    'users', (SELECT coalesce(json_agg(json_build_object('id', u.id, 'firstName', u.first_name)), '[]'::json) FROM users u WHERE u.id = ANY(${ids}) AND u.council_id = ${childAlias}.council_id),
    'roles', (SELECT coalesce(json_agg(json_build_object('userId', ra.user_id, 'role', ra.role)), '[]'::json) FROM role_assignments ra WHERE ra.user_id = ANY(${ids}) AND ra.council_id = ${childAlias}.council_id))`;
}

export function namedForChildFromJson(child: ChildAllocations, value: unknown): Map<string, NamedForChild> {
  const json = value as { users: { id: string; firstName: string }[]; roles: { userId: string; role: Role }[] };
  return namedFrom(child, json.users, json.roles);
}

function namedFrom(child: ChildAllocations, users: { id: string; firstName: string }[], roles: { userId: string; role: Role }[]): Map<string, NamedForChild> {
  const roleOf = new Map<string, Role>(roles.filter((r) => r.role !== 'YOUNG_PERSON').map((r) => [r.userId, r.role]));
  return new Map(
    users.map((u) => {
      const role = roleOf.get(u.id) ?? 'SOCIAL_WORKER';
      const isTheirs = (role === 'SOCIAL_WORKER' && u.id === child.socialWorkerId) || (role === 'IRO' && u.id === child.iroId);
      return [u.id, { firstName: u.firstName, role: roleWords(role, isTheirs), roleName: childRoleName(role, isTheirs) }];
    }),
  );
}

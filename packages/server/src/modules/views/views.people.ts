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
  const roleOf = new Map<string, Role>(roles.filter((r) => r.role !== 'YOUNG_PERSON').map((r) => [r.userId, r.role]));
  return new Map(
    users.map((u) => {
      const role = roleOf.get(u.id) ?? 'SOCIAL_WORKER';
      const isTheirs = (role === 'SOCIAL_WORKER' && u.id === child.socialWorkerId) || (role === 'IRO' && u.id === child.iroId);
      return [u.id, { firstName: u.firstName, role: roleWords(role, isTheirs), roleName: childRoleName(role, isTheirs) }];
    }),
  );
}

import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password';
import { passwordProblem } from '../modules/auth/password-policy';
import { CouncilEntity } from '../modules/councils/council.entity';
import { RoleAssignmentEntity } from '../modules/users/role-assignment.entity';
import { UserEntity } from '../modules/users/user.entity';

/** A council going live: its record and its first administrator, on a database with no council yet. */
export interface FirstAdministrator {
  councilName: string;
  laCode: string;
  username: string;
  firstName: string;
  lastName: string;
  email: string | null;
  password: string;
}

export class FirstAdministratorError extends Error {}

function problemWith(input: FirstAdministrator): string | null {
  if (!input.councilName.trim() || input.councilName.length > 200) return 'Give the council\'s name (up to 200 characters) with --council.';
  if (!/^\d{3}$/.test(input.laCode)) return 'Give the council\'s three-digit DfE local authority code with --la-code (for example 316 for Newham).';
  if (!/^[a-z][a-z0-9._-]{2,59}$/.test(input.username)) return 'The username must start with a letter and use 3 to 60 lower-case letters, digits, dots, dashes or underscores.';
  if (!input.firstName.trim() || !input.lastName.trim()) return 'Give the administrator\'s name with --first-name and --last-name.';
  return passwordProblem(input.password, { username: input.username });
}

/**
 * Creates the council and its administrator in one transaction. Refused when
 * any council exists: later accounts are made by that administrator in the
 * portal, never by a command that bypasses the audit trail's actors.
 */
export async function createFirstAdministrator(dataSource: DataSource, input: FirstAdministrator): Promise<{ councilId: string; userId: string }> {
  const problem = problemWith(input);
  if (problem) throw new FirstAdministratorError(problem);
  const passwordHash = await hashPassword(input.password);
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE councils IN SHARE ROW EXCLUSIVE MODE');
    if ((await manager.count(CouncilEntity)) > 0) {
      throw new FirstAdministratorError('The database already holds a council: its administrators make further accounts in the professional portal.');
    }
    const council = await manager.save(CouncilEntity, manager.create(CouncilEntity, { name: input.councilName.trim(), laCode: input.laCode }));
    const user = await manager.save(UserEntity, manager.create(UserEntity, {
      councilId: council.id,
      username: input.username,
      passwordHash,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email,
      phone: null,
      passwordChangedAt: null,
      disabledAt: null,
    }));
    await manager.save(RoleAssignmentEntity, manager.create(RoleAssignmentEntity, { userId: user.id, role: 'ADMINISTRATOR', councilId: council.id, teamId: null, childId: null }));
    return { councilId: council.id, userId: user.id };
  });
}

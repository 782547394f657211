import { In, Not, type DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { badInput, conflict, notFound } from '../../common/errors';
import { assertId } from '../../common/validation';
import { writeAudit } from '../audit/audit.service';
import { hashPassword } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import { TeamEntity } from '../councils/team.entity';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import type { CreateStaffAccountInput, StaffAccountType } from './staff.types';
import { actAs } from '../../database/acting-user';

/**
 * Professionals' accounts, created and disabled by the council's
 * administrator. Every change is audited; a disabled account's sessions end
 * at once. Accounts are never deleted: the audit trail names them.
 */
export class StaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor): Promise<StaffAccountType[]> {
    const assignments = await this.dataSource.getRepository(RoleAssignmentEntity).find({
      where: { councilId: actor.councilId, role: Not('YOUNG_PERSON') },
      relations: { user: true, team: true },
      order: { createdAt: 'ASC' },
    });
    return assignments
      .filter((a) => a.user)
      .map((a) => ({
        id: a.userId,
        username: a.user!.username,
        firstName: a.user!.firstName,
        lastName: a.user!.lastName,
        email: a.user!.email,
        role: a.role,
        teamName: a.team?.name ?? null,
        disabled: a.user!.disabledAt !== null,
      }))
      .sort((x, y) => x.lastName.localeCompare(y.lastName) || x.firstName.localeCompare(y.firstName));
  }

  async create(actor: Actor, input: CreateStaffAccountInput, ip: string | null): Promise<StaffAccountType> {
    const needsTeam = input.role === 'SOCIAL_WORKER' || input.role === 'TEAM_MANAGER';
    if (needsTeam && !input.teamId) throw badInput('teamId is required for a social worker or team manager.', 'teamId');
    if (!needsTeam && input.teamId) throw badInput('Only social workers and team managers belong to a team.', 'teamId');
    const passwordHash = await hashPassword(input.initialPassword);
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      let team: TeamEntity | null = null;
      if (input.teamId) {
        team = await manager.findOne(TeamEntity, { where: { id: assertId(input.teamId, 'Team'), councilId: actor.councilId } });
        if (!team) throw notFound('Team');
      }
      if (await manager.findOne(UserEntity, { where: { username: input.username } })) {
        throw conflict('That username cannot be used. Choose another.', { field: 'username' });
      }
      const user = await manager.save(
        manager.create(UserEntity, {
          councilId: actor.councilId,
          username: input.username,
          passwordHash,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email ?? null,
          phone: null,
          passwordChangedAt: this.clock.now(),
          disabledAt: null,
        }),
      );
      await manager.save(
        manager.create(RoleAssignmentEntity, { userId: user.id, role: input.role, councilId: actor.councilId, teamId: team?.id ?? null, childId: null }),
      );
      await writeAudit(manager, actor, ip, [
        {
          action: 'ACCOUNT_CREATED',
          recordType: 'User',
          recordId: user.id,
          changes: {
            username: { before: null, after: input.username },
            role: { before: null, after: input.role },
            team: { before: null, after: team?.name ?? null },
          },
        },
      ]);
      return {
        id: user.id, username: user.username, firstName: user.firstName, lastName: user.lastName, email: user.email,
        role: input.role, teamName: team?.name ?? null, disabled: false,
      };
    });
  }

  async disable(actor: Actor, userId: string, ip: string | null): Promise<StaffAccountType> {
    const id = assertId(userId, 'Account');
    await this.dataSource.transaction(async (manager) => {
      await actAs(manager, actor);
      const user = await manager.findOne(UserEntity, { where: { id, councilId: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      const staff = user && (await manager.count(RoleAssignmentEntity, { where: { userId: id, role: In(['ADVOCATE', 'SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE', 'ADMINISTRATOR']) } }));
      if (!user || !staff) throw notFound('Account');
      if (user.id === actor.userId) throw badInput('You cannot disable your own account.', 'userId');
      if (user.disabledAt) return;
      user.disabledAt = this.clock.now();
      await manager.save(user);
      await this.sessions.revokeAllForUser(manager, user.id);
      await writeAudit(manager, actor, ip, [
        { action: 'ACCOUNT_DISABLED', recordType: 'User', recordId: user.id, changes: { disabled: { before: false, after: true } } },
      ]);
    });
    const account = (await this.list(actor)).find((a) => a.id === id);
    if (!account) throw notFound('Account');
    return account;
  }
}

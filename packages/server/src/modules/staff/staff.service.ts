import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import type { Clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound, versionConflict } from '../../common/errors';
import { assertId } from '../../common/validation';
import { diff, writeAudit } from '../audit/audit.service';
import type { StaffContactInput } from '../notifications/notification.type';
import { hashPassword } from '../auth/password';
import type { SessionService } from '../auth/session.service';
import { TeamEntity } from '../councils/team.entity';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import { StaffAccountRequestEntity } from './staff-account-request.entity';
import { isSweNumber, normaliseSweNumber } from '@forever-planning/shared';
import { relinkPlaceholders } from '../social-worker-episodes/social-worker-placeholders.queries';
import type {
  SetSweNumberInput,
  ApproveStaffAccountRequestInput,
  CreateStaffAccountInput,
  RefuseStaffAccountRequestInput,
  StaffAccountRequestType,
  StaffAccountType,
} from './staff.types';

/** Says nothing about whose the name is, or in which council (usernames are unique across councils). */
const USERNAME_TAKEN = 'That username cannot be used. Choose another.';
import { actingAs } from '../../policies/child-record';

/**
 * Professionals' accounts: requested by the council's administrator, made
 * only when a head of service approves (two people), disabled by the
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
        mobile: a.user!.phone,
        notificationPreference: a.user!.notificationPreference,
        role: a.role,
        teamName: a.team?.name ?? null,
        disabled: a.user!.disabledAt !== null,
        authenticatorEnrolled: a.user!.totpEnrolledAt !== null,
        sweNumber: a.user!.sweNumber,
      }))
      .sort((x, y) => x.lastName.localeCompare(y.lastName) || x.firstName.localeCompare(y.firstName));
  }

  /**
   * The administrator asks for an account. Nothing can sign in yet: the
   * first password is kept as a hash on the request until a head of service
   * approves it (separation of duties: no one person can give themselves, or
   * anyone, a role that sees children).
   */
  async request(actor: Actor, input: CreateStaffAccountInput, ip: string | null): Promise<StaffAccountRequestType> {
    const needsTeam = input.role === 'SOCIAL_WORKER' || input.role === 'TEAM_MANAGER';
    if (needsTeam && !input.teamId) throw badInput('teamId is required for a social worker or team manager.', 'teamId');
    if (!needsTeam && input.teamId) throw badInput('Only social workers and team managers belong to a team.', 'teamId');
    const passwordHash = await hashPassword(input.initialPassword);
    const id = await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      let team: TeamEntity | null = null;
      if (input.teamId) {
        team = await manager.findOne(TeamEntity, { where: { id: assertId(input.teamId, 'Team'), councilId: actor.councilId } });
        if (!team) throw notFound('Team');
      }
      await this.assertUsernameFree(manager, input.username);
      const saved = await manager.save(
        manager.create(StaffAccountRequestEntity, {
          councilId: actor.councilId,
          username: input.username,
          firstName: input.firstName,
          lastName: input.lastName,
          email: input.email ?? null,
          role: input.role,
          teamId: team?.id ?? null,
          passwordHash,
          status: 'PENDING',
          requestedById: actor.userId,
          decidedById: null,
          decidedAt: null,
          refusalReason: null,
          userId: null,
        }),
      ).catch((e: unknown) => {
        // Two requests for one username at once: the partial unique index decides.
        if ((e as { code?: string }).code === '23505') throw conflict(USERNAME_TAKEN, { field: 'username' });
        throw e;
      });
      await writeAudit(manager, actor, ip, [
        {
          action: 'ACCOUNT_REQUESTED',
          recordType: 'StaffAccountRequest',
          recordId: saved.id,
          changes: {
            username: { before: null, after: input.username },
            role: { before: null, after: input.role },
            team: { before: null, after: team?.name ?? null },
          },
        },
      ]);
      return saved.id;
    });
    return (await this.requests(actor, id))[0];
  }

  async teams(actor: Actor): Promise<{ id: string; name: string }[]> {
    const teams = await this.dataSource.getRepository(TeamEntity).find({ where: { councilId: actor.councilId }, order: { name: 'ASC' } });
    return teams.map((t) => ({ id: t.id, name: t.name }));
  }

  /** The council's requests (or one of them), waiting ones first. */
  async requests(actor: Actor, id?: string): Promise<StaffAccountRequestType[]> {
    const rows = await this.dataSource.getRepository(StaffAccountRequestEntity).find({
      where: { councilId: actor.councilId, ...(id ? { id } : {}) },
      relations: { team: true, requestedBy: true, decidedBy: true },
      order: { createdAt: 'DESC' },
    });
    const waitingFirst = [...rows.filter((r) => r.status === 'PENDING'), ...rows.filter((r) => r.status !== 'PENDING')];
    return waitingFirst.map((r) => ({
      id: r.id,
      version: r.version,
      username: r.username,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      role: r.role,
      teamName: r.team?.name ?? null,
      status: r.status,
      requestedByName: r.requestedBy ? `${r.requestedBy.firstName} ${r.requestedBy.lastName}` : '',
      requestedAt: r.createdAt,
      decidedByName: r.decidedBy ? `${r.decidedBy.firstName} ${r.decidedBy.lastName}` : null,
      decidedAt: r.decidedAt,
      refusalReason: r.refusalReason,
    }));
  }

  /** A head of service approves: the account and its role are made in the same transaction as the decision. */
  async approve(actor: Actor, input: ApproveStaffAccountRequestInput, ip: string | null): Promise<StaffAccountRequestType> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockPending(manager, actor, input.id, input.expectedVersion);
      await this.assertUsernameFree(manager, request.username, request.id);
      const user = await manager.save(
        manager.create(UserEntity, {
          councilId: request.councilId,
          username: request.username,
          passwordHash: request.passwordHash,
          firstName: request.firstName,
          lastName: request.lastName,
          email: request.email,
          phone: null,
          passwordChangedAt: this.clock.now(),
          disabledAt: null,
        }),
      );
      await manager.save(
        manager.create(RoleAssignmentEntity, { userId: user.id, role: request.role, councilId: request.councilId, teamId: request.teamId, childId: null }),
      );
      await manager.update(
        StaffAccountRequestEntity,
        { id: request.id },
        { status: 'APPROVED', decidedById: actor.userId, decidedAt: this.clock.now(), userId: user.id, passwordHash: null, version: request.version + 1 },
      );
      await writeAudit(manager, actor, ip, [
        { action: 'ACCOUNT_REQUEST_APPROVED', recordType: 'StaffAccountRequest', recordId: request.id, changes: { status: { before: 'PENDING', after: 'APPROVED' } } },
        {
          action: 'ACCOUNT_CREATED',
          recordType: 'User',
          recordId: user.id,
          changes: { username: { before: null, after: request.username }, role: { before: null, after: request.role }, requestedBy: { before: null, after: request.requestedById } },
        },
      ]);
    });
    return (await this.requests(actor, input.id))[0];
  }

  async refuse(actor: Actor, input: RefuseStaffAccountRequestInput, ip: string | null): Promise<StaffAccountRequestType> {
    await this.dataSource.transaction(async (manager) => {
      const request = await this.lockPending(manager, actor, input.id, input.expectedVersion);
      await manager.update(
        StaffAccountRequestEntity,
        { id: request.id },
        { status: 'REFUSED', decidedById: actor.userId, decidedAt: this.clock.now(), refusalReason: input.reason, passwordHash: null, version: request.version + 1 },
      );
      await writeAudit(manager, actor, ip, [
        { action: 'ACCOUNT_REQUEST_REFUSED', recordType: 'StaffAccountRequest', recordId: request.id, changes: { status: { before: 'PENDING', after: 'REFUSED' } } },
      ]);
    });
    return (await this.requests(actor, input.id))[0];
  }

  /** The request, locked, in the actor's council and still waiting at the version they saw. */
  private async lockPending(manager: EntityManager, actor: Actor, id: string, expectedVersion: number): Promise<StaffAccountRequestEntity> {
    await actingAs(manager, actor);
    const request = await manager
      .createQueryBuilder(StaffAccountRequestEntity, 'r')
      .addSelect('r.passwordHash')
      .setLock('pessimistic_write')
      .where('r.id = :id AND r.council_id = :councilId', { id: assertId(id, 'Account request'), councilId: actor.councilId })
      .getOne();
    if (!request) throw notFound('Account request');
    if (request.requestedById === actor.userId) throw forbidden('Someone other than the person who asked must decide an account request.');
    if (request.status !== 'PENDING') throw conflict(`This request has already been ${request.status === 'APPROVED' ? 'approved' : 'refused'}.`);
    if (request.version !== expectedVersion) {
      throw versionConflict({ version: request.version, updatedAt: request.updatedAt, updatedById: null }, 'account request');
    }
    return request;
  }

  private async assertUsernameFree(manager: EntityManager, username: string, exceptRequestId?: string): Promise<void> {
    const user = await manager.findOne(UserEntity, { where: { username }, select: { id: true } });
    const waiting = await manager.findOne(StaffAccountRequestEntity, { where: { username, status: 'PENDING' }, select: { id: true } });
    if (user || (waiting && waiting.id !== exceptRequestId)) throw conflict(USERNAME_TAKEN, { field: 'username' });
  }

  /** Work email, mobile number and notification preference. Audited. */
  async updateContact(actor: Actor, input: StaffContactInput, ip: string | null): Promise<StaffAccountType> {
    const id = assertId(input.userId, 'Account');
    await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      const user = await manager.findOne(UserEntity, { where: { id, councilId: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      const staff = user && (await manager.count(RoleAssignmentEntity, { where: { userId: id, role: Not('YOUNG_PERSON') } }));
      if (!user || !staff) throw notFound('Account');
      const before = { email: user.email, phone: user.phone, notificationPreference: user.notificationPreference };
      const after = { email: input.email ?? null, phone: input.mobile?.trim() || null, notificationPreference: input.notificationPreference };
      Object.assign(user, after);
      await manager.save(user);
      await writeAudit(manager, actor, ip, [{ action: 'UPDATE', recordType: 'User', recordId: user.id, changes: diff(before, after) }]);
    });
    const account = (await this.list(actor)).find((a) => a.id === id);
    if (!account) throw notFound('Account');
    return account;
  }

  /**
   * Sets (or clears) a professional's Social Work England number. Placeholder
   * staff records of the council with that number (from an imported return)
   * are linked to the account, and their episodes become the account's; a
   * placeholder linked under the account's previous number is let go again.
   */
  async setSweNumber(actor: Actor, input: SetSweNumberInput, ip: string | null): Promise<StaffAccountType> {
    const id = assertId(input.userId, 'Account');
    const number = input.sweNumber ? normaliseSweNumber(input.sweNumber) : null;
    if (number !== null && !isSweNumber(number)) {
      throw badInput('sweNumber must be a Social Work England registration number: SW followed by digits, for example SW123456.', 'sweNumber');
    }
    await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
      const user = await manager.findOne(UserEntity, { where: { id, councilId: actor.councilId }, lock: { mode: 'pessimistic_write' } });
      const roles = user ? await manager.find(RoleAssignmentEntity, { where: { userId: id, role: Not('YOUNG_PERSON') } }) : [];
      if (!user || roles.length === 0) throw notFound('Account');
      if (number !== null && !roles.some((r) => ['SOCIAL_WORKER', 'TEAM_MANAGER', 'IRO', 'HEAD_OF_SERVICE'].includes(r.role))) {
        throw badInput('Only social workers, team managers, IROs and heads of service are registered with Social Work England.', 'sweNumber');
      }
      if (user.sweNumber === number) return;
      if (number !== null && (await manager.count(UserEntity, { where: { sweNumber: number, id: Not(id) } })) > 0) {
        throw conflict('Another account already has that Social Work England number.');
      }
      const before = { sweNumber: user.sweNumber };
      user.sweNumber = number;
      await manager.save(user);
      // Let go of placeholders linked under the previous number, then link those with the new one.
      const { linked, unlinked } = await relinkPlaceholders(manager, actor.councilId, id, number);
      await writeAudit(manager, actor, ip, [
        {
          action: 'UPDATE',
          recordType: 'User',
          recordId: user.id,
          changes: diff(before, { sweNumber: number }),
          parts: [`placeholders linked: ${linked}`, `placeholders let go: ${unlinked}`],
        },
      ]);
    });
    const account = (await this.list(actor)).find((a) => a.id === id);
    if (!account) throw notFound('Account');
    return account;
  }

  async disable(actor: Actor, userId: string, ip: string | null): Promise<StaffAccountType> {
    const id = assertId(userId, 'Account');
    await this.dataSource.transaction(async (manager) => {
      await actingAs(manager, actor);
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

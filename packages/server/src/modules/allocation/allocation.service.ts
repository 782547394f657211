import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { isoDateInLondon, type Clock } from '../../common/clock';
import { badInput } from '../../common/errors';
import { assertId, isUuid } from '../../common/validation';
import { assertVersion, auditChange } from '../case-records/case-record.guard';
import { ChildEntity } from '../children/child.entity';
import type { ChildType } from '../children/child.type';
import type { ChildrenService } from '../children/children.service';
import { RoleAssignmentEntity } from '../users/role-assignment.entity';
import { UserEntity } from '../users/user.entity';
import type { AllocateChildInput } from './allocation.inputs';
import type { AllocationChoices } from './allocation.types';
import { lockChild } from '../../policies/child-record';
import { recordAllocation } from '../social-worker-episodes/social-worker-episodes.allocation';

export class AllocationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly children: ChildrenService,
  ) {}

  /**
   * Active accounts holding `role` in the actor's council (and, for social workers, the actor's team):
   * the people the screen offers and the only ones `allocate` accepts.
   */
  private holders(manager: EntityManager, actor: Actor, role: Role, teamId: string | null) {
    const qb = manager
      .createQueryBuilder(RoleAssignmentEntity, 'ra')
      .innerJoin(UserEntity, 'u', 'u.id = ra.user_id')
      .where('ra.role = :role AND ra.council_id = :councilId AND u.disabled_at IS NULL', { role, councilId: actor.councilId });
    if (teamId) qb.andWhere('ra.team_id = :teamId', { teamId });
    return qb;
  }

  private async holdsRole(manager: EntityManager, actor: Actor, userId: string, role: Role, teamId: string | null): Promise<boolean> {
    if (!isUuid(userId)) return false;
    return (await this.holders(manager, actor, role, teamId).andWhere('ra.user_id = :userId', { userId: userId.toLowerCase() }).getCount()) > 0;
  }

  /** Who a team manager may allocate: the social workers in their team and the IROs in their council, by name. */
  async choices(actor: Actor): Promise<AllocationChoices> {
    const people = async (role: Role, teamId: string | null) =>
      (
        await this.holders(this.dataSource.manager, actor, role, teamId)
          .select(['u.id AS id', 'u.first_name AS first_name', 'u.last_name AS last_name', 'u.swe_number AS swe_number'])
          .orderBy('u.last_name')
          .addOrderBy('u.first_name')
          .addOrderBy('u.id')
          .getRawMany<{ id: string; first_name: string; last_name: string; swe_number: string | null }>()
      ).map((u) => ({ id: u.id, displayName: `${u.first_name} ${u.last_name}`, sweNumber: u.swe_number }));
    const [socialWorkers, iros] = await Promise.all([people('SOCIAL_WORKER', actor.teamId), people('IRO', null)]);
    return { socialWorkers, iros };
  }

  /** A team manager allocates a social worker from their team and an IRO from their council. */
  async allocate(actor: Actor, input: AllocateChildInput, ip: string | null): Promise<ChildType> {
    const childId = assertId(input.childId, 'Child');
    return this.dataSource.transaction(async (manager) => {
      const child = await lockChild(manager, actor, childId, 'manage', { forbidden: 'Only the team manager can allocate this child.' });
      assertVersion(child, input.expectedVersion);
      if (input.socialWorkerId && !(await this.holdsRole(manager, actor, input.socialWorkerId, 'SOCIAL_WORKER', actor.teamId))) {
        throw badInput('socialWorkerId must be a social worker in your team.', 'socialWorkerId');
      }
      if (input.iroId && !(await this.holdsRole(manager, actor, input.iroId, 'IRO', null))) {
        throw badInput('iroId must be an IRO in your council.', 'iroId');
      }
      const changes: Partial<ChildEntity> = {};
      if (input.socialWorkerId !== undefined) changes.socialWorkerId = input.socialWorkerId?.toLowerCase() ?? null;
      if (input.iroId !== undefined) changes.iroId = input.iroId?.toLowerCase() ?? null;
      if (changes.iroId && child.iroAllocatedOn === null) changes.iroAllocatedOn = isoDateInLondon(this.clock.now());
      const today = isoDateInLondon(this.clock.now());
      if (input.socialWorkerId !== undefined) {
        const episodes = await recordAllocation(manager, child, changes.socialWorkerId ?? null, input.changeReason, today);
        if (episodes.closed) {
          await auditChange(manager, actor, ip, { action: 'UPDATE', childId, recordType: 'SocialWorkerEpisode', recordId: episodes.closed.id, before: { endDate: null }, after: { endDate: episodes.closed.endDate } });
        }
        if (episodes.opened) {
          await auditChange(manager, actor, ip, { action: 'CREATE', childId, recordType: 'SocialWorkerEpisode', recordId: episodes.opened.id, before: {}, after: episodes.opened });
        }
        if (episodes.corrected) {
          await auditChange(manager, actor, ip, { action: 'UPDATE', childId, recordType: 'SocialWorkerEpisode', recordId: episodes.corrected.id, before: {}, after: { workerId: episodes.corrected.workerId } });
        }
      } else if (input.changeReason) {
        throw badInput('changeReason goes with a change of social worker.', 'changeReason');
      }
      const before = { socialWorkerId: child.socialWorkerId, iroId: child.iroId, iroAllocatedOn: child.iroAllocatedOn };
      Object.assign(child, changes);
      const saved = await manager.save(child);
      await auditChange(manager, actor, ip, { action: 'UPDATE', childId, recordType: 'Child', recordId: childId, before, after: changes });
      return this.children.present(saved);
    });
  }
}

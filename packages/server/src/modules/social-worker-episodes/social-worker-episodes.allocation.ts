import { IsNull, type EntityManager } from 'typeorm';
import { collectionYearOf } from '../../ssda903/ssda903.record';
import { swReasonsFor, type SwReason } from '@forever-planning/shared';
import { badInput } from '../../common/errors';
import type { IsoDate } from '../../database/columns';
import type { HeldChild } from '../../policies/child-record';
import { SocialWorkerEpisodeEntity } from './social-worker-episode.entity';

export interface EpisodeChange {
  closed: { id: string; endDate: IsoDate } | null;
  opened: { id: string; workerId: string; startDate: IsoDate; reason: SwReason } | null;
  /** The episode opened today given to another worker instead (a same-day correction, so no episode lasts under a day: SW09). */
  corrected: { id: string; workerId: string } | null;
}

/**
 * Keeps the child's social worker episodes in step with an allocation, inside
 * the allocation's transaction (the caller holds the child's row lock): the
 * open episode ends today and the new worker's begins today, with the reason
 * the team manager gave. A first allocation is FCONTA unless another reason is
 * given; a change from one worker to another needs a reason. Taking the
 * worker away ends the open episode and opens none.
 */
export async function recordAllocation(
  manager: EntityManager,
  child: HeldChild,
  workerId: string | null,
  reason: SwReason | null | undefined,
  today: IsoDate,
): Promise<EpisodeChange> {
  const change: EpisodeChange = { closed: null, opened: null, corrected: null };
  const open = await manager.findOne(SocialWorkerEpisodeEntity, { where: { childId: child.id, endDate: IsNull() } });
  if (open ? open.workerId === workerId : workerId === null) return change;
  const allowed = swReasonsFor(collectionYearOf(today));
  if (reason && !allowed.includes(reason)) throw badInput(`changeReason must be one of ${allowed.join(', ')}.`, 'changeReason');
  if (open && open.startDate === today && workerId) {
    open.workerId = workerId;
    open.placeholderId = null;
    if (reason) open.reason = reason;
    await manager.save(open);
    change.corrected = { id: open.id, workerId };
    return change;
  }
  const earlier = open ? 1 : await manager.count(SocialWorkerEpisodeEntity, { where: { childId: child.id } });
  const why: SwReason | null = reason ?? (earlier === 0 ? 'FCONTA' : null);
  if (workerId && !why) throw badInput('changeReason is needed when the child had a social worker before: say why the social worker changed.', 'changeReason');
  if (open) {
    open.endDate = today < open.startDate ? open.startDate : today;
    await manager.save(open);
    change.closed = { id: open.id, endDate: open.endDate };
  }
  if (workerId) {
    const made = await manager.save(manager.create(SocialWorkerEpisodeEntity, { childId: child.id, workerId, placeholderId: null, startDate: today, endDate: null, reason: why }));
    change.opened = { id: made.id, workerId, startDate: today, reason: why! };
  }
  return change;
}

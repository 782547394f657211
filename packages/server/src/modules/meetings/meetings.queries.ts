import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { lockReachableRow } from '../../policies/reachable-row';
import { MeetingEntity } from './meeting.entity';

// Other modules read the meetings table only through these (the boundary rule in eslint.config.mjs).

/** One meeting by id, locked, if its child is within the actor's reach. */
export function lockReachableMeeting(manager: EntityManager, actor: Actor, meetingId: string): Promise<MeetingEntity | null> {
  return lockReachableRow(manager, actor, MeetingEntity, meetingId);
}

export function isMeetingOfChild(manager: EntityManager, meetingId: string, childId: string): Promise<boolean> {
  return manager.existsBy(MeetingEntity, { id: meetingId, childId });
}

/** The child's next meeting not yet held, from today on. */
export function nextMeetingOfChild(manager: EntityManager, childId: string, today: string): Promise<MeetingEntity | null> {
  return manager
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .where('m.child_id = :childId AND m.held_on IS NULL', { childId })
    .andWhere('COALESCE(m.scheduled_for, m.due_date) >= :today', { today })
    .orderBy('COALESCE(m.scheduled_for, m.due_date)', 'ASC')
    .getOne();
}

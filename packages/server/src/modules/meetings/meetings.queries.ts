import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { columnsSql, hydrate } from '../../common/screen-query';
import type { Actor } from '../../common/actor';
import { childReach } from '../../policies/child-reach';
import { lockUnder, type HeldChild } from '../../policies/child-record';
import { ChildEntity } from '../children/child.entity';
import { MeetingEntity } from './meeting.entity';

// Other modules read the meetings table only through these (the boundary rule in eslint.config.mjs).

/** One meeting by id, if its child is within the actor's reach (not locked: reading only). */
export function findReachableMeeting(manager: EntityManager, actor: Actor, meetingId: string): Promise<MeetingEntity | null> {
  const reach = childReach(actor, 'c');
  return manager.createQueryBuilder(MeetingEntity, 'm').innerJoin(ChildEntity, 'c', 'c.id = m.child_id').where('m.id = :meetingId', { meetingId }).andWhere(reach.sql, reach.params).getOne();
}

/** One meeting of a child this transaction holds, locked after the child (the one order, policies/child-record.ts). */
export function lockMeetingOf(manager: EntityManager, child: HeldChild, meetingId: string): Promise<MeetingEntity | null> {
  return lockUnder(manager, child, MeetingEntity, 'm', 'm.id = :meetingId AND m.child_id = :childId', { meetingId, childId: child.id });
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

/** The day and type of the child's meetings by id (the day held, else booked, else due), for a child's "you said, we did". */
export async function meetingDaysByIds(manager: EntityManager, childId: string, ids: readonly string[]): Promise<Map<string, { on: string | null; type: MeetingEntity['type'] }>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.getRepository(MeetingEntity).createQueryBuilder('m').where('m.id IN (:...ids) AND m.child_id = :childId', { ids: [...ids], childId }).getMany();
  return new Map(rows.map((m) => [m.id, { on: m.heldOn ?? m.scheduledFor ?? m.dueDate, type: m.type }]));
}

/** nextMeetingOfChild as JSON inside a screen statement: the child row `childAlias`, the day parameter `todayParam`. */
export function nextMeetingJsonSql(dataSource: DataSource, childAlias: string, todayParam: string): string {
  return `(SELECT row_to_json(r) FROM (SELECT ${columnsSql(dataSource.getMetadata(MeetingEntity), 'm')} FROM meetings m
    WHERE m.child_id = ${childAlias}.id AND m.held_on IS NULL AND COALESCE(m.scheduled_for, m.due_date) >= :${todayParam}
    ORDER BY COALESCE(m.scheduled_for, m.due_date) ASC LIMIT 1) r)`;
}

export function meetingFromJson(dataSource: DataSource, value: unknown): MeetingEntity | null {
  return value ? hydrate<MeetingEntity>(dataSource, dataSource.getMetadata(MeetingEntity), value as Record<string, unknown>) : null;
}

/** meetingDaysByIds as JSON inside a screen statement, for the ids the expression `ids` (uuid[]) gives. */
export function meetingDaysJsonSql(childAlias: string, ids: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', m.id, 'on', coalesce(m.held_on, m.scheduled_for, m.due_date)::text, 'type', m.type)), '[]'::json)
    FROM meetings m WHERE m.id = ANY(${ids}) AND m.child_id = ${childAlias}.id)`;
}

export function meetingDaysFromJson(value: unknown): Map<string, { on: string | null; type: MeetingEntity['type'] }> {
  return new Map((value as { id: string; on: string | null; type: MeetingEntity['type'] }[]).map((m) => [m.id, { on: m.on, type: m.type }]));
}

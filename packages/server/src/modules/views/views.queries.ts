import type { DataSource, EntityManager } from 'typeorm';
import { columnsSql, hydrate } from '../../common/screen-query';
import { meetingDaysFromJson, meetingDaysJsonSql } from '../meetings/meetings.queries';
import { outcomeWordsFromJson, outcomeWordsJsonSql } from '../plans/plans.queries';
import type { ChildEntity } from '../children/child.entity';
import { namedForChildFromJson, namedForChildJsonSql, type NamedForChild } from './views.people';
import { insertOnce } from '../../policies/child-record';
import { ViewEntity } from './view.entity';

// Other modules read and write the views table only through these (the boundary rule in eslint.config.mjs).

/** The child's sent views an advocate may read: shared with advocates, or written with this one. */
export function sentViewsForAdvocate(manager: EntityManager, childId: string, advocateId: string): Promise<ViewEntity[]> {
  return manager
    .getRepository(ViewEntity)
    .createQueryBuilder('v')
    .where('v.child_id = :childId', { childId })
    .andWhere(`v.status = 'SENT' AND ('ADVOCATE' = ANY(v.readers) OR v.written_with_advocate_id = :me)`, { me: advocateId })
    .orderBy('v.sent_at', 'DESC')
    .getMany();
}

/** A view sent at once (written with an advocate), once per clientKey. */
export function insertSentViewOnce(manager: EntityManager, values: Partial<ViewEntity>): Promise<{ record: ViewEntity; created: boolean }> {
  return insertOnce(manager, ViewEntity, values);
}

export interface MyViewsRead {
  views: ViewEntity[];
  people: Map<string, NamedForChild>;
  goals: Map<string, string>;
  meetings: ReturnType<typeof meetingDaysFromJson>;
}

/**
 * ViewsService.myViews's reads as JSON inside a screen statement (the young person's home), for
 * the child row `childAlias`: the child's views, newest first, and who replied, the goals and the
 * meetings the replies name.
 */
export function myViewsJsonSql(dataSource: DataSource, childAlias: string): string {
  const mine = (column: string) => `ARRAY(SELECT v.${column} FROM views v WHERE v.child_id = ${childAlias}.id AND v.deleted_at IS NULL AND v.${column} IS NOT NULL)`;
  return `json_build_object(
    'views', (SELECT coalesce(json_agg(r ORDER BY r.created_at DESC, r.id DESC), '[]'::json) FROM (SELECT ${columnsSql(dataSource.getMetadata(ViewEntity), 'x')}
      FROM views x WHERE x.child_id = ${childAlias}.id AND x.deleted_at IS NULL) r),
    'people', ${namedForChildJsonSql(childAlias, mine('replied_by_id'))},
    'goals', ${outcomeWordsJsonSql(childAlias, mine('reply_outcome_id'))},
    'meetings', ${meetingDaysJsonSql(childAlias, mine('reply_meeting_id'))})`;
}

export function myViewsFromJson(dataSource: DataSource, child: ChildEntity, value: unknown): MyViewsRead {
  const json = value as { views: Record<string, unknown>[]; people: unknown; goals: unknown; meetings: unknown };
  return {
    views: json.views.map((r) => hydrate<ViewEntity>(dataSource, dataSource.getMetadata(ViewEntity), r)),
    people: namedForChildFromJson(child, json.people),
    goals: outcomeWordsFromJson(json.goals),
    meetings: meetingDaysFromJson(json.meetings),
  };
}

import type { EntityManager } from 'typeorm';
import { ChildEntity } from '../children/child.entity';
import { LifeStoryItemEntity } from './life-story-item.entity';
import { visibleToChildSql } from './life-story-visibility';

// Other modules read the life story table only through these (the boundary rule in eslint.config.mjs).

/** A child's life story in the order it happened; with `visibleToday`, only what the child sees that day. */
export function lifeStoryInOrder(manager: EntityManager, childId: string, visibleToday: string | null): Promise<LifeStoryItemEntity[]> {
  const qb = manager
    .getRepository(LifeStoryItemEntity)
    .createQueryBuilder('i')
    .innerJoin(ChildEntity, 'c', 'c.id = i.child_id')
    .where('i.child_id = :childId', { childId })
    .orderBy('i.occurred_on', 'ASC', 'NULLS LAST')
    .addOrderBy('i.created_at', 'ASC');
  if (visibleToday) qb.andWhere(visibleToChildSql('i', 'c'), { visibleToday });
  return qb.getMany();
}

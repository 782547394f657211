import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../common/actor';
import { ChildEntity } from '../modules/children/child.entity';
import { childReach } from './child-reach';
import { actAs } from '../database/acting-user';

/**
 * One row of a child's record by id, locked for the rest of the transaction,
 * found only if its child is within the actor's reach (the reach is in SQL).
 * Locking for a change also tells the database who is acting (acting-user.ts).
 */
export async function lockReachableRow<T extends ObjectLiteral>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<T>,
  id: string,
): Promise<T | null> {
  await actAs(manager, actor);
  const reach = childReach(actor, 'reach_child');
  return manager
    .createQueryBuilder(entity, 'row')
    .setLock('pessimistic_write', undefined, ['row'])
    .innerJoin(ChildEntity, 'reach_child', 'reach_child.id = row.child_id')
    .where('row.id = :id', { id })
    .andWhere(reach.sql, reach.params)
    .getOne();
}

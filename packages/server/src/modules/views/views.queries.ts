import type { EntityManager } from 'typeorm';
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

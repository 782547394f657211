import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/actor';

/**
 * Tells the database who is making the changes in this transaction. A trigger
 * on every EditableRecord table (migration RecordsKnowWhoChangedThem) copies
 * it into updated_by_id on each insert and update, so a record can say who
 * changed it last and a CONFLICT can name them. The setting is local to the
 * transaction: it ends with it and never leaks to the next user of the
 * pooled connection.
 *
 * Only policies/child-record.ts calls this: its locks set it on every write
 * to a child's record, and its actingAs on writes that touch no child
 * (test/api/one-way-to-touch-a-record.test.ts holds everyone else to that).
 */
export async function actAs(manager: EntityManager, actor: Pick<Actor, 'userId'>): Promise<void> {
  await manager.query(`SELECT set_config('forever_planning.acting_user_id', $1, true)`, [actor.userId]);
}

import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../common/actor';
import { assertId } from '../common/validation';
import { conflict, forbidden, notFound, versionConflict, type ChangedRecord } from '../common/errors';
import { can, type ChildAbility } from './child.policy';
import { childReach } from './child-reach';
import { ChildEntity } from '../modules/children/child.entity';
import type { ChildFactsForPolicy } from './predicates';
import { AdvocacyReferralEntity } from '../modules/advocacy/advocacy-referral.entity';
import { actAs } from '../database/acting-user';

/**
 * Loads one record that belongs to a child, locked for update, together with
 * its child, only when the actor reaches that child (in SQL). Anything else is
 * NOT_FOUND, exactly like a missing record. For a young person the reach is
 * their own record, so another child's ids are never found.
 */
export async function lockChildRecord<T extends ObjectLiteral & { childId: string }>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  options: { withDeleted?: boolean } = {},
): Promise<{ record: T; child: ChildEntity }> {
  const recordId = assertId(id, what);
  await actAs(manager, actor);
  const reach = childReach(actor, 'c');
  const qb = manager
    .createQueryBuilder(entity, 'x')
    .innerJoin(ChildEntity, 'c', 'c.id = x.child_id')
    .where('x.id = :recordId', { recordId })
    .andWhere(reach.sql, reach.params)
    .setLock('pessimistic_write', undefined, ['x']);
  if (options.withDeleted) qb.withDeleted();
  const record = await qb.getOne();
  if (!record) throw notFound(what);
  const child = await manager.findOneByOrFail(ChildEntity, { id: record.childId });
  return { record, child };
}

/** One child the actor reaches, with the facts the policies need (advocates with an ACTIVE referral). */
export async function reachableChild(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<ChildFacts> {
  const childId = assertId(id, 'Child');
  const reach = childReach(actor, 'c');
  const qb = manager.createQueryBuilder(ChildEntity, 'c').where('c.id = :childId', { childId }).andWhere(reach.sql, reach.params);
  if (lock) {
    qb.setLock('pessimistic_write');
    await actAs(manager, actor);
  }
  const child = await qb.getOne();
  if (!child) throw notFound('Child');
  const referrals = await manager.find(AdvocacyReferralEntity, { where: { childId, status: 'ACTIVE' }, select: { advocateId: true } });
  return Object.assign(child, { activeAdvocateIds: referrals.map((r) => r.advocateId).filter((a): a is string => a !== null) });
}

export type ChildFacts = ChildEntity & ChildFactsForPolicy;

/** Every update names the version it was based on; a stale one writes nothing. */
export function assertVersion(current: ChangedRecord, expected: number): void {
  if (current.version !== expected) throw versionConflict(current);
}

/**
 * The child, locked for the rest of the transaction so concurrent changes to
 * the same child's records queue up: NOT_FOUND outside the actor's reach (in
 * SQL), FORBIDDEN for someone who may read the record but lacks the ability.
 */
export async function lockReachableChild(manager: EntityManager, actor: Actor, childId: string, ability: ChildAbility): Promise<ChildEntity> {
  const id = assertId(childId, 'Child');
  await actAs(manager, actor);
  const reach = childReach(actor, 'c');
  const child = await manager
    .createQueryBuilder(ChildEntity, 'c')
    .setLock('pessimistic_write')
    .where('c.id = :id', { id })
    .andWhere(reach.sql, reach.params)
    .getOne();
  if (!child || !can(actor, 'readRecord', child)) throw notFound('Child');
  if (!can(actor, ability, child)) throw forbidden('Your role can read this record but not make this change.');
  return child;
}

/** The young person's own child id, from their session, never from input. */
export function ownChildId(actor: Actor): string {
  if (actor.role !== 'YOUNG_PERSON' || !actor.childId) throw notFound('Child');
  return actor.childId;
}

/**
 * Inserts a child's record once per (child, clientKey): a retried request gets
 * the first one back instead of a second copy. Without a key it always inserts.
 */
export async function insertOnce<T extends ObjectLiteral & { id: string; childId: string; clientKey: string | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: Partial<T>,
): Promise<{ record: T; created: boolean }> {
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values as never)
    .orIgnore()
    .returning('id')
    .execute();
  const insertedId = (result.raw as { id: string }[])[0]?.id;
  if (insertedId) return { record: await manager.getRepository(entity).findOneByOrFail({ id: insertedId } as never), created: true };
  const existing = await manager.getRepository(entity).findOneBy({ childId: values.childId, clientKey: values.clientKey } as never);
  if (!existing) throw conflict('This was already saved once and then removed.');
  return { record: existing, created: false };
}

import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../common/actor';
import { assertId } from '../common/validation';
import { conflict, forbidden, notFound, versionConflict, type ChangedRecord } from '../common/errors';
import { can, type ChildAbility } from './child.policy';
import { childReach } from './child-reach';
import { ChildEntity } from '../modules/children/child.entity';
import type { ChildFactsForPolicy } from './predicates';
import { AdvocacyReferralEntity } from '../modules/advocacy/advocacy-referral.entity';
import { actAs } from '../database/acting-user';

/*
 * THE ONE WAY TO TOUCH A CHILD'S RECORD. Every write to a child's record goes
 * through the helpers in this file, and nothing else in the server locks rows
 * or sets the acting user (test/api/one-way-to-touch-a-record.test.ts greps
 * for it). Each helper, inside the caller's transaction:
 *   1. tells the database who is acting (actAs), for the audit triggers;
 *   2. finds the child, or the record and its child, within the actor's reach
 *      in SQL, so an id out of reach is NOT_FOUND exactly like a missing one;
 *   3. locks in THE ONE ORDER: the child row first (several children in
 *      ascending id), then the record, then rows under that record. Two writes
 *      on the same child, from any path, queue on the child row and never
 *      deadlock (test/api/lock-order.test.ts);
 *   4. authorizes: NOT_FOUND for someone who may not even read the record,
 *      FORBIDDEN for a reader without the ability.
 */

/** Proof that this transaction holds the child's row lock: only the helpers here make one. */
declare const held: unique symbol;
export type HeldChild = ChildFacts & { readonly [held]: true };

/** What a write needs of the actor on the child: an ability of the child policy, or a rule of its own. */
export type ChildCheck = ChildAbility | ((child: ChildFacts) => boolean);

export interface ChildLockOptions {
  /** Who may find the child at all (else NOT_FOUND); the record readers unless said otherwise. */
  finds?: ChildAbility | ((child: ChildFacts) => boolean);
  /** The FORBIDDEN message for a reader without the ability. */
  forbidden?: string;
  /** What NOT_FOUND names (the child unless said otherwise). */
  what?: string;
  /** Load the advocates with an ACTIVE referral, for the rules that ask about them. */
  withAdvocates?: boolean;
}

const passes = (actor: Actor, check: ChildCheck, child: ChildFacts) => (typeof check === 'function' ? check(child) : can(actor, check, child));

/** Locks children's rows by id, in ascending id order, and adds the facts the policies need. */
async function lockChildRows(
  manager: EntityManager,
  actor: Actor,
  ids: string[],
  scope: { sql: string; params: Record<string, unknown> } | null,
  withAdvocates = false,
): Promise<HeldChild[]> {
  await actAs(manager, actor);
  const qb = manager.createQueryBuilder(ChildEntity, 'c').setLock('pessimistic_write').where('c.id IN (:...ids)', { ids }).orderBy('c.id');
  if (scope) qb.andWhere(scope.sql, scope.params);
  const children = await qb.getMany();
  if (!withAdvocates) return children as HeldChild[];
  const referrals = children.length
    ? await manager.find(AdvocacyReferralEntity, { where: { childId: In(children.map((c) => c.id)), status: 'ACTIVE' }, select: { childId: true, advocateId: true } })
    : [];
  return children.map((c) => Object.assign(c, { activeAdvocateIds: referrals.filter((r) => r.childId === c.id && r.advocateId).map((r) => r.advocateId!) }) as HeldChild);
}

function authorize(actor: Actor, child: ChildFacts | undefined, ability: ChildCheck | null, options: ChildLockOptions): asserts child is ChildFacts {
  if (!child || !passes(actor, options.finds ?? 'readRecord', child)) throw notFound(options.what ?? 'Child');
  if (ability && !passes(actor, ability, child)) throw forbidden(options.forbidden ?? 'Your role can read this record but not make this change.');
}

/**
 * The child, locked for the rest of the transaction so concurrent changes to
 * the same child's records queue up: NOT_FOUND outside the actor's reach (in
 * SQL) or for someone who may not read the record, FORBIDDEN for a reader
 * without the ability (null: finding it is all the write needs).
 */
export async function lockChild(manager: EntityManager, actor: Actor, childId: string, ability: ChildCheck | null, options: ChildLockOptions = {}): Promise<HeldChild> {
  const id = assertId(childId, 'Child');
  const [child] = await lockChildRows(manager, actor, [id], childReach(actor, 'c'), options.withAdvocates);
  authorize(actor, child, ability, options);
  return child as HeldChild;
}

/**
 * Two or more children locked together (brothers and sisters): their rows in
 * ascending id order, each only if it is in the actor's council; the caller
 * applies the rule that spans them. Missing ones are simply absent.
 */
export function lockChildrenInCouncil(manager: EntityManager, actor: Actor, childIds: string[]): Promise<HeldChild[]> {
  return lockChildRows(manager, actor, [...new Set(childIds)], { sql: 'c.council_id = :lockCouncilId', params: { lockCouncilId: actor.councilId } });
}

export interface RecordLockOptions extends ChildLockOptions {
  withDeleted?: boolean;
  /** Which records the actor may find (aliases x for the record, c for its child); the actor's reach unless said otherwise. */
  scope?: { sql: string; params: Record<string, unknown> };
  /** Checked once both are locked; NOT_FOUND / FORBIDDEN as for lockChild. Without it the caller's record rule decides. */
  ability?: ChildCheck;
}

/**
 * One record that belongs to a child, by id: found only when the actor may
 * find it (their reach in SQL unless a scope says otherwise), else NOT_FOUND
 * naming the record, exactly like a missing id. Its child is locked first,
 * then the record. With an ability it is checked as lockChild does.
 */
export async function lockChildRecord<T extends ObjectLiteral & { childId: string }>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<T>,
  id: string,
  what: string,
  options: RecordLockOptions = {},
): Promise<{ record: T; child: HeldChild }> {
  const recordId = assertId(id, what);
  await actAs(manager, actor);
  const scope = options.scope ?? childReach(actor, 'c');
  const finder = manager
    .createQueryBuilder(entity, 'x')
    .innerJoin(ChildEntity, 'c', 'c.id = x.child_id')
    .where('x.id = :recordId', { recordId })
    .andWhere(scope.sql, scope.params);
  if (options.withDeleted) finder.withDeleted();
  const found = await finder.getOne();
  if (!found) throw notFound(what);
  const [child] = await lockChildRows(manager, actor, [found.childId], null, options.withAdvocates);
  if (options.ability) authorize(actor, child, options.ability, { ...options, what: options.what ?? 'Child' });
  const record = await lockUnder(manager, child!, entity, 'x', 'x.id = :recordId AND x.child_id = :childId', { recordId, childId: child!.id }, options);
  if (!record) throw notFound(what);
  return { record, child: child! };
}

/**
 * A row under a child this transaction already holds (HeldChild), locked as
 * the second step of the one order: the caller's condition must tie it to
 * that child (its child_id, or the record it hangs from).
 */
export function lockUnder<T extends ObjectLiteral>(
  manager: EntityManager,
  _child: HeldChild | HeldChild[],
  entity: EntityTarget<T>,
  alias: string,
  where: string,
  params: Record<string, unknown>,
  options: { withDeleted?: boolean } = {},
): Promise<T | null> {
  const qb = manager.createQueryBuilder(entity, alias).setLock('pessimistic_write', undefined, [alias]).where(where, params);
  if (options.withDeleted) qb.withDeleted();
  return qb.getOne();
}

/** One child the actor reaches, with the facts the policies need (advocates with an ACTIVE referral). Reading only: it locks nothing. */
export async function reachableChild(manager: EntityManager, actor: Actor, id: string): Promise<ChildFacts> {
  const childId = assertId(id, 'Child');
  const reach = childReach(actor, 'c');
  const child = await manager.createQueryBuilder(ChildEntity, 'c').where('c.id = :childId', { childId }).andWhere(reach.sql, reach.params).getOne();
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
 * A write that changes no child's record (accounts, council settings, sign-in)
 * still tells the audit triggers who is acting: this is the only other place
 * that sets it.
 */
export function actingAs(manager: EntityManager, actor: Pick<Actor, 'userId'>): Promise<void> {
  return actAs(manager, actor);
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

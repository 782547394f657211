import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../../common/actor';
import { badInput } from '../../common/errors';
import { lockChild, lockChildRecord, type HeldChild } from '../../policies/child-record';
import { diff, writeAudit } from '../audit/audit.service';

/**
 * The steps every change to a child's case record shares: find the child in
 * the actor's reach (NOT_FOUND otherwise), lock it so concurrent changes to
 * the same child's records queue up, check editCase (FORBIDDEN for a reader
 * who may not change it), and check the version the client saw (CONFLICT).
 */
export function lockChildForEdit(manager: EntityManager, actor: Actor, childId: string): Promise<HeldChild> {
  return lockChild(manager, actor, childId, 'editCase');
}

/**
 * A record that belongs to one child, locked for an update: its child must be
 * in the actor's reach (checked in SQL), else NOT_FOUND like a missing id.
 * The child is locked first, then the record (policies/child-record.ts).
 */
export function lockChildRecordForEdit<T extends ObjectLiteral & { childId: string; version: number }>(
  manager: EntityManager,
  actor: Actor,
  entity: EntityTarget<T>,
  recordId: string,
  what: string,
): Promise<{ record: T; child: HeldChild }> {
  return lockChildRecord(manager, actor, entity, recordId, what, { ability: 'editCase' });
}

export { assertVersion } from '../../policies/child-record';

/** One audit row for a created or changed case record, with before and after. */
export function auditChange(
  manager: EntityManager,
  actor: Actor,
  ip: string | null,
  change: { action: 'CREATE' | 'UPDATE'; childId: string; recordType: string; recordId: string; before: object; after: object },
): Promise<void> {
  return writeAudit(manager, actor, ip, [
    {
      action: change.action,
      childId: change.childId,
      recordType: change.recordType,
      recordId: change.recordId,
      changes: diff(change.before, change.after),
    },
  ]);
}

/** Input objects carry undefined for fields the client left out, and the ids and versions that are not changes. */
export function changesFrom<T extends object, K extends keyof T>(input: T, ...omit: K[]): Partial<Omit<T, K>> {
  return Object.fromEntries(
    Object.entries(input).filter(([k, v]) => v !== undefined && !(omit as string[]).includes(k)),
  ) as Partial<Omit<T, K>>;
}

/** "Not in the future" is judged against the server's clock in England, never the client's. */
export function assertNotAfterToday(date: string | null | undefined, today: string, field: string): void {
  if (date && date > today) throw badInput(`${field} cannot be in the future.`, field);
}

import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Actor } from '../../common/actor';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  childId?: string | null;
  recordType?: string | null;
  recordId?: string | null;
  parts?: string[];
  changes?: Record<string, { before: unknown; after: unknown }> | null;
  attemptedUsername?: string | null;
  /** Overrides the actor (sign-in events happen before there is one). */
  actorUserId?: string | null;
  actorRole?: string | null;
}

/**
 * Writes audit rows with the same EntityManager as the change they record, so
 * they commit or roll back together. A failed audit write fails the request.
 */
export async function writeAudit(
  manager: EntityManager,
  actor: Actor | null,
  ip: string | null,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await manager.insert(
    AuditEventEntity,
    entries.map((e) => ({
      action: e.action,
      actorUserId: e.actorUserId !== undefined ? e.actorUserId : (actor?.userId ?? null),
      actorRole: e.actorRole !== undefined ? e.actorRole : (actor?.role ?? null),
      childId: e.childId ?? null,
      recordType: e.recordType ?? null,
      recordId: e.recordId ?? null,
      parts: e.parts ?? [],
      changes: e.changes ?? null,
      ipAddress: ip,
      attemptedUsername: e.attemptedUsername ?? null,
    })) as QueryDeepPartialEntity<AuditEventEntity>[],
  );
}

/** The fields that differ between two versions of a record, for an UPDATE audit row. */
export function diff(before: object, after: object): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    const a = (before as Record<string, unknown>)[key];
    const b = (after as Record<string, unknown>)[key];
    if (b === undefined) continue;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[String(key)] = { before: a ?? null, after: b ?? null };
  }
  return changes;
}

import type { EntityManager } from 'typeorm';
import type { AuditAction } from '@forever-planning/shared';
import type { Actor } from '../../common/actor';
import { clockOf } from '../../database/clock-of';

export interface AuditEntry {
  action: AuditAction;
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
  const occurredAt = clockOf(manager).now().toISOString();
  const rows = entries.map((e) => ({
    action: e.action,
    actor_user_id: e.actorUserId !== undefined ? e.actorUserId : (actor?.userId ?? null),
    actor_role: e.actorRole !== undefined ? e.actorRole : (actor?.role ?? null),
    child_id: e.childId ?? null,
    record_type: e.recordType ?? null,
    record_id: e.recordId ?? null,
    parts: e.parts ?? [],
    changes: e.changes ?? null,
    ip_address: ip,
    attempted_username: e.attemptedUsername ?? null,
    occurred_at: occurredAt,
  }));
  // One statement with one parameter however many rows (a page of 100 children is 100 READ rows).
  await manager.query(INSERT_AUDIT_ROWS, [JSON.stringify(rows)]);
}

const INSERT_AUDIT_ROWS = `
  INSERT INTO audit_events (action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address, attempted_username, occurred_at)
  SELECT action, actor_user_id, actor_role, child_id, record_type, record_id, parts, changes, ip_address, attempted_username, occurred_at
    FROM jsonb_to_recordset($1::jsonb) AS r(action varchar, actor_user_id uuid, actor_role varchar, child_id uuid, record_type varchar,
                                           record_id uuid, parts text[], changes jsonb, ip_address varchar, attempted_username varchar,
                                           occurred_at timestamptz)`;

/** The lists a person can look at that name many children at once. */
export type ChildListName = 'caseload' | 'driftList' | 'tracker' | 'trackerExport';

/**
 * A list of children looked at: one summary row ("viewed the caseload, 24
 * children") that the trail shows, and a row per child kept for the record
 * (who saw which child, for subject access) that the trail folds away, so a
 * caseload page does not bury the reads of a child's record.
 */
export function listReadEntries(list: ChildListName, childIds: readonly string[], parts: readonly string[] = []): AuditEntry[] {
  if (childIds.length === 0) return [];
  return [
    { action: 'READ' as const, recordType: LIST_SUMMARY, parts: [list, `${childIds.length} ${childIds.length === 1 ? 'child' : 'children'}`] },
    ...childIds.map((id) => ({ action: 'READ' as const, childId: id, recordType: CHILD_IN_LIST, recordId: id, parts: [list, ...parts] })),
  ];
}

/** Record types of list reads: the summary, and each child in it. */
export const LIST_SUMMARY = 'ChildList';
export const CHILD_IN_LIST = 'ChildInList';

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

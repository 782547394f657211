import type { EntityManager } from 'typeorm';
import type { ChildMessageKind } from '@forever-planning/shared';

/**
 * A child's message was sent or answered. Announced with PostgreSQL NOTIFY
 * inside the writing transaction, so it goes out only when the change is
 * committed, and reaches every API process (each LISTENs), not only the one
 * that wrote it. The payload carries ids only: never the child's words.
 */
export const CHILD_MESSAGE_CHANNEL = 'fp_child_messages';

export interface ChildMessageEvent {
  messageId: string;
  childId: string;
  kind: ChildMessageKind;
  change: 'SENT' | 'ACKNOWLEDGED' | 'CLOSED' | 'REPLIED';
}

export async function announceChildMessage(manager: EntityManager, event: ChildMessageEvent): Promise<void> {
  await manager.query(`SELECT pg_notify($1, $2)`, [CHILD_MESSAGE_CHANNEL, JSON.stringify(event)]);
}

export function parseChildMessageEvent(payload: string | undefined): ChildMessageEvent | null {
  try {
    const e = JSON.parse(payload ?? '') as Partial<ChildMessageEvent>;
    if (typeof e.messageId !== 'string' || typeof e.childId !== 'string' || typeof e.kind !== 'string' || typeof e.change !== 'string') return null;
    return e as ChildMessageEvent;
  } catch {
    return null;
  }
}

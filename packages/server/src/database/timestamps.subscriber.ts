import { EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type UpdateEvent } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { clockOf } from './clock-of';

/**
 * Stamps created_at and updated_at from the server's Clock on every insert and
 * update TypeORM makes (save, insert and update alike: for query-builder writes
 * the event's entity is the set of values written), so the database's now()
 * never decides a record's time. The columns keep now() as their default only
 * for rows written outside the application (psql, a restore).
 */
@EventSubscriber()
export class TimestampsFromClock implements EntitySubscriberInterface {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    if (!event.entity) return;
    const now = clockOf(event.connection).now();
    stampIfUnset(event.metadata.createDateColumn, event.entity, now);
    stampIfUnset(event.metadata.updateDateColumn, event.entity, now);
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const column = event.metadata.updateDateColumn;
    if (!event.entity || !column) return;
    column.setEntityValue(event.entity, clockOf(event.connection).now());
  }
}

function stampIfUnset(column: ColumnMetadata | undefined, entity: ObjectLiteral, now: Date): void {
  if (column && column.getEntityValue(entity) == null) column.setEntityValue(entity, now);
}

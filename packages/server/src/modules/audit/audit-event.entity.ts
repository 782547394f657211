import type { AuditAction } from '@forever-planning/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who read or changed what, when, in which role, from where. Append-only: a
 * trigger in the database refuses UPDATE, DELETE and TRUNCATE on this table.
 */
@Entity('audit_events')
@Index(['childId', 'occurredAt'])
@Index(['actorUserId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole!: string | null;

  /** One of the audit actions (packages/shared/src/audit-actions.ts). */
  @Column({ type: 'varchar', length: 40 })
  action!: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  childId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  recordType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  recordId!: string | null;

  /** For reads: which parts of the record were returned. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  parts!: string[];

  /** For writes: { field: { before, after } }. */
  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, { before: unknown; after: unknown }> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ipAddress!: string | null;

  /** The username tried, for failed sign-ins of unknown accounts. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  attemptedUsername!: string | null;
}

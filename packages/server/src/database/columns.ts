import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Keys, times, who changed it last and the optimistic-concurrency version every editable record carries. */
export abstract class EditableRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /**
   * The user whose change wrote this row last. Filled by the database on every
   * insert and update from the transaction's acting user (see
   * database/acting-user.ts), so no write path can forget it; null for writes
   * made by no one signed in (seeding, scheduled jobs).
   */
  @Column({ type: 'uuid', nullable: true, update: false, insert: false })
  updatedById!: string | null;

  /** Every update names the version it was based on; a stale one is a CONFLICT. */
  @VersionColumn({ default: 1 })
  version!: number;
}

/** SQL for a check constraint that keeps a text column inside a closed vocabulary. */
export function oneOf(column: string, values: readonly string[], nullable = false): string {
  const list = values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
  return nullable ? `"${column}" IS NULL OR "${column}" IN (${list})` : `"${column}" IN (${list})`;
}

/** SQL for a check constraint that an end date is not before its start date. */
export function dateOrder(start: string, end: string): string {
  return `"${end}" IS NULL OR "${end}" >= "${start}"`;
}

/** Date-only columns travel as ISO strings (YYYY-MM-DD): no time zone can shift them. */
export type IsoDate = string;

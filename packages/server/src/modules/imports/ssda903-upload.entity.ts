import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CouncilEntity } from '../councils/council.entity';
import { UserEntity } from '../users/user.entity';
import type { ImportReport } from '../../import/ssda903-import';

export const UPLOAD_STATUSES = ['CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED', 'FAILED', 'CANCELLED'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

/**
 * A council's SSDA903 return uploaded in the portal: checked first (a dry run
 * whose report the administrator reads), imported only when they confirm.
 * The files wait in the server's data folder until then and are removed after.
 */
@Entity('ssda903_uploads')
@Check('ssda903_upload_status', `"status" IN ('CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED', 'FAILED', 'CANCELLED')`)
export class Ssda903UploadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;

  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** The collection year's end, as the CLI's --year: 2025 is the 2024/25 return. */
  @Column('integer')
  year!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: UploadStatus;

  /** The files as uploaded (their names only; the rows stay in the files). */
  @Column('text', { array: true })
  fileNames!: string[];

  @Column('integer', { default: 0 })
  progressDone!: number;

  @Column('integer', { nullable: true })
  progressTotal!: number | null;

  @Column('jsonb', { nullable: true })
  checkReport!: ImportReport | null;

  @Column('jsonb', { nullable: true })
  importReport!: ImportReport | null;

  /** Why a check or import stopped (a server fault; problems in the files are in the reports). */
  @Column('text', { nullable: true })
  failure!: string | null;

  @Column('uuid')
  uploadedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: UserEntity;

  @Column('uuid', { nullable: true })
  confirmedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'confirmed_by_id' })
  confirmedBy?: UserEntity;
}

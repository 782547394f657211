import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

export const MEDIA_KINDS = ['PHOTO', 'DOCUMENT'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const MEDIA_SIZES = ['original', 'display', 'thumbnail'] as const;
export type MediaSize = (typeof MEDIA_SIZES)[number];
export const VIRUS_SCAN_RESULTS = ['CLEAN', 'NOT_SCANNED'] as const;
export type VirusScanResult = (typeof VIRUS_SCAN_RESULTS)[number];

/** One stored size of a media file. */
export interface StoredFile {
  key: string;
  bytes: number;
  width: number | null;
  height: number | null;
}

/**
 * A file uploaded for a child's life story. Never changed after upload and
 * never deleted with its item: withdrawing an item keeps the file.
 */
@Entity('media')
@Check('media_kind', oneOf('kind', MEDIA_KINDS))
@Check('media_virus_scan', oneOf('virus_scan', VIRUS_SCAN_RESULTS))
@Index(['childId', 'createdAt'])
export class MediaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  uploadedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: UserEntity;

  /** The young person uploaded it themselves. */
  @Column({ default: false })
  uploadedByChild!: boolean;

  @Column({ type: 'varchar', length: 10 })
  kind!: MediaKind;

  /** What the upload's content was (e.g. image/jpeg), decided from its bytes, not its name. */
  @Column({ length: 100 })
  detectedType!: string;

  /** The content type of the stored files (images are re-encoded). */
  @Column({ length: 100 })
  contentType!: string;

  /** A safe file name for downloads. */
  @Column({ length: 200 })
  fileName!: string;

  @Column('int')
  uploadedBytes!: number;

  /** Each stored size: storage key, bytes and pixel size. Display and thumbnail only for photos. */
  @Column('jsonb')
  files!: Partial<Record<MediaSize, StoredFile>>;

  /** SHA-256 (hex) of the stored original. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 20 })
  virusScan!: VirusScanResult;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/**
 * What a young person is still writing (a message, a memory, more words for a
 * view), kept here rather than on the device: a shared phone must not hold it.
 * A working copy, not part of the child's record: it goes once sent or thrown away.
 */
@Entity('young_person_drafts')
@Unique('young_person_draft_per_form', ['userId', 'name'])
export class YoungPersonDraftEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The young person's own account: the only one who may read or change it. */
  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Which form it belongs to, e.g. "not-happy" or "add:<view id>". */
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** The form's values as the portal sent them (JSON text). */
  @Column('text')
  content!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CHILD_MESSAGE_KINDS, MOODS, VIEW_READERS, type ChildMessageKind, type Mood, type ViewReader } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** "I'm not happy" and "I feel unsafe" messages from a child. */
@Entity('child_messages')
@Check('child_message_kind', oneOf('kind', CHILD_MESSAGE_KINDS))
@Check('child_message_to', oneOf('send_to', VIEW_READERS, true))
@Check('child_message_mood', oneOf('mood', MOODS, true))
@Check('child_message_closed', `"closed_at" IS NULL OR ("closed_by_id" IS NOT NULL AND "closing_note" IS NOT NULL AND "acknowledged_at" IS NOT NULL)`)
@Index(['childId', 'createdAt'])
export class ChildMessageEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 10 })
  kind!: ChildMessageKind;

  @Column({ type: 'varchar', length: 10, nullable: true })
  sendTo!: ViewReader | null;

  @Column({ type: 'text', nullable: true })
  words!: string | null;

  /** How the child said they feel (the same five faces as a view). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  mood!: Mood | null;

  /** Seen: an unsafe alert acknowledged, or another message marked read. The child is told who and when. */
  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  /** For a CONCERN: the advocate who raised it (the child sent the others). */
  @Column({ type: 'uuid', nullable: true })
  raisedById!: string | null;

  /** An unsafe alert is closed with what was done; the note is for staff, never shown to the child. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  @Column({ type: 'text', nullable: true })
  closingNote!: string | null;

  /** The reply the child reads on their home page. */
  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  repliedById!: string | null;
}

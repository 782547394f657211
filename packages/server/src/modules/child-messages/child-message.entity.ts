import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { CHILD_MESSAGE_KINDS, VIEW_READERS, type ChildMessageKind, type ViewReader } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** "I'm not happy" and "I feel unsafe" messages from a child. */
@Entity('child_messages')
@Check('child_message_kind', oneOf('kind', CHILD_MESSAGE_KINDS))
@Check('child_message_to', oneOf('send_to', VIEW_READERS, true))
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

  @Column({ type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acknowledgedById!: string | null;

  /** For a CONCERN: the advocate who raised it (the child sent the others). */
  @Column({ type: 'uuid', nullable: true })
  raisedById!: string | null;
}

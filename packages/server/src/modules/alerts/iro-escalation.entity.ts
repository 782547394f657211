import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { dateOrder, EditableRecord, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/** A drift escalation (dispute) raised by the child's IRO; to be resolved within 20 working days. */
@Entity('iro_escalations')
@Check('iro_escalation_dates', dateOrder('raised_on', 'resolved_on'))
export class IroEscalationEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column('uuid')
  raisedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'raised_by_id' })
  raisedBy?: UserEntity;

  @Column({ type: 'date' })
  raisedOn!: IsoDate;

  @Column({ type: 'text' })
  concern!: string;

  @Column({ type: 'date', nullable: true })
  resolvedOn!: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;
}

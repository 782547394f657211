import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { LEGAL_STATUSES, type LegalStatusKind } from '@forever-planning/shared';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/** One period under one legal status; the SSDA903 LS column comes from here. */
@Entity('legal_statuses')
@Check('legal_status_kind', oneOf('status', LEGAL_STATUSES))
@Check('legal_status_dates', dateOrder('start_date', 'end_date'))
@Index(['childId', 'startDate'])
export class LegalStatusEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  status!: LegalStatusKind;

  @Column({ type: 'date' })
  startDate!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endDate!: IsoDate | null;
}

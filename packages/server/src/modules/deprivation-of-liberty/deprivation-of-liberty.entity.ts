import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DOLO_AUTHORISED_BY, type DoloAuthorisedBy } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';

/**
 * One deprivation of liberty order (DoLO) made for a looked-after child: when
 * it started, when it ended (null while in force) and who authorised it
 * (SSDA903 DoLo table from 2026/27: DOLO_START, DOLO_END).
 */
@Entity('deprivation_of_liberty_orders')
@Check('dolo_authorised_by', oneOf('authorised_by', DOLO_AUTHORISED_BY, true))
// The DfE's rule 702: an order ends after the day it starts.
@Check('dolo_dates', '"end_date" IS NULL OR "end_date" > "start_date"')
@Index(['childId', 'startDate'])
export class DeprivationOfLibertyOrderEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'date' })
  startDate!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endDate!: IsoDate | null;

  /** Who authorised it; null for an order imported from a return (the DoLo table does not say) until a worker records it. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  authorisedBy!: DoloAuthorisedBy | null;
}

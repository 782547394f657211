import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRecord, type IsoDate } from '../../database/columns';
import { PlanEntity } from './plan.entity';

/**
 * A SMART outcome laid out as Newham's example plan: planned outcome for the
 * child | measure of progress | actions | by whom | timescale | progress.
 */
@Entity('plan_outcomes')
@Index(['planId', 'position'])
export class PlanOutcomeEntity extends EditableRecord {
  @Column('uuid')
  planId!: string;

  @ManyToOne(() => PlanEntity, (p) => p.outcomes, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text' })
  measure!: string;

  @Column({ type: 'text' })
  actions!: string;

  @Column({ length: 200 })
  byWhom!: string;

  @Index()
  @Column({ type: 'date' })
  dueDate!: IsoDate;

  @Column({ type: 'text', nullable: true })
  progress!: string | null;

  @Column({ type: 'boolean', default: false })
  completed!: boolean;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique, type Relation } from 'typeorm';
import { PLAN_OPTIONS, type PlanOption } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { PlanEntity } from './plan.entity';

/** A contingency option of a plan (twin-track / parallel planning), in order. */
@Entity('plan_contingencies')
@Unique(['planId', 'option'])
@Check('plan_contingency_option', oneOf('option', PLAN_OPTIONS))
export class PlanContingencyEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  planId!: string;

  @ManyToOne(() => PlanEntity, (p) => p.contingencies, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 30 })
  option!: PlanOption;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

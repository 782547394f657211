import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, type Relation } from 'typeorm';
import { OUTCOME_TRACKS, type OutcomeTrack } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { PlanOutcomeActionEntity } from './plan-outcome-action.entity';
import { PlanEntity } from './plan.entity';

/**
 * A SMART outcome laid out as Newham's example plan: planned outcome for the
 * child | measure of progress | actions (each with by whom, timescale and
 * progress, in plan_outcome_actions) | progress.
 */
@Entity('plan_outcomes')
@Index(['planId', 'position'])
@Check('plan_outcome_track', oneOf('option_track', OUTCOME_TRACKS, true))
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

  /** The option this outcome works towards: the primary option or the contingency. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  optionTrack!: OutcomeTrack | null;

  @Column({ type: 'text', nullable: true })
  progress!: string | null;

  @Column({ type: 'boolean', default: false })
  completed!: boolean;

  @OneToMany(() => PlanOutcomeActionEntity, (a) => a.outcome)
  actionRows?: PlanOutcomeActionEntity[];
}

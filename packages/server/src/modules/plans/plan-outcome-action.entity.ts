import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { EditableRecord, type IsoDate } from '../../database/columns';
import { PlanOutcomeEntity } from './plan-outcome.entity';

/**
 * One action towards an outcome, with its own owner, timescale and progress
 * (Newham's fourth outcome has three actions, each with its own timescale).
 * A timescale is a date, or "within N weeks": then the due date is counted
 * from the plan's approval (until then, from the day it was written) by
 * rules/plan-timescales.
 */
@Entity('plan_outcome_actions')
@Index(['outcomeId', 'position'])
@Check('plan_action_within_weeks', '"within_weeks" IS NULL OR "within_weeks" BETWEEN 1 AND 104')
export class PlanOutcomeActionEntity extends EditableRecord {
  @Column('uuid')
  outcomeId!: string;

  @ManyToOne(() => PlanOutcomeEntity, (o) => o.actionRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'outcome_id' })
  outcome?: Relation<PlanOutcomeEntity>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  action!: string;

  @Column({ length: 200 })
  byWhom!: string;

  /** Set for a "within N weeks" timescale; null for a timescale given as a date. */
  @Column({ type: 'int', nullable: true })
  withinWeeks!: number | null;

  /** The date given, or the one counted from withinWeeks. */
  @Index()
  @Column({ type: 'date' })
  dueDate!: IsoDate;

  @Column({ type: 'text', nullable: true })
  progress!: string | null;

  @Column({ type: 'boolean', default: false })
  completed!: boolean;
}

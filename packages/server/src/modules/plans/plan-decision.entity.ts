import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PLAN_DECISION_KINDS, type PlanDecisionKind } from '@forever-planning/shared';
import { oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { PlanEntity } from './plan.entity';

/**
 * Management oversight of one plan version: a manager approved it (with or
 * without comments) or returned it to the worker with reasons. Never changed
 * once written: a later decision is a new row, so the plan's history keeps
 * every return and every approval.
 */
@Entity('plan_decisions')
@Check('plan_decision_kind', oneOf('kind', PLAN_DECISION_KINDS))
@Check('plan_decision_returned_has_reasons', `"kind" <> 'RETURNED' OR length(trim("comments")) > 0`)
@Index(['planId', 'decidedAt'])
export class PlanDecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** The plan's child, so the row is scoped and exported with the child's record. */
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  kind!: PlanDecisionKind;

  /** Reasons for a return (required), or the manager's comments on an approval. */
  @Column({ type: 'text', nullable: true })
  comments!: string | null;

  @Column('uuid')
  decidedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  /** From the server's clock. */
  @Column({ type: 'timestamptz' })
  decidedAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

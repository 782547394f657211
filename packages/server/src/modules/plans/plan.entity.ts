import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, Unique } from 'typeorm';
import { PLAN_OPTIONS, PLAN_STATUSES, type PlanOption, type PlanStatus } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { PlanContingencyEntity } from './plan-contingency.entity';
import { PlanOutcomeEntity } from './plan-outcome.entity';

/**
 * One version of a child's permanence plan ("Forever Plan"). A new version is
 * a new row; earlier versions stay as the plan history.
 */
@Entity('plans')
@Unique(['childId', 'planNumber'])
@Check('plan_status', oneOf('status', PLAN_STATUSES))
@Check('plan_primary_option', oneOf('primary_option', PLAN_OPTIONS, true))
@Index(['childId', 'status'])
export class PlanEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  /** 1 for the first plan, then 2, 3, ... */
  @Column({ type: 'int' })
  planNumber!: number;

  @Column({ type: 'varchar', length: 30, default: 'DRAFT' })
  status!: PlanStatus;

  @Column({ type: 'varchar', length: 30, nullable: true })
  primaryOption!: PlanOption | null;

  @Column({ type: 'text', nullable: true })
  childWishes!: string | null;

  @Column({ type: 'text', nullable: true })
  bottomLines!: string | null;

  @Column({ type: 'text', nullable: true })
  consequenceOfNoChange!: string | null;

  /** The plan in words the child reads, shown once shared. */
  @Column({ type: 'text', nullable: true })
  childFriendlySummary!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sharedWithChildAt!: Date | null;

  @Column('uuid')
  createdById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  approvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /** Head of service approval, required for long-term fostering under five. */
  @Column({ type: 'uuid', nullable: true })
  headOfServiceApprovedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  headOfServiceApprovedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  panelRecommendation!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  panelRecommendedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  endorsedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  endorsedAt!: Date | null;

  /** The review at which the plan was endorsed (no foreign key: meetings reference plans too). */
  @Column({ type: 'uuid', nullable: true })
  endorsedAtMeetingId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  achievedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  endReason!: string | null;

  /** Plans are never deleted; this only hides a draft made in error. */
  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;

  @OneToMany(() => PlanContingencyEntity, (c) => c.plan)
  contingencies?: PlanContingencyEntity[];

  @OneToMany(() => PlanOutcomeEntity, (o) => o.plan)
  outcomes?: PlanOutcomeEntity[];
}

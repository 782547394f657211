import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, Unique } from 'typeorm';
import {
  FAMILY_AGREEMENTS,
  FAMILY_CONSIDERED,
  PANEL_DECISIONS,
  PANEL_MEETING_TYPES,
  PLAN_OPTIONS,
  PLAN_STATUSES,
  type FamilyAgreement,
  type FamilyConsidered,
  type MeetingType,
  type PanelDecision,
  type PlanOption,
  type PlanStatus,
} from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
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
@Check('plan_family_considered', oneOf('family_considered', FAMILY_CONSIDERED, true))
@Check('plan_family_agreement', oneOf('family_agreement', FAMILY_AGREEMENTS, true))
@Check('plan_panel_type', oneOf('panel_type', PANEL_MEETING_TYPES, true))
@Check('plan_panel_decision', oneOf('panel_decision', PANEL_DECISIONS, true))
@Check('plan_words_and_pictures_age', '"words_and_pictures_age" IS NULL OR "words_and_pictures_age" BETWEEN 0 AND 17')
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

  // Newham's bottom lines, each its own field (bottomLines holds any others).
  /** Key safety people the child can contact if they have any concerns. */
  @Column({ type: 'text', nullable: true })
  safetyPeople!: string | null;

  /** People who help the parents or carers and monitor the child's safety. */
  @Column({ type: 'text', nullable: true })
  monitoringPeople!: string | null;

  /** People the family or parents need to avoid. */
  @Column({ type: 'text', nullable: true })
  peopleToAvoid!: string | null;

  /** How long the safety plan must be in place, in words ("until the final hearing, at least 6 months"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  safetyPlanLasts!: string | null;

  /** The age at which the child has the Words and Pictures and the safety plan explained to them. */
  @Column({ type: 'int', nullable: true })
  wordsAndPicturesAge!: number | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  familyAgreement!: FamilyAgreement | null;

  /** The family's own comments on the plan, in their words. */
  @Column({ type: 'text', nullable: true })
  familyComments!: string | null;

  /** When the child should know where they will live for good. */
  @Column({ type: 'date', nullable: true })
  permanenceTargetDate!: IsoDate | null;

  /** The plan in words the child reads, shown once shared. */
  @Column({ type: 'text', nullable: true })
  childFriendlySummary!: string | null;

  /** The language the summary for the child is written in (a young-person portal language code, e.g. "ps"); none means English. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  childFriendlySummaryLanguage!: string | null;

  /** Whether family and connected people were considered as carers first (who, and the outcome, are on the network). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  familyConsidered!: FamilyConsidered | null;

  /** Why, in words the child reads (and why not, where it was not safe). */
  @Column({ type: 'text', nullable: true })
  familyConsideredInChildWords!: string | null;

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

  @Column({ type: 'varchar', length: 30, nullable: true })
  panelType!: MeetingType | null;

  /** The day the panel sat. */
  @Column({ type: 'date', nullable: true })
  panelDate!: IsoDate | null;

  /** The agency decision maker's decision on the recommendation, its date and their name (often outside the system). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  panelDecision!: PanelDecision | null;

  @Column({ type: 'date', nullable: true })
  panelDecisionDate!: IsoDate | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  panelDecisionMaker!: string | null;

  @Column({ type: 'text', nullable: true })
  panelDecisionNotes!: string | null;

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

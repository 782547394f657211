import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MEETING_TYPES, PARTICIPATION_CODES, type MeetingType, type ParticipationCode } from '@forever-planning/shared';
import { EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { PlanEntity } from '../plans/plan.entity';

/** Reviews, permanence planning meetings, panels, family group conferences and PLO meetings. */
@Entity('meetings')
@Check('meeting_type', oneOf('type', MEETING_TYPES))
@Check('meeting_participation', oneOf('participation', PARTICIPATION_CODES, true))
@Index(['childId', 'dueDate'])
export class MeetingEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  type!: MeetingType;

  @Index()
  @Column({ type: 'date', nullable: true })
  dueDate!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  scheduledFor!: IsoDate | null;

  @Column({ type: 'date', nullable: true })
  heldOn!: IsoDate | null;

  @Column({ type: 'uuid', nullable: true })
  chairId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'chair_id' })
  chair?: UserEntity;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  attendees!: string[];

  @Column({ type: 'text', nullable: true })
  decisions!: string | null;

  /** SSDA903 review participation code (PN0 to PN7). */
  @Column({ type: 'varchar', length: 3, nullable: true })
  participation!: ParticipationCode | null;

  @Column({ type: 'uuid', nullable: true })
  planEndorsedId!: string | null;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_endorsed_id' })
  planEndorsed?: PlanEntity;

  /** The team manager's sign-off of the review record. */
  @Column({ type: 'timestamptz', nullable: true })
  signedOffAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedOffById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sharedWithChildAt!: Date | null;
}

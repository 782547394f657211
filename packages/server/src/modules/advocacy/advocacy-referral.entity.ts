import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ADVOCACY_STATUSES, type AdvocacyStatus } from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';

/** A referral to an independent advocate. Only an ACTIVE one lets the advocate see the child. */
@Entity('advocacy_referrals')
@Check('advocacy_status', oneOf('status', ADVOCACY_STATUSES))
@Check('advocacy_active_has_advocate', `"status" <> 'ACTIVE' OR "advocate_id" IS NOT NULL`)
@Index(['advocateId', 'status'])
export class AdvocacyReferralEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'uuid', nullable: true })
  advocateId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advocate_id' })
  advocate?: UserEntity;

  @Column({ type: 'varchar', length: 10, default: 'REQUESTED' })
  status!: AdvocacyStatus;

  @Column({ type: 'uuid' })
  requestedById!: string;

  /** The child asked for it themselves. */
  @Column({ default: false })
  requestedByChild!: boolean;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { SW_REASON_CODES, type SwReason } from '@forever-planning/shared';
import { dateOrder, EditableRecord, oneOf, type IsoDate } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { SocialWorkerPlaceholderEntity } from './social-worker-placeholder.entity';

/**
 * One period a social worker was allocated to a child (the SSDA903 return's
 * sw_episodes): the worker is a staff account, or a placeholder staff record
 * (a Social Work England number and a name from an imported return) until an
 * administrator links it to an account. The reason is why this episode
 * began (SW_REASON).
 */
@Entity('social_worker_episodes')
@Check('social_worker_episode_dates', dateOrder('start_date', 'end_date'))
@Check('social_worker_episode_reason', oneOf('reason', SW_REASON_CODES, true))
@Check('social_worker_episode_worker', '"worker_id" IS NOT NULL OR "placeholder_id" IS NOT NULL')
@Index(['childId', 'startDate'])
@Index('social_worker_episodes_one_open', ['childId'], { unique: true, where: '"end_date" IS NULL' })
export class SocialWorkerEpisodeEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  /** The staff account, when known (set at allocation, or when a placeholder is linked). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  workerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'worker_id' })
  worker?: UserEntity;

  /** The placeholder staff record an imported episode names (kept after it is linked, so the return's SW_ID stays traceable). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  placeholderId!: string | null;

  @ManyToOne(() => SocialWorkerPlaceholderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'placeholder_id' })
  placeholder?: SocialWorkerPlaceholderEntity;

  @Column({ type: 'date' })
  startDate!: IsoDate;

  @Column({ type: 'date', nullable: true })
  endDate!: IsoDate | null;

  /** SW_REASON: why this episode began; may be blank only for an episode that began before 1 April 2023 (SW01a). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  reason!: SwReason | null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { EditableRecord, oneOf } from '../../database/columns';
import { NOTIFICATION_PREFERENCES, type NotificationPreference } from '../notifications/notification.vocabulary';
import { CouncilEntity } from '../councils/council.entity';

@Entity('users')
@Check('user_notification_preference', oneOf('notification_preference', NOTIFICATION_PREFERENCES))
@Index('users_provider_subject', ['identityProviderId', 'externalSubject'], { unique: true })
export class UserEntity extends EditableRecord {
  @Index()
  @Column('uuid')
  councilId!: string;

  @ManyToOne(() => CouncilEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_id' })
  council?: CouncilEntity;

  /** Stored lower-case; unique across the install. */
  @Index({ unique: true })
  @Column({ length: 100 })
  username!: string;

  /** argon2id; null until a young person has used their invitation. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ length: 100 })
  firstName!: string;

  @Column({ length: 100 })
  lastName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** For staff: the mobile number urgent notifications go to by text message. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  /** For social workers: their Social Work England registration number (SW and digits), the return's SW_ID. Unique across the install. */
  @Index('users_swe_number', { unique: true, where: '"swe_number" IS NOT NULL' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  sweNumber!: string | null;

  /** For staff: views and "I'm not happy" messages by email at once, or in the daily digest. */
  @Column({ type: 'varchar', length: 12, default: 'IMMEDIATE' })
  notificationPreference!: NotificationPreference;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Staff signing in through their council's provider: which provider, and their object id (Entra "oid") or subject there. */
  @Column({ type: 'uuid', nullable: true })
  identityProviderId!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  externalSubject!: string | null;

  /** The last time the council's provider vouched for them: an account idle past the council's limit is disabled (a leaver). */
  @Column({ type: 'timestamptz', nullable: true })
  lastProviderSignInAt!: Date | null;

  /** Staff with local passwords: their authenticator's secret, encrypted (second-factor/secret-box.ts). Never returned. */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnrolledAt!: Date | null;

  /** The 30-second step of the last code accepted: that code, and any older, cannot be used again. */
  @Column({ type: 'bigint', nullable: true, select: false })
  totpLastStep!: string | null;

  /** Set when an administrator resets a lost authenticator: a new one must be set up at the next sign-in. */
  @Column({ type: 'boolean', default: false })
  totpEnrolmentRequired!: boolean;
}

import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/columns';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  NOTIFICATION_STATUSES,
  NOTIFICATION_VIAS,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationStatus,
  type NotificationVia,
} from './notification.vocabulary';

/**
 * One email or text message to one person: the outbox. A row is written
 * (with its unique dedupe key) before anything is sent and marked SENT in the
 * same locked transaction that sends it, so a retried or re-queued job finds
 * the row already SENT and never sends it twice. What was sent is kept as
 * rendered, and it never holds a child's words, surname or date of birth.
 */
@Entity('notifications')
@Check('notification_event', oneOf('event', NOTIFICATION_EVENTS))
@Check('notification_channel', oneOf('channel', NOTIFICATION_CHANNELS))
@Check('notification_status', oneOf('status', NOTIFICATION_STATUSES))
@Check('notification_via', oneOf('via', NOTIFICATION_VIAS, true))
@Index(['councilId', 'queuedAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  councilId!: string;

  /** What the message is about and to whom, e.g. UNSAFE:<message id>:<user id>:SMS. */
  @Index({ unique: true })
  @Column({ length: 200 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 20 })
  event!: NotificationEvent;

  @Column({ type: 'varchar', length: 5 })
  channel!: NotificationChannel;

  /** Null for the council's duty contact. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  @Column({ length: 200 })
  recipientName!: string;

  /** Email address or mobile number; null when the person has none (the row then says where it went instead). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  address!: string | null;

  @Column({ type: 'uuid', nullable: true })
  childId!: string | null;

  /** The child message or view this is about (the escalation check reads it). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  caseReference!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: NotificationStatus;

  /** Which service carried it: GOV.UK Notify, SMTP, or the outbox only (neither configured). */
  @Column({ type: 'varchar', length: 10, nullable: true })
  via!: NotificationVia | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The last failure, kept while retrying and after giving up. */
  @Column({ type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  providerReference!: string | null;

  /** From the server's Clock. */
  @Column({ type: 'timestamptz' })
  queuedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  /** For a row held for the daily digest: the digest that carried it. */
  @Column({ type: 'uuid', nullable: true })
  digestId!: string | null;
}

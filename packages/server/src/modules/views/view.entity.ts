import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  MOODS,
  VIEW_STATUSES,
  VIEW_TOPICS,
  type Mood,
  type ViewReader,
  type ViewStatus,
  type ViewTopic,
} from '@forever-planning/shared';
import { EditableRecord, oneOf } from '../../database/columns';
import { ChildEntity } from '../children/child.entity';
import { UserEntity } from '../users/user.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

/** A child's wishes and feelings, in their own words, and the reply they get. */
@Entity('views')
@Check('view_topic', oneOf('topic', VIEW_TOPICS))
@Check('view_mood', oneOf('mood', MOODS, true))
@Check('view_status', oneOf('status', VIEW_STATUSES))
@Check('view_readers', `"readers" <@ ARRAY['WORKER', 'IRO', 'ADVOCATE']::text[]`)
@Check('view_sent_has_time', `("status" = 'SENT') = ("sent_at" IS NOT NULL)`)
@Check('view_reply_links_need_reply', `("reply_outcome_id" IS NULL AND "reply_meeting_id" IS NULL) OR "reply" IS NOT NULL`)
@Unique(['childId', 'clientKey'])
@Index(['childId', 'status'])
export class ViewEntity extends EditableRecord {
  @Column('uuid')
  childId!: string;

  @ManyToOne(() => ChildEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'child_id' })
  child?: ChildEntity;

  @Column({ type: 'varchar', length: 30 })
  topic!: ViewTopic;

  @Column({ type: 'text' })
  words!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  mood!: Mood | null;

  /** Who the child chose to read it. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  readers!: ViewReader[];

  @Column({ type: 'varchar', length: 10, default: 'DRAFT' })
  status!: ViewStatus;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  /** Set when an advocate wrote it with the child. */
  @Column({ type: 'uuid', nullable: true })
  writtenWithAdvocateId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'written_with_advocate_id' })
  writtenWithAdvocate?: UserEntity;

  /** A sent view cannot change; the child adds to it with a new view that follows it. */
  @Column({ type: 'uuid', nullable: true })
  followsViewId!: string | null;

  @Column({ type: 'text', nullable: true })
  reply!: string | null;

  /** The language the reply is written in (a portal language code, e.g. "ps"); none means English. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  replyLanguage!: string | null;

  /** "You said, we did": the plan outcome the reply says changed (an outcome of this child's plan). No foreign key: see the migration. */
  @Column({ type: 'uuid', nullable: true })
  replyOutcomeId!: string | null;

  /** The meeting of this child where it changed. */
  @Column({ type: 'uuid', nullable: true })
  replyMeetingId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  repliedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replied_by_id' })
  repliedBy?: UserEntity;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt!: Date | null;

  /** Professionals who have opened it (for "unread first"). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  readByIds!: string[];

  /** A client-supplied key so a retried send is applied once. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  clientKey!: string | null;

  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;
}

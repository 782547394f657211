import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsEmail, IsIn, IsOptional, Matches, MaxLength } from 'class-validator';
import { graphqlEnum } from '../../common/enums';
import { IdField } from '../../common/validation';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  NOTIFICATION_PREFERENCES,
  NOTIFICATION_STATUSES,
  NOTIFICATION_VIAS,
  type NotificationChannel,
  type NotificationEvent,
  type NotificationPreference,
  type NotificationStatus,
  type NotificationVia,
} from './notification.vocabulary';

export const NotificationEventEnum = graphqlEnum('NotificationEvent', NOTIFICATION_EVENTS, 'What a notification is about.');
export const NotificationChannelEnum = graphqlEnum('NotificationChannel', NOTIFICATION_CHANNELS);
export const NotificationStatusEnum = graphqlEnum('NotificationStatus', NOTIFICATION_STATUSES, 'Queued (or retrying), waiting for the daily digest, sent, or failed.');
export const NotificationViaEnum = graphqlEnum('NotificationVia', NOTIFICATION_VIAS, 'GOV.UK Notify, SMTP, or the outbox only (no service configured).');
export const NotificationPreferenceEnum = graphqlEnum('NotificationPreference', NOTIFICATION_PREFERENCES, 'Views and messages by email at once, or in the daily digest.');

/** One email or text message, as the administrator sees it in the outbox. It never holds a child's words. */
@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationEventEnum) event!: NotificationEvent;
  @Field(() => NotificationChannelEnum) channel!: NotificationChannel;
  @Field() recipientName!: string;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) caseReference!: string | null;
  @Field() subject!: string;
  @Field() body!: string;
  @Field(() => NotificationStatusEnum) status!: NotificationStatus;
  @Field(() => NotificationViaEnum, { nullable: true }) via!: NotificationVia | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, and where the message went instead.' }) failureReason!: string | null;
  @Field(() => Date) queuedAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) failedAt!: Date | null;
}

@ObjectType('NotificationOutbox')
export class NotificationOutboxType {
  @Field(() => NotificationViaEnum, { description: 'Where messages go now: OUTBOX when neither GOV.UK Notify nor SMTP is configured.' })
  deliveredBy!: NotificationVia;
  @Field(() => [NotificationType]) notifications!: NotificationType[];
}

const MOBILE = /^\+?[0-9 ()-]{7,20}$/;

@InputType({ description: "Where a professional's notifications go. Null clears a value." })
export class StaffContactInput {
  @IdField()
  userId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A UK mobile number, for urgent text messages.' })
  @IsOptional()
  @Matches(MOBILE, { message: 'mobile must be a phone number' })
  mobile?: string | null;

  @Field(() => NotificationPreferenceEnum)
  @IsIn(NOTIFICATION_PREFERENCES)
  notificationPreference!: NotificationPreference;
}

@ObjectType('DutyContact', { description: 'The council duty / out-of-hours contact, as set by the administrator.' })
export class DutyContactType {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) mobile!: string | null;
}

@InputType({ description: 'The council duty / out-of-hours contact, told at once when a child feels unsafe.' })
export class DutyContactInput {
  @Field() @MaxLength(200) name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE, { message: 'mobile must be a phone number' })
  mobile?: string | null;
}

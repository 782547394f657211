import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MEETING_TYPES, PARTICIPATION_CODES, type MeetingType, type ParticipationCode } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { MeetingTypeEnum, ParticipationCodeEnum } from './meeting.type';

@InputType()
export class ScheduleMeetingInput {
  @IdField()
  childId!: string;

  @Field(() => MeetingTypeEnum)
  @IsIn(MEETING_TYPES)
  type!: MeetingType;

  @Field(() => LocalDate, { nullable: true, description: 'When it must be held by.' })
  @IsOptional()
  @SensibleDate()
  dueDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'When it is booked for.' })
  @IsOptional()
  @SensibleDate()
  scheduledFor?: string;

  @IdField({ nullable: true, description: "Who chairs it; for a review, the child's IRO when left out." })
  chairId?: string;
}

/** A step on one meeting; every change to a meeting names the version it was based on. */
@InputType()
export class MeetingStepInput {
  @IdField()
  meetingId!: string;

  @Field(() => Int, { description: 'The meeting version the change was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class RecordMeetingInput extends MeetingStepInput {
  @Field(() => LocalDate, { description: 'Not in the future.' })
  @SensibleDate()
  heldOn!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  attendees!: string[];

  @Field()
  @IsString()
  @Length(1, 20_000)
  decisions!: string;

  @Field(() => ParticipationCodeEnum, { nullable: true, description: 'Required for a review.' })
  @IsOptional()
  @IsIn(PARTICIPATION_CODES)
  participation?: ParticipationCode;
}


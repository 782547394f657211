import { IsIn, IsInt, IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MOODS, VIEW_READERS, type Mood, type ViewReader } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { MoodEnum, ViewReaderEnum } from '../views/view.enums';

@InputType()
export class NotHappyMessageInput {
  @Field(() => ViewReaderEnum, { description: 'My worker, my IRO or my advocate.' })
  @IsIn(VIEW_READERS)
  sendTo!: ViewReader;

  @Field()
  @Length(1, 5000)
  words!: string;

  @Field(() => MoodEnum, { nullable: true, description: 'How I feel.' })
  @IsOptional()
  @IsIn(MOODS)
  mood?: Mood | null;
}

@InputType()
export class FeelingUnsafeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  words?: string | null;
}

@InputType()
export class RaiseConcernInput {
  @IdField()
  childId!: string;

  @Field()
  @Length(1, 5000)
  words!: string;
}

/** Every answer to a message names the version it was based on: a stale one is a CONFLICT. */
@InputType()
export class AcknowledgeChildMessageInput {
  @IdField()
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class CloseChildMessageInput extends AcknowledgeChildMessageInput {
  @Field({ description: 'What was done: for staff, never shown to the child.' })
  @Length(3, 5000)
  whatWasDone!: string;
}

@InputType()
export class ReplyToChildMessageInput extends AcknowledgeChildMessageInput {
  @Field({ description: 'The reply the child reads.' })
  @Length(1, 5000)
  reply!: string;
}

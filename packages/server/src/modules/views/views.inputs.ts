import { ArrayMaxSize, ArrayUnique, IsIn, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MOODS, PORTAL_LANGUAGE_CODES, VIEW_READERS, VIEW_TOPICS, type Mood, type ViewReader, type ViewTopic } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { MoodEnum, ViewReaderEnum, ViewTopicEnum } from './view.enums';

@InputType()
export class ViewWordsInput {
  @Field(() => ViewTopicEnum)
  @IsIn(VIEW_TOPICS)
  topic!: ViewTopic;

  @Field()
  @Length(1, 5000)
  words!: string;

  @Field(() => MoodEnum, { nullable: true })
  @IsOptional()
  @IsIn(MOODS)
  mood?: Mood | null;

  @Field(() => [ViewReaderEnum], { description: 'Who may read it once sent: my worker, my IRO, my advocate.' })
  @ArrayMaxSize(3)
  @ArrayUnique()
  @IsIn(VIEW_READERS, { each: true })
  readers!: ViewReader[];
}

@InputType({ description: 'Start a view (no id) or change a draft (id and expectedVersion).' })
export class SaveViewDraftInput extends ViewWordsInput {
  @Field(() => String, { nullable: true, description: 'Made by the app once per new view, so a retry saves it once.' })
  @IsOptional()
  @Length(8, 100)
  clientKey?: string;

  @IdField({ nullable: true })
  id?: string;

  @IdField({ nullable: true, description: 'The meeting it is for.' })
  meetingId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion?: number;
}

@InputType()
export class WriteViewWithChildInput extends ViewWordsInput {
  @IdField()
  childId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(8, 100)
  clientKey?: string;
}

@InputType()
export class ReplyToViewInput {
  @IdField()
  viewId!: string;

  @Field()
  @Length(1, 5000)
  reply!: string;

  @Field(() => String, { nullable: true, description: 'The language the reply is written in (a young-person portal language code, e.g. "ps"); none means English.' })
  @IsOptional()
  @IsIn([...PORTAL_LANGUAGE_CODES])
  language?: string | null;

  @IdField({ nullable: true, description: "What changed: an outcome of the child's plan. The child sees its words." })
  outcomeId?: string | null;

  @IdField({ nullable: true, description: 'Where it changed: a meeting of the child. The child sees "at your review on 3 May".' })
  meetingId?: string | null;

  @Field(() => Int)
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class AddToViewInput {
  @IdField()
  viewId!: string;

  @Field()
  @Length(1, 5000)
  words!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  clientKey?: string;
}

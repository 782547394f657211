import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Mood, ViewTopic } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { MoodEnum, ViewTopicEnum } from '../views/view.enums';

/** What an advocate sees of a child: first name, age and review dates. Nothing else of the record. */
@ObjectType()
export class AdvocateChildSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string;

  @Field(() => Int)
  age!: number;

  @Field(() => LocalDate, { nullable: true })
  nextReviewDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  lastReviewDate!: string | null;
}

/** A view the child chose to share with their advocate, or wrote with them. */
@ObjectType()
export class AdvocateView {
  @Field(() => ID)
  id!: string;

  @Field(() => ViewTopicEnum)
  topic!: ViewTopic;

  @Field()
  words!: string;

  @Field(() => MoodEnum, { nullable: true })
  mood!: Mood | null;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field({ description: 'You wrote it with the child.' })
  writtenWithMe!: boolean;

  @Field(() => String, { nullable: true, description: 'The reply the child got.' })
  reply!: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt!: Date | null;
}

@ObjectType()
export class AdvocateChild extends AdvocateChildSummary {
  @Field(() => [AdvocateView])
  sharedViews!: AdvocateView[];
}

@ObjectType()
export class AdvocateConcern {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  raisedAt!: Date;
}

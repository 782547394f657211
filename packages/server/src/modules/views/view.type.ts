import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import type { Mood, ViewReader, ViewStatus, ViewTopic } from '@forever-planning/shared';
import { PersonRef } from '../children/child.type';
import { MoodEnum, ViewReaderEnum, ViewStatusEnum, ViewTopicEnum } from './view.enums';

/** A child's view (wishes and feelings) as professionals who may read it see it. Always sent. */
@ObjectType('View')
export class ViewType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID)
  childId!: string;

  @Field({ description: "The child's preferred (or legal) first name, for lists across children." })
  childFirstName!: string;

  @Field(() => ViewTopicEnum)
  topic!: ViewTopic;

  @Field()
  words!: string;

  @Field(() => MoodEnum, { nullable: true })
  mood!: Mood | null;

  @Field(() => [ViewReaderEnum])
  readers!: ViewReader[];

  @Field(() => ViewStatusEnum)
  status!: ViewStatus;

  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;

  @Field(() => ID, { nullable: true })
  meetingId!: string | null;

  @Field({ description: 'Written with the child by their advocate.' })
  writtenWithAdvocate!: boolean;

  @Field(() => ID, { nullable: true, description: 'The sent view this one adds to.' })
  followsViewId!: string | null;

  @Field(() => String, { nullable: true, description: '"You said, we did."' })
  reply!: string | null;

  @Field(() => String, { nullable: true, description: 'The language the reply is written in (portal language code); none means English.' })
  replyLanguage!: string | null;

  @Field(() => ID, { nullable: true, description: 'The plan outcome the reply says changed.' })
  replyOutcomeId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting where it changed.' })
  replyMeetingId!: string | null;

  @Field(() => PersonRef, { nullable: true })
  repliedBy!: PersonRef | null;

  @Field(() => Date, { nullable: true })
  repliedAt!: Date | null;

  @Field({ description: 'You have opened it.' })
  readByMe!: boolean;

  /** For the field resolver. */
  repliedById!: string | null;
}

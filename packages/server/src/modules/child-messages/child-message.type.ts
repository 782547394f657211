import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CHILD_MESSAGE_KINDS, type ChildMessageKind, type Mood, type ViewReader } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { ChildType, PersonRef } from '../children/child.type';
import { MoodEnum, ViewReaderEnum } from '../views/view.enums';

export const ChildMessageKindEnum = graphqlEnum('ChildMessageKind', CHILD_MESSAGE_KINDS, "I'm not happy, I feel unsafe, or an advocate's concern.");

/** A message from a child (or their advocate's concern), as the professionals it reached see it. */
@ObjectType('ChildMessage')
export class ChildMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ChildMessageKindEnum)
  kind!: ChildMessageKind;

  @Field(() => ViewReaderEnum, { nullable: true })
  sendTo!: ViewReader | null;

  @Field(() => String, { nullable: true })
  words!: string | null;

  @Field(() => MoodEnum, { nullable: true, description: 'How the child said they feel.' })
  mood!: Mood | null;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => ChildType, { description: 'The child who sent it (for a concern: the child it is about).' })
  child!: ChildType;

  @Field(() => PersonRef, { nullable: true, description: 'The advocate who raised a concern.' })
  raisedBy!: PersonRef | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => PersonRef, { nullable: true, description: 'Who saw it (acknowledged an unsafe alert, or read a message).' })
  acknowledgedBy!: PersonRef | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => PersonRef, { nullable: true })
  closedBy!: PersonRef | null;

  @Field(() => String, { nullable: true, description: 'What was done, when an unsafe alert was closed.' })
  closingNote!: string | null;

  @Field(() => String, { nullable: true, description: 'The reply the child reads.' })
  reply!: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt!: Date | null;

  @Field(() => PersonRef, { nullable: true })
  repliedBy!: PersonRef | null;

  @Field({ description: 'You may acknowledge, close or reply to it.' })
  canRespond!: boolean;

  childId!: string;
  raisedById!: string | null;
  acknowledgedById!: string | null;
  closedById!: string | null;
  repliedById!: string | null;
}

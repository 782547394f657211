import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CHILD_MESSAGE_KINDS, type ChildMessageKind, type ViewReader } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { PersonRef } from '../children/child.type';
import { ViewReaderEnum } from '../views/view.enums';

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

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => PersonRef, { nullable: true, description: 'The advocate who raised a concern.' })
  raisedBy!: PersonRef | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => PersonRef, { nullable: true })
  acknowledgedBy!: PersonRef | null;

  raisedById!: string | null;
  acknowledgedById!: string | null;
}

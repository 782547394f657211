import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('YoungPersonDraft', { description: 'Something I am still writing, kept on the server so my phone does not hold it.' })
export class YoungPersonDraftType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'The form’s values, as JSON text.' })
  content!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  savedAt!: Date;
}

import { IsInt, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** A form's name: letters, numbers and a few separators, e.g. "not-happy" or "add:<id>". */
export const DRAFT_NAME = /^[a-z0-9:_-]{1,120}$/i;

@InputType()
export class SaveMyDraftInput {
  @Field()
  @Matches(DRAFT_NAME, { message: 'name is a form name such as "not-happy".' })
  name!: string;

  @Field({ description: 'The form’s values, as JSON text.' })
  @Length(1, 20000)
  content!: string;

  @Field(() => Int, { nullable: true, description: 'The version this change is based on; leave out for a new draft.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;
}

@InputType()
export class MyDraftNameInput {
  @Field()
  @Matches(DRAFT_NAME, { message: 'name is a form name such as "not-happy".' })
  @MaxLength(120)
  name!: string;
}

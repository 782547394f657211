import { IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { VIEW_READERS, type ViewReader } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { ViewReaderEnum } from '../views/view.enums';

@InputType()
export class NotHappyMessageInput {
  @Field(() => ViewReaderEnum, { description: 'My worker, my IRO or my advocate.' })
  @IsIn(VIEW_READERS)
  sendTo!: ViewReader;

  @Field()
  @Length(1, 5000)
  words!: string;
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

import { IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LIFE_STORY_AUDIENCES, LIFE_STORY_KINDS, type LifeStoryAudience, type LifeStoryKind } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { LifeStoryAudienceEnum, LifeStoryKindEnum } from './life-story.enums';

@InputType()
export class LifeStoryAudienceFields {
  @Field(() => LifeStoryAudienceEnum)
  @IsIn(LIFE_STORY_AUDIENCES)
  audience!: LifeStoryAudience;

  @Field(() => LocalDate, { nullable: true, description: 'For CHILD_FROM_DATE: the child sees it from this day.' })
  @IsOptional()
  @SensibleDate()
  releaseOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'For CHILD_FROM_AGE: the child sees it from this birthday.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(25)
  releaseAge?: number | null;
}

@InputType()
export class AddLifeStoryItemInput extends LifeStoryAudienceFields {
  @IdField()
  childId!: string;

  @Field(() => LifeStoryKindEnum)
  @IsIn(LIFE_STORY_KINDS)
  kind!: LifeStoryKind;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  words?: string | null;

  @IdField({ nullable: true, description: 'A file uploaded to POST /media for the same child.' })
  mediaId?: string | null;

  @Field(() => String, { nullable: true, description: 'Made by the client once per new item, so a retry adds it once.' })
  @IsOptional()
  @Length(8, 100)
  clientKey?: string;
}

@InputType()
export class UpdateLifeStoryItemInput {
  @IdField()
  id!: string;

  @Field(() => Int)
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;

  @Field(() => LifeStoryKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LIFE_STORY_KINDS)
  kind?: LifeStoryKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  words?: string | null;

  @IdField({ nullable: true, description: 'A file uploaded to POST /media for the same child.' })
  mediaId?: string | null;
}

@InputType()
export class SetLifeStoryAudienceInput extends LifeStoryAudienceFields {
  @IdField()
  id!: string;

  @Field(() => Int)
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class LifeStoryItemVersionInput {
  @IdField()
  id!: string;

  @Field(() => Int)
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class AddMyLifeStoryItemInput {
  @Field(() => LifeStoryKindEnum)
  @IsIn(LIFE_STORY_KINDS)
  kind!: LifeStoryKind;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  occurredOn?: string | null;

  @Field()
  @Length(1, 10000)
  words!: string;

  @IdField({ nullable: true, description: 'A photo or document I uploaded to POST /media.' })
  mediaId?: string | null;

  @Field({ description: 'Made by the app once per new item, so a retry adds it once.' })
  @Length(8, 100)
  clientKey!: string;
}

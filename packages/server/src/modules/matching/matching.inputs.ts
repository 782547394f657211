import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, MaxLength } from 'class-validator';
import { MATCHING_AREAS, type MatchingArea } from '@forever-planning/shared';
import { IdField } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { MatchingAreaEnum } from './matching.type';

@InputType()
export class SaveMatchingAreaInput {
  @IdField()
  childId!: string;

  @Field(() => MatchingAreaEnum)
  @IsIn(MATCHING_AREAS)
  area!: MatchingArea;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  childViews?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  needs?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  currentSupport?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  carerPotential?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inSupportPlan?: boolean;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

import { Field, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import {
  FAMILY_TIME_KINDS, SIBLING_RELATIONSHIPS, TOGETHER_APART_OUTCOMES,
  type FamilyTimeKind, type SiblingRelationshipKind, type TogetherApartOutcome,
} from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { FamilyTimeKindEnum, SiblingRelationshipEnum, TogetherApartOutcomeEnum } from './sibling.types';

@InputType()
export class LinkBrotherOrSisterInput {
  @IdField({ description: 'A child whose case you may change.' })
  childId!: string;

  @IdField({ description: 'Their brother or sister, in the same council.' })
  otherChildId!: string;

  @Field(() => SiblingRelationshipEnum)
  @IsIn(SIBLING_RELATIONSHIPS)
  relationship!: SiblingRelationshipKind;

  @Field()
  @IsBoolean()
  livingTogether!: boolean;
}

@InputType()
export class UpdateBrotherOrSisterLinkInput {
  @IdField()
  id!: string;

  @Field(() => SiblingRelationshipEnum, { nullable: true })
  @IsOptional()
  @IsIn(SIBLING_RELATIONSHIPS)
  relationship?: SiblingRelationshipKind;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  livingTogether?: boolean;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class RecordTogetherApartAssessmentInput {
  @IdField({ description: 'The brother-or-sister link.' })
  linkId!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  assessedOn!: string;

  @Field(() => TogetherApartOutcomeEnum)
  @IsIn(TOGETHER_APART_OUTCOMES)
  outcome!: TogetherApartOutcome;

  @Field()
  @Length(1, 10_000)
  reasons!: string;
}

@InputType()
export class SetKeepingInTouchPlanInput {
  @IdField({ description: 'The brother-or-sister link.' })
  linkId!: string;

  @IdField({ nullable: true, description: 'The plan to change; leave empty to add a plan.' })
  id?: string;

  @Field(() => FamilyTimeKindEnum)
  @IsIn(FAMILY_TIME_KINDS)
  kind!: FamilyTimeKind;

  @Field({ description: 'How often, in words ("monthly, school holidays weekly").' })
  @Length(1, 200)
  frequency!: string;

  @Field({ description: 'Who agreed it.' })
  @Length(1, 200)
  agreedBy!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  arrangements?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  shareableWithChild?: boolean;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class RecordSiblingGroupDecisionInput {
  @IdField({ description: 'A child of the group whose case you may change.' })
  childId!: string;

  @IdField({ nullable: true, description: 'The decision to change; leave empty to record a new decision.' })
  id?: string;

  @Field(() => LocalDate)
  @SensibleDate()
  decidedOn!: string;

  @Field(() => TogetherApartOutcomeEnum)
  @IsIn(TOGETHER_APART_OUTCOMES)
  outcome!: TogetherApartOutcome;

  @Field()
  @Length(1, 10_000)
  reasons!: string;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

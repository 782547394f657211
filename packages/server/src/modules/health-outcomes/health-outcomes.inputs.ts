import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IdField } from '../../common/validation';
import { SDQ_MAX_SCORE, SDQ_REASONS, type SdqReason } from '../../ssda903/ssda903.oc2';
import { ExpectedVersionField } from '../case-records/case-record.inputs';

/** The whole year's record: each save replaces it. Items the DfE does not ask of the child's age are left empty. */
@InputType()
export class SaveHealthOutcomesInput {
  @IdField()
  childId!: string;

  @Field(() => Int, { description: 'The collection year, named by the year it ends: 2025 is 1 April 2024 to 31 March 2025.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(SDQ_MAX_SCORE)
  sdqScore?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(SDQ_REASONS)
  sdqReason?: SdqReason | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  convicted?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  healthCheck?: boolean | null;

  @Field()
  @IsBoolean()
  immunisations!: boolean;

  @Field()
  @IsBoolean()
  teethCheck!: boolean;

  @Field()
  @IsBoolean()
  healthAssessment!: boolean;

  @Field()
  @IsBoolean()
  substanceMisuse!: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  interventionReceived?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  interventionOffered?: boolean | null;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

import { Field, InputType, Int } from 'type-graphql';
import { IsEmail, IsIn, IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { AFTER_EIGHTEEN, OC3_ACCOMMODATION, OC3_ACTIVITY, OC3_IN_TOUCH, type AfterEighteen } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';

/** The whole leaving care record: each save replaces it (the first save sends no expectedVersion). */
@InputType()
export class SaveLeavingCareInput {
  @IdField()
  childId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The needs assessment was completed on.' })
  @IsOptional()
  @SensibleDate()
  needsAssessmentOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The first pathway plan was agreed on.' })
  @IsOptional()
  @SensibleDate()
  pathwayPlanAgreedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The pathway plan was last reviewed on (every six months).' })
  @IsOptional()
  @SensibleDate()
  pathwayPlanReviewedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  personalAdviserName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  personalAdviserPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  personalAdviserEmail?: string | null;

  @Field(() => String, { description: `What happens at 18: ${AFTER_EIGHTEEN.join(', ')}.` })
  @IsIn(AFTER_EIGHTEEN)
  afterEighteen!: AfterEighteen;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  afterEighteenDetails?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan as the young person reads it, in their words.' })
  @IsOptional()
  @MaxLength(4000)
  planInMyWords?: string | null;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

/** One birthday's OC3 information, saved whole. */
@InputType()
export class SaveCareLeaverBirthdayInput {
  @IdField()
  childId!: string;

  @Field(() => Int, { description: 'The birthday: 17 to 21.' })
  @IsInt()
  @Min(17)
  @Max(21)
  age!: number;

  @Field(() => String, { description: `Is the council in touch: ${OC3_IN_TOUCH.join(', ')}.` })
  @IsIn(OC3_IN_TOUCH)
  inTouch!: string;

  @Field(() => String, { nullable: true, description: 'Activity (OC3 ACTIV); only when in touch.' })
  @IsOptional()
  @IsIn(OC3_ACTIVITY)
  activity?: string | null;

  @Field(() => String, { nullable: true, description: 'Accommodation (OC3 ACCOM, 1 suitable, 2 not); only when in touch.' })
  @IsOptional()
  @IsIn(OC3_ACCOMMODATION)
  accommodation?: string | null;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

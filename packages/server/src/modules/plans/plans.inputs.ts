import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PLAN_OPTIONS, type PlanOption } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { PlanOptionEnum } from './plan.enums';

const LONG_TEXT = 10_000;

/** A workflow step on one plan version; every change to a plan names the version it was based on. */
@InputType()
export class PlanTransitionInput {
  @IdField()
  planId!: string;

  @Field(() => Int, { description: 'The plan version the change was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class CreatePlanInput {
  @IdField()
  childId!: string;
}

@InputType()
export class UpdatePlanInput extends PlanTransitionInput {
  @Field(() => PlanOptionEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLAN_OPTIONS)
  primaryOption?: PlanOption | null;

  @Field(() => String, { nullable: true, description: "The child's wishes, summarised." })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  childWishes?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  bottomLines?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  consequenceOfNoChange?: string | null;

  @Field(() => String, { nullable: true, description: 'The plan in words the child reads.' })
  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT)
  childFriendlySummary?: string | null;

  @Field(() => [PlanOptionEnum], {
    nullable: true,
    description: 'Replaces the contingency options, in order, in the same change as the primary option: a swap of the two saves in one step.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(PLAN_OPTIONS.length)
  @ArrayUnique({ message: 'contingencies must not repeat an option' })
  @IsIn(PLAN_OPTIONS, { each: true })
  contingencies?: PlanOption[];
}

@InputType()
export class SetContingencyOptionsInput extends PlanTransitionInput {
  @Field(() => [PlanOptionEnum], { description: 'In the order they would be pursued; distinct; not the primary option.' })
  @IsArray()
  @ArrayMaxSize(PLAN_OPTIONS.length)
  @ArrayUnique({ message: 'options must not repeat an option' })
  @IsIn(PLAN_OPTIONS, { each: true })
  options!: PlanOption[];
}

/** The columns of Newham's SMART layout, added at the end of a draft plan. */
@InputType()
export class AddPlanOutcomeInput extends PlanTransitionInput {
  @Field({ description: 'Planned outcome for the child.' })
  @IsString()
  @Length(1, 2000)
  outcome!: string;

  @Field({ description: 'Measure of progress.' })
  @IsString()
  @Length(1, 2000)
  measure!: string;

  @Field()
  @IsString()
  @Length(1, 4000)
  actions!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  byWhom!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  dueDate!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  progress?: string | null;
}

@InputType()
export class UpdatePlanOutcomeInput {
  @IdField()
  outcomeId!: string;

  @Field(() => Int, { description: 'The outcome version the change was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  outcome?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  measure?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  actions?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  byWhom?: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  dueDate?: string;

  @Field(() => String, { nullable: true, description: 'May be updated after endorsement: progress is how the plan is worked.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  progress?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'May be updated after endorsement.' })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}

@InputType()
export class RemovePlanOutcomeInput {
  @IdField()
  outcomeId!: string;

  @Field(() => Int, { description: 'The outcome version the removal was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

@InputType()
export class ReorderPlanOutcomesInput extends PlanTransitionInput {
  @Field(() => [String], { description: "Every outcome id of the plan, in the new order." })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  outcomeIds!: string[];
}


@InputType()
export class RecordPanelRecommendationInput extends PlanTransitionInput {
  @Field({ description: "The panel's recommendation, as minuted." })
  @IsString()
  @Length(1, LONG_TEXT)
  recommendation!: string;

  @IdField({ nullable: true, description: 'The panel meeting, if recorded.' })
  meetingId?: string;
}

@InputType()
export class EndorsePlanInput extends PlanTransitionInput {
  @IdField({ description: "The review of this child at which the IRO endorses the plan." })
  meetingId!: string;
}

@InputType()
export class EndPlanInput extends PlanTransitionInput {
  @Field()
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

/** The team manager's approval; comments, when given, are kept as management oversight and shown to the worker. */
@InputType()
export class ApprovePlanInput extends PlanTransitionInput {
  @Field(() => String, { nullable: true, description: "The manager's comments on the approved plan (management oversight)." })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comments?: string | null;
}

/** Sends a submitted plan back to its worker as a draft; the reasons are required. */
@InputType()
export class ReturnPlanInput extends PlanTransitionInput {
  @Field({ description: 'Why the plan goes back, and what to change (management oversight, shown to the worker).' })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'reasons must say why the plan is returned' })
  reasons!: string;
}

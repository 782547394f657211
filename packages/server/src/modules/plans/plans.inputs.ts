import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import {
  FAMILY_AGREEMENTS,
  FAMILY_CONSIDERED,
  OUTCOME_TRACKS,
  PANEL_DECISIONS,
  PANEL_MEETING_TYPES,
  PLAN_OPTIONS,
  PORTAL_LANGUAGE_CODES,
  type FamilyAgreement,
  type FamilyConsidered,
  type MeetingType,
  type OutcomeTrack,
  type PanelDecision,
  type PlanOption,
} from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, OptionalText, SensibleDate } from '../../common/validation';
import { MeetingTypeEnum } from '../meetings/meeting.type';
import { FamilyAgreementEnum, FamilyConsideredEnum, OutcomeTrackEnum, PanelDecisionEnum, PlanOptionEnum } from './plan.enums';

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

  @OptionalText(LONG_TEXT, "The child's wishes, summarised.")
  childWishes?: string | null;

  @OptionalText(LONG_TEXT)
  bottomLines?: string | null;

  @OptionalText(LONG_TEXT)
  consequenceOfNoChange?: string | null;

  @OptionalText(LONG_TEXT, 'The plan in words the child reads.')
  childFriendlySummary?: string | null;

  @Field(() => String, { nullable: true, description: 'The language childFriendlySummary is written in (a young-person portal language code, e.g. "ps"); none means English.' })
  @IsOptional()
  @IsIn([...PORTAL_LANGUAGE_CODES])
  childFriendlySummaryLanguage?: string | null;

  @OptionalText(4000, 'Bottom line: key safety people the child can contact if they have any concerns.')
  safetyPeople?: string | null;

  @OptionalText(4000, "Bottom line: people who help the parents or carers and monitor the child's safety.")
  monitoringPeople?: string | null;

  @OptionalText(4000, 'Bottom line: people the family or parents need to avoid.')
  peopleToAvoid?: string | null;

  @OptionalText(500, 'Bottom line: how long the safety plan must be in place.')
  safetyPlanLasts?: string | null;

  @Field(() => Int, { nullable: true, description: 'Bottom line: the age at which the child has the Words and Pictures and the safety plan explained to them (0 to 17).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  wordsAndPicturesAge?: number | null;

  @Field(() => FamilyAgreementEnum, { nullable: true, description: "Whether the family agree with the plan." })
  @IsOptional()
  @IsIn(FAMILY_AGREEMENTS)
  familyAgreement?: FamilyAgreement | null;

  @OptionalText(4000, "The family's comments on the plan.")
  familyComments?: string | null;

  @Field(() => FamilyConsideredEnum, { nullable: true, description: 'Whether family and connected people were considered as carers first. CONSIDERED needs someone in the family network marked as considered.' })
  @IsOptional()
  @IsIn(FAMILY_CONSIDERED)
  familyConsidered?: FamilyConsidered | null;

  @OptionalText(2000, 'Whether family were thought about first, and why (or why not), in words the child reads. Needed once familyConsidered is CONSIDERED or NOT_CONSIDERED.')
  familyConsideredInChildWords?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The date by which the child should have permanence.' })
  @IsOptional()
  @SensibleDate()
  permanenceTargetDate?: string | null;

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

/** One action towards an outcome: what, by whom, and a timescale given as a date or as "within N weeks". */
@InputType()
export class PlanActionInput {
  @Field({ description: 'What will be done.' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'action must say what will be done' })
  action!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'byWhom must name who will do it' })
  byWhom!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Timescale as a date. Give this or withinWeeks, not both.' })
  @IsOptional()
  @SensibleDate()
  dueDate?: string | null;

  @Field(() => Int, { nullable: true, description: "Timescale as \"within N weeks\" (1 to 104) of the plan's approval. Give this or dueDate, not both." })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'withinWeeks must be at least 1' })
  @Max(104, { message: 'withinWeeks must be at most 104 (two years)' })
  withinWeeks?: number | null;

  @OptionalText(4000)
  progress?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  completed?: boolean | null;
}

/** The columns of Newham's SMART layout, added at the end of a draft plan, with one or more actions. */
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

  @Field(() => OutcomeTrackEnum, { nullable: true, description: 'The option this outcome works towards.' })
  @IsOptional()
  @IsIn(OUTCOME_TRACKS)
  optionTrack?: OutcomeTrack | null;

  @Field(() => [PlanActionInput], { description: 'The actions to deliver the outcome, in order: at least one.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'actions must hold at least one action' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  actions!: PlanActionInput[];

  @OptionalText(4000)
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

  @Field(() => OutcomeTrackEnum, { nullable: true })
  @IsOptional()
  @IsIn(OUTCOME_TRACKS)
  optionTrack?: OutcomeTrack | null;

  @Field(() => [PlanActionInput], { nullable: true, description: 'Replaces the actions, in order (a draft only): at least one.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'actions must hold at least one action' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  actions?: PlanActionInput[];

  @OptionalText(4000, 'May be updated after endorsement: progress is how the plan is worked.')
  progress?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'May be updated after endorsement.' })
  @IsOptional()
  @IsBoolean()
  completed?: boolean;
}

/** Progress on one action, while the plan is worked (after endorsement too). */
@InputType()
export class UpdatePlanActionProgressInput {
  @IdField()
  actionId!: string;

  @Field(() => Int, { description: 'The action version the change was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;

  @OptionalText(4000)
  progress?: string | null;

  @Field(() => Boolean, { nullable: true })
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

  @Field(() => MeetingTypeEnum, { nullable: true, description: 'Which panel: one of the panel meeting types.' })
  @IsOptional()
  @IsIn(PANEL_MEETING_TYPES, { message: 'panelType must be a panel' })
  panelType?: MeetingType | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the panel sat.' })
  @IsOptional()
  @SensibleDate()
  panelDate?: string | null;
}

/** The agency decision maker's decision on the panel's recommendation. */
@InputType()
export class RecordPanelDecisionInput extends PlanTransitionInput {
  @Field(() => PanelDecisionEnum)
  @IsIn(PANEL_DECISIONS)
  decision!: PanelDecision;

  @Field(() => LocalDate, { description: 'The day the decision maker decided.' })
  @SensibleDate()
  decisionDate!: string;

  @Field({ description: "The decision maker's name and role." })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'decisionMaker must name the decision maker' })
  decisionMaker!: string;

  @OptionalText(4000, 'The reasons, as minuted.')
  notes?: string | null;
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
  @OptionalText(4000, "The manager's comments on the approved plan (management oversight).")
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

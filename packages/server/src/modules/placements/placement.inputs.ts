import { Field, Float, InputType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { INTENDED_DURATIONS, NEW_EPISODE_REASONS, PLACEMENT_TYPES, type IntendedDuration, type NewEpisodeReason, type PlacementType } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, Pounds, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { IntendedDurationEnum, NewEpisodeReasonEnum, PlacementTypeEnum } from './placement.type';

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/i;
/** SSDA903 REASON_PLACE_CHANGE codes are 4 to 6 capitals (CARPL, LAREQ, CUSTOD, ...). */
const REASON_FOR_CHANGE = /^[A-Z]{4,6}$/;
/** Ofsted URNs: SC and six digits, or six or seven digits; XXXXXXX is the DfE's "none". */
const URN = /^(SC[0-9]{6}|[0-9]{6,7}|XXXXXXX)$/;
/** SSDA903 REC codes: E11, E4A, X1, ... */
const END_REASON = /^(E[0-9]{1,2}[AB]?|X1)$/;

@InputType()
class PlacementDetailsInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  inArea?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(POSTCODE, { message: 'postcode must be a UK postcode' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'PR0 to PR5.' })
  @IsOptional()
  @Matches(/^PR[0-5]$/, { message: 'provider must be PR0 to PR5' })
  provider?: string | null;

  @Field(() => String, { nullable: true, description: "Ofsted URN of the placement's provider (SC and 6 digits, or 7 digits); XXXXXXX where it has none." })
  @IsOptional()
  @Matches(URN, { message: 'urn must be an Ofsted URN (SC123456 or 1234567), or XXXXXXX where the provider has none' })
  urn?: string | null;

  @Field(() => NewEpisodeReasonEnum, { nullable: true })
  @IsOptional()
  @IsIn(NEW_EPISODE_REASONS)
  reasonNewEpisode?: NewEpisodeReason | null;

  @Field(() => Float, { nullable: true, description: 'Weekly cost in pounds.' })
  @IsOptional()
  @Pounds(99_999_999)
  weeklyCost?: number;
}

@InputType()
export class StartPlacementInput extends PlacementDetailsInput {
  @IdField()
  childId!: string;

  @Field(() => PlacementTypeEnum)
  @IsIn(PLACEMENT_TYPES)
  type!: PlacementType;

  @Field()
  @Length(1, 200)
  carerName!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  startDate!: string;

  @Field(() => String, { nullable: true, description: 'Why the current placement ends: required when the child has one.' })
  @IsOptional()
  @Matches(REASON_FOR_CHANGE, { message: 'reasonForChange must be an SSDA903 reason for placement change code' })
  reasonForChange?: string;
}

@InputType()
export class EndPlacementInput {
  @IdField()
  id!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  endDate!: string;

  @Field({ description: 'SSDA903 reason the episode ended (REC).' })
  @Matches(END_REASON, { message: 'endReason must be an SSDA903 reason episode ceased code' })
  endReason!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class UpdatePlacementInput extends PlacementDetailsInput {
  @IdField()
  id!: string;

  @Field(() => PlacementTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(PLACEMENT_TYPES)
  type?: PlacementType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  carerName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(REASON_FOR_CHANGE, { message: 'reasonForChange must be an SSDA903 reason for placement change code' })
  reasonForChange?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  changeNotes?: string | null;

  @Field(() => IntendedDurationEnum, { nullable: true, description: 'How long the plan is for the child to live here.' })
  @IsOptional()
  @IsIn(INTENDED_DURATIONS)
  intendedDuration?: IntendedDuration | null;

  @Field(() => LocalDate, { nullable: true, description: 'FIXED_PERIOD only: the day the period is meant to end.' })
  @IsOptional()
  @SensibleDate()
  intendedUntil?: string | null;

  @Field(() => String, { nullable: true, description: 'How long, in words the child reads; needed when it is NOT_YET_KNOWN.' })
  @IsOptional()
  @MaxLength(2000)
  durationInChildWords?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A move from this (current) placement is planned for this day; empty: no move planned (clears the rest of the move).' })
  @IsOptional()
  @SensibleDate()
  movePlannedFor?: string | null;

  @Field(() => String, { nullable: true, description: 'Who the child is to move to, as the child will know them (the child reads this name).' })
  @IsOptional()
  @MaxLength(200)
  moveToCarerName?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the child was told about the planned move (not after the move).' })
  @IsOptional()
  @SensibleDate()
  childToldOfMoveOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the child first met the new carers, before the move (introductions).' })
  @IsOptional()
  @SensibleDate()
  childMetNewCarerOn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The new carers are people the child already knows: no introductions needed.' })
  @IsOptional()
  @IsBoolean()
  newCarerAlreadyKnown?: boolean;

  @ExpectedVersionField()
  expectedVersion!: number;
}

import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { CATEGORIES_OF_NEED, GENDERS, PLAN_OPTIONS, PLAN_STATUSES, type CategoryOfNeed, type Gender, type PlanOption, type PlanStatus } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { CategoryOfNeedEnum, GenderEnum } from './child.type';
import { PlanOptionEnum, PlanStatusEnum } from '../plans/plan.enums';
import { AlertCodeEnum } from '../alerts/alerts.type';
import { ALERT_CODES, type AlertCode } from '../../rules';

@InputType()
export class ChildrenFilter {
  @Field(() => String, { nullable: true, description: 'Part of a first, preferred or last name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @IdField({ nullable: true })
  teamId?: string;

  @Field(() => PlanOptionEnum, { nullable: true, description: "The current plan's primary option." })
  @IsOptional()
  @IsIn(PLAN_OPTIONS)
  planOption?: PlanOption;

  @Field(() => PlanStatusEnum, { nullable: true, description: "The current plan's status." })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  planStatus?: PlanStatus;

  @Field(() => AlertCodeEnum, { nullable: true, description: 'Only children with this alert today.' })
  @IsOptional()
  @IsIn(ALERT_CODES)
  alert?: AlertCode;
}

@InputType()
export class ChildDetailsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  legalFirstName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  legalLastName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  preferredName?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  dateOfBirth?: string;

  @Field(() => GenderEnum, { nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  religion?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  firstLanguage?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  disability?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  healthNeeds?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  school?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  virtualSchool?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  // A UPN, or the DfE's reason there is none (UN2 to UN5); UN1 (not yet of school age) is worked out by the SSDA903 export.
  @Matches(/^([A-Z][0-9]{11}[0-9A-Z]|UN[2-5])$/, { message: 'upn must be a 13-character unique pupil number, or UN2 to UN5 for why it is not known' })
  upn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  dateLookedAfter?: string | null;

  @Field(() => CategoryOfNeedEnum, { nullable: true })
  @IsOptional()
  @IsIn(CATEGORIES_OF_NEED)
  categoryOfNeed?: CategoryOfNeed | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  uasc?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'SSDA903 MOTHER: whether she is a mother.' })
  @IsOptional()
  @IsBoolean()
  mother?: boolean | null;

  @Field(() => LocalDate, { nullable: true, description: "SSDA903 MC_DOB: her (first) child's date of birth; only for a mother." })
  @IsOptional()
  @SensibleDate()
  mothersChildDateOfBirth?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'SSDA903 DATE_PLACED: the decision that the child should be placed for adoption.' })
  @IsOptional()
  @SensibleDate()
  adoptionDecisionOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'SSDA903 DATE_PLACED_CEASED: the day the decision stopped standing.' })
  @IsOptional()
  @SensibleDate()
  adoptionDecisionCeasedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 REASON_PLACED_CEASED: RD1 to RD4.' })
  @IsOptional()
  @Matches(/^RD[1-4]$/, { message: 'adoptionDecisionCeasedReason must be RD1 to RD4' })
  adoptionDecisionCeasedReason?: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 PREV_PERM: P1 adopted, P2 special guardianship order, P3 residence or child arrangements order, P4, Z1 not known. P1 to P4 need previousPermanenceLa and previousPermanenceDate (rule 630).' })
  @IsOptional()
  @Matches(/^(P[1-4]|Z1)$/, { message: 'previousPermanence must be P1, P2, P3, P4 or Z1' })
  previousPermanence?: string | null;

  @Field(() => String, { nullable: true, description: 'SSDA903 LA_PERM: three-digit LA number of the authority that made the order, or WAL, SCO, NIR, NUK (rule 633).' })
  @IsOptional()
  @Matches(/^([0-9]{3}|WAL|SCO|NIR|NUK)$/, { message: 'previousPermanenceLa must be a three-digit local authority number, or WAL, SCO, NIR or NUK' })
  previousPermanenceLa?: string | null;

  @Field(() => String, { nullable: true, description: "SSDA903 DATE_PERM: YYYY-MM-DD, with ZZ for a day (or day and month) not known, e.g. 2019-06-ZZ (rule 632)." })
  @IsOptional()
  @Matches(/^[0-9]{4}-([0-9]{2}-([0-9]{2}|ZZ)|ZZ-ZZ)$/, { message: 'previousPermanenceDate must be YYYY-MM-DD, with ZZ for a day or month that is not known' })
  previousPermanenceDate?: string | null;
}

@InputType()
export class CreateChildInput extends ChildDetailsInput {
  @Field()
  @Length(1, 20)
  localId!: string;
}

@InputType()
export class UpdateChildInput extends ChildDetailsInput {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'The version the change was based on.' })
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion!: number;
}

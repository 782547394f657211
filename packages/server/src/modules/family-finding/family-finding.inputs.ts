import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional, MaxLength, MinLength } from 'class-validator';
import {
  ADOPTERS_LEGAL_STATUSES,
  ADOPTERS_SEXES,
  CARER_KINDS,
  FAMILY_FINDING_TEAMS,
  MATCH_STAGES,
  PERMANENCE_FORM_KINDS,
  REFERRAL_STATUSES,
  type AdoptersLegalStatus,
  type AdoptersSex,
  type CarerKind,
  type FamilyFindingTeam,
  type MatchStage,
  type PermanenceFormKind,
  type ReferralStatus,
} from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { AdoptersLegalStatusEnum, AdoptersSexEnum, CarerKindEnum, FamilyFindingTeamEnum, MatchStageEnum, PermanenceFormKindEnum, ReferralStatusEnum } from './family-finding.type';

@InputType()
export class ReferForFamilyFindingInput {
  @IdField()
  childId!: string;

  @Field(() => FamilyFindingTeamEnum)
  @IsIn(FAMILY_FINDING_TEAMS)
  team!: FamilyFindingTeam;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  agencyName?: string | null;

  @Field(() => LocalDate)
  @SensibleDate()
  referredOn!: string;
}

@InputType()
export class UpdateFamilyFindingReferralInput {
  @IdField()
  id!: string;

  @Field(() => ReferralStatusEnum)
  @IsIn(REFERRAL_STATUSES)
  status!: ReferralStatus;

  @Field(() => LocalDate)
  @SensibleDate()
  statusOn!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class AddProspectiveCarerInput {
  @IdField()
  childId!: string;

  @IdField({ nullable: true, description: 'The referral that found them.' })
  referralId?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => CarerKindEnum)
  @IsIn(CARER_KINDS)
  kind!: CarerKind;

  @Field(() => LocalDate)
  @SensibleDate()
  identifiedOn!: string;
}

@InputType()
export class MoveProspectiveCarerInput {
  @IdField()
  id!: string;

  @Field(() => MatchStageEnum)
  @IsIn(MATCH_STAGES)
  stage!: MatchStage;

  @Field(() => LocalDate)
  @SensibleDate()
  stageOn!: string;

  @Field(() => AdoptersSexEnum, { nullable: true, description: 'Prospective adopters: who is adopting (with adoptersLegalStatus; both or neither). Left out, what is recorded stays.' })
  @IsOptional()
  @IsIn(ADOPTERS_SEXES)
  adoptersSex?: AdoptersSex | null;

  @Field(() => AdoptersLegalStatusEnum, { nullable: true, description: "Prospective adopters: their legal status (with adoptersSex)." })
  @IsOptional()
  @IsIn(ADOPTERS_LEGAL_STATUSES)
  adoptersLegalStatus?: AdoptersLegalStatus | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class SavePermanenceFormInput {
  @IdField()
  childId!: string;

  @IdField({ nullable: true, description: 'Empty for a new form.' })
  id?: string | null;

  @Field(() => PermanenceFormKindEnum)
  @IsIn(PERMANENCE_FORM_KINDS)
  kind!: PermanenceFormKind;

  @IdField({ nullable: true, description: 'The carer the form is about (every form but the child’s permanence report).' })
  carerId?: string | null;

  @Field()
  @MinLength(1)
  @MaxLength(20_000)
  summary!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Set when the form is complete and ready for sign-off.' })
  @IsOptional()
  @SensibleDate()
  completedOn?: string | null;

  @ExpectedVersionField({ nullable: true })
  expectedVersion?: number | null;
}

@InputType()
export class SignOffPermanenceFormInput {
  @IdField()
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

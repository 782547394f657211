import { Field, InputType } from 'type-graphql';
import { IsIn, IsOptional, MaxLength, MinLength } from 'class-validator';
import { COURT_OUTCOMES, HEARING_KINDS, LEGAL_GATEWAY_DECISIONS, type CourtOutcome, type HearingKind, type LegalGatewayDecision } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { ExpectedVersionField } from '../case-records/case-record.inputs';
import { CourtOutcomeEnum, HearingKindEnum, LegalGatewayDecisionEnum } from './court.type';

@InputType({ description: 'Opens a court record at its first step: the letter before proceedings, the legal gateway meeting, or issue in an emergency.' })
export class StartCourtProceedingsInput {
  @IdField()
  childId!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  preProceedingsLetterOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  legalGatewayOn?: string | null;

  @Field(() => LegalGatewayDecisionEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_GATEWAY_DECISIONS)
  legalGatewayDecision?: LegalGatewayDecision | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  issuedOn?: string | null;
}

@InputType()
export class UpdateCourtProceedingsInput {
  @IdField()
  id!: string;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  preProceedingsLetterOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  legalGatewayOn?: string | null;

  @Field(() => LegalGatewayDecisionEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_GATEWAY_DECISIONS)
  legalGatewayDecision?: LegalGatewayDecision | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  issuedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  court?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  caseNumber?: string | null;

  @IdField({ nullable: true, description: 'The plan version filed as the final care plan.' })
  finalCarePlanId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  @IsOptional()
  @SensibleDate()
  finalCarePlanFiledOn?: string | null;

  @Field(() => CourtOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(COURT_OUTCOMES)
  outcome?: CourtOutcome | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the court made its final order (or the application ended).' })
  @IsOptional()
  @SensibleDate()
  concludedOn?: string | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class AddCourtHearingInput {
  @IdField()
  proceedingsId!: string;

  @Field(() => HearingKindEnum)
  @IsIn(HEARING_KINDS)
  kind!: HearingKind;

  @Field(() => LocalDate, { description: 'Held or listed on; may be ahead.' })
  @SensibleDate()
  hearingOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  notes?: string | null;
}

@InputType()
export class UpdateCourtHearingInput {
  @IdField()
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Relisted for another day.' })
  @IsOptional()
  @SensibleDate()
  hearingOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10_000)
  notes?: string | null;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class AddCourtDirectionInput {
  @IdField()
  hearingId!: string;

  @Field()
  @MinLength(1)
  @MaxLength(500)
  description!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  dueOn!: string;
}

@InputType()
export class UpdateCourtDirectionInput {
  @IdField()
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day it was done; null when it was marked done by mistake.' })
  @IsOptional()
  @SensibleDate()
  doneOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'A new date the court allowed.' })
  @IsOptional()
  @SensibleDate()
  dueOn?: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsIn, IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { PersonRef } from '../children/child.type';
import { graphqlEnum } from '../../common/enums';
import { IRO_DISPUTE_STAGES, type IroDisputeStage } from '../../rules';
import type { IroEscalationStageRecord } from './iro-escalation.entity';

@ObjectType('CaseFacts', { description: 'Facts the statutory rules need that no other record holds.' })
export class CaseFactsType {
  @Field(() => Int, { nullable: true, description: 'Null until first saved.' })
  version!: number | null;
  @Field(() => LocalDate, { nullable: true }) courtProceedingsStartedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) courtProceedingsEndedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) dischargePlanAgreedOn!: string | null;
  @Field(() => LocalDate, { nullable: true }) adoptionMatchedOn!: string | null;
  @Field(() => Boolean, { nullable: true }) kinshipCarerAvailable!: boolean | null;
  @Field() carerCannotConsiderSgo!: boolean;
  @Field() jointFunding!: boolean;
  @Field() returningForReview!: boolean;
  @Field() difficultySecuringPlan!: boolean;
  @Field() edgeOfCare!: boolean;
  @Field() planToBecomeLookedAfter!: boolean;
  @Field() lookedAfterInEmergency!: boolean;
}

function OptionalDate(): PropertyDecorator {
  return (t, k) => {
    Field(() => LocalDate, { nullable: true })(t, k);
    IsOptional()(t, k);
    SensibleDate()(t, k);
  };
}
function OptionalFlag(): PropertyDecorator {
  return (t, k) => {
    Field(() => Boolean, { nullable: true })(t, k);
    IsOptional()(t, k);
    IsBoolean()(t, k);
  };
}

@InputType()
export class UpdateCaseFactsInput {
  @IdField()
  childId!: string;

  @Field(() => Int, { nullable: true, description: 'The version it was based on; null the first time.' })
  @IsOptional()
  @Min(1)
  @Max(2_147_483_647)
  expectedVersion?: number | null;

  @OptionalDate() courtProceedingsStartedOn?: string | null;
  @OptionalDate() courtProceedingsEndedOn?: string | null;
  @OptionalDate() dischargePlanAgreedOn?: string | null;
  @OptionalDate() adoptionMatchedOn?: string | null;
  @OptionalFlag() kinshipCarerAvailable?: boolean | null;
  @OptionalFlag() carerCannotConsiderSgo?: boolean;
  @OptionalFlag() jointFunding?: boolean;
  @OptionalFlag() returningForReview?: boolean;
  @OptionalFlag() difficultySecuringPlan?: boolean;
  @OptionalFlag() edgeOfCare?: boolean;
  @OptionalFlag() planToBecomeLookedAfter?: boolean;
  @OptionalFlag() lookedAfterInEmergency?: boolean;
}

export const IroDisputeStageEnum = graphqlEnum('IroDisputeStage', IRO_DISPUTE_STAGES, 'A stage of the council’s dispute resolution protocol, in order.');
export const IroDisputeStageOutcomeEnum = graphqlEnum('IroDisputeStageOutcome', ['RESOLVED', 'ESCALATED'] as const, 'How a stage of a dispute ended.');

@ObjectType('IroEscalationStage', { description: 'One stage of the dispute resolution protocol: when it started, when it is due, and how it ended.' })
export class IroEscalationStageType {
  @Field(() => IroDisputeStageEnum) stage!: IroDisputeStage;
  @Field({ description: 'Who the IRO takes the dispute to at this stage, in words.' }) label!: string;
  @Field(() => LocalDate) startedOn!: string;
  @Field(() => Int, { description: 'The stage’s timescale in working days, from the council’s policy in force when the dispute was raised.' }) workingDays!: number;
  @Field(() => LocalDate, { description: 'Resolve or escalate by this day.' }) dueOn!: string;
  @Field(() => LocalDate, { nullable: true }) closedOn!: string | null;
  @Field(() => IroDisputeStageOutcomeEnum, { nullable: true }) outcome!: 'RESOLVED' | 'ESCALATED' | null;
  @Field(() => String, { nullable: true }) outcomeText!: string | null;
  @Field(() => PersonRef, { nullable: true }) closedBy!: PersonRef | null;
  closedById!: string | null;
}

@ObjectType('IroEscalation', { description: 'A drift escalation raised by the child’s IRO, taken through the stages of the council’s dispute resolution protocol.' })
export class IroEscalationType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDate) raisedOn!: string;
  @Field(() => PersonRef, { nullable: true }) raisedBy!: PersonRef | null;
  @Field() concern!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Set only when a stage resolved the dispute.' }) resolvedOn!: string | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  @Field(() => IroDisputeStageEnum, { nullable: true, description: 'The stage the dispute is at; null once resolved.' }) currentStage!: IroDisputeStage | null;
  raisedById!: string;
  stageRecords!: IroEscalationStageRecord[];
}

@InputType()
export class RaiseIroEscalationInput {
  @IdField() childId!: string;
  @Field() @Length(1, 4000) concern!: string;
}

@InputType()
export class ResolveIroEscalationInput {
  @IdField() id!: string;
  @Field(() => Int) @Min(1) @Max(2_147_483_647) expectedVersion!: number;
  @Field() @Length(1, 4000) resolution!: string;
}

@InputType({ description: 'The outcome of the dispute’s current stage: resolved, or escalated to the next stage.' })
export class RecordIroEscalationStageInput {
  @IdField() id!: string;
  @Field(() => Int) @Min(1) @Max(2_147_483_647) expectedVersion!: number;
  @Field(() => IroDisputeStageOutcomeEnum) @IsIn(['RESOLVED', 'ESCALATED']) outcome!: 'RESOLVED' | 'ESCALATED';
  @Field({ description: 'What was agreed, or why it goes to the next stage.' }) @Length(1, 4000) outcomeText!: string;
}

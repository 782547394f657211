import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDate } from '../../common/scalars';
import { IdField, SensibleDate } from '../../common/validation';
import { PersonRef } from '../children/child.type';

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

@ObjectType('IroEscalation', { description: 'A drift escalation raised by the child’s IRO.' })
export class IroEscalationType {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalDate) raisedOn!: string;
  @Field(() => PersonRef, { nullable: true }) raisedBy!: PersonRef | null;
  @Field() concern!: string;
  @Field(() => LocalDate, { nullable: true }) resolvedOn!: string | null;
  @Field(() => String, { nullable: true }) resolution!: string | null;
  raisedById!: string;
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

import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { LocalDate } from '../../common/scalars';
import { SensibleDate } from '../../common/validation';

@ObjectType({ description: 'One version of the council’s local policy: the timescales its rules run on.' })
export class PolicyProfileType {
  @Field(() => Int, { description: 'Version zero is the national default: shown, never changed.' })
  versionNumber!: number;

  @Field({ description: 'True for version zero, the national default the council works to until its first version starts.' })
  isNationalDefault!: boolean;

  @Field({ description: 'The shipped profile it starts from.' })
  baseProfile!: string;

  @Field()
  name!: string;

  @Field(() => LocalDate)
  effectiveFrom!: string;

  @Field(() => Int) firstReviewWorkingDays!: number;
  @Field(() => Int) secondReviewMonths!: number;
  @Field(() => Int) laterReviewMonths!: number;
  @Field() planByReview!: string;
  @Field(() => Int) planReviewWeeks!: number;
  @Field(() => Int) planReviewWeeksLongTermFostering!: number;
  @Field(() => Int) iroAllocationWorkingDays!: number;
  @Field(() => Int) reviewSignOffWorkingDays!: number;
  @Field(() => Int, { description: 'The whole dispute resolution protocol, from the day the IRO raises a dispute.' }) iroDisputeWorkingDays!: number;
  @Field(() => Int, { description: 'Dispute stage 1, informal resolution with the social worker: working days.' }) disputeInformalWorkingDays!: number;
  @Field(() => Int, { description: 'Dispute stage 2, the team manager: working days.' }) disputeTeamManagerWorkingDays!: number;
  @Field(() => Int, { description: 'Dispute stage 3, the service manager or head of service: working days.' }) disputeServiceManagerWorkingDays!: number;
  @Field(() => Int, { description: 'Dispute stage 4, the director: working days.' }) disputeDirectorWorkingDays!: number;
  @Field(() => Int) courtWeeks!: number;
  @Field(() => Int) section20DriftYears!: number;
  @Field(() => Int) placementMovesThreshold!: number;
  @Field(() => Int) placementMovesWindowMonths!: number;
  @Field(() => Int) placedWithParentsDischargeMonths!: number;
  @Field(() => Int) viewReplyWorkingDays!: number;
  @Field(() => Int) reviewDueSoonWorkingDays!: number;
  @Field(() => Int) advocacyMinAge!: number;
  @Field(() => Int, { description: 'From this age a child has their own account and may see a plan shared with them.' }) childOwnAccessFromAge!: number;
  @Field(() => Int) advocacyMaxAge!: number;
  @Field(() => Int) longTermFosteringApprovalUnderAge!: number;
  @Field(() => Int) adoptionRouteUnderAge!: number;
  @Field(() => Int) pathwayPlanFromAge!: number;
  @Field(() => Int) reunificationMonths!: number;
  @Field(() => Int, { nullable: true }) permanencePanelDays!: number | null;
  @Field(() => Int, { nullable: true }) permanencePlanningMeetingFirstMonths!: number | null;
  @Field(() => Int, { nullable: true }) permanencePlanningMeetingThenMonths!: number | null;
  @Field() reviewingOfficerTitle!: string;
}

@ObjectType()
export class NonWorkingDayType {
  @Field(() => LocalDate)
  date!: string;

  @Field()
  name!: string;
}

const small = (max: number) => [IsOptional(), IsInt(), Min(1), Max(max)];
function Setting(max: number): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { nullable: true })(target, key);
    for (const d of small(max)) d(target, key);
  };
}

@InputType({ description: 'A new version of the council’s policy: a shipped profile plus any settings to change.' })
export class PolicyVersionInput {
  @Field({ description: 'national, bolton, telford, torbay, dorset or newham.' })
  @Length(1, 20)
  baseProfile!: string;

  @Field(() => LocalDate)
  @SensibleDate()
  effectiveFrom!: string;

  @Setting(100) firstReviewWorkingDays?: number;
  @Setting(24) secondReviewMonths?: number;
  @Setting(24) laterReviewMonths?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(['FIRST', 'SECOND'])
  planByReview?: 'FIRST' | 'SECOND';

  @Setting(104) planReviewWeeks?: number;
  @Setting(156) planReviewWeeksLongTermFostering?: number;
  @Setting(60) iroAllocationWorkingDays?: number;
  @Setting(60) reviewSignOffWorkingDays?: number;
  @Setting(120) iroDisputeWorkingDays?: number;
  @Setting(120) disputeInformalWorkingDays?: number;
  @Setting(120) disputeTeamManagerWorkingDays?: number;
  @Setting(120) disputeServiceManagerWorkingDays?: number;
  @Setting(120) disputeDirectorWorkingDays?: number;
  @Setting(104) courtWeeks?: number;
  @Setting(10) section20DriftYears?: number;
  @Setting(20) placementMovesThreshold?: number;
  @Setting(36) placementMovesWindowMonths?: number;
  @Setting(60) placedWithParentsDischargeMonths?: number;
  @Setting(60) viewReplyWorkingDays?: number;
  @Setting(60) reviewDueSoonWorkingDays?: number;
  @Setting(18) advocacyMinAge?: number;
  @Setting(18) childOwnAccessFromAge?: number;
  @Setting(25) advocacyMaxAge?: number;
  @Setting(18) longTermFosteringApprovalUnderAge?: number;
  @Setting(18) adoptionRouteUnderAge?: number;
  @Setting(21) pathwayPlanFromAge?: number;
  @Setting(60) reunificationMonths?: number;
  @Setting(365) permanencePanelDays?: number;
  @Setting(24) permanencePlanningMeetingFirstMonths?: number;
  @Setting(24) permanencePlanningMeetingThenMonths?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 20)
  reviewingOfficerTitle?: string;
}

@InputType()
export class NonWorkingDayInput {
  @Field(() => LocalDate)
  @SensibleDate()
  date!: string;

  @Field()
  @Length(1, 100)
  name!: string;
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import type { PlanDecisionKind, PlanOption, PlanStatus } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { PlanDecisionKindEnum, PlanOptionEnum, PlanStatusEnum } from './plan.enums';

@ObjectType('PlanContingency', { description: 'A contingency option, in the order it would be pursued.' })
export class PlanContingencyType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => PlanOptionEnum)
  option!: PlanOption;

  @Field(() => String, { nullable: true })
  notes!: string | null;
}

@ObjectType('PlanOutcome', {
  description: "A SMART outcome, laid out as Newham's example plan: outcome for the child | measure of progress | actions | by whom | timescale | progress.",
})
export class PlanOutcomeType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back to update or remove the outcome.' })
  version!: number;

  @Field(() => Int)
  position!: number;

  @Field({ description: 'Planned outcome for the child.' })
  outcome!: string;

  @Field({ description: 'Measure of progress: how we know we are closer to the outcome.' })
  measure!: string;

  @Field({ description: 'Actions to deliver the outcome.' })
  actions!: string;

  @Field()
  byWhom!: string;

  @Field(() => LocalDate, { description: 'Timescale.' })
  dueDate!: string;

  @Field(() => String, { nullable: true })
  progress!: string | null;

  @Field()
  completed!: boolean;
}

@ObjectType('PlanChange', { description: 'One difference between a plan version and the version before it.' })
export class PlanChangeType {
  @Field({ description: 'primaryOption, contingencies, childWishes, ... or for outcomes: outcomeAdded, outcomeRemoved, or the outcome field changed.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'For a change to an outcome: the planned outcome it belongs to.' })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType('PlanDecision', {
  description: "Management oversight of a plan version: approved (with the manager's comments, if any) or returned to the worker with reasons.",
})
export class PlanDecisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => PlanDecisionKindEnum)
  kind!: PlanDecisionKind;

  @Field(() => String, { nullable: true, description: 'The reasons for a return, or comments on an approval.' })
  comments!: string | null;

  @Field(() => Date)
  decidedAt!: Date;

  /** Resolved to decidedBy. */
  decidedById!: string;
}

@ObjectType('PlanComparison', { description: 'What changed in a plan version since an earlier version (the plan in force, or a chosen one).' })
export class PlanComparisonType {
  @Field(() => Int, { nullable: true, description: 'The plan number compared against; null when there is none (a first plan).' })
  comparedWithPlanNumber!: number | null;

  @Field(() => [PlanChangeType])
  changes!: PlanChangeType[];
}

/** One version of a child's permanence plan ("Forever Plan"), as professionals see it. */
@ObjectType('Plan')
export class PlanType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  childId!: string;

  @Field(() => Int, { description: 'Changes on every update; send it back to update the plan.' })
  version!: number;

  @Field(() => Int, { description: '1 for the first plan, then 2, 3, ...' })
  planNumber!: number;

  @Field(() => PlanStatusEnum)
  status!: PlanStatus;

  @Field(() => PlanOptionEnum, { nullable: true })
  primaryOption!: PlanOption | null;

  @Field(() => String, { nullable: true })
  childWishes!: string | null;

  @Field(() => String, { nullable: true })
  bottomLines!: string | null;

  @Field(() => String, { nullable: true })
  consequenceOfNoChange!: string | null;

  @Field(() => String, { nullable: true })
  childFriendlySummary!: string | null;

  @Field(() => Date, { nullable: true })
  sharedWithChildAt!: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  headOfServiceApprovedAt!: Date | null;

  @Field(() => String, { nullable: true })
  panelRecommendation!: string | null;

  @Field(() => Date, { nullable: true })
  panelRecommendedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endorsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  achievedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => String, { nullable: true })
  endReason!: string | null;

  @Field({ description: 'Long-term fostering for a child under five: head of service approval is needed before panel or endorsement.' })
  needsHeadOfServiceApproval!: boolean;

  /** Resolved by field resolvers; not in the schema as ids. */
  createdById!: string;
  approvedById!: string | null;
  headOfServiceApprovedById!: string | null;
  endorsedById!: string | null;
  endorsedAtMeetingId!: string | null;
}

// Field resolvers add: contingencies, outcomes, createdBy, approvedBy,
// headOfServiceApprovedBy, endorsedBy, endorsedAtMeeting, changesFromPrevious.

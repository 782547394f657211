import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ChangedRecordType } from '../../common/changed-by';
import type { FamilyAgreement, FamilyConsidered, MeetingType, OutcomeTrack, PanelDecision, PlanDecisionKind, PlanOption, PlanStatus } from '@forever-planning/shared';
import { LocalDate } from '../../common/scalars';
import { MeetingTypeEnum } from '../meetings/meeting.type';
import { FamilyAgreementEnum, FamilyConsideredEnum, OutcomeTrackEnum, PanelDecisionEnum, PlanDecisionKindEnum, PlanOptionEnum, PlanStatusEnum } from './plan.enums';

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

@ObjectType('PlanOutcomeAction', { description: 'One action towards an outcome: what, by whom, its timescale and its progress.' })
export class PlanOutcomeActionType extends ChangedRecordType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Send it back to update the progress.' })
  version!: number;

  @Field(() => Int)
  position!: number;

  @Field()
  action!: string;

  @Field()
  byWhom!: string;

  @Field(() => Int, { nullable: true, description: 'Set when the timescale is "within N weeks" of approval.' })
  withinWeeks!: number | null;

  @Field(() => LocalDate, { description: 'The date given, or the date "within N weeks" falls on.' })
  dueDate!: string;

  @Field(() => String, { nullable: true })
  progress!: string | null;

  @Field()
  completed!: boolean;
}

@ObjectType('PlanOutcome', {
  description: "A SMART outcome, laid out as Newham's example plan: outcome for the child | measure of progress | actions, each with by whom, timescale and progress.",
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

  @Field(() => OutcomeTrackEnum, { nullable: true, description: 'The option this outcome works towards.' })
  optionTrack!: OutcomeTrack | null;

  @Field(() => [PlanOutcomeActionType], { description: 'Actions to deliver the outcome, in order.' })
  actions!: PlanOutcomeActionType[];

  @Field(() => LocalDate, { nullable: true, description: 'When the last action is due: the timescale of the outcome as a whole.' })
  dueDate!: string | null;

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

  @Field(() => String, { nullable: true, description: 'The language childFriendlySummary is written in (portal language code); none means English.' })
  childFriendlySummaryLanguage!: string | null;

  @Field(() => String, { nullable: true, description: 'Bottom line: key safety people the child can contact.' })
  safetyPeople!: string | null;

  @Field(() => String, { nullable: true, description: "Bottom line: people who help and monitor the child's safety." })
  monitoringPeople!: string | null;

  @Field(() => String, { nullable: true, description: 'Bottom line: people the family need to avoid.' })
  peopleToAvoid!: string | null;

  @Field(() => String, { nullable: true, description: 'Bottom line: how long the safety plan must be in place.' })
  safetyPlanLasts!: string | null;

  @Field(() => Int, { nullable: true, description: 'Bottom line: the age at which the Words and Pictures are explained to the child.' })
  wordsAndPicturesAge!: number | null;

  @Field(() => FamilyAgreementEnum, { nullable: true })
  familyAgreement!: FamilyAgreement | null;

  @Field(() => String, { nullable: true })
  familyComments!: string | null;

  @Field(() => FamilyConsideredEnum, { nullable: true, description: 'Whether family and connected people were considered as carers first (who, and the outcome, are on the family network).' })
  familyConsidered!: FamilyConsidered | null;

  @Field(() => String, { nullable: true, description: 'Whether family were thought about first, and why (or why not), in words the child reads once the plan is shared.' })
  familyConsideredInChildWords!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The target date for permanence.' })
  permanenceTargetDate!: string | null;

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

  @Field(() => MeetingTypeEnum, { nullable: true, description: 'Which panel made the recommendation.' })
  panelType!: MeetingType | null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the panel sat.' })
  panelDate!: string | null;

  @Field(() => PanelDecisionEnum, { nullable: true, description: "The agency decision maker's decision." })
  panelDecision!: PanelDecision | null;

  @Field(() => LocalDate, { nullable: true })
  panelDecisionDate!: string | null;

  @Field(() => String, { nullable: true, description: 'The decision maker, by name and role.' })
  panelDecisionMaker!: string | null;

  @Field(() => String, { nullable: true })
  panelDecisionNotes!: string | null;

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

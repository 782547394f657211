import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  COURT_OUTCOMES,
  DIRECTION_STATUSES,
  HEARING_KINDS,
  LEGAL_GATEWAY_DECISIONS,
  PLO_STAGES,
  type CourtOutcome,
  type DirectionStatus,
  type HearingKind,
  type LegalGatewayDecision,
  type PloStage,
} from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { RuleSourceType } from '../alerts/alerts.type';

export const PloStageEnum = graphqlEnum('PloStage', PLO_STAGES, 'Where care proceedings are in the Public Law Outline.');
export const HearingKindEnum = graphqlEnum('HearingKind', HEARING_KINDS);
export const LegalGatewayDecisionEnum = graphqlEnum('LegalGatewayDecision', LEGAL_GATEWAY_DECISIONS, 'What the legal gateway (legal planning) meeting decided.');
export const CourtOutcomeEnum = graphqlEnum('CourtOutcome', COURT_OUTCOMES);
export const DirectionStatusEnum = graphqlEnum('DirectionStatus', DIRECTION_STATUSES, 'OPEN until its day; DONE when complied with; MISSED when its day passed without it.');

@ObjectType('CourtDirection', { description: 'A direction the court gave at a hearing.' })
export class CourtDirectionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  description!: string;

  @Field(() => LocalDate)
  dueOn!: string;

  @Field(() => LocalDate, { nullable: true })
  doneOn!: string | null;

  @Field(() => DirectionStatusEnum)
  status!: DirectionStatus;
}

@ObjectType('CourtHearing', { description: 'A hearing listed or held in care proceedings, with the directions given at it.' })
export class CourtHearingType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => HearingKindEnum)
  kind!: HearingKind;

  @Field()
  label!: string;

  @Field(() => LocalDate)
  hearingOn!: string;

  @Field(() => Int, { description: 'The week of proceedings it falls in (the day of issue is in week 1).' })
  week!: number;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [CourtDirectionType])
  directions!: CourtDirectionType[];
}

@ObjectType('CourtMilestone', { description: 'A point in the PLO timetable.' })
export class CourtMilestoneType {
  @Field()
  label!: string;

  @Field(() => LocalDate, { description: 'The latest day for it.' })
  date!: string;

  @Field(() => LocalDate, { nullable: true, description: 'The first day it may be held, where the practice direction gives a window.' })
  earliest!: string | null;

  @Field(() => RuleSourceType)
  source!: RuleSourceType;
}

@ObjectType('CourtTimetableWeek', { description: 'One week of proceedings, from issue.' })
export class CourtTimetableWeekType {
  @Field(() => Int)
  week!: number;

  @Field(() => LocalDate)
  startsOn!: string;

  @Field(() => LocalDate)
  endsOn!: string;

  @Field(() => [CourtMilestoneType])
  milestones!: CourtMilestoneType[];

  @Field(() => [String], { description: 'Hearings listed this week, by name.' })
  hearings!: string[];
}

@ObjectType('CourtReviewPoint', { description: 'A pre-proceedings review point from the letter before proceedings.' })
export class CourtReviewPointType {
  @Field()
  label!: string;

  @Field(() => LocalDate)
  dueDate!: string;

  @Field(() => RuleSourceType)
  source!: RuleSourceType;
}

@ObjectType('FinalCarePlanRef', { description: 'The plan version filed with the court as the final care plan.' })
export class FinalCarePlanRefType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  planNumber!: number;

  @Field()
  status!: string;
}

@ObjectType('CourtProceedings', { description: 'Care proceedings under the Public Law Outline, from the letter before proceedings to the outcome.' })
export class CourtProceedingsType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => PloStageEnum)
  stage!: PloStage;

  @Field()
  stageLabel!: string;

  @Field(() => LocalDate, { nullable: true })
  preProceedingsLetterOn!: string | null;

  @Field(() => LocalDate, { nullable: true })
  legalGatewayOn!: string | null;

  @Field(() => LegalGatewayDecisionEnum, { nullable: true })
  legalGatewayDecision!: LegalGatewayDecision | null;

  @Field(() => LocalDate, { nullable: true })
  issuedOn!: string | null;

  @Field(() => String, { nullable: true })
  court!: string | null;

  @Field(() => String, { nullable: true })
  caseNumber!: string | null;

  @Field(() => FinalCarePlanRefType, { nullable: true })
  finalCarePlan!: FinalCarePlanRefType | null;

  @Field(() => LocalDate, { nullable: true })
  finalCarePlanFiledOn!: string | null;

  @Field(() => CourtOutcomeEnum, { nullable: true })
  outcome!: CourtOutcome | null;

  @Field(() => LocalDate, { nullable: true })
  concludedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day of the 26 weeks (the council’s court timescale) from issue.' })
  finalHearingDue!: string | null;

  @Field(() => [CourtHearingType], { description: 'By date.' })
  hearings!: CourtHearingType[];

  @Field(() => [CourtTimetableWeekType], { description: 'Week by week from issue to the final hearing; empty until issued.' })
  timetable!: CourtTimetableWeekType[];

  @Field(() => [CourtReviewPointType], { description: 'Pre-proceedings review points from the letter; empty without a letter.' })
  reviewPoints!: CourtReviewPointType[];
}

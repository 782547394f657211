import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { IdField } from '../../common/validation';
import { ALERT_CODES, APPLICATION_ORDERS, SUGGESTION_CODES, URGENCIES, type AlertCode, type ApplicationOrder, type CarerAssessment, type SuggestionCode, type Urgency } from '../../rules';
import type { PlanOption } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { ChildType, PersonRef, TeamRef } from '../children/child.type';
import { PlanOptionEnum } from '../plans/plan.enums';

export const AlertCodeEnum = graphqlEnum('AlertCode', ALERT_CODES);
export const UrgencyEnum = graphqlEnum('Urgency', URGENCIES, 'CRITICAL is the most urgent.');
export const SuggestionCodeEnum = graphqlEnum('SuggestionCode', SUGGESTION_CODES);

@ObjectType({ description: 'Where a rule comes from: a council document and section.' })
export class RuleSourceType {
  @Field()
  council!: string;

  @Field()
  section!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'The statute or practice direction behind it, where there is one.' })
  law?: string | null;
}

@ObjectType()
export class PanelCriterionType {
  @Field({ description: "Bolton 5's criterion letter, a to f." })
  criterion!: string;

  @Field()
  evidence!: string;

  @Field(() => RuleSourceType)
  source!: RuleSourceType;
}

@ObjectType('Alert')
export class AlertType {
  @Field(() => AlertCodeEnum)
  code!: AlertCode;

  @Field(() => UrgencyEnum)
  urgency!: Urgency;

  @Field()
  title!: string;

  @Field()
  detail!: string;

  @Field(() => [String])
  evidence!: string[];

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Calendar days past the due date; 0 when due today or soon.' })
  daysOverdue!: number | null;

  @Field(() => RuleSourceType)
  source!: RuleSourceType;

  @Field(() => [PanelCriterionType], { description: 'For PERMANENCE_PANEL_CRITERIA_MET: each criterion met, with its evidence.' })
  criteria!: PanelCriterionType[];
}

@ObjectType('Suggestion')
export class SuggestionType {
  @Field(() => SuggestionCodeEnum)
  code!: SuggestionCode;

  @Field()
  title!: string;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => [PlanOptionEnum])
  options!: PlanOption[];

  @Field(() => RuleSourceType)
  source!: RuleSourceType;
}

@ObjectType('ChildMeasures')
export class ChildMeasuresType {
  @Field(() => Int, { nullable: true })
  daysInCare!: number | null;

  @Field(() => Int, { nullable: true })
  daysToPermanence!: number | null;

  @Field(() => Int, { nullable: true, description: 'Adoption scorecard A1: entering care to moving in with the adoptive family.' })
  daysEnteringCareToAdoptiveFamily!: number | null;

  @Field(() => Int, { nullable: true, description: 'Adoption scorecard A2: placement order to match.' })
  daysPlacementOrderToMatch!: number | null;

  @Field({ description: 'Weekly cost times weeks in each placement, to today, in pounds.' })
  placementCostToDate!: number;
}

@ObjectType('DriftEntry', { description: 'A child on the drift list with their alerts, most urgent first.' })
export class DriftEntryType {
  @Field(() => ChildType)
  child!: ChildType;

  @Field(() => [AlertType])
  alerts!: AlertType[];

  @Field(() => UrgencyEnum)
  topUrgency!: Urgency;
}

@InputType({ description: 'Narrows the drift list: any combination, each optional.' })
export class DriftFilter {
  @Field(() => AlertCodeEnum, { nullable: true, description: 'Only children with this alert, showing only it.' })
  @IsOptional()
  @IsIn(ALERT_CODES)
  alert?: AlertCode;

  @Field(() => UrgencyEnum, { nullable: true, description: 'Only alerts this urgent, and the children who have one.' })
  @IsOptional()
  @IsIn(URGENCIES)
  urgency?: Urgency;

  @IdField({ nullable: true, description: "Only this team's children." })
  teamId?: string;

  @IdField({ nullable: true, description: "Only this social worker's children." })
  workerId?: string;
}

@ObjectType('DriftAlertCount', { description: 'How many children have an alert of this type (team and worker filters applied).' })
export class DriftAlertCountType {
  @Field(() => AlertCodeEnum)
  code!: AlertCode;

  @Field({ description: "The alert's name, as on the alert." })
  title!: string;

  @Field(() => Int)
  children!: number;
}

@ObjectType('DriftList', { description: 'The drift list with what it can be filtered by.' })
export class DriftListType {
  @Field(() => [DriftEntryType], { description: 'Children with a matching alert, most urgent first, each with only the matching alerts.' })
  entries!: DriftEntryType[];

  @Field(() => Int, { description: 'Children with a matching alert (entries may stop at first).' })
  totalCount!: number;

  @Field(() => Int, { description: 'Looked-after children you reach in the chosen team and worker, with or without alerts.' })
  childrenReached!: number;

  @Field(() => [DriftAlertCountType], { description: 'Each alert type present, most children first: for the alert filter.' })
  alertCounts!: DriftAlertCountType[];

  @Field(() => [TeamRef], { description: 'Teams of the looked-after children you reach: for the team filter.' })
  teams!: TeamRef[];

  @Field(() => [PersonRef], { description: 'Social workers of the looked-after children you reach: for the worker filter.' })
  workers!: PersonRef[];
}

export const ApplicationOrderEnum = graphqlEnum('ApplicationOrder', APPLICATION_ORDERS, 'An order a person may apply to the court for.');
export const CarerAssessmentEnum = graphqlEnum('CarerAssessment', ['UNDER_WAY', 'FINISHED', 'NOT_CONSIDERED'] as const, 'Where a person stands as a possible carer.');

@ObjectType('PossibleApplicant', { description: 'A person in the family network, or a carer the child has lived with, and whether they may apply for one order.' })
export class PossibleApplicantType {
  @Field() name!: string;
  @Field() relationship!: string;
  @Field({ description: 'NETWORK: from the family network; CARER: a carer the child has lived with.' }) from!: string;
  @Field(() => CarerAssessmentEnum) assessment!: CarerAssessment;
  @Field() eligible!: boolean;
  @Field(() => [String], { description: 'Why they may apply now (or, for a parent, why not).' }) reasons!: string[];
  @Field(() => [String], { description: 'How they could apply otherwise: consents, or the court’s leave.' }) otherwise!: string[];
}

@ObjectType('WhoMayApply', { description: 'Decision support: who may apply for an order, by the rule and the statute. The court decides; check with legal advice.' })
export class WhoMayApplyType {
  @Field(() => ApplicationOrderEnum) order!: ApplicationOrder;
  @Field({ description: 'The statute, in words.' }) law!: string;
  @Field(() => RuleSourceType) source!: RuleSourceType;
  @Field(() => [PossibleApplicantType]) people!: PossibleApplicantType[];
}

import { Field, Int, ObjectType } from 'type-graphql';
import { ALERT_CODES, SUGGESTION_CODES, URGENCIES, type AlertCode, type SuggestionCode, type Urgency } from '../../rules';
import type { PlanOption } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';
import { LocalDate } from '../../common/scalars';
import { ChildType } from '../children/child.type';
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

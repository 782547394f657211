import { PLAN_DECISION_KINDS, PLAN_OPTIONS, PLAN_STATUSES } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';

export const PlanOptionEnum = graphqlEnum('PlanOption', PLAN_OPTIONS, 'A permanence option.');
export const PlanStatusEnum = graphqlEnum('PlanStatus', PLAN_STATUSES);
export const PlanDecisionKindEnum = graphqlEnum('PlanDecisionKind', PLAN_DECISION_KINDS, 'What a manager decided about a submitted plan.');

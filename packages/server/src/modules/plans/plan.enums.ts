import { FAMILY_AGREEMENTS, FAMILY_CONSIDERED, OUTCOME_TRACKS, PANEL_DECISIONS, PLAN_DECISION_KINDS, PLAN_OPTIONS, PLAN_STATUSES } from '@forever-planning/shared';
import { graphqlEnum } from '../../common/enums';

export const PlanOptionEnum = graphqlEnum('PlanOption', PLAN_OPTIONS, 'A permanence option.');
export const PlanStatusEnum = graphqlEnum('PlanStatus', PLAN_STATUSES);
export const PlanDecisionKindEnum = graphqlEnum('PlanDecisionKind', PLAN_DECISION_KINDS, 'What a manager decided about a submitted plan.');
export const OutcomeTrackEnum = graphqlEnum('OutcomeTrack', OUTCOME_TRACKS, 'The option an outcome works towards.');
export const FamilyAgreementEnum = graphqlEnum('FamilyAgreement', FAMILY_AGREEMENTS, "Whether the family agree with the plan.");
export const PanelDecisionEnum = graphqlEnum('PanelDecision', PANEL_DECISIONS, "The agency decision maker's decision on a panel's recommendation.");
export const FamilyConsideredEnum = graphqlEnum('FamilyConsidered', FAMILY_CONSIDERED, 'Whether family and connected people were considered as carers first.');

import type { ReactNode } from 'react';
import { FAMILY_AGREEMENT_LABELS, FAMILY_CONSIDERED_LABELS, PANEL_DECISION_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { MEETING_TYPE_LABELS } from '../common/labels';
import type { PlanDetailFragment } from '../gql/graphql';
import { PLAN_FIELD_LABELS } from './plan-forms';
import { say } from '../i18n/i18n';

const text = (v: string | null | undefined): ReactNode => v && <span className="fp-pre-line">{v}</span>;

/** Newham's bottom lines, the family's agreement and the target date, as summary rows (key, value, the form field). */
export function bottomLineRows(plan: PlanDetailFragment): { field: keyof typeof PLAN_FIELD_LABELS; key: string; value: ReactNode }[] {
  const row = (field: keyof typeof PLAN_FIELD_LABELS, value: ReactNode) => ({ field, key: PLAN_FIELD_LABELS[field], value });
  return [
    row('safetyPeople', text(plan.safetyPeople)),
    row('monitoringPeople', text(plan.monitoringPeople)),
    row('peopleToAvoid', text(plan.peopleToAvoid)),
    row('safetyPlanLasts', plan.safetyPlanLasts),
    row('wordsAndPicturesAge', plan.wordsAndPicturesAge === null || plan.wordsAndPicturesAge === undefined ? null : say('plans.planBottomLines.yearsOld', { wordsAndPicturesAge: String(plan.wordsAndPicturesAge) })),
    row('bottomLines', text(plan.bottomLines)),
    row('consequenceOfNoChange', text(plan.consequenceOfNoChange)),
    row('familyAgreement', plan.familyAgreement ? FAMILY_AGREEMENT_LABELS[plan.familyAgreement] : null),
    row('familyComments', text(plan.familyComments)),
    row('familyConsidered', plan.familyConsidered ? FAMILY_CONSIDERED_LABELS[plan.familyConsidered] : null),
    row('familyConsideredInChildWords', text(plan.familyConsideredInChildWords)),
    row('permanenceTargetDate', plan.permanenceTargetDate ? formatDate(plan.permanenceTargetDate) : null),
  ];
}

/** The panel and the decision maker's decision, in words. */
export function panelRows(plan: PlanDetailFragment): { key: string; value: string | null }[] {
  if (!plan.panelRecommendation && !plan.panelDecision) return [];
  return [
    { key: say('plans.planBottomLines.panel'), value: [plan.panelType && MEETING_TYPE_LABELS[plan.panelType], plan.panelDate && formatDate(plan.panelDate)].filter(Boolean).join(', ') || null },
    { key: say('plans.planBottomLines.panelRecommendation'), value: plan.panelRecommendation ?? null },
    {
      key: say('plans.planBottomLines.decisionMakersDecision'),
      value: plan.panelDecision
        ? say('plans.planBottomLines.by', { decision: PANEL_DECISION_LABELS[plan.panelDecision], date: plan.panelDecisionDate ? formatDate(plan.panelDecisionDate) : '', decisionMaker: plan.panelDecisionMaker ?? '' })
        : say('plans.planBottomLines.notYetDecided'),
    },
    ...(plan.panelDecisionNotes ? [{ key: say('plans.planBottomLines.decisionMakersReasons'), value: plan.panelDecisionNotes }] : []),
  ];
}

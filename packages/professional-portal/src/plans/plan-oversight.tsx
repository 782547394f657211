import { PLAN_DECISION_LABELS } from '@forever-planning/shared';
import { NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import type { PlanDecisionRowFragment, PlanDetailFragment } from '../gql/graphql';
import { say } from '../i18n/i18n';

const who = (d: PlanDecisionRowFragment) => d.decidedBy?.displayName ?? say('plans.planOversight.aManager');

/** Management oversight of one version: each decision, who made it, when, and their words. */
export function PlanOversight({ decisions, headingLevel = 'h3' }: { decisions: PlanDecisionRowFragment[]; headingLevel?: 'h2' | 'h3' }) {
  if (decisions.length === 0) return null;
  const Heading = headingLevel;
  return (
    <section aria-label={say('plans.planOversight.managementOversight')}>
      <Heading className={headingLevel === 'h2' ? 'govuk-heading-m' : 'govuk-heading-s'}>{say('plans.planOversight.managementOversight')}</Heading>
      <ul className="govuk-list">
        {decisions.map((d) => (
          <li key={d.id} className="govuk-!-margin-bottom-3">
            <strong>{PLAN_DECISION_LABELS[d.kind]}</strong>{' '}{say('plans.planOversight.byOn', { who: who(d), decidedAt: formatDayAndTime(d.decidedAt) })}
            {d.comments && <p className="govuk-body govuk-!-margin-top-1 govuk-!-margin-bottom-0 fp-pre-line">{d.comments}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A draft sent back by the manager: the worker sees the reasons first. */
export function ReturnedBanner({ plan }: { plan: PlanDetailFragment }) {
  const last = plan.managementOversight.at(-1);
  if (plan.status !== 'DRAFT' || last?.kind !== 'RETURNED') return null;
  return (
    <NotificationBanner id="plan-returned" title={say('plans.planOversight.returnedForChanges')} heading={say('plans.planOversight.returnedThePlanOn', { last: who(last), decidedAt: formatDayAndTime(last.decidedAt) })}>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{say('plans.planOversight.reasons')}</p>
      <p className="govuk-body fp-pre-line">{last.comments}</p>
      <p className="govuk-body">{say('plans.planOversight.changeThePlanThen')}</p>
    </NotificationBanner>
  );
}

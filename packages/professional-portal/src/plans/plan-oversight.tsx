import { PLAN_DECISION_LABELS } from '@forever-planning/shared';
import { NotificationBanner } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import type { PlanDecisionRowFragment, PlanDetailFragment } from '../gql/graphql';

const who = (d: PlanDecisionRowFragment) => d.decidedBy?.displayName ?? 'A manager';

/** Management oversight of one version: each decision, who made it, when, and their words. */
export function PlanOversight({ decisions, headingLevel = 'h3' }: { decisions: PlanDecisionRowFragment[]; headingLevel?: 'h2' | 'h3' }) {
  if (decisions.length === 0) return null;
  const Heading = headingLevel;
  return (
    <section aria-label="Management oversight">
      <Heading className={headingLevel === 'h2' ? 'govuk-heading-m' : 'govuk-heading-s'}>Management oversight</Heading>
      <ul className="govuk-list">
        {decisions.map((d) => (
          <li key={d.id} className="govuk-!-margin-bottom-3">
            <strong>{PLAN_DECISION_LABELS[d.kind]}</strong> by {who(d)} on {formatDayAndTime(d.decidedAt)}
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
    <NotificationBanner id="plan-returned" title="Returned for changes" heading={`${who(last)} returned the plan on ${formatDayAndTime(last.decidedAt)}`}>
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Reasons</p>
      <p className="govuk-body fp-pre-line">{last.comments}</p>
      <p className="govuk-body">Change the plan, then check it and submit it again.</p>
    </NotificationBanner>
  );
}

import { PLAN_STATUS_LABELS } from '@forever-planning/shared';
import { UiLink } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import type { PlanVersionFragment } from '../gql/graphql';
import { PlanChangesTable } from './plan-changes-table';
import { PlanOversight } from './plan-oversight';
import { say } from '../i18n/i18n';

/** Every version of the plan, newest first, each with what changed from the one before and the managers' decisions. */
export function PlanHistory({ childId, versions }: { childId: string; versions: PlanVersionFragment[] }) {
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="plan-history">
      <h2 className="govuk-heading-m" id="plan-history">
        {say('plans.planHistory.versionHistory')}
      </h2>
      {versions.length > 1 && (
        <p className="govuk-body">
          <UiLink href={`/children/${childId}/plan/compare`} className="govuk-link">
            {say('plans.planHistory.compareTwoVersionsSide')}
          </UiLink>
        </p>
      )}
      {versions.map((v) => (
        <details key={v.id} className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {say('plans.planHistory.planLastChanged', { planNumber: String(v.planNumber), status: PLAN_STATUS_LABELS[v.status], updatedAt: formatDayAndTime(v.updatedAt) })}
            </span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">
              {say('plans.planHistory.started', { createdAt: formatDayAndTime(v.createdAt) })}
              {v.createdBy ? say('plans.planHistory.by', { displayName: v.createdBy.displayName }) : ''}.
            </p>
            {v.changesFromPrevious.length === 0 ? (
              <p className="govuk-body">{v.planNumber === 1 ? say('plans.planHistory.theFirstVersion') : say('plans.planHistory.noChangesFromThe')}</p>
            ) : (
              <PlanChangesTable caption={say('plans.planHistory.whatChangedFromPlan', { value: String(v.planNumber - 1) })} changes={v.changesFromPrevious} />
            )}
            <PlanOversight decisions={v.managementOversight} />
          </div>
        </details>
      ))}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { Tag } from '@forever-planning/ui';
import { PLAN_OPTION_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { sourceLabel, URGENCY_LABELS } from '../common/labels';
import { ChildAlertsDocument } from '../gql/graphql';
import { byUrgency, URGENCY_COLOURS } from './alert-tags';
import { say } from '../i18n/i18n';

/** The child's alerts with their reasons and sources, and the decision-support suggestions. */
export function ChildAlerts({ childId }: { childId: string }) {
  const { data } = useQuery(ChildAlertsDocument, { variables: { id: childId }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  if (!child) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{say('alerts.childAlerts.alerts')}</h2>
      {child.alerts.length === 0 ? (
        <p className="govuk-body">{say('alerts.childAlerts.noAlerts')}</p>
      ) : (
        <ul className="govuk-list fp-alert-list">
          {byUrgency(child.alerts).map((a) => (
            <li key={a.code} className="fp-alert">
              <h3 className="govuk-heading-s">
                <Tag colour={URGENCY_COLOURS[a.urgency]}>{URGENCY_LABELS[a.urgency]}</Tag> {a.title}
              </h3>
              <p className="govuk-body">{a.detail}</p>
              {a.evidence.length > 0 && (
                <ul className="govuk-list govuk-list--bullet">
                  {a.evidence.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
              <p className="govuk-body-s fp-secondary-text">
                {a.dueDate ? say('alerts.childAlerts.due', { dueDate: formatDate(a.dueDate) }) : ''}
                {a.daysOverdue ? say('alerts.childAlerts.daysOverdue', { daysOverdue: a.daysOverdue }) : ''}
                {say('alerts.childAlerts.source', { source: sourceLabel(a.source), text: a.source.text })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {child.suggestions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{say('alerts.childAlerts.thingsToConsider')}</h2>
          <ul className="govuk-list fp-alert-list">
            {child.suggestions.map((s) => (
              <li key={s.code} className="fp-alert">
                <h3 className="govuk-heading-s">{s.title}</h3>
                {s.options.length > 0 && <p className="govuk-body">{say('alerts.childAlerts.options')}{' '}{s.options.map((o) => PLAN_OPTION_LABELS[o]).join(', ')}</p>}
                <ul className="govuk-list govuk-list--bullet">
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                <p className="govuk-body-s fp-secondary-text">
                  {say('alerts.childAlerts.source', { source: sourceLabel(s.source), text: s.source.text })}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

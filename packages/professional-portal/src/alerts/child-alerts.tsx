import { useQuery } from '@apollo/client/react';
import { Tag } from '@forever-planning/ui';
import { PLAN_OPTION_LABELS } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { sourceLabel, URGENCY_LABELS } from '../common/labels';
import { ChildAlertsDocument } from '../gql/graphql';
import { byUrgency, URGENCY_COLOURS } from './alert-tags';

/** The child's alerts with their reasons and sources, and the decision-support suggestions. */
export function ChildAlerts({ childId }: { childId: string }) {
  const { data } = useQuery(ChildAlertsDocument, { variables: { id: childId }, fetchPolicy: 'cache-and-network' });
  const child = data?.child;
  if (!child) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Alerts</h2>
      {child.alerts.length === 0 ? (
        <p className="govuk-body">No alerts.</p>
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
                {a.dueDate ? `Due ${formatDate(a.dueDate)}. ` : ''}
                {a.daysOverdue ? `${a.daysOverdue} days overdue. ` : ''}
                Source: {sourceLabel(a.source)} – {a.source.text}
              </p>
            </li>
          ))}
        </ul>
      )}
      {child.suggestions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Things to consider</h2>
          <ul className="govuk-list fp-alert-list">
            {child.suggestions.map((s) => (
              <li key={s.code} className="fp-alert">
                <h3 className="govuk-heading-s">{s.title}</h3>
                {s.options.length > 0 && <p className="govuk-body">Options: {s.options.map((o) => PLAN_OPTION_LABELS[o]).join(', ')}</p>}
                <ul className="govuk-list govuk-list--bullet">
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
                <p className="govuk-body-s fp-secondary-text">
                  Source: {sourceLabel(s.source)} – {s.source.text}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

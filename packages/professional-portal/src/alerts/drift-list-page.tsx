import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Select, Tag, UiLink } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { sourceLabel, URGENCY_LABELS, URGENCY_ORDER } from '../common/labels';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { DriftListDocument, type AlertCode, type Urgency } from '../gql/graphql';
import { byUrgency, URGENCY_COLOURS } from './alert-tags';
import { usePollInterval } from './live-updates';
import { say } from '../i18n/i18n';

/** The filters the URL holds, so Back and a shared link show the same list. */
const FILTERS = ['alert', 'urgency', 'team', 'worker'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

/**
 * Children whose plans or reviews are late or at risk of drift, most urgent
 * first, filtered by alert type, urgency, team and social worker. Each alert
 * says why, when it was due and the rule it comes from; a panel referral names
 * the criteria met.
 */
export function DriftListPage() {
  usePageTitle(say('alerts.driftListPage.driftList'));
  const [params, setParams] = useSearchParams();
  const applied: Filters = { alert: params.get('alert') ?? '', urgency: params.get('urgency') ?? '', team: params.get('team') ?? '', worker: params.get('worker') ?? '' };
  const [chosen, setChosen] = useState<Filters>(applied);
  const appliedKey = params.toString();
  // Back and forward change the URL: the form follows it.
  useEffect(() => setChosen(applied), [appliedKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const pollInterval = usePollInterval();
  const { data, loading, error } = useQuery(DriftListDocument, {
    variables: {
      filter: {
        alert: (applied.alert || undefined) as AlertCode | undefined,
        urgency: (applied.urgency || undefined) as Urgency | undefined,
        teamId: applied.team || undefined,
        workerId: applied.worker || undefined,
      },
    },
    fetchPolicy: 'cache-and-network',
    pollInterval,
  });
  const drift = data?.drift;
  const filtered = FILTERS.some((f) => applied[f]);

  const onApply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const f of FILTERS) if (chosen[f]) next.set(f, chosen[f]);
    setParams(next);
  };

  return (
    <>
      <h1 className="govuk-heading-l">{say('alerts.driftListPage.driftList')}</h1>
      <p className="govuk-body">{say('alerts.driftListPage.childrenWhosePlansOr')}</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {drift && (
        <form noValidate onSubmit={onApply} role="search" aria-label={say('alerts.driftListPage.driftList')}>
          <div className="fp-filters">
            <Select
              id="alert"
              label={say('alerts.driftListPage.alert')}
              value={chosen.alert}
              onChange={(v) => setChosen((c) => ({ ...c, alert: v }))}
              options={[{ value: '', label: say('alerts.driftListPage.anyAlert') }, ...drift.alertCounts.map((a) => ({ value: a.code, label: `${a.title} (${a.children})` }))]}
            />
            <Select
              id="urgency"
              label={say('alerts.driftListPage.urgency')}
              value={chosen.urgency}
              onChange={(v) => setChosen((c) => ({ ...c, urgency: v }))}
              options={[{ value: '', label: say('alerts.driftListPage.anyUrgency') }, ...URGENCY_ORDER.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))]}
            />
            {drift.teams.length > 1 && (
              <Select
                id="team"
                label={say('alerts.driftListPage.team')}
                value={chosen.team}
                onChange={(v) => setChosen((c) => ({ ...c, team: v }))}
                options={[{ value: '', label: say('alerts.driftListPage.allTeams') }, ...drift.teams.map((t) => ({ value: t.id, label: t.name }))]}
              />
            )}
            {drift.workers.length > 1 && (
              <Select
                id="worker"
                label={say('alerts.driftListPage.socialWorker')}
                value={chosen.worker}
                onChange={(v) => setChosen((c) => ({ ...c, worker: v }))}
                options={[{ value: '', label: say('alerts.driftListPage.allSocialWorkers') }, ...drift.workers.map((w) => ({ value: w.id, label: w.displayName }))]}
              />
            )}
            <Button type="submit" variant="secondary">
              {say('alerts.driftListPage.applyFilters')}
            </Button>
          </div>
          {filtered && (
            <p className="govuk-body">
              <UiLink href="/drift-list" className="govuk-link">
                {say('alerts.driftListPage.clearFilters')}
              </UiLink>
            </p>
          )}
        </form>
      )}
      {loading && !drift ? (
        <Loading what={say('alerts.driftListPage.loadingTheDriftList')} />
      ) : !drift ? null : drift.entries.length === 0 ? (
        <p className="govuk-body">{filtered ? say('alerts.driftListPage.noChildMatchesThese') : say('alerts.driftListPage.noChildHasAn')}</p>
      ) : (
        <div className="fp-table-scroll">
          <table className="govuk-table fp-responsive-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {filtered
                ? say('alerts.driftListPage.theseFiltersOf', { totalCount: drift.totalCount, childrenReached: drift.childrenReached })
                : say('alerts.driftListPage.withAlertsOf', { totalCount: drift.totalCount, childrenReached: drift.childrenReached })}
              {drift.entries.length < drift.totalCount ? say('alerts.driftListPage.theFirstShown', { length: drift.entries.length }) : ''}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">{say('alerts.driftListPage.child')}</th>
                <th scope="col" className="govuk-table__header">{say('alerts.driftListPage.alertAndReason')}</th>
                <th scope="col" className="govuk-table__header">{say('alerts.driftListPage.due')}</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">{say('alerts.driftListPage.daysOverdue')}</th>
                <th scope="col" className="govuk-table__header">{say('alerts.driftListPage.source')}</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {drift.entries.flatMap((entry) =>
                byUrgency(entry.alerts).map((alert, i) => (
                  <tr key={`${entry.child.id}-${alert.code}`} className="govuk-table__row">
                    {i === 0 ? (
                      <th scope="row" rowSpan={entry.alerts.length} className="govuk-table__header" data-label={say('alerts.driftListPage.child')}>
                        <UiLink href={`/children/${entry.child.id}`} className="govuk-link">
                          {entry.child.displayName}
                        </UiLink>
                        <br />
                        <span className="fp-secondary-text">
                          {say('alerts.driftListPage.age', { age: entry.child.age })}{' '}{entry.child.socialWorker?.displayName ?? say('alerts.driftListPage.noSocialWorker')}, {entry.child.team.name}
                        </span>
                      </th>
                    ) : null}
                    <td className="govuk-table__cell" data-label={say('alerts.driftListPage.alert')}>
                      <Tag colour={URGENCY_COLOURS[alert.urgency]}>{`${URGENCY_LABELS[alert.urgency]}: ${alert.title}`}</Tag>
                      <p className="govuk-body-s fp-cell-text">{alert.detail}</p>
                      {alert.criteria.length > 0 && (
                        <ul className="govuk-list govuk-list--bullet govuk-body-s fp-cell-text">
                          {alert.criteria.map((c) => (
                            <li key={c.criterion}>
                              {say('alerts.driftListPage.criterion', { criterion: c.criterion, evidence: c.evidence })}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="govuk-table__cell" data-label={say('alerts.driftListPage.due')}>
                      {formatDate(alert.dueDate) || '–'}
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric" data-label={say('alerts.driftListPage.daysOverdue')}>
                      {alert.daysOverdue ?? '–'}
                    </td>
                    <td className="govuk-table__cell" data-label={say('alerts.driftListPage.source')}>
                      <abbr title={alert.source.text}>{sourceLabel(alert.source)}</abbr>
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Pagination, Select, Table, UiLink, type Column, type SortState } from '@forever-planning/ui';
import { ALERT_TYPE_NAMES, courtStageText, familyFindingText, PLACEMENT_TYPE_LABELS, PLACEMENT_TYPES, PLAN_OPTION_LABELS, PLAN_OPTIONS, PLAN_STATUS_LABELS, PLAN_STATUSES } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  LookedAfterOverTimeDocument,
  TrackerDocument,
  type OverTimeInterval,
  type PlacementType,
  type PlanOption,
  type PlanStatus,
  type TrackerGroupBy,
  type TrackerSortField,
  type TrackerTotalsFieldsFragment,
} from '../gql/graphql';
import { BarChartWithTable, OverTimeChartWithTable, PermanenceChartWithTable } from './bar-chart';
import { areaText, placementText, planOptionText, planStatusText, pounds, progressText, type TrackerRow } from './tracker-format';
import './tracker.css';
import { say } from '../i18n/i18n';

type Key = 'name' | 'plan' | 'days' | 'due' | 'achieved' | 'progress' | 'court' | 'familyFinding' | 'placement' | 'area' | 'weekly' | 'toDate' | 'to18' | 'alerts';

/** Columns the API sorts by; the rest keep the API's order. */
/** An alert code by its name, from the one list the rules use. */
const alertName = (code: string) => (ALERT_TYPE_NAMES as Record<string, string>)[code] ?? code.toLowerCase().replaceAll('_', ' ');

const SORT_FIELD: Partial<Record<Key, TrackerSortField>> = {
  name: 'NAME',
  days: 'DAYS_IN_CARE',
  due: 'PERMANENCE_DUE',
  weekly: 'WEEKLY_COST',
  toDate: 'COST_TO_DATE',
  to18: 'PROJECTED_COST_TO_18',
  alerts: 'ALERTS',
};

const none = (text: string) => <span className="fp-secondary-text">{text}</span>;

const COLUMNS: Column<TrackerRow, Key>[] = [
  {
    key: 'name',
    header: say('tracker.trackerPage.child'),
    sortable: true,
    cell: (r) => (
      <>
        <UiLink href={`/children/${r.childId}`} className="govuk-link">
          {r.name}
        </UiLink>
        <br />
        <span className="fp-secondary-text">
          {r.localId}, {r.teamName}
        </span>
      </>
    ),
  },
  {
    key: 'plan',
    header: say('tracker.trackerPage.plan'),
    cell: (r) => (
      <>
        {planOptionText(r)}
        <br />
        <span className="fp-secondary-text">{planStatusText(r)}</span>
      </>
    ),
  },
  { key: 'days', header: say('tracker.trackerPage.daysInCare'), sortable: true, numeric: true, cell: (r) => r.daysInCare ?? none(say('tracker.trackerPage.notKnown')) },
  { key: 'due', header: say('tracker.trackerPage.permanenceDue'), sortable: true, cell: (r) => formatDate(r.permanenceDueOn) || none(say('tracker.trackerPage.notSet')) },
  {
    key: 'achieved',
    header: say('tracker.trackerPage.permanenceAchieved'),
    cell: (r) => (
      <>
        {formatDate(r.permanenceAchievedOn) || none(say('tracker.trackerPage.notYet'))}
        {r.daysToPermanence !== null && r.daysToPermanence !== undefined && (
          <>
            <br />
            <span className="fp-secondary-text">{r.permanenceAchievedOn ? say('tracker.trackerPage.afterDays', { daysToPermanence: String(r.daysToPermanence) }) : say('tracker.trackerPage.daysSoFar', { daysToPermanence: String(r.daysToPermanence) })}</span>
          </>
        )}
      </>
    ),
  },
  { key: 'progress', header: say('tracker.trackerPage.outcomeProgress'), cell: progressText },
  {
    key: 'court',
    header: say('tracker.trackerPage.court'),
    cell: (r) => courtStageText({ courtStage: r.courtStage ?? null, courtWeek: r.courtWeek ?? null, courtWeeksAllowed: r.courtWeeksAllowed ?? null }) || none(say('tracker.trackerPage.none')),
  },
  {
    key: 'familyFinding',
    header: say('tracker.trackerPage.familyFinding'),
    cell: (r) => familyFindingText({ familyFindingTeam: r.familyFindingTeam ?? null, familyFindingStatus: r.familyFindingStatus ?? null, familyFindingOverdue: r.familyFindingOverdue }) || none(say('tracker.trackerPage.notReferred')),
  },
  { key: 'placement', header: say('tracker.trackerPage.placementType'), cell: placementText },
  { key: 'area', header: say('tracker.trackerPage.inOrOutOf'), cell: areaText },
  { key: 'weekly', header: say('tracker.trackerPage.weeklyCost'), sortable: true, numeric: true, cell: (r) => pounds(r.weeklyCost) },
  { key: 'toDate', header: say('tracker.trackerPage.costToDate'), sortable: true, numeric: true, cell: (r) => pounds(r.costToDate) },
  { key: 'to18', header: say('tracker.trackerPage.projectedTo18'), sortable: true, numeric: true, cell: (r) => pounds(r.projectedCostTo18) },
  { key: 'alerts', header: say('tracker.trackerPage.alerts'), sortable: true, cell: (r) => (r.alertCodes.length ? r.alertCodes.map(alertName).join('; ') : none(say('tracker.trackerPage.none'))) },
];

const TOTAL_COLUMNS: Column<TrackerTotalsFieldsFragment, 'label' | 'children' | 'weekly' | 'toDate' | 'to18' | 'alerts'>[] = [
  { key: 'label', header: say('tracker.trackerPage.group'), cell: (t) => t.label },
  { key: 'children', header: say('tracker.trackerPage.children'), numeric: true, cell: (t) => t.children },
  { key: 'weekly', header: say('tracker.trackerPage.weeklyCost'), numeric: true, cell: (t) => pounds(t.weeklyCost) },
  { key: 'toDate', header: say('tracker.trackerPage.costToDate'), numeric: true, cell: (t) => pounds(t.costToDate) },
  { key: 'to18', header: say('tracker.trackerPage.projectedTo18'), numeric: true, cell: (t) => pounds(t.projectedCostTo18) },
  { key: 'alerts', header: say('tracker.trackerPage.alerts'), numeric: true, cell: (t) => t.alerts },
];

const GROUPS: { value: TrackerGroupBy; label: string }[] = [
  { value: 'TEAM', label: say('tracker.trackerPage.team') },
  { value: 'PLACEMENT_TYPE', label: say('tracker.trackerPage.placementType') },
  { value: 'PLAN_OPTION', label: say('tracker.trackerPage.planOption') },
  { value: 'PLAN_STATUS', label: say('tracker.trackerPage.planStatus') },
];

const PAGE_SIZE = 50;

/** The period the over-time chart covers: the last 24 month ends, or the last 20 quarter ends (five years). */
export function overTimePeriod(today: Date, interval: OverTimeInterval): { from: string; to: string } {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  const from = interval === 'MONTH' ? new Date(Date.UTC(y, m - 23, 1)) : new Date(Date.UTC(y, m - (m % 3) - 57, 1));
  return { from: iso(from), to: iso(today) };
}

const FILTERS = ['team', 'placement', 'option', 'status', 'area', 'alerts', 'group'] as const;
/** The screen's filters under the API's names (TrackerFilter and the export links use the same). */
const API_FILTER = { team: 'teamId', placement: 'placementType', option: 'planOption', status: 'planStatus', area: 'inArea', alerts: 'withAlerts' } as const;
type FilterName = (typeof FILTERS)[number];

/** The permanence tracker: Bolton's spreadsheet as a screen, with its exports and charts. */
export function TrackerPage() {
  usePageTitle(say('tracker.trackerPage.permanenceTracker'));
  const [params, setParams] = useSearchParams();
  const read = (name: FilterName) => params.get(name) ?? '';
  const [form, setForm] = useState<Record<FilterName, string>>(() => Object.fromEntries(FILTERS.map((f) => [f, read(f)])) as Record<FilterName, string>);
  const sortKey = (params.get('sort') ?? 'name') as Key;
  const sort: SortState<Key> = { key: SORT_FIELD[sortKey] ? sortKey : 'name', direction: params.get('dir') === 'descending' ? 'descending' : 'ascending' };
  const bool = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);

  const cursors = (params.get('pages') ?? '').split('.').filter(Boolean);
  const interval: OverTimeInterval = params.get('over') === 'quarter' ? 'QUARTER' : 'MONTH';

  const { data, loading, error } = useQuery(TrackerDocument, {
    variables: {
      filter: {
        teamId: read('team') || undefined,
        placementType: (read('placement') || undefined) as PlacementType | undefined,
        planOption: (read('option') || undefined) as PlanOption | undefined,
        planStatus: (read('status') || undefined) as PlanStatus | undefined,
        inArea: bool(read('area')),
        withAlerts: bool(read('alerts')),
      },
      sort: { field: SORT_FIELD[sort.key] ?? 'NAME', descending: sort.direction === 'descending' },
      groupBy: (read('group') || undefined) as TrackerGroupBy | undefined,
      first: PAGE_SIZE,
      after: cursors.at(-1),
    },
  });
  const overTime = useQuery(LookedAfterOverTimeDocument, {
    variables: { period: overTimePeriod(new Date(), interval), interval, teamId: read('team') || undefined },
  });
  const page = data?.tracker;
  const rows = page?.rows ?? [];
  const teams = page?.teams ?? [];

  const href = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    return `/tracker?${next}`;
  };

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    next.delete('pages');
    for (const f of FILTERS) {
      if (form[f]) next.set(f, form[f]);
      else next.delete(f);
    }
    setParams(next);
  };
  const onSort = (s: SortState<Key>) => {
    const next = new URLSearchParams(params);
    next.delete('pages');
    next.set('sort', s.key);
    next.set('dir', s.direction);
    setParams(next);
  };
  // The export links carry every filter on screen, so a download holds exactly the children listed (on every page).
  const exportQuery = new URLSearchParams({ sort: SORT_FIELD[sort.key] ?? 'NAME', descending: String(sort.direction === 'descending') });
  for (const [name, apiName] of Object.entries(API_FILTER) as [keyof typeof API_FILTER, string][]) {
    const value = read(name);
    if (value) exportQuery.set(apiName, name === 'area' || name === 'alerts' ? String(bool(value)) : value);
  }
  const set = (name: FilterName) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const yesNo = (all: string, yes: string, no: string) => [
    { value: '', label: all },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];

  const pageNumber = cursors.length + 1;
  const firstShown = (pageNumber - 1) * PAGE_SIZE + 1;

  return (
    <>
      <h1 className="govuk-heading-l">{say('tracker.trackerPage.permanenceTracker')}</h1>
      <p className="govuk-body">{say('tracker.trackerPage.everyLookedAfterChildYou')}</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      <form noValidate onSubmit={onFilter} aria-label={say('tracker.trackerPage.filterTheTracker')} className="fp-tracker-filters">
        <div className="fp-filters">
          <Select id="team" label={say('tracker.trackerPage.team')} value={form.team} onChange={set('team')} options={[{ value: '', label: say('tracker.trackerPage.allTeams') }, ...teams.map((t) => ({ value: t.id, label: t.name }))]} />
          <Select
            id="placement"
            label={say('tracker.trackerPage.placementType')}
            value={form.placement}
            onChange={set('placement')}
            options={[{ value: '', label: say('tracker.trackerPage.allPlacementTypes') }, ...PLACEMENT_TYPES.map((p) => ({ value: p, label: PLACEMENT_TYPE_LABELS[p] }))]}
          />
          <Select id="option" label={say('tracker.trackerPage.planOption')} value={form.option} onChange={set('option')} options={[{ value: '', label: say('tracker.trackerPage.allPlanOptions') }, ...PLAN_OPTIONS.map((p) => ({ value: p, label: PLAN_OPTION_LABELS[p] }))]} />
          <Select id="status" label={say('tracker.trackerPage.planStatus')} value={form.status} onChange={set('status')} options={[{ value: '', label: say('tracker.trackerPage.allStatuses') }, ...PLAN_STATUSES.map((p) => ({ value: p, label: PLAN_STATUS_LABELS[p] }))]} />
          <Select id="area" label={say('tracker.trackerPage.inOrOutOf')} value={form.area} onChange={set('area')} options={yesNo(say('tracker.trackerPage.both'), say('tracker.trackerPage.inArea'), say('tracker.trackerPage.outOfArea'))} />
          <Select id="alerts" label={say('tracker.trackerPage.alerts')} value={form.alerts} onChange={set('alerts')} options={yesNo(say('tracker.trackerPage.allChildren'), say('tracker.trackerPage.withAlerts'), say('tracker.trackerPage.withoutAlerts'))} />
          <Select id="group" label={say('tracker.trackerPage.groupTotalsBy')} value={form.group} onChange={set('group')} options={[{ value: '', label: say('tracker.trackerPage.noGrouping') }, ...GROUPS]} />
        </div>
        <Button type="submit">{say('tracker.trackerPage.apply')}</Button>
      </form>

      <ul className="govuk-list fp-tracker-exports">
        <li>
          <a className="govuk-link" href={`/exports/tracker.csv?${exportQuery}`} download>
            {say('tracker.trackerPage.downloadTheTrackerAs')}
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/exports/tracker.xlsx?${exportQuery}`} download>
            {say('tracker.trackerPage.downloadTheTrackerAs2')}
          </a>
        </li>
      </ul>

      {loading && !page ? (
        <Loading what={say('tracker.trackerPage.loadingTheTracker')} />
      ) : (
        page && (
          <>
            <p className="govuk-body" role="status">
              {say('tracker.trackerPage.totals', {
                count: page.totals.children,
                weeklyCost: pounds(page.totals.weeklyCost),
                costToDate: pounds(page.totals.costToDate),
                projectedTo18: pounds(page.totals.projectedCostTo18),
              })}
            </p>
            {page.groups.length > 0 && (
              <Table caption={say('tracker.trackerPage.totalsByGroup')} columns={TOTAL_COLUMNS} rows={[...page.groups, { ...page.totals, label: say('tracker.trackerPage.all') }]} rowKey={(t) => t.key || 'all'} />
            )}
            <Table caption={say('tracker.trackerPage.childrenLookedAfter')} columns={COLUMNS} rows={rows} rowKey={(r) => r.childId} sort={sort} onSort={onSort} empty={say('tracker.trackerPage.noChildrenMatch')} />
            {rows.length > 0 && (
              <p className="govuk-body" role="status">
                {say('tracker.trackerPage.showingToOf', { firstShown, lastShown: firstShown + rows.length - 1, totalCount: page.totalCount })}
              </p>
            )}
            <Pagination
              label={say('tracker.trackerPage.pagesOfTheTracker')}
              previous={cursors.length > 0 ? { href: href({ pages: cursors.slice(0, -1).join('.') }), label: say('tracker.trackerPage.pageOf', { page: pageNumber - 1, pages: Math.ceil(page.totalCount / PAGE_SIZE) }) } : undefined}
              next={
                page.hasNextPage && page.endCursor
                  ? { href: href({ pages: [...cursors, page.endCursor].join('.') }), label: say('tracker.trackerPage.pageOf', { page: pageNumber + 1, pages: Math.ceil(page.totalCount / PAGE_SIZE) }) }
                  : undefined
              }
            />

            <h2 className="govuk-heading-m">{say('tracker.trackerPage.charts')}</h2>
            <p className="govuk-body">{say('tracker.trackerPage.everyChildThatMatches')}</p>
            <div className="fp-charts">
              {overTime.data && (
                <div>
                  <OverTimeChartWithTable
                    id="chart-over-time"
                    title={interval === 'MONTH' ? say('tracker.trackerPage.childrenLookedAfterAt') : say('tracker.trackerPage.childrenLookedAfterAt2')}
                    points={overTime.data.lookedAfterOverTime}
                  />
                  <p className="govuk-body">
                    {interval === 'MONTH' ? (
                      <UiLink className="govuk-link" href={href({ over: 'quarter' })}>
                        {say('tracker.trackerPage.showByQuarterOver')}
                      </UiLink>
                    ) : (
                      <UiLink className="govuk-link" href={href({ over: undefined })}>
                        {say('tracker.trackerPage.showByMonthOver')}
                      </UiLink>
                    )}
                  </p>
                </div>
              )}
              <BarChartWithTable id="chart-placement" title={say('tracker.trackerPage.childrenByPlacementType')} bars={page.charts.byPlacementType.map((b) => ({ label: b.label, value: b.children }))} />
              <PermanenceChartWithTable id="chart-permanence" title={say('tracker.trackerPage.timeToPermanence')} bands={page.charts.timeToPermanence} />
              <BarChartWithTable
                id="chart-stability"
                title={say('tracker.trackerPage.placementStabilityMovesIn')}
                bars={page.charts.stability.map((b) => ({ label: b.label, value: b.children }))}
              />
            </div>
          </>
        )
      )}
    </>
  );
}

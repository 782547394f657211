import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Select, Table, UiLink, type Column, type SortState } from '@forever-planning/ui';
import { PLACEMENT_TYPE_LABELS, PLACEMENT_TYPES, PLAN_OPTION_LABELS, PLAN_OPTIONS, PLAN_STATUS_LABELS, PLAN_STATUSES } from '@forever-planning/shared';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  TrackerDocument,
  TrackerStabilityDocument,
  type PlacementType,
  type PlanOption,
  type PlanStatus,
  type TrackerGroupBy,
  type TrackerSortField,
  type TrackerTotalsFieldsFragment,
} from '../gql/graphql';
import { BarChartWithTable, countBy } from './bar-chart';
import { areaText, placementText, planOptionText, planStatusText, pounds, progressText, type TrackerRow } from './tracker-format';
import './tracker.css';

type Key = 'name' | 'plan' | 'days' | 'due' | 'achieved' | 'progress' | 'placement' | 'area' | 'weekly' | 'toDate' | 'to18' | 'alerts';

/** Columns the API sorts by; the rest keep the API's order. */
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
    header: 'Child',
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
    header: 'Plan',
    cell: (r) => (
      <>
        {planOptionText(r)}
        <br />
        <span className="fp-secondary-text">{planStatusText(r)}</span>
      </>
    ),
  },
  { key: 'days', header: 'Days in care', sortable: true, numeric: true, cell: (r) => r.daysInCare ?? none('Not known') },
  { key: 'due', header: 'Permanence due', sortable: true, cell: (r) => formatDate(r.permanenceDueOn) || none('Not set') },
  { key: 'achieved', header: 'Permanence achieved', cell: (r) => formatDate(r.permanenceAchievedOn) || none('Not yet') },
  { key: 'progress', header: 'Outcome progress', cell: progressText },
  { key: 'placement', header: 'Placement type', cell: placementText },
  { key: 'area', header: 'In or out of area', cell: areaText },
  { key: 'weekly', header: 'Weekly cost', sortable: true, numeric: true, cell: (r) => pounds(r.weeklyCost) },
  { key: 'toDate', header: 'Cost to date', sortable: true, numeric: true, cell: (r) => pounds(r.costToDate) },
  { key: 'to18', header: 'Projected to 18', sortable: true, numeric: true, cell: (r) => pounds(r.projectedCostTo18) },
  { key: 'alerts', header: 'Alerts', sortable: true, cell: (r) => (r.alertCodes.length ? r.alertCodes.join(', ').toLowerCase().replaceAll('_', ' ') : none('None')) },
];

const TOTAL_COLUMNS: Column<TrackerTotalsFieldsFragment, 'label' | 'children' | 'weekly' | 'toDate' | 'to18' | 'alerts'>[] = [
  { key: 'label', header: 'Group', cell: (t) => t.label },
  { key: 'children', header: 'Children', numeric: true, cell: (t) => t.children },
  { key: 'weekly', header: 'Weekly cost', numeric: true, cell: (t) => pounds(t.weeklyCost) },
  { key: 'toDate', header: 'Cost to date', numeric: true, cell: (t) => pounds(t.costToDate) },
  { key: 'to18', header: 'Projected to 18', numeric: true, cell: (t) => pounds(t.projectedCostTo18) },
  { key: 'alerts', header: 'Alerts', numeric: true, cell: (t) => t.alerts },
];

const GROUPS: { value: TrackerGroupBy; label: string }[] = [
  { value: 'TEAM', label: 'Team' },
  { value: 'PLACEMENT_TYPE', label: 'Placement type' },
  { value: 'PLAN_OPTION', label: 'Plan option' },
  { value: 'PLAN_STATUS', label: 'Plan status' },
];

const TIME_BANDS = ['Permanence achieved', 'Under 6 months in care', '6 to 12 months in care', '1 to 2 years in care', 'Over 2 years in care'];
const timeBand = (r: TrackerRow) => {
  if (r.permanenceAchievedOn) return TIME_BANDS[0];
  const days = r.daysInCare ?? 0;
  return days < 183 ? TIME_BANDS[1] : days < 365 ? TIME_BANDS[2] : days < 730 ? TIME_BANDS[3] : TIME_BANDS[4];
};
const MOVE_BANDS = ['No moves', '1 move', '2 moves', '3 or more moves'];

const FILTERS = ['team', 'placement', 'option', 'status', 'area', 'alerts', 'group'] as const;
type FilterName = (typeof FILTERS)[number];

/** The permanence tracker: Bolton's spreadsheet as a screen, with its exports and charts. */
export function TrackerPage() {
  usePageTitle('Permanence tracker');
  const [params, setParams] = useSearchParams();
  const read = (name: FilterName) => params.get(name) ?? '';
  const [form, setForm] = useState<Record<FilterName, string>>(() => Object.fromEntries(FILTERS.map((f) => [f, read(f)])) as Record<FilterName, string>);
  const sortKey = (params.get('sort') ?? 'name') as Key;
  const sort: SortState<Key> = { key: SORT_FIELD[sortKey] ? sortKey : 'name', direction: params.get('dir') === 'descending' ? 'descending' : 'ascending' };
  const bool = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);

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
      first: 500,
    },
  });
  const stability = useQuery(TrackerStabilityDocument);
  const page = data?.tracker;
  const rows = page?.rows ?? [];

  // Teams come from the rows without a team filter; the API has no list of teams.
  const teams = useMemo(() => [...new Map(rows.map((r) => [r.teamId, r.teamName]))].sort((a, b) => a[1].localeCompare(b[1])), [rows]);

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const f of FILTERS) {
      if (form[f]) next.set(f, form[f]);
      else next.delete(f);
    }
    setParams(next);
  };
  const onSort = (s: SortState<Key>) => {
    const next = new URLSearchParams(params);
    next.set('sort', s.key);
    next.set('dir', s.direction);
    setParams(next);
  };
  const exportQuery = new URLSearchParams({ sort: SORT_FIELD[sort.key] ?? 'NAME', descending: String(sort.direction === 'descending') });
  if (read('team')) exportQuery.set('teamId', read('team'));
  const set = (name: FilterName) => (value: string) => setForm((f) => ({ ...f, [name]: value }));
  const yesNo = (all: string, yes: string, no: string) => [
    { value: '', label: all },
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ];

  const moves = stability.data?.children.edges.map((e) => e.node.placementMovesInLast12Months) ?? [];

  return (
    <>
      <h1 className="govuk-heading-l">Permanence tracker</h1>
      <p className="govuk-body">Every looked-after child you can see: their plan, how long they have been in care, costs and alerts.</p>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      <form noValidate onSubmit={onFilter} aria-label="Filter the tracker" className="fp-tracker-filters">
        <div className="fp-filters">
          <Select id="team" label="Team" value={form.team} onChange={set('team')} options={[{ value: '', label: 'All teams' }, ...teams.map(([value, label]) => ({ value, label }))]} />
          <Select
            id="placement"
            label="Placement type"
            value={form.placement}
            onChange={set('placement')}
            options={[{ value: '', label: 'All placement types' }, ...PLACEMENT_TYPES.map((p) => ({ value: p, label: PLACEMENT_TYPE_LABELS[p] }))]}
          />
          <Select id="option" label="Plan option" value={form.option} onChange={set('option')} options={[{ value: '', label: 'All plan options' }, ...PLAN_OPTIONS.map((p) => ({ value: p, label: PLAN_OPTION_LABELS[p] }))]} />
          <Select id="status" label="Plan status" value={form.status} onChange={set('status')} options={[{ value: '', label: 'All statuses' }, ...PLAN_STATUSES.map((p) => ({ value: p, label: PLAN_STATUS_LABELS[p] }))]} />
          <Select id="area" label="In or out of area" value={form.area} onChange={set('area')} options={yesNo('Both', 'In area', 'Out of area')} />
          <Select id="alerts" label="Alerts" value={form.alerts} onChange={set('alerts')} options={yesNo('All children', 'With alerts', 'Without alerts')} />
          <Select id="group" label="Group totals by" value={form.group} onChange={set('group')} options={[{ value: '', label: 'No grouping' }, ...GROUPS]} />
        </div>
        <Button type="submit">Apply</Button>
      </form>

      <ul className="govuk-list fp-tracker-exports">
        <li>
          <a className="govuk-link" href={`/exports/tracker.csv?${exportQuery}`} download>
            Download the tracker as CSV
          </a>
        </li>
        <li>
          <a className="govuk-link" href={`/exports/tracker.xlsx?${exportQuery}`} download>
            Download the tracker as a spreadsheet (XLSX)
          </a>
        </li>
      </ul>

      {loading && !page ? (
        <Loading what="Loading the tracker" />
      ) : (
        page && (
          <>
            <p className="govuk-body" role="status">
              {page.totals.children} {page.totals.children === 1 ? 'child' : 'children'}, weekly cost {pounds(page.totals.weeklyCost)}, cost to date {pounds(page.totals.costToDate)}, projected to 18{' '}
              {pounds(page.totals.projectedCostTo18)}.
            </p>
            {page.groups.length > 0 && (
              <Table caption="Totals by group" columns={TOTAL_COLUMNS} rows={[...page.groups, { ...page.totals, label: 'All' }]} rowKey={(t) => t.key || 'all'} />
            )}
            <Table caption="Children looked after" columns={COLUMNS} rows={rows} rowKey={(r) => r.childId} sort={sort} onSort={onSort} empty="No children match." />
            {page.hasNextPage && <p className="govuk-body">Showing the first {rows.length}. Narrow the filter or download the CSV for every child.</p>}

            <h2 className="govuk-heading-m">Charts</h2>
            <div className="fp-charts">
              <BarChartWithTable id="chart-placement" title="Children by placement type" bars={countBy(rows, placementText)} />
              <BarChartWithTable id="chart-permanence" title="Time to permanence" bars={countBy(rows, timeBand, TIME_BANDS)} />
              <BarChartWithTable
                id="chart-stability"
                title="Placement stability: moves in the last 12 months"
                bars={countBy(moves, (m) => MOVE_BANDS[Math.min(m, 3)], MOVE_BANDS)}
              />
            </div>
          </>
        )
      )}
    </>
  );
}

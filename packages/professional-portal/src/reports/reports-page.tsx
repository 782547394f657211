import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, DateInput, ErrorSummary, Select, SummaryList, Table, UiLink, dateParts, isoDate, type Column, type DateParts, type ErrorSummaryItem } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { AnnualIndicatorsDocument, QuarterlyReportDocument, ReportTeamsDocument, type AnnualIndicatorsQuery, type QuarterlyReportQuery } from '../gql/graphql';
import { placementText, planOptionText, planStatusText, progressText, type TrackerRow } from '../tracker/tracker-format';

type Indicator = AnnualIndicatorsQuery['annualIndicators'][number];
type PlacementCount = QuarterlyReportQuery['quarterlyReport']['byPlacementType'][number];

const CHILD_COLUMNS: Column<TrackerRow, 'name' | 'plan' | 'progress' | 'placement'>[] = [
  {
    key: 'name',
    header: 'Child',
    cell: (r) => (
      <UiLink href={`/children/${r.childId}`} className="govuk-link">
        {r.name}
      </UiLink>
    ),
  },
  { key: 'plan', header: 'Plan', cell: (r) => `${planOptionText(r)} (${planStatusText(r).toLowerCase()})` },
  { key: 'progress', header: 'Progress', cell: progressText },
  { key: 'placement', header: 'Placement type', cell: placementText },
];

const PLACEMENT_COLUMNS: Column<PlacementCount, 'label' | 'children'>[] = [
  { key: 'label', header: 'Placement type', cell: (p) => p.label },
  { key: 'children', header: 'Children', numeric: true, cell: (p) => p.children },
];

const INDICATOR_COLUMNS: Column<Indicator, 'label' | 'count' | 'outOf' | 'days'>[] = [
  { key: 'label', header: 'Indicator', cell: (i) => i.label },
  { key: 'count', header: 'Children', numeric: true, cell: (i) => i.count },
  { key: 'outOf', header: 'Out of', numeric: true, cell: (i) => i.outOf ?? '–' },
  { key: 'days', header: 'Average days', numeric: true, cell: (i) => i.averageDays ?? '–' },
];

/** The quarter before today's: the usual thing to report on. */
function lastQuarter(today = new Date()): { from: string; to: string } {
  const q = Math.floor(today.getUTCMonth() / 3);
  const start = new Date(Date.UTC(today.getUTCFullYear(), (q - 1) * 3, 1));
  const end = new Date(Date.UTC(today.getUTCFullYear(), q * 3, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

function validate(from: DateParts, to: DateParts): ErrorSummaryItem[] {
  const errors: ErrorSummaryItem[] = [];
  const f = isoDate(from);
  const t = isoDate(to);
  if (!f) errors.push({ fieldId: 'from', message: 'Enter the start of the period as a real date, for example 1 4 2025' });
  if (!t) errors.push({ fieldId: 'to', message: 'Enter the end of the period as a real date, for example 30 6 2025' });
  if (f && t && f > t) errors.push({ fieldId: 'to', message: 'The end of the period must be the same as or after the start' });
  return errors;
}

/** Quarterly report (Bolton 11.3) and the annual indicators, for a period and the council or a team. */
export function ReportsPage() {
  const [params, setParams] = useSearchParams();
  const defaults = lastQuarter();
  const from = params.get('from') ?? defaults.from;
  const to = params.get('to') ?? defaults.to;
  const teamId = params.get('team') ?? '';
  const [form, setForm] = useState({ from: dateParts(from), to: dateParts(to), team: teamId });
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [submits, setSubmits] = useState(0);
  usePageTitle('Reports', errors.length > 0);

  const period = { from, to };
  const teams = useQuery(ReportTeamsDocument);
  const quarterly = useQuery(QuarterlyReportDocument, { variables: { period, teamId: teamId || undefined } });
  const annual = useQuery(AnnualIndicatorsDocument, { variables: { period, teamId: teamId || undefined } });
  const teamOptions = [...new Map((teams.data?.tracker.rows ?? []).map((r) => [r.teamId, r.teamName]))].sort((a, b) => a[1].localeCompare(b[1]));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(form.from, form.to);
    setErrors(found);
    setSubmits((n) => n + 1);
    if (found.length) return;
    const next = new URLSearchParams({ from: isoDate(form.from)!, to: isoDate(form.to)! });
    if (form.team) next.set('team', form.team);
    setParams(next);
  };

  const csvQuery = new URLSearchParams(period);
  if (teamId) csvQuery.set('teamId', teamId);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;
  const report = quarterly.data?.quarterlyReport;
  const apiFailure = quarterly.error ?? annual.error;
  const scope = teamId ? (teamOptions.find(([id]) => id === teamId)?.[1] ?? 'The team') : 'The council';

  return (
    <>
      <ErrorSummary errors={errors} focusKey={submits} />
      <h1 className="govuk-heading-l">Reports</h1>
      <form noValidate onSubmit={onSubmit} aria-label="Choose the period">
        <DateInput id="from" label="Start of the period" hint="For example, 1 4 2025" value={form.from} error={errorFor('from')} onChange={(v) => setForm((f) => ({ ...f, from: v }))} />
        <DateInput id="to" label="End of the period" hint="For example, 30 6 2025" value={form.to} error={errorFor('to')} onChange={(v) => setForm((f) => ({ ...f, to: v }))} />
        <Select
          id="team"
          label="Council or team"
          value={form.team}
          onChange={(v) => setForm((f) => ({ ...f, team: v }))}
          options={[{ value: '', label: 'The whole council (everyone you can see)' }, ...teamOptions.map(([value, label]) => ({ value, label }))]}
        />
        <Button type="submit">Show the reports</Button>
      </form>

      {apiFailure && <ErrorSummary errors={[{ message: apiError(apiFailure).message }]} />}

      <h2 className="govuk-heading-m">
        Quarterly report: {formatDate(from)} to {formatDate(to)}
      </h2>
      <p className="govuk-body">
        <a className="govuk-link" href={`/exports/quarterly-report.csv?${csvQuery}`} download>
          Download the quarterly report as CSV
        </a>
      </p>
      {quarterly.loading && !report ? (
        <Loading what="Loading the quarterly report" />
      ) : (
        report && (
          <>
            <SummaryList
              rows={[
                { key: 'Covers', value: scope },
                { key: 'Looked after at the end of the period', value: String(report.lookedAfter) },
                { key: 'Started to be looked after', value: String(report.started) },
                { key: 'Ceased to be looked after', value: String(report.ceased) },
              ]}
            />
            <Table caption="Children in each placement type" captionClassName="govuk-table__caption--s" columns={PLACEMENT_COLUMNS} rows={report.byPlacementType} rowKey={(p) => p.label} empty="No children." />
            <Table caption="Each child’s plan and progress" captionClassName="govuk-table__caption--s" columns={CHILD_COLUMNS} rows={report.children} rowKey={(r) => r.childId} empty="No children." />
          </>
        )
      )}

      <h2 className="govuk-heading-m">For an Ofsted inspection</h2>
      <p className="govuk-body">
        Annex A List 8 lists every child in care today and every child who left care in the last six months, with the return’s codes. Visits and health checks are not held
        here: fill those columns from the case system.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/exports/annex-a-list-8.csv" download>
          Download Annex A List 8 (children in care) as CSV
        </a>
      </p>

      <h2 className="govuk-heading-m">Annual indicators</h2>
      <p className="govuk-body">
        <a className="govuk-link" href={`/exports/annual-indicators.csv?${csvQuery}`} download>
          Download the annual indicators as CSV
        </a>
      </p>
      {annual.loading && !annual.data ? (
        <Loading what="Loading the indicators" />
      ) : (
        annual.data && (
          <Table caption={`Indicators, ${formatDate(from)} to ${formatDate(to)}`} captionClassName="govuk-table__caption--s" columns={INDICATOR_COLUMNS} rows={annual.data.annualIndicators} rowKey={(i) => i.code} />
        )
      )}
    </>
  );
}

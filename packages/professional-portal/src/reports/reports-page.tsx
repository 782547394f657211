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
import { say } from '../i18n/i18n';

type Indicator = AnnualIndicatorsQuery['annualIndicators'][number];
type PlacementCount = QuarterlyReportQuery['quarterlyReport']['byPlacementType'][number];

const CHILD_COLUMNS: Column<TrackerRow, 'name' | 'plan' | 'progress' | 'placement'>[] = [
  {
    key: 'name',
    header: say('reports.reportsPage.child'),
    cell: (r) => (
      <UiLink href={`/children/${r.childId}`} className="govuk-link">
        {r.name}
      </UiLink>
    ),
  },
  { key: 'plan', header: say('reports.reportsPage.plan'), cell: (r) => `${planOptionText(r)} (${planStatusText(r).toLowerCase()})` },
  { key: 'progress', header: say('reports.reportsPage.progress'), cell: progressText },
  { key: 'placement', header: say('reports.reportsPage.placementType'), cell: placementText },
];

const PLACEMENT_COLUMNS: Column<PlacementCount, 'label' | 'children'>[] = [
  { key: 'label', header: say('reports.reportsPage.placementType'), cell: (p) => p.label },
  { key: 'children', header: say('reports.reportsPage.children'), numeric: true, cell: (p) => p.children },
];

const INDICATOR_COLUMNS: Column<Indicator, 'label' | 'count' | 'outOf' | 'days'>[] = [
  { key: 'label', header: say('reports.reportsPage.indicator'), cell: (i) => i.label },
  { key: 'count', header: say('reports.reportsPage.children'), numeric: true, cell: (i) => i.count },
  { key: 'outOf', header: say('reports.reportsPage.outOf'), numeric: true, cell: (i) => i.outOf ?? '–' },
  { key: 'days', header: say('reports.reportsPage.averageDays'), numeric: true, cell: (i) => i.averageDays ?? '–' },
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
  if (!f) errors.push({ fieldId: 'from', message: say('reports.reportsPage.enterTheStartOf') });
  if (!t) errors.push({ fieldId: 'to', message: say('reports.reportsPage.enterTheEndOf') });
  if (f && t && f > t) errors.push({ fieldId: 'to', message: say('reports.reportsPage.theEndOfThe') });
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
  usePageTitle(say('reports.reportsPage.reports'), errors.length > 0);

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
  const scope = teamId ? (teamOptions.find(([id]) => id === teamId)?.[1] ?? say('reports.reportsPage.theTeam')) : say('reports.reportsPage.theCouncil');

  return (
    <>
      <ErrorSummary errors={errors} focusKey={submits} />
      <h1 className="govuk-heading-l">{say('reports.reportsPage.reports')}</h1>
      <form noValidate onSubmit={onSubmit} aria-label={say('reports.reportsPage.chooseThePeriod')}>
        <DateInput id="from" label={say('reports.reportsPage.startOfThePeriod')} hint={say('reports.reportsPage.forExample14')} value={form.from} error={errorFor('from')} onChange={(v) => setForm((f) => ({ ...f, from: v }))} />
        <DateInput id="to" label={say('reports.reportsPage.endOfThePeriod')} hint={say('reports.reportsPage.forExample306')} value={form.to} error={errorFor('to')} onChange={(v) => setForm((f) => ({ ...f, to: v }))} />
        <Select
          id="team"
          label={say('reports.reportsPage.councilOrTeam')}
          value={form.team}
          onChange={(v) => setForm((f) => ({ ...f, team: v }))}
          options={[{ value: '', label: say('reports.reportsPage.theWholeCouncilEveryone') }, ...teamOptions.map(([value, label]) => ({ value, label }))]}
        />
        <Button type="submit">{say('reports.reportsPage.showTheReports')}</Button>
      </form>

      {apiFailure && <ErrorSummary errors={[{ message: apiError(apiFailure).message }]} />}

      <h2 className="govuk-heading-m">
        {say('reports.reportsPage.quarterlyReportTo', { from: formatDate(from), to: formatDate(to) })}
      </h2>
      <p className="govuk-body">
        <a className="govuk-link" href={`/exports/quarterly-report.csv?${csvQuery}`} download>
          {say('reports.reportsPage.downloadTheQuarterlyReport')}
        </a>
      </p>
      {quarterly.loading && !report ? (
        <Loading what={say('reports.reportsPage.loadingTheQuarterlyReport')} />
      ) : (
        report && (
          <>
            <SummaryList
              rows={[
                { key: say('reports.reportsPage.covers'), value: scope },
                { key: say('reports.reportsPage.lookedAfterAtThe'), value: String(report.lookedAfter) },
                { key: say('reports.reportsPage.startedToBeLooked'), value: String(report.started) },
                { key: say('reports.reportsPage.ceasedToBeLooked'), value: String(report.ceased) },
              ]}
            />
            <Table caption={say('reports.reportsPage.childrenInEachPlacement')} captionClassName="govuk-table__caption--s" columns={PLACEMENT_COLUMNS} rows={report.byPlacementType} rowKey={(p) => p.label} empty={say('reports.reportsPage.noChildren')} />
            <Table caption={say('reports.reportsPage.eachChildSPlan')} captionClassName="govuk-table__caption--s" columns={CHILD_COLUMNS} rows={report.children} rowKey={(r) => r.childId} empty={say('reports.reportsPage.noChildren')} />
          </>
        )
      )}

      <h2 className="govuk-heading-m">{say('reports.reportsPage.forAnOfstedInspection')}</h2>
      <p className="govuk-body">
        {say('reports.reportsPage.annexAList8')}
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href="/exports/annex-a-list-8.csv" download>
          {say('reports.reportsPage.downloadAnnexAList')}
        </a>
      </p>

      <h2 className="govuk-heading-m">{say('reports.reportsPage.annualIndicators')}</h2>
      <p className="govuk-body">
        <a className="govuk-link" href={`/exports/annual-indicators.csv?${csvQuery}`} download>
          {say('reports.reportsPage.downloadTheAnnualIndicators')}
        </a>
      </p>
      {annual.loading && !annual.data ? (
        <Loading what={say('reports.reportsPage.loadingTheIndicators')} />
      ) : (
        annual.data && (
          <Table caption={say('reports.reportsPage.indicatorsTo', { from: formatDate(from), to: formatDate(to) })} captionClassName="govuk-table__caption--s" columns={INDICATOR_COLUMNS} rows={annual.data.annualIndicators} rowKey={(i) => i.code} />
        )
      )}
    </>
  );
}

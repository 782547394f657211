import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Select, SummaryList, Table, UiLink, type Column } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { Ssda903ValidationDocument } from '../gql/graphql';
import { say } from '../i18n/i18n';

interface IssueRow {
  key: string;
  childId: string;
  localId: string;
  code: string;
  field: string;
  message: string;
  date?: string | null;
}

const COLUMNS: Column<IssueRow, 'child' | 'code' | 'field' | 'message' | 'date'>[] = [
  {
    key: 'child',
    header: say('reports.ssda903Page.childCaseNumber'),
    cell: (i) => (
      <UiLink href={`/children/${i.childId}`} className="govuk-link">
        {i.localId}
      </UiLink>
    ),
  },
  { key: 'code', header: say('reports.ssda903Page.rule'), cell: (i) => i.code },
  { key: 'field', header: say('reports.ssda903Page.field'), cell: (i) => i.field },
  { key: 'message', header: say('reports.ssda903Page.whatIsWrong'), cell: (i) => i.message },
  { key: 'date', header: say('reports.ssda903Page.date'), cell: (i) => formatDate(i.date) || '–' },
];

/** The collection year (1 April to 31 March) that ended most recently, named by its closing year. */
export function latestCollectionYear(today = new Date()): number {
  return today.getUTCMonth() >= 3 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
}

const fileName = (path: string) => path.split('/').pop() ?? path;

/** The SSDA903 return for heads of service: validation per child, then each file of the return. */
export function Ssda903Page() {
  const latest = latestCollectionYear();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || latest;
  const [chosen, setChosen] = useState(String(year));
  usePageTitle(say('reports.ssda903Page.ssda903Return'));
  const { data, loading, error } = useQuery(Ssda903ValidationDocument, { variables: { year } });
  const result = data?.ssda903Validation;
  const issues: IssueRow[] =
    result?.failures.flatMap((f) => f.issues.map((i, n) => ({ key: `${f.childId}-${n}`, childId: f.childId, localId: f.localId, ...i }))) ?? [];
  const years = Array.from({ length: 5 }, (_, n) => latest - n);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ year: chosen });
  };

  return (
    <>
      <h1 className="govuk-heading-l">{say('reports.ssda903Page.ssda903Return')}</h1>
      <p className="govuk-body">{say('reports.ssda903Page.theDepartmentForEducation')}</p>
      <form noValidate onSubmit={onSubmit} aria-label={say('reports.ssda903Page.chooseTheCollectionYear')}>
        <Select
          id="year"
          label={say('reports.ssda903Page.collectionYear')}
          value={chosen}
          onChange={setChosen}
          options={years.map((y) => ({ value: String(y), label: say('reports.ssda903Page.n1AprilTo31', { value: String(y - 1), y }) }))}
        />
        <Button type="submit">{say('reports.ssda903Page.checkTheReturn')}</Button>
      </form>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {loading && !result ? (
        <Loading what={say('reports.ssda903Page.checkingTheReturn')} />
      ) : (
        result && (
          <>
            <h2 className="govuk-heading-m">
              {say('reports.ssda903Page.n1April')}{' '}{result.year - 1}{' '}{say('reports.ssda903Page.to31March', { year: result.year })}
            </h2>
            <SummaryList
              rows={[
                { key: say('reports.ssda903Page.childrenInTheReturn'), value: String(result.children) },
                { key: say('reports.ssda903Page.episodes'), value: String(result.episodes) },
                { key: say('reports.ssda903Page.validationErrors'), value: String(issues.length) },
              ]}
            />
            {issues.length === 0 ? (
              <p className="govuk-body" role="status">
                {say('reports.ssda903Page.noErrorsFoundBy')}
              </p>
            ) : (
              <Table caption={say('reports.ssda903Page.validationErrorsPerChild')} columns={COLUMNS} rows={issues} rowKey={(i) => i.key} />
            )}
            <h2 className="govuk-heading-m">{say('reports.ssda903Page.downloadTheReturn')}</h2>
            <ul className="govuk-list">
              {result.files.map((path) => (
                <li key={path}>
                  <a className="govuk-link" href={path} download>
                    {fileName(path) === 'validation.csv' ? say('reports.ssda903Page.validationReportValidationCsv') : fileName(path)}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </>
  );
}

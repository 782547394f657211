import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { Button, ErrorSummary, Select, SummaryList, Table, UiLink, type Column } from '@forever-planning/ui';
import { formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { Ssda903ValidationDocument } from '../gql/graphql';

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
    header: 'Child (case number)',
    cell: (i) => (
      <UiLink href={`/children/${i.childId}`} className="govuk-link">
        {i.localId}
      </UiLink>
    ),
  },
  { key: 'code', header: 'Rule', cell: (i) => i.code },
  { key: 'field', header: 'Field', cell: (i) => i.field },
  { key: 'message', header: 'What is wrong', cell: (i) => i.message },
  { key: 'date', header: 'Date', cell: (i) => formatDate(i.date) || '–' },
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
  usePageTitle('SSDA903 return');
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
      <h1 className="govuk-heading-l">SSDA903 return</h1>
      <p className="govuk-body">The Department for Education’s return on children looked after, for a collection year from 1 April to 31 March.</p>
      <form noValidate onSubmit={onSubmit} aria-label="Choose the collection year">
        <Select
          id="year"
          label="Collection year"
          value={chosen}
          onChange={setChosen}
          options={years.map((y) => ({ value: String(y), label: `1 April ${y - 1} to 31 March ${y}` }))}
        />
        <Button type="submit">Check the return</Button>
      </form>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {loading && !result ? (
        <Loading what="Checking the return" />
      ) : (
        result && (
          <>
            <h2 className="govuk-heading-m">
              1 April {result.year - 1} to 31 March {result.year}
            </h2>
            <SummaryList
              rows={[
                { key: 'Children in the return', value: String(result.children) },
                { key: 'Episodes', value: String(result.episodes) },
                { key: 'Validation errors', value: String(issues.length) },
              ]}
            />
            {issues.length === 0 ? (
              <p className="govuk-body" role="status">
                No errors found by the rules this product checks. It does not check every DfE rule yet (looking up Ofsted numbers and
                postcodes, social worker episodes), so check the files with the DfE’s validator before you send them.
              </p>
            ) : (
              <Table caption="Validation errors, per child" columns={COLUMNS} rows={issues} rowKey={(i) => i.key} />
            )}
            <h2 className="govuk-heading-m">Download the return</h2>
            <ul className="govuk-list">
              {result.files.map((path) => (
                <li key={path}>
                  <a className="govuk-link" href={path} download>
                    {fileName(path) === 'validation.csv' ? 'Validation report (validation.csv)' : fileName(path)}
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

import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { BackLink, Button, ButtonGroup, ErrorSummary, NotificationBanner, Panel, Select, SummaryList, Table, Tag, UiLink, WarningText, type Column } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import {
  CancelSsda903UploadDocument,
  ConfirmSsda903UploadDocument,
  Ssda903UploadDocument,
  Ssda903UploadsDocument,
  type ImportReportPartsFragment,
  type Ssda903UploadStatus,
  type UploadPartsFragment,
} from '../gql/graphql';
import { uploadReturn } from './upload-return';

/** The collection years the import reads: 2025 is the 2024 to 2025 return. */
const YEARS = [2027, 2026, 2025, 2024];
const yearLabel = (year: number) => `1 April ${year - 1} to 31 March ${year}`;

/** The last year whose 31 March has passed, by the server's date. */
function latestYear(today: string | undefined): string {
  if (!today) return '';
  const [y, m] = today.split('-').map(Number);
  const year = m >= 4 ? y : y - 1;
  return String(YEARS.includes(year) ? year : YEARS[0]);
}

const STATUS_TAG: Record<Ssda903UploadStatus, { text: string; colour: 'blue' | 'green' | 'red' | 'grey' | 'orange' | 'yellow' }> = {
  CHECKING: { text: 'Being checked', colour: 'blue' },
  CHECKED: { text: 'Ready to import', colour: 'yellow' },
  IMPORTING: { text: 'Importing', colour: 'blue' },
  IMPORTED: { text: 'Imported', colour: 'green' },
  FAILED: { text: 'Stopped', colour: 'red' },
  CANCELLED: { text: 'Cancelled', colour: 'grey' },
};

const StatusTag = ({ status }: { status: Ssda903UploadStatus }) => <Tag colour={STATUS_TAG[status].colour}>{STATUS_TAG[status].text}</Tag>;

/** Administrator: bring the council's children in from its SSDA903 return (the files it sends the DfE each year). */
export function ImportReturnPage() {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(Ssda903UploadsDocument, { fetchPolicy: 'network-only' });
  const [year, setYear] = useState('');
  const [problem, setProblem] = useState<{ message: string; fieldId: string } | null>(null);
  const [sending, setSending] = useState(false);
  const filesRef = useRef<HTMLInputElement>(null);
  usePageTitle(problem ? 'Error: Import an SSDA903 return' : 'Import an SSDA903 return');
  const chosenYear = year || latestYear(data?.today);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const files = [...(filesRef.current?.files ?? [])];
    if (files.length === 0) return setProblem({ message: 'Choose the return’s CSV files', fieldId: 'files' });
    setProblem(null);
    setSending(true);
    const sent = await uploadReturn(Number(chosenYear), files);
    setSending(false);
    if ('error' in sent) return setProblem({ message: sent.error, fieldId: 'files' });
    navigate(`/imports/${sent.uploadId}`);
  };

  if (loading && !data) return <Loading what="Loading imports" />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const uploads = data?.ssda903Uploads ?? [];
  const columns: Column<UploadParts>[] = [
    { key: 'uploadedAt', header: 'Uploaded', cell: (u) => <UiLink className="govuk-link" href={`/imports/${u.id}`}>{formatDayAndTime(u.uploadedAt)}</UiLink> },
    { key: 'year', header: 'Year', cell: (u) => yearLabel(u.year) },
    { key: 'by', header: 'By', cell: (u) => u.uploadedBy },
    { key: 'status', header: 'Status', cell: (u) => <StatusTag status={u.status} /> },
  ];

  return (
    <>
      <ErrorSummary errors={problem ? [problem] : []} />
      <h1 className="govuk-heading-l">Import an SSDA903 return</h1>
      <p className="govuk-body">
        Bring your council’s children in from the children looked after return (SSDA903) you send the DfE: their dates of birth, legal statuses,
        placements and reviews. The files are checked first and nothing changes until you have read the check and confirmed.
      </p>
      <p className="govuk-body">
        Children are matched on the return’s CHILD id, so importing the same return again changes nothing, and next year’s return updates what is here. Plans,
        views and life stories are never changed by an import.
      </p>
      <form onSubmit={submit} noValidate>
        <Select id="year" label="Which year is the return for?" value={chosenYear} onChange={setYear} options={YEARS.map((y) => ({ value: String(y), label: yearLabel(y) }))} />
        <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="files">
            The return’s files
          </label>
          <div id="files-hint" className="govuk-hint">
            Choose all the CSV files together, named as the DfE names them: header.csv and episodes.csv, and any of uasc.csv, reviews.csv, missing.csv, oc2.csv,
            oc3.csv, ad1.csv, placed_for_adoption.csv, prev_perm.csv and sw_episodes.csv.
          </div>
          {problem && (
            <p id="files-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {problem.message}
            </p>
          )}
          <input
            ref={filesRef}
            className={`govuk-file-upload${problem ? ' govuk-file-upload--error' : ''}`}
            id="files"
            name="files"
            type="file"
            multiple
            accept=".csv,text/csv"
            aria-describedby={`files-hint${problem ? ' files-error' : ''}`}
          />
        </div>
        <Button type="submit" disabled={sending}>
          {sending ? 'Uploading…' : 'Upload and check the files'}
        </Button>
      </form>
      <h2 className="govuk-heading-m">Earlier imports</h2>
      <Table caption="The last 20 uploads" captionClassName="govuk-visually-hidden" columns={columns} rows={uploads} rowKey={(u) => u.id} empty="No returns have been uploaded yet." />
    </>
  );
}

type UploadParts = UploadPartsFragment;
type Problem = ImportReportPartsFragment['problems'][number];
type ChildRow = ImportReportPartsFragment['children'][number];

const OUTCOME_WORDS: Record<string, string> = { created: 'New child', updated: 'Updated', unchanged: 'No change', rejected: 'Left out' };

function ReportSummary({ report, done }: { report: ImportReportPartsFragment; done: boolean }) {
  const would = (n: number, past: string, future: string) => `${n} ${done ? past : future}`;
  const rows = [
    { key: 'New children', value: would(report.childrenCreated, 'created', 'to be created') },
    { key: 'Children updated', value: would(report.childrenUpdated, 'updated', 'to be updated') },
    { key: 'Children with no change', value: String(report.childrenUnchanged) },
    { key: 'Children left out', value: report.childrenRejected > 0 ? <strong>{report.childrenRejected} (see the problems below)</strong> : '0' },
    { key: 'Placements', value: `${report.placementsCreated} new, ${report.placementsUpdated} updated` },
    { key: 'Legal statuses', value: `${report.legalStatusesCreated} new, ${report.legalStatusesUpdated} updated` },
    { key: 'Reviews', value: `${report.reviewsCreated} new, ${report.reviewsUpdated} updated` },
    { key: 'Missing or away periods', value: `${report.missingEpisodesCreated} new, ${report.missingEpisodesUpdated} updated` },
    {
      key: 'Social worker episodes',
      value: `${report.socialWorkerEpisodesCreated} new, ${report.socialWorkerEpisodesUpdated} updated; ${report.placeholdersCreated} new Social Work England ${report.placeholdersCreated === 1 ? 'number' : 'numbers'} to link to staff accounts`,
    },
    { key: 'Health outcomes (a year each)', value: `${report.healthOutcomesCreated} new, ${report.healthOutcomesUpdated} updated` },
    { key: "Care leavers' birthdays", value: `${report.careLeaverBirthdaysCreated} new, ${report.careLeaverBirthdaysUpdated} updated` },
    { key: 'Adopters (AD1)', value: `${report.adoptersCreated} new, ${report.adoptersUpdated} updated` },
    { key: 'Deprivation of liberty orders', value: `${report.deprivationOfLibertyOrdersCreated} new, ${report.deprivationOfLibertyOrdersUpdated} updated` },
  ];
  if (report.notHeld.length > 0) {
    rows.push({ key: 'Read and checked, not kept yet', value: report.notHeld.map((t) => `${t.table} (${t.rows} ${t.rows === 1 ? 'row' : 'rows'})`).join(', ') });
  }
  return <SummaryList rows={rows} />;
}

function Problems({ report }: { report: ImportReportPartsFragment }) {
  if (report.problemCount === 0) return <p className="govuk-body">No problems were found in the files.</p>;
  const columns: Column<Problem>[] = [
    { key: 'where', header: 'Where', cell: (p) => [p.file, p.line ? `line ${p.line}` : null, p.column].filter(Boolean).join(', ') },
    { key: 'child', header: 'CHILD', cell: (p) => p.child ?? '' },
    { key: 'severity', header: 'Effect', cell: (p) => (p.severity === 'ERROR' ? <Tag colour="red">Left out</Tag> : <Tag colour="grey">Note</Tag>) },
    { key: 'reason', header: 'Problem', cell: (p) => p.reason },
  ];
  return (
    <>
      <h2 className="govuk-heading-m">
        {report.errorCount > 0 ? 'Problems' : 'Notes'} ({report.problemCount}
        {report.problemCount > report.problems.length ? `, the first ${report.problems.length} shown` : ''})
      </h2>
      <Table caption="Problems found, errors first" captionClassName="govuk-visually-hidden" columns={columns} rows={report.problems} rowKey={(p) => `${p.file}:${p.line}:${p.column}:${p.reason}`} />
    </>
  );
}

function Children({ report, done }: { report: ImportReportPartsFragment; done: boolean }) {
  if (report.children.length === 0) return null;
  // The report holds the first 500 children; the counts above cover them all.
  const changed = report.childrenCreated + report.childrenUpdated + report.childrenRejected;
  const columns: Column<ChildRow>[] = [
    { key: 'child', header: 'CHILD', cell: (c) => c.child },
    { key: 'outcome', header: done ? 'What happened' : 'What would happen', cell: (c) => OUTCOME_WORDS[c.outcome] ?? c.outcome },
    { key: 'changes', header: 'Changes', cell: (c) => c.changes.join('; ') },
  ];
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Each child {done ? 'imported' : 'the import would change'} ({changed > report.children.length ? `the first ${report.children.length} of ${changed}` : report.children.length})
        </span>
      </summary>
      <div className="govuk-details__text">
        <Table caption="Children and their changes" captionClassName="govuk-visually-hidden" columns={columns} rows={report.children} rowKey={(c) => c.child} />
      </div>
    </details>
  );
}

function Progress({ upload, doing }: { upload: UploadParts; doing: string }) {
  const total = upload.progressTotal;
  const words = total === null || total === undefined ? 'Reading the files…' : `${doing} ${upload.progressDone} of ${total} children`;
  return (
    <div className="fp-progress">
      <label className="govuk-label" htmlFor="import-progress">
        {words}
      </label>
      <progress id="import-progress" className="fp-progress__bar" max={total ?? undefined} value={total ? upload.progressDone : undefined} />
      <p className="govuk-visually-hidden" aria-live="polite">
        {words}
      </p>
    </div>
  );
}

/** One uploaded return: its check (with a progress bar while it runs), then confirm or cancel, then what the import did. */
export function ImportUploadPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(Ssda903UploadDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const upload = data?.ssda903Upload;
  const busy = upload?.status === 'CHECKING' || upload?.status === 'IMPORTING';
  // Follows the run while it goes; stops polling once it has ended.
  useQuery(Ssda903UploadDocument, { variables: { id }, fetchPolicy: 'network-only', pollInterval: 1000, skip: !busy });
  const [confirm, confirming] = useMutation(ConfirmSsda903UploadDocument);
  const [cancel, cancelling] = useMutation(CancelSsda903UploadDocument);
  const [problem, setProblem] = useState<string | null>(null);
  usePageTitle(upload?.status === 'IMPORTED' ? 'Return imported' : 'Check the return before importing it');

  if (loading && !data) return <Loading what="Loading the upload" />;
  if (error || !upload) return <ErrorPage message={error ? apiError(error).message : 'Upload not found.'} />;

  const decide = async (which: 'confirm' | 'cancel') => {
    setProblem(null);
    try {
      await (which === 'confirm' ? confirm : cancel)({ variables: { id, expectedVersion: upload.version } });
      await refetch();
      if (which === 'cancel') navigate('/imports');
    } catch (e) {
      setProblem(apiError(e).message);
      await refetch();
    }
  };

  const check = upload.check;
  const result = upload.result;
  const changing = check ? check.childrenCreated + check.childrenUpdated : 0;
  return (
    <>
      <BackLink href="/imports">Back to imports</BackLink>
      <ErrorSummary errors={problem ? [{ message: problem }] : []} />
      {upload.status === 'IMPORTED' && result ? (
        <Panel title="Return imported">
          {result.childrenCreated} new {result.childrenCreated === 1 ? 'child' : 'children'}, {result.childrenUpdated} updated
        </Panel>
      ) : (
        <h1 className="govuk-heading-l">{upload.status === 'IMPORTING' ? 'Importing the return' : 'Check the return before importing it'}</h1>
      )}
      <SummaryList
        rows={[
          { key: 'Year', value: yearLabel(upload.year) },
          { key: 'Files', value: upload.fileNames.join(', ') },
          { key: 'Uploaded', value: `${formatDayAndTime(upload.uploadedAt)} by ${upload.uploadedBy}` },
          { key: 'Status', value: <StatusTag status={upload.status} /> },
          ...(upload.confirmedBy ? [{ key: 'Import confirmed by', value: upload.confirmedBy }] : []),
        ]}
      />
      {upload.status === 'CHECKING' && <Progress upload={upload} doing="Checked" />}
      {upload.status === 'IMPORTING' && <Progress upload={upload} doing="Imported" />}
      {upload.status === 'FAILED' && <NotificationBanner title="Important">{upload.failure}</NotificationBanner>}

      {result && (
        <>
          <h2 className="govuk-heading-m">What the import did</h2>
          <ReportSummary report={result} done />
          <Problems report={result} />
          <Children report={result} done />
        </>
      )}
      {check && !result && (
        <>
          <h2 className="govuk-heading-m">What the import would do</h2>
          {!check.completed && <WarningText>The files could not be read, so nothing can be imported. Correct the problem below and upload the files again.</WarningText>}
          <ReportSummary report={check} done={false} />
          <Problems report={check} />
          <Children report={check} done={false} />
          {upload.status === 'CHECKED' && (
            <>
              {check.completed && check.childrenRejected > 0 && (
                <WarningText>
                  {check.childrenRejected} {check.childrenRejected === 1 ? 'child is' : 'children are'} left out because of the problems above. The others can be imported now;
                  correct the files and upload them again to bring the rest in.
                </WarningText>
              )}
              {check.completed && changing === 0 && <p className="govuk-inset-text">Nothing would change: every child in this return is already up to date here.</p>}
              <ButtonGroup>
                {check.completed && changing > 0 && (
                  <Button onClick={() => decide('confirm')} disabled={confirming.loading || cancelling.loading}>
                    Import {changing} {changing === 1 ? 'child' : 'children'}
                  </Button>
                )}
                <Button variant="secondary" onClick={() => decide('cancel')} disabled={confirming.loading || cancelling.loading}>
                  Cancel this upload
                </Button>
              </ButtonGroup>
            </>
          )}
        </>
      )}
    </>
  );
}

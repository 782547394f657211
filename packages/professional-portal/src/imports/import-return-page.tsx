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
import { say } from '../i18n/i18n';

/** The collection years the import reads: 2025 is the 2024 to 2025 return. */
const YEARS = [2027, 2026, 2025, 2024];
const yearLabel = (year: number) => say('imports.importReturnPage.yearLabel', { from: String(year - 1), to: String(year) });

/** The last year whose 31 March has passed, by the server's date. */
function latestYear(today: string | undefined): string {
  if (!today) return '';
  const [y, m] = today.split('-').map(Number);
  const year = m >= 4 ? y : y - 1;
  return String(YEARS.includes(year) ? year : YEARS[0]);
}

const STATUS_TAG: Record<Ssda903UploadStatus, { text: string; colour: 'blue' | 'green' | 'red' | 'grey' | 'orange' | 'yellow' }> = {
  CHECKING: { text: say('imports.importReturnPage.beingChecked'), colour: 'blue' },
  CHECKED: { text: say('imports.importReturnPage.readyToImport'), colour: 'yellow' },
  IMPORTING: { text: say('imports.importReturnPage.importing'), colour: 'blue' },
  IMPORTED: { text: say('imports.importReturnPage.imported'), colour: 'green' },
  FAILED: { text: say('imports.importReturnPage.stopped'), colour: 'red' },
  CANCELLED: { text: say('imports.importReturnPage.cancelled'), colour: 'grey' },
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
  usePageTitle(problem ? say('imports.importReturnPage.errorImportAnSSDA903') : say('imports.importReturnPage.importAnSSDA903Return'));
  const chosenYear = year || latestYear(data?.today);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const files = [...(filesRef.current?.files ?? [])];
    if (files.length === 0) return setProblem({ message: say('imports.importReturnPage.chooseTheReturnSCSV'), fieldId: 'files' });
    setProblem(null);
    setSending(true);
    const sent = await uploadReturn(Number(chosenYear), files);
    setSending(false);
    if ('error' in sent) return setProblem({ message: sent.error, fieldId: 'files' });
    navigate(`/imports/${sent.uploadId}`);
  };

  if (loading && !data) return <Loading what={say('imports.importReturnPage.loadingImports')} />;
  if (error) return <ErrorPage message={apiError(error).message} />;
  const uploads = data?.ssda903Uploads ?? [];
  const columns: Column<UploadParts>[] = [
    { key: 'uploadedAt', header: say('imports.importReturnPage.uploaded'), cell: (u) => <UiLink className="govuk-link" href={`/imports/${u.id}`}>{formatDayAndTime(u.uploadedAt)}</UiLink> },
    { key: 'year', header: say('imports.importReturnPage.year'), cell: (u) => yearLabel(u.year) },
    { key: 'by', header: say('imports.importReturnPage.by'), cell: (u) => u.uploadedBy },
    { key: 'status', header: say('imports.importReturnPage.status'), cell: (u) => <StatusTag status={u.status} /> },
  ];

  return (
    <>
      <ErrorSummary errors={problem ? [problem] : []} />
      <h1 className="govuk-heading-l">{say('imports.importReturnPage.importAnSSDA903Return')}</h1>
      <p className="govuk-body">
        {say('imports.importReturnPage.bringYourCouncilSChildren')}
      </p>
      <p className="govuk-body">
        {say('imports.importReturnPage.childrenAreMatchedOn')}
      </p>
      <form onSubmit={submit} noValidate>
        <Select id="year" label={say('imports.importReturnPage.whichYearIsThe')} value={chosenYear} onChange={setYear} options={YEARS.map((y) => ({ value: String(y), label: yearLabel(y) }))} />
        <div className={`govuk-form-group${problem ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="files">
            {say('imports.importReturnPage.theReturnSFiles')}
          </label>
          <div id="files-hint" className="govuk-hint">
            {say('imports.importReturnPage.chooseAllTheCSV')}
          </div>
          {problem && (
            <p id="files-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{say('imports.importReturnPage.error')}</span> {problem.message}
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
          {sending ? say('imports.importReturnPage.uploading') : say('imports.importReturnPage.uploadAndCheckThe')}
        </Button>
      </form>
      <h2 className="govuk-heading-m">{say('imports.importReturnPage.earlierImports')}</h2>
      <Table caption={say('imports.importReturnPage.theLast20Uploads')} captionClassName="govuk-visually-hidden" columns={columns} rows={uploads} rowKey={(u) => u.id} empty={say('imports.importReturnPage.noReturnsHaveBeen')} />
    </>
  );
}

type UploadParts = UploadPartsFragment;
type Problem = ImportReportPartsFragment['problems'][number];
type ChildRow = ImportReportPartsFragment['children'][number];

const OUTCOME_WORDS: Record<string, string> = { created: say('imports.importReturnPage.newChild'), updated: say('imports.importReturnPage.updated'), unchanged: say('imports.importReturnPage.noChange'), rejected: say('imports.importReturnPage.leftOut') };

function ReportSummary({ report, done }: { report: ImportReportPartsFragment; done: boolean }) {
  const rows = [
    { key: say('imports.importReturnPage.newChildren'), value: done ? say('imports.importReturnPage.created', { count: report.childrenCreated }) : say('imports.importReturnPage.toBeCreated', { count: report.childrenCreated }) },
    { key: say('imports.importReturnPage.childrenUpdated'), value: done ? say('imports.importReturnPage.updatedCount', { count: report.childrenUpdated }) : say('imports.importReturnPage.toBeUpdated', { count: report.childrenUpdated }) },
    { key: say('imports.importReturnPage.childrenWithNoChange'), value: String(report.childrenUnchanged) },
    { key: say('imports.importReturnPage.childrenLeftOut'), value: report.childrenRejected > 0 ? <strong>{say('imports.importReturnPage.seeTheProblems', { childrenRejected: report.childrenRejected })}</strong> : '0' },
    { key: say('imports.importReturnPage.placements'), value: say('imports.importReturnPage.newUpdated', { created: report.placementsCreated, updated: report.placementsUpdated }) },
    { key: say('imports.importReturnPage.legalStatuses'), value: say('imports.importReturnPage.newUpdated', { created: report.legalStatusesCreated, updated: report.legalStatusesUpdated }) },
    { key: say('imports.importReturnPage.reviews'), value: say('imports.importReturnPage.newUpdated', { created: report.reviewsCreated, updated: report.reviewsUpdated }) },
    { key: say('imports.importReturnPage.missingOrAwayPeriods'), value: say('imports.importReturnPage.newUpdated', { created: report.missingEpisodesCreated, updated: report.missingEpisodesUpdated }) },
    {
      key: say('imports.importReturnPage.socialWorkerEpisodes'),
      value: say('imports.importReturnPage.socialWorkerEpisodesNewUpdated', { created: report.socialWorkerEpisodesCreated, updated: report.socialWorkerEpisodesUpdated, numbers: report.placeholdersCreated }),
    },
    { key: say('imports.importReturnPage.healthOutcomesAYear'), value: say('imports.importReturnPage.newUpdated', { created: report.healthOutcomesCreated, updated: report.healthOutcomesUpdated }) },
    { key: say('imports.importReturnPage.careLeaversBirthdays'), value: say('imports.importReturnPage.newUpdated', { created: report.careLeaverBirthdaysCreated, updated: report.careLeaverBirthdaysUpdated }) },
    { key: say('imports.importReturnPage.adopters'), value: say('imports.importReturnPage.newUpdated', { created: report.adoptersCreated, updated: report.adoptersUpdated }) },
    { key: say('imports.importReturnPage.deprivationOfLibertyOrders'), value: say('imports.importReturnPage.newUpdated', { created: report.deprivationOfLibertyOrdersCreated, updated: report.deprivationOfLibertyOrdersUpdated }) },
  ];
  if (report.notHeld.length > 0) {
    rows.push({ key: say('imports.importReturnPage.readAndCheckedNot'), value: report.notHeld.map((t) => say('imports.importReturnPage.tableRows', { table: t.table, rows: t.rows })).join(', ') });
  }
  return <SummaryList rows={rows} />;
}

function Problems({ report }: { report: ImportReportPartsFragment }) {
  if (report.problemCount === 0) return <p className="govuk-body">{say('imports.importReturnPage.noProblemsWereFound')}</p>;
  const columns: Column<Problem>[] = [
    { key: 'where', header: say('imports.importReturnPage.where'), cell: (p) => [p.file, p.line ? say('imports.importReturnPage.line', { line: p.line }) : null, p.column].filter(Boolean).join(', ') },
    { key: 'child', header: say('imports.importReturnPage.cHILD'), cell: (p) => p.child ?? '' },
    { key: 'severity', header: say('imports.importReturnPage.effect'), cell: (p) => (p.severity === 'ERROR' ? <Tag colour="red">{say('imports.importReturnPage.leftOut')}</Tag> : <Tag colour="grey">{say('imports.importReturnPage.note')}</Tag>) },
    { key: 'reason', header: say('imports.importReturnPage.problem'), cell: (p) => p.reason },
  ];
  return (
    <>
      <h2 className="govuk-heading-m">
        {report.errorCount > 0
          ? say('imports.importReturnPage.problemsCount', { count: report.problemCount, shown: report.problems.length, some: String(report.problemCount > report.problems.length) })
          : say('imports.importReturnPage.notesCount', { count: report.problemCount, shown: report.problems.length, some: String(report.problemCount > report.problems.length) })}
      </h2>
      <Table caption={say('imports.importReturnPage.problemsFoundErrorsFirst')} captionClassName="govuk-visually-hidden" columns={columns} rows={report.problems} rowKey={(p) => `${p.file}:${p.line}:${p.column}:${p.reason}`} />
    </>
  );
}

function Children({ report, done }: { report: ImportReportPartsFragment; done: boolean }) {
  if (report.children.length === 0) return null;
  // The report holds the first 500 children; the counts above cover them all.
  const changed = report.childrenCreated + report.childrenUpdated + report.childrenRejected;
  const columns: Column<ChildRow>[] = [
    { key: 'child', header: say('imports.importReturnPage.cHILD'), cell: (c) => c.child },
    { key: 'outcome', header: done ? say('imports.importReturnPage.whatHappened') : say('imports.importReturnPage.whatWouldHappen'), cell: (c) => OUTCOME_WORDS[c.outcome] ?? c.outcome },
    { key: 'changes', header: say('imports.importReturnPage.changes'), cell: (c) => c.changes.join('; ') },
  ];
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {changed <= report.children.length
            ? done
              ? say('imports.importReturnPage.eachChildImported', { count: report.children.length })
              : say('imports.importReturnPage.eachChildTheImportWouldChange', { count: report.children.length })
            : done
              ? say('imports.importReturnPage.eachChildImportedFirst', { shown: report.children.length, count: changed })
              : say('imports.importReturnPage.eachChildTheImportWouldChangeFirst', { shown: report.children.length, count: changed })}
        </span>
      </summary>
      <div className="govuk-details__text">
        <Table caption={say('imports.importReturnPage.childrenAndTheirChanges')} captionClassName="govuk-visually-hidden" columns={columns} rows={report.children} rowKey={(c) => c.child} />
      </div>
    </details>
  );
}

function Progress({ upload, importing }: { upload: UploadParts; importing: boolean }) {
  const total = upload.progressTotal;
  const words = total === null || total === undefined ? say('imports.importReturnPage.readingTheFiles') : importing
        ? say('imports.importReturnPage.importedOfChildren', { done: upload.progressDone, total })
        : say('imports.importReturnPage.checkedOfChildren', { done: upload.progressDone, total });
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
  usePageTitle(upload?.status === 'IMPORTED' ? say('imports.importReturnPage.returnImported') : say('imports.importReturnPage.checkTheReturnBefore'));

  if (loading && !data) return <Loading what={say('imports.importReturnPage.loadingTheUpload')} />;
  if (error || !upload) return <ErrorPage message={error ? apiError(error).message : say('imports.importReturnPage.uploadNotFound')} />;

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
      <BackLink href="/imports">{say('imports.importReturnPage.backToImports')}</BackLink>
      <ErrorSummary errors={problem ? [{ message: problem }] : []} />
      {upload.status === 'IMPORTED' && result ? (
        <Panel title={say('imports.importReturnPage.returnImported')}>
          {say('imports.importReturnPage.newAndUpdated', { created: result.childrenCreated, updated: result.childrenUpdated })}
        </Panel>
      ) : (
        <h1 className="govuk-heading-l">{upload.status === 'IMPORTING' ? say('imports.importReturnPage.importingTheReturn') : say('imports.importReturnPage.checkTheReturnBefore')}</h1>
      )}
      <SummaryList
        rows={[
          { key: say('imports.importReturnPage.year'), value: yearLabel(upload.year) },
          { key: say('imports.importReturnPage.files'), value: upload.fileNames.join(', ') },
          { key: say('imports.importReturnPage.uploaded'), value: say('imports.importReturnPage.uploadedAtBy', { uploadedAt: formatDayAndTime(upload.uploadedAt), uploadedBy: upload.uploadedBy }) },
          { key: say('imports.importReturnPage.status'), value: <StatusTag status={upload.status} /> },
          ...(upload.confirmedBy ? [{ key: say('imports.importReturnPage.importConfirmedBy'), value: upload.confirmedBy }] : []),
        ]}
      />
      {upload.status === 'CHECKING' && <Progress upload={upload} importing={false} />}
      {upload.status === 'IMPORTING' && <Progress upload={upload} importing />}
      {upload.status === 'FAILED' && <NotificationBanner title={say('imports.importReturnPage.important')}>{upload.failure}</NotificationBanner>}

      {result && (
        <>
          <h2 className="govuk-heading-m">{say('imports.importReturnPage.whatTheImportDid')}</h2>
          <ReportSummary report={result} done />
          <Problems report={result} />
          <Children report={result} done />
        </>
      )}
      {check && !result && (
        <>
          <h2 className="govuk-heading-m">{say('imports.importReturnPage.whatTheImportWould')}</h2>
          {!check.completed && <WarningText>{say('imports.importReturnPage.theFilesCouldNot')}</WarningText>}
          <ReportSummary report={check} done={false} />
          <Problems report={check} />
          <Children report={check} done={false} />
          {upload.status === 'CHECKED' && (
            <>
              {check.completed && check.childrenRejected > 0 && (
                <WarningText>
                  {say('imports.importReturnPage.leftOutBecauseOf', { count: check.childrenRejected })}
                </WarningText>
              )}
              {check.completed && changing === 0 && <p className="govuk-inset-text">{say('imports.importReturnPage.nothingWouldChangeEvery')}</p>}
              <ButtonGroup>
                {check.completed && changing > 0 && (
                  <Button onClick={() => decide('confirm')} disabled={confirming.loading || cancelling.loading}>
                    {say('imports.importReturnPage.importChildren', { count: changing })}
                  </Button>
                )}
                <Button variant="secondary" onClick={() => decide('cancel')} disabled={confirming.loading || cancelling.loading}>
                  {say('imports.importReturnPage.cancelThisUpload')}
                </Button>
              </ButtonGroup>
            </>
          )}
        </>
      )}
    </>
  );
}

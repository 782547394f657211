import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTION_NAMES, auditActionLabel, ROLE_LABELS, type AuditAction } from '@forever-planning/shared';
import { Button, ButtonGroup, DateInput, ErrorSummary, isDateEmpty, isoDate, Select, Table, UiLink, dateParts, type DateParts } from '@forever-planning/ui';
import { formatDayAndTime, formatDate } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { AuditSearchDocument, type AuditSearchQuery } from '../gql/graphql';
import { say } from '../i18n/i18n';

type AuditRow = AuditSearchQuery['auditEvents']['edges'][number]['node'];

/** The filters the URL holds, so Back and a shared link show the same search. */
const FILTERS = ['action', 'from', 'to', 'person'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const ACTION_OPTIONS = [...AUDIT_ACTION_NAMES].map((a) => ({ value: a, label: auditActionLabel(a) })).sort((a, b) => a.label.localeCompare(b.label));

/**
 * The council's audit trail for the head of service and the administrator:
 * who did what and when, in words, newest first, 50 a page, filtered by what
 * happened, dates and person. What the administrator reads names no child
 * and shows no value written to a child's record (the API withholds them).
 */
export function AuditSearchPage() {
  usePageTitle(say('audit.auditSearchPage.auditTrail'));
  const [params, setParams] = useSearchParams();
  const applied: Filters = { action: params.get('action') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '', person: params.get('person') ?? '' };
  const personName = params.get('personName') ?? '';
  const [action, setAction] = useState(applied.action);
  const [from, setFrom] = useState<DateParts>(dateParts(applied.from));
  const [to, setTo] = useState<DateParts>(dateParts(applied.to));
  const [formError, setFormError] = useState<{ field: string; message: string } | null>(null);
  const appliedKey = params.toString();
  // Back and forward change the URL: the form follows it.
  useEffect(() => {
    setAction(applied.action);
    setFrom(dateParts(applied.from));
    setTo(dateParts(applied.to));
  }, [appliedKey]); // eslint-disable-line react-hooks/exhaustive-deps
  // The cursors of the pages before this one, so "Newer events" goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  useEffect(() => setCursors([null]), [appliedKey]);
  const after = cursors[cursors.length - 1];
  const { data, loading, error } = useQuery(AuditSearchDocument, {
    variables: {
      filter: {
        action: (applied.action || undefined) as AuditAction | undefined,
        from: applied.from || undefined,
        to: applied.to || undefined,
        userId: applied.person || undefined,
      },
      after,
    },
    fetchPolicy: 'network-only',
  });
  const events = data?.auditEvents;

  const show = (next: Partial<Filters> & { personName?: string }) => {
    const merged = { ...applied, personName, ...next };
    const query = new URLSearchParams();
    for (const f of FILTERS) if (merged[f]) query.set(f, merged[f]);
    if (merged.person && merged.personName) query.set('personName', merged.personName);
    setParams(query);
  };

  const onApply = (event: FormEvent) => {
    event.preventDefault();
    const fromDate = isoDate(from);
    const toDate = isoDate(to);
    if (!isDateEmpty(from) && !fromDate) return setFormError({ field: 'from', message: say('audit.auditSearchPage.enterTheFirstDate') });
    if (!isDateEmpty(to) && !toDate) return setFormError({ field: 'to', message: say('audit.auditSearchPage.enterTheLastDate') });
    if (fromDate && toDate && fromDate > toDate) return setFormError({ field: 'to', message: say('audit.auditSearchPage.theLastDateMust') });
    setFormError(null);
    show({ action, from: fromDate ?? '', to: toDate ?? '' });
  };

  const columns = [
    { key: 'when', header: say('audit.auditSearchPage.when'), cell: (e: AuditRow) => formatDayAndTime(e.occurredAt) },
    {
      key: 'what',
      header: say('audit.auditSearchPage.whatHappened'),
      cell: (e: AuditRow) => (
        <>
          {e.summary}
          {e.actorRole ? <span className="govuk-body-s fp-cell-text"> ({ROLE_LABELS[e.actorRole as keyof typeof ROLE_LABELS]?.toLowerCase() ?? e.actorRole})</span> : null}
          {e.actor && e.actor.id !== applied.person && (
            <>
              {' '}
              <UiLink href={`/audit?${new URLSearchParams({ person: e.actor.id, personName: e.actor.displayName })}`} className="govuk-link govuk-body-s">
                {say('audit.auditSearchPage.only', { displayName: e.actor.displayName })}
              </UiLink>
            </>
          )}
        </>
      ),
    },
    { key: 'from', header: say('audit.auditSearchPage.fromIpAddress'), cell: (e: AuditRow) => e.ipAddress ?? say('audit.auditSearchPage.notRecorded') },
  ];

  const dates = applied.from || applied.to ? `${applied.from ? say('audit.auditSearchPage.from', { from: formatDate(applied.from) }) : ''}${applied.from && applied.to ? ' ' : ''}${applied.to ? say('audit.auditSearchPage.to', { to: formatDate(applied.to) }) : ''}` : '';

  return (
    <>
      <h1 className="govuk-heading-l">{say('audit.auditSearchPage.auditTrail')}</h1>
      <p className="govuk-body">{say('audit.auditSearchPage.whoReadOrChanged')}</p>
      {formError && <ErrorSummary errors={[{ fieldId: formError.field, message: formError.message }]} />}
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      <form noValidate onSubmit={onApply} role="search" aria-label={say('audit.auditSearchPage.auditTrail')}>
        <div className="fp-filters">
          <Select id="action" label={say('audit.auditSearchPage.whatHappened')} value={action} onChange={setAction} options={[{ value: '', label: say('audit.auditSearchPage.anything') }, ...ACTION_OPTIONS]} />
        </div>
        <DateInput id="from" label={say('audit.auditSearchPage.from2')} hint={say('audit.auditSearchPage.forExample111')} value={from} onChange={setFrom} error={formError?.field === 'from' ? formError.message : undefined} />
        <DateInput id="to" label={say('audit.auditSearchPage.to2')} hint={say('audit.auditSearchPage.forExample3011')} value={to} onChange={setTo} error={formError?.field === 'to' ? formError.message : undefined} />
        <Button type="submit" variant="secondary">
          {say('audit.auditSearchPage.search')}
        </Button>
      </form>
      {applied.person && (
        <p className="govuk-body">
          {say('audit.auditSearchPage.showingWhat')}{' '}{personName || say('audit.auditSearchPage.onePerson')}{' '}{say('audit.auditSearchPage.did')}{' '}
          <UiLink href="#" className="govuk-link" onClick={(ev) => (ev.preventDefault(), show({ person: '', personName: '' }))}>
            {say('audit.auditSearchPage.showEveryone')}
          </UiLink>
        </p>
      )}
      {loading && !events && <Loading what={say('audit.auditSearchPage.loadingTheAuditTrail')} />}
      {events && (
        <>
          <Table
            caption={say('audit.auditSearchPage.caption', { totalCount: events.totalCount, action: applied.action ? `: ${auditActionLabel(applied.action as AuditAction).toLowerCase()}` : '', dates: dates ? ` ${dates}` : '', page: cursors.length })}
            captionClassName="govuk-table__caption--s"
            columns={columns}
            rows={events.edges.map((e) => e.node)}
            rowKey={(e) => e.id}
            empty={say('audit.auditSearchPage.nothingMatchesThisSearch')}
          />
          <ButtonGroup>
            {cursors.length > 1 && (
              <Button variant="secondary" onClick={() => setCursors((c) => c.slice(0, -1))}>
                {say('audit.auditSearchPage.newerEvents')}
              </Button>
            )}
            {events.pageInfo.hasNextPage && events.pageInfo.endCursor && (
              <Button variant="secondary" onClick={() => setCursors((c) => [...c, events.pageInfo.endCursor ?? null])}>
                {say('audit.auditSearchPage.olderEvents')}
              </Button>
            )}
          </ButtonGroup>
        </>
      )}
    </>
  );
}

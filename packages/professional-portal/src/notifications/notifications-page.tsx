import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Table, Tag, type Column } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { NotificationOutboxDocument, type NotificationOutboxQuery, type NotificationStatus } from '../gql/graphql';

type Row = NotificationOutboxQuery['notificationOutbox']['notifications'][number];

const EVENT_LABELS: Record<Row['event'], string> = {
  UNSAFE: 'A child feels unsafe',
  UNSAFE_ESCALATION: 'Unsafe alert not acknowledged',
  NOT_HAPPY: '"I\'m not happy" message',
  VIEW_SHARED: 'Views shared',
  DAILY_DIGEST: 'Daily digest',
  AUTHENTICATOR_RESET: 'Authenticator app reset',
};

const VIA_LABELS: Record<NonNullable<Row['via']>, string> = { NOTIFY: 'GOV.UK Notify', SMTP: 'Email server (SMTP)', OUTBOX: 'Outbox only' };

function StatusTag({ row }: { row: Row }) {
  if (row.status === 'SENT') return <Tag colour="green">Sent</Tag>;
  if (row.status === 'FAILED') return <Tag colour="red">Failed</Tag>;
  if (row.status === 'WAITING_FOR_DIGEST') return <Tag colour="blue">Waiting for digest</Tag>;
  return row.attempts > 0 ? <Tag colour="orange">Retrying</Tag> : <Tag colour="grey">Queued</Tag>;
}

const FILTERS = [
  { value: '', label: 'All notifications' },
  { value: 'QUEUED', label: 'Queued or retrying' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'SENT', label: 'Sent' },
  { value: 'WAITING_FOR_DIGEST', label: 'Waiting for the daily digest' },
];

/** Administrator: every email and text message the council's service has queued, sent or failed to send, and why. */
export function NotificationsPage() {
  const [status, setStatus] = useState('');
  const { data, loading, error } = useQuery(NotificationOutboxDocument, {
    variables: { status: (status || null) as NotificationStatus | null },
    fetchPolicy: 'network-only',
    pollInterval: 15_000,
  });
  usePageTitle('Notifications');
  const rows = data?.notificationOutbox.notifications ?? [];

  const columns: Column<Row>[] = [
    { key: 'queuedAt', header: 'Queued', cell: (r) => formatDayAndTime(r.queuedAt) },
    { key: 'event', header: 'About', cell: (r) => `${EVENT_LABELS[r.event]}${r.caseReference ? ` (case ${r.caseReference})` : ''}` },
    { key: 'to', header: 'To', cell: (r) => <>{r.recipientName}<br /><span className="govuk-hint govuk-!-margin-0">{r.channel === 'SMS' ? 'Text' : 'Email'}: {r.address ?? 'none'}</span></> },
    { key: 'status', header: 'Status', cell: (r) => <StatusTag row={r} /> },
    {
      key: 'detail',
      header: 'Detail',
      cell: (r) =>
        r.failureReason ?? (r.sentAt ? `${r.via ? VIA_LABELS[r.via] : 'Sent'}, ${formatDayAndTime(r.sentAt)}` : r.status === 'WAITING_FOR_DIGEST' ? 'Goes in the next daily digest' : 'Waiting to be sent'),
    },
  ];

  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      <p className="govuk-body">
        Emails and text messages to staff about children’s messages, unsafe alerts and the daily digest. They never contain a child’s words, name
        or date of birth: only what happened, a case reference and a link.
      </p>
      {data?.notificationOutbox.deliveredBy === 'OUTBOX' && (
        <div className="govuk-inset-text">
          No email or text message service is set up (GOV.UK Notify or SMTP), so messages are kept here and not sent to anyone.
        </div>
      )}
      <Select id="status" label="Show" value={status} onChange={setStatus} options={FILTERS} />
      {loading && !data ? (
        <Loading what="Loading notifications" />
      ) : error ? (
        <ErrorPage message={apiError(error).message} />
      ) : (
        <Table caption={`${rows.length} notifications`} columns={columns} rows={rows} rowKey={(r) => r.id} empty="No notifications yet." />
      )}
    </>
  );
}

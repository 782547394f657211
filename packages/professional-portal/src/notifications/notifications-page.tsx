import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Table, Tag, type Column } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { NotificationOutboxDocument, type NotificationOutboxQuery, type NotificationStatus } from '../gql/graphql';
import { say } from '../i18n/i18n';

type Row = NotificationOutboxQuery['notificationOutbox']['notifications'][number];

const EVENT_LABELS: Record<Row['event'], string> = {
  UNSAFE: say('notifications.notificationsPage.aChildFeelsUnsafe'),
  UNSAFE_ESCALATION: say('notifications.notificationsPage.unsafeAlertNotAcknowledged'),
  NOT_HAPPY: say('notifications.notificationsPage.iMNotHappy'),
  VIEW_SHARED: say('notifications.notificationsPage.viewsShared'),
  DAILY_DIGEST: say('notifications.notificationsPage.dailyDigest'),
  AUTHENTICATOR_RESET: say('notifications.notificationsPage.authenticatorAppReset'),
};

const VIA_LABELS: Record<NonNullable<Row['via']>, string> = { NOTIFY: say('notifications.notificationsPage.govUkNotify'), SMTP: say('notifications.notificationsPage.emailServerSmtp'), OUTBOX: say('notifications.notificationsPage.outboxOnly') };

function StatusTag({ row }: { row: Row }) {
  if (row.status === 'SENT') return <Tag colour="green">{say('notifications.notificationsPage.sent')}</Tag>;
  if (row.status === 'FAILED') return <Tag colour="red">{say('notifications.notificationsPage.failed')}</Tag>;
  if (row.status === 'WAITING_FOR_DIGEST') return <Tag colour="blue">{say('notifications.notificationsPage.waitingForDigest')}</Tag>;
  return row.attempts > 0 ? <Tag colour="orange">{say('notifications.notificationsPage.retrying')}</Tag> : <Tag colour="grey">{say('notifications.notificationsPage.queued')}</Tag>;
}

const FILTERS = [
  { value: '', label: say('notifications.notificationsPage.allNotifications') },
  { value: 'QUEUED', label: say('notifications.notificationsPage.queuedOrRetrying') },
  { value: 'FAILED', label: say('notifications.notificationsPage.failed') },
  { value: 'SENT', label: say('notifications.notificationsPage.sent') },
  { value: 'WAITING_FOR_DIGEST', label: say('notifications.notificationsPage.waitingForTheDaily') },
];

/** Administrator: every email and text message the council's service has queued, sent or failed to send, and why. */
export function NotificationsPage() {
  const [status, setStatus] = useState('');
  const { data, loading, error } = useQuery(NotificationOutboxDocument, {
    variables: { status: (status || null) as NotificationStatus | null },
    fetchPolicy: 'network-only',
    pollInterval: 15_000,
  });
  usePageTitle(say('notifications.notificationsPage.notifications'));
  const rows = data?.notificationOutbox.notifications ?? [];

  const columns: Column<Row>[] = [
    { key: 'queuedAt', header: say('notifications.notificationsPage.queued'), cell: (r) => formatDayAndTime(r.queuedAt) },
    { key: 'event', header: say('notifications.notificationsPage.about'), cell: (r) => `${EVENT_LABELS[r.event]}${r.caseReference ? say('notifications.notificationsPage.case', { caseReference: r.caseReference }) : ''}` },
    { key: 'to', header: say('notifications.notificationsPage.to'), cell: (r) => <>{r.recipientName}<br /><span className="govuk-hint govuk-!-margin-0">{r.channel === 'SMS' ? say('notifications.notificationsPage.text') : say('notifications.notificationsPage.email')}: {r.address ?? say('notifications.notificationsPage.none')}</span></> },
    { key: 'status', header: say('notifications.notificationsPage.status'), cell: (r) => <StatusTag row={r} /> },
    {
      key: 'detail',
      header: say('notifications.notificationsPage.detail'),
      cell: (r) =>
        r.failureReason ?? (r.sentAt ? `${r.via ? VIA_LABELS[r.via] : say('notifications.notificationsPage.sent')}, ${formatDayAndTime(r.sentAt)}` : r.status === 'WAITING_FOR_DIGEST' ? say('notifications.notificationsPage.goesInTheNext') : say('notifications.notificationsPage.waitingToBeSent')),
    },
  ];

  return (
    <>
      <h1 className="govuk-heading-l">{say('notifications.notificationsPage.notifications')}</h1>
      <p className="govuk-body">
        {say('notifications.notificationsPage.emailsAndTextMessages')}
      </p>
      {data?.notificationOutbox.deliveredBy === 'OUTBOX' && (
        <div className="govuk-inset-text">
          {say('notifications.notificationsPage.noEmailOrText')}
        </div>
      )}
      <Select id="status" label={say('notifications.notificationsPage.show')} value={status} onChange={setStatus} options={FILTERS} />
      {loading && !data ? (
        <Loading what={say('notifications.notificationsPage.loadingNotifications')} />
      ) : error ? (
        <ErrorPage message={apiError(error).message} />
      ) : (
        <Table caption={say('notifications.notificationsPage.notifications2', { length: rows.length })} columns={columns} rows={rows} rowKey={(r) => r.id} empty={say('notifications.notificationsPage.noNotificationsYet')} />
      )}
    </>
  );
}

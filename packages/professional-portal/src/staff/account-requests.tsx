import { ROLE_LABELS } from '@forever-planning/shared';
import { Table, Tag, type Column } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import type { StaffAccountRequestFieldsFragment, StaffAccountRequestStatus } from '../gql/graphql';
import { say } from '../i18n/i18n';

export type AccountRequest = StaffAccountRequestFieldsFragment;

const STATUS: Record<StaffAccountRequestStatus, { text: string; colour: 'yellow' | 'green' | 'red' }> = {
  PENDING: { text: say('staff.accountRequests.waitingForAHead'), colour: 'yellow' },
  APPROVED: { text: say('staff.accountRequests.approvedTheAccountCan'), colour: 'green' },
  REFUSED: { text: say('staff.accountRequests.refusedNoAccountWas'), colour: 'red' },
};

export function RequestStatus({ request }: { request: AccountRequest }) {
  const { text, colour } = STATUS[request.status];
  return (
    <>
      <Tag colour={colour}>{text}</Tag>
      {request.decidedByName && request.decidedAt && (
        <span className="govuk-body-s fp-cell-text">
          {' '}{say('staff.accountRequests.by', { decidedByName: request.decidedByName, decidedAt: formatDayAndTime(request.decidedAt) })}
        </span>
      )}
      {request.refusalReason && <span className="govuk-body-s fp-cell-text">{' '}{say('staff.accountRequests.reason', { refusalReason: request.refusalReason })}</span>}
    </>
  );
}

/** The council's account requests, with who asked, for what, and where each one stands. */
export function AccountRequestsTable({ requests, caption, action }: { requests: AccountRequest[]; caption: string; action?: Column<AccountRequest> }) {
  const columns: Column<AccountRequest>[] = [
    { key: 'name', header: say('staff.accountRequests.name'), cell: (r) => `${r.firstName} ${r.lastName}` },
    { key: 'username', header: say('staff.accountRequests.username'), cell: (r) => r.username },
    { key: 'role', header: say('staff.accountRequests.role'), cell: (r) => `${ROLE_LABELS[r.role]}${r.teamName ? `, ${r.teamName}` : ''}` },
    { key: 'asked', header: say('staff.accountRequests.askedForBy'), cell: (r) => `${r.requestedByName}, ${formatDayAndTime(r.requestedAt)}` },
    { key: 'status', header: say('staff.accountRequests.status'), cell: (r) => <RequestStatus request={r} /> },
    ...(action ? [action] : []),
  ];
  return <Table caption={caption} columns={columns} rows={requests} rowKey={(r) => r.id} empty={say('staff.accountRequests.thereAreNoAccount')} />;
}

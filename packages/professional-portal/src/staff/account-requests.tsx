import { ROLE_LABELS } from '@forever-planning/shared';
import { Table, Tag, type Column } from '@forever-planning/ui';
import { formatDayAndTime } from '../common/dates';
import type { StaffAccountRequestFieldsFragment, StaffAccountRequestStatus } from '../gql/graphql';

export type AccountRequest = StaffAccountRequestFieldsFragment;

const STATUS: Record<StaffAccountRequestStatus, { text: string; colour: 'yellow' | 'green' | 'red' }> = {
  PENDING: { text: 'Waiting for a head of service', colour: 'yellow' },
  APPROVED: { text: 'Approved: the account can sign in', colour: 'green' },
  REFUSED: { text: 'Refused: no account was made', colour: 'red' },
};

export function RequestStatus({ request }: { request: AccountRequest }) {
  const { text, colour } = STATUS[request.status];
  return (
    <>
      <Tag colour={colour}>{text}</Tag>
      {request.decidedByName && request.decidedAt && (
        <span className="govuk-body-s fp-cell-text">
          {' '}
          by {request.decidedByName}, {formatDayAndTime(request.decidedAt)}
        </span>
      )}
      {request.refusalReason && <span className="govuk-body-s fp-cell-text"> Reason: {request.refusalReason}</span>}
    </>
  );
}

/** The council's account requests, with who asked, for what, and where each one stands. */
export function AccountRequestsTable({ requests, caption, action }: { requests: AccountRequest[]; caption: string; action?: Column<AccountRequest> }) {
  const columns: Column<AccountRequest>[] = [
    { key: 'name', header: 'Name', cell: (r) => `${r.firstName} ${r.lastName}` },
    { key: 'username', header: 'Username', cell: (r) => r.username },
    { key: 'role', header: 'Role', cell: (r) => `${ROLE_LABELS[r.role]}${r.teamName ? `, ${r.teamName}` : ''}` },
    { key: 'asked', header: 'Asked for by', cell: (r) => `${r.requestedByName}, ${formatDayAndTime(r.requestedAt)}` },
    { key: 'status', header: 'Status', cell: (r) => <RequestStatus request={r} /> },
    ...(action ? [action] : []),
  ];
  return <Table caption={caption} columns={columns} rows={requests} rowKey={(r) => r.id} empty="There are no account requests." />;
}

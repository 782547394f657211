import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, ErrorSummary, NotificationBanner, Textarea, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ApproveStaffAccountRequestDocument, RefuseStaffAccountRequestDocument, StaffAccountRequestsDocument } from '../gql/graphql';
import { AccountRequestsTable, type AccountRequest } from './account-requests';

/** One waiting request: approve it, or refuse it with a reason. */
function Decide({ request, onDone, onError }: { request: AccountRequest; onDone: (message: string) => void; onError: (e: ErrorSummaryItem) => void }) {
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [approve, approving] = useMutation(ApproveStaffAccountRequestDocument);
  const [refuse, refusingNow] = useMutation(RefuseStaffAccountRequestDocument);
  const name = `${request.firstName} ${request.lastName}`;
  const reasonId = `reason-${request.id}`;
  const run = async (work: () => Promise<unknown>, message: string) => {
    try {
      await work();
      onDone(message);
    } catch (error) {
      onError({ message: apiError(error).message, fieldId: refusing ? reasonId : undefined });
    }
  };
  if (refusing) {
    return (
      <>
        <Textarea id={reasonId} label={`Why are you refusing the account for ${name}?`} value={reason} onChange={setReason} rows={2} />
        <ButtonGroup>
          <Button
            variant="warning"
            disabled={refusingNow.loading}
            onClick={() =>
              reason.trim()
                ? run(() => refuse({ variables: { input: { id: request.id, expectedVersion: request.version, reason: reason.trim() } } }), `You refused the account for ${name}.`)
                : onError({ message: 'Say why you are refusing this account', fieldId: reasonId })
            }
          >
            Refuse the account
          </Button>
          <Button variant="secondary" onClick={() => setRefusing(false)}>
            Cancel
          </Button>
        </ButtonGroup>
      </>
    );
  }
  return (
    <ButtonGroup>
      <Button
        disabled={approving.loading}
        onClick={() => run(() => approve({ variables: { input: { id: request.id, expectedVersion: request.version } } }), `You approved the account for ${name}. They can now sign in.`)}
        aria-label={`Approve the account for ${name}`}
      >
        Approve
      </Button>
      <Button variant="secondary" onClick={() => setRefusing(true)} aria-label={`Refuse the account for ${name}`}>
        Refuse
      </Button>
    </ButtonGroup>
  );
}

/** The head of service decides the administrator's account requests: the second person. */
export function AccountRequestsPage() {
  usePageTitle('Account requests');
  const { data, loading, error, refetch } = useQuery(StaffAccountRequestsDocument, { fetchPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  if (error) return <ErrorPage message={apiError(error).message} />;
  if (loading && !data) return <Loading what="Loading the account requests" />;
  const requests = data?.staffAccountRequests ?? [];
  const waiting = requests.filter((r) => r.status === 'PENDING');
  return (
    <>
      {done && (
        <NotificationBanner type="success" title="Success" heading={done}>
          <p className="govuk-body">The administrator sees your decision on their staff accounts page.</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} focusKey={errors} />
      <h1 className="govuk-heading-l">Account requests</h1>
      <p className="govuk-body">
        The administrator asks for accounts; you decide. Approve only people who should have this role: most roles see children’s records.
      </p>
      <AccountRequestsTable
        caption={waiting.length === 1 ? '1 request waiting' : `${waiting.length} requests waiting`}
        requests={waiting}
        action={{
          key: 'decide',
          header: 'Decision',
          cell: (r) => (
            <Decide
              request={r}
              onDone={(message) => {
                setErrors([]);
                setDone(message);
                void refetch();
              }}
              onError={(e) => {
                setDone(null);
                setErrors([e]);
              }}
            />
          ),
        }}
      />
      <AccountRequestsTable caption="Decided" requests={requests.filter((r) => r.status !== 'PENDING')} />
    </>
  );
}

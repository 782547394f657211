import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ButtonGroup, ErrorSummary, NotificationBanner, Textarea, type ErrorSummaryItem } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ErrorPage, Loading } from '../common/page-states';
import { usePageTitle } from '../common/use-page-title';
import { ApproveStaffAccountRequestDocument, RefuseStaffAccountRequestDocument, StaffAccountRequestsDocument } from '../gql/graphql';
import { AccountRequestsTable, type AccountRequest } from './account-requests';
import { say } from '../i18n/i18n';

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
        <Textarea id={reasonId} label={say('staff.accountRequestsPage.whyAreYouRefusing', { name })} value={reason} onChange={setReason} rows={2} />
        <ButtonGroup>
          <Button
            variant="warning"
            disabled={refusingNow.loading}
            onClick={() =>
              reason.trim()
                ? run(() => refuse({ variables: { input: { id: request.id, expectedVersion: request.version, reason: reason.trim() } } }), say('staff.accountRequestsPage.youRefusedTheAccount', { name }))
                : onError({ message: say('staff.accountRequestsPage.sayWhyYouAre'), fieldId: reasonId })
            }
          >
            {say('staff.accountRequestsPage.refuseTheAccount')}
          </Button>
          <Button variant="secondary" onClick={() => setRefusing(false)}>
            {say('staff.accountRequestsPage.cancel')}
          </Button>
        </ButtonGroup>
      </>
    );
  }
  return (
    <ButtonGroup>
      <Button
        disabled={approving.loading}
        onClick={() => run(() => approve({ variables: { input: { id: request.id, expectedVersion: request.version } } }), say('staff.accountRequestsPage.youApprovedTheAccount', { name }))}
        aria-label={say('staff.accountRequestsPage.approveTheAccountFor', { name })}
      >
        {say('staff.accountRequestsPage.approve')}
      </Button>
      <Button variant="secondary" onClick={() => setRefusing(true)} aria-label={say('staff.accountRequestsPage.refuseTheAccountFor', { name })}>
        {say('staff.accountRequestsPage.refuse')}
      </Button>
    </ButtonGroup>
  );
}

/** The head of service decides the administrator's account requests: the second person. */
export function AccountRequestsPage() {
  usePageTitle(say('staff.accountRequestsPage.accountRequests'));
  const { data, loading, error, refetch } = useQuery(StaffAccountRequestsDocument, { fetchPolicy: 'network-only' });
  const [done, setDone] = useState<string | null>(null);
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  if (error) return <ErrorPage message={apiError(error).message} />;
  if (loading && !data) return <Loading what={say('staff.accountRequestsPage.loadingTheAccountRequests')} />;
  const requests = data?.staffAccountRequests ?? [];
  const waiting = requests.filter((r) => r.status === 'PENDING');
  return (
    <>
      {done && (
        <NotificationBanner type="success" title={say('staff.accountRequestsPage.success')} heading={done}>
          <p className="govuk-body">{say('staff.accountRequestsPage.theAdministratorSeesYour')}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={errors} focusKey={errors} />
      <h1 className="govuk-heading-l">{say('staff.accountRequestsPage.accountRequests')}</h1>
      <p className="govuk-body">
        {say('staff.accountRequestsPage.theAdministratorAsksFor')}
      </p>
      <AccountRequestsTable
        caption={say('staff.accountRequestsPage.requestsWaiting', { count: waiting.length })}
        requests={waiting}
        action={{
          key: 'decide',
          header: say('staff.accountRequestsPage.decision'),
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
      <AccountRequestsTable caption={say('staff.accountRequestsPage.decided')} requests={requests.filter((r) => r.status !== 'PENDING')} />
    </>
  );
}

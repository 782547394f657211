import { useQuery } from '@apollo/client/react';
import { ErrorSummary } from '@forever-planning/ui';
import { apiError } from '../common/graphql-errors';
import { ChildMessagesDocument, ChildMessagesNeedingAttentionDocument } from '../gql/graphql';
import { ChildMessageCard } from './child-message-card';
import { usePollInterval } from './live-updates';
import { say } from '../i18n/i18n';

/**
 * Above the caseload and the drift list, whatever their sort: every "I feel
 * unsafe" alert not yet closed, pinned first, then messages not yet answered.
 * New ones arrive live (or by polling when the live stream is down).
 */
export function MessagesNeedingAttention() {
  const pollInterval = usePollInterval();
  const { data, error } = useQuery(ChildMessagesNeedingAttentionDocument, { pollInterval });
  const messages = data?.childMessagesNeedingAttention ?? [];
  const unsafe = messages.filter((m) => m.kind === 'UNSAFE');
  const others = messages.filter((m) => m.kind !== 'UNSAFE');
  return (
    <section aria-labelledby="needs-attention-title" className="fp-needs-attention" id="needs-attention">
      <h2 className="govuk-heading-m" id="needs-attention-title">
        {say('alerts.childMessagesPanels.childrenSMessagesWaiting')}
      </h2>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {data && messages.length === 0 && <p className="govuk-body">{say('alerts.childMessagesPanels.noChildIsWaiting')}</p>}
      {unsafe.length > 0 && (
        <div className="fp-pinned" aria-label={say('alerts.childMessagesPanels.unsafeAlerts')} role="region">
          <p className="govuk-body govuk-!-font-weight-bold">
            {say('alerts.childMessagesPanels.unsafe', { count: unsafe.length })}
          </p>
          {unsafe.map((m) => (
            <ChildMessageCard key={m.id} message={m} child={m.child} />
          ))}
        </div>
      )}
      {others.map((m) => (
        <ChildMessageCard key={m.id} message={m} child={m.child} />
      ))}
    </section>
  );
}

/** Every message from this child that reached the reader, newest first, on the child's record page. */
export function ChildMessagesSection({ childId }: { childId: string }) {
  const pollInterval = usePollInterval();
  const { data, error } = useQuery(ChildMessagesDocument, { variables: { id: childId }, pollInterval });
  const messages = data?.child?.messages ?? [];
  const open = (m: (typeof messages)[number]) => (m.kind === 'UNSAFE' ? !m.closedAt : !m.repliedAt);
  // Open unsafe alerts first, then anything still waiting, then the rest (newest first within each).
  const ordered = [...messages].sort((a, b) => rank(a) - rank(b) || b.sentAt.localeCompare(a.sentAt));
  function rank(m: (typeof messages)[number]) {
    return m.kind === 'UNSAFE' && open(m) ? 0 : open(m) ? 1 : 2;
  }
  return (
    <section aria-labelledby="messages-title" id="messages" className="fp-child-messages">
      <h2 className="govuk-heading-m" id="messages-title">
        {say('alerts.childMessagesPanels.messagesFrom')}{' '}{data?.child?.displayName ?? say('alerts.childMessagesPanels.theChild')}
      </h2>
      {error && <ErrorSummary errors={[{ message: apiError(error).message }]} />}
      {data && messages.length === 0 && <p className="govuk-body">{say('alerts.childMessagesPanels.noMessagesHaveReached')}</p>}
      {ordered.map((m) => (
        <ChildMessageCard key={m.id} message={m} />
      ))}
    </section>
  );
}

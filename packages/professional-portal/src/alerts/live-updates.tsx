import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { say } from '../i18n/i18n';

/** The queries a child's message changes: asked again when the server says one arrived or was answered. */
const REFRESHED_BY_MESSAGES = ['ChildMessagesNeedingAttention', 'ChildMessages', 'DriftList', say('alerts.liveUpdates.caseload'), 'ChildAlerts'];

/** Without a live stream (blocked by a proxy, or reconnecting), pages ask every few seconds instead. */
export const FALLBACK_POLL_MS = 10_000;

interface LiveState {
  /** True while the server's event stream is open: no polling needed. */
  connected: boolean;
  /** A short, polite announcement of the latest change, for screen readers. */
  announcement: string;
}

const LiveContext = createContext<LiveState>({ connected: false, announcement: '' });

export const useLiveUpdates = () => useContext(LiveContext);

/** How often a page showing children's messages should poll: never while live, every few seconds otherwise. */
export const usePollInterval = () => (useLiveUpdates().connected ? 0 : FALLBACK_POLL_MS);

const ANNOUNCEMENTS: Record<string, Record<string, string>> = {
  UNSAFE: { SENT: say('alerts.liveUpdates.aChildHasSaid'), ACKNOWLEDGED: say('alerts.liveUpdates.anUnsafeAlertWas'), CLOSED: say('alerts.liveUpdates.anUnsafeAlertWas2') },
  NOT_HAPPY: { SENT: say('alerts.liveUpdates.aChildHasSent'), ACKNOWLEDGED: say('alerts.liveUpdates.aMessageWasMarked'), REPLIED: say('alerts.liveUpdates.aMessageWasReplied') },
};

/**
 * Server-sent events from /events (the session cookie signs the stream in;
 * the server sends each event only to staff who may see that child). An
 * event carries ids only: the page asks the API again for what changed.
 */
export function LiveUpdatesProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<LiveState>({ connected: false, announcement: '' });
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/events');
    source.addEventListener('ready', () => setState((s) => ({ ...s, connected: true })));
    source.addEventListener('child-message', (e) => {
      const { kind, change } = JSON.parse((e as MessageEvent<string>).data) as { kind: string; change: string };
      setState({ connected: true, announcement: ANNOUNCEMENTS[kind]?.[change] ?? say('alerts.liveUpdates.aChildSMessage') });
      void client.refetchQueries({ include: REFRESHED_BY_MESSAGES });
    });
    // EventSource reconnects by itself; meanwhile pages poll. A refused stream (signed out) stays closed.
    source.onerror = () => setState((s) => ({ ...s, connected: false }));
    return () => source.close();
  }, [enabled, client]);
  return (
    <LiveContext.Provider value={state}>
      {children}
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {state.announcement}
      </div>
    </LiveContext.Provider>
  );
}

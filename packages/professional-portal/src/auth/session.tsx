import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { MeDocument, SignOutDocument, type SignedInPersonFragment } from '../gql/graphql';
import type { SessionEvents } from './session-events';

export type EndReason = 'timeout' | 'signed-out';

export interface Session {
  me: SignedInPersonFragment | null;
  loading: boolean;
  /** Set when the session has ended in this tab: the layout shows the signed-out page. */
  ended: EndReason | null;
  /** Ask the server again (also restarts its idle timer): "stay signed in". */
  refresh(): Promise<SignedInPersonFragment | null>;
  signOut(): Promise<void>;
  /** After a sign-in: the new person, with nothing cached from anyone before. */
  signedIn(me: SignedInPersonFragment): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in person, for screens behind the sign-in. */
export function useMe(): SignedInPersonFragment {
  const { me } = useSession();
  if (!me) throw new Error('useMe on a screen that does not require sign-in');
  return me;
}

// After work, learn the session's new expiry from the server, at most this often.
const ACTIVITY_RECHECK_MS = 5_000;

export function SessionProvider({ events, children }: { events: SessionEvents; children: ReactNode }) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [signOutMutation] = useMutation(SignOutDocument);
  const [ended, setEnded] = useState<EndReason | null>(null);
  // Held in state, not read from the cache, so a sign-in and the navigation after it land in the same render.
  const [me, setMe] = useState<SignedInPersonFragment | null | undefined>(undefined);
  useEffect(() => {
    if (data) setMe(data.me ?? null);
    else if (error) setMe(null); // The API is unreachable: show the sign-in page, which reports it.
  }, [data, error]);
  const meRef = useRef(me);
  meRef.current = me;

  const endSession = useCallback(
    async (reason: EndReason) => {
      setEnded(reason);
      setMe(null);
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
    },
    [client],
  );

  const refresh = useCallback(async () => {
    const result = await refetch();
    const next = result.data?.me ?? null;
    if (!next && meRef.current) await endSession('timeout');
    else setMe(next);
    return next;
  }, [refetch, endSession]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offActivity = events.onActivity(() => {
      if (timer || !meRef.current) return;
      timer = setTimeout(() => {
        timer = undefined;
        void refetch();
      }, ACTIVITY_RECHECK_MS);
    });
    const offEnded = events.onEnded(() => {
      if (meRef.current) void endSession('timeout');
    });
    return () => {
      offActivity();
      offEnded();
      if (timer) clearTimeout(timer);
    };
  }, [events, refetch, endSession]);

  const value = useMemo<Session>(
    () => ({
      me: me ?? null,
      loading: me === undefined,
      ended,
      refresh,
      async signOut() {
        try {
          await signOutMutation();
        } finally {
          setMe(null);
          await client.clearStore();
          client.writeQuery({ query: MeDocument, data: { me: null } });
          setEnded(null);
        }
      },
      async signedIn(next) {
        await client.clearStore();
        client.writeQuery({ query: MeDocument, data: { me: next } });
        setEnded(null);
        setMe(next);
      },
    }),
    [me, ended, refresh, signOutMutation, client],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

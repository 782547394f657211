import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { YoungPersonMeDocument, YoungPersonSignOutDocument, type YoungPersonMeFragment } from '../gql/graphql';
import type { SessionSignals } from './apollo';
import { forgetOnThisDevice } from './forget-device';

type Listener = () => void;

/** Sign-in and the session check are not work that keeps a session alive. */
const SESSION_OPERATIONS = ['YoungPersonMe', 'YoungPersonSignIn', 'YoungPersonSignOut', 'RedeemInvitation'];

/** The bridge from the Apollo link (outside React) to the session provider. */
export class SessionEvents {
  private activity = new Set<Listener>();
  private ended = new Set<Listener>();
  on(kind: 'activity' | 'ended', listener: Listener): () => void {
    const set = kind === 'activity' ? this.activity : this.ended;
    set.add(listener);
    return () => set.delete(listener);
  }
  readonly signals: SessionSignals = {
    onActivity: (name) => {
      if (!name || !SESSION_OPERATIONS.includes(name)) this.activity.forEach((l) => l());
    },
    onEnded: (name) => {
      if (name !== 'YoungPersonSignIn' && name !== 'RedeemInvitation') this.ended.forEach((l) => l());
    },
  };
}

export interface Session {
  me: YoungPersonMeFragment | null;
  loading: boolean;
  /** The session ran out in this tab: the layout shows a kind message and the way back. */
  timedOut: boolean;
  signedIn(me: YoungPersonMeFragment): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in young person, on pages behind the sign-in. */
export function useMe(): YoungPersonMeFragment {
  const { me } = useSession();
  if (!me) throw new Error('useMe on a page that does not need sign-in');
  return me;
}

// After work, ask the server for the session's new end time, at most this often.
const RECHECK_MS = 5_000;

export function SessionProvider({ events, children }: { events: SessionEvents; children: ReactNode }) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(YoungPersonMeDocument, { fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const [signOutMutation] = useMutation(YoungPersonSignOutDocument);
  const [me, setMe] = useState<YoungPersonMeFragment | null | undefined>(undefined);
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (data) setMe(data.me ?? null);
    else if (error) setMe(null);
  }, [data, error]);
  const meRef = useRef(me);
  meRef.current = me;

  const forget = useCallback(async () => {
    setMe(null);
    await forgetOnThisDevice();
    await client.clearStore();
    client.writeQuery({ query: YoungPersonMeDocument, data: { me: null } });
  }, [client]);

  const check = useCallback(async () => {
    const result = await refetch();
    const next = result.data?.me ?? null;
    if (!next && meRef.current) {
      setTimedOut(true);
      await forget();
    } else setMe(next);
  }, [refetch, forget]);

  // At the session's end time, ask the server: work in another tab may have kept it alive.
  const expiresAt = me ? Date.parse(me.sessionExpiresAt) : null;
  useEffect(() => {
    if (expiresAt === null) return;
    const timer = setTimeout(() => void check(), Math.max(0, expiresAt - Date.now()) + 1_000);
    return () => clearTimeout(timer);
  }, [expiresAt, check]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offActivity = events.on('activity', () => {
      if (timer || !meRef.current) return;
      timer = setTimeout(() => {
        timer = undefined;
        void refetch();
      }, RECHECK_MS);
    });
    const offEnded = events.on('ended', () => {
      if (!meRef.current) return;
      setTimedOut(true);
      void forget();
    });
    return () => {
      offActivity();
      offEnded();
      if (timer) clearTimeout(timer);
    };
  }, [events, refetch, forget]);

  const value = useMemo<Session>(
    () => ({
      me: me ?? null,
      loading: me === undefined,
      timedOut,
      async signedIn(next) {
        await client.clearStore();
        client.writeQuery({ query: YoungPersonMeDocument, data: { me: next } });
        setTimedOut(false);
        setMe(next);
      },
      async signOut() {
        try {
          await signOutMutation();
        } finally {
          setTimedOut(false);
          await forget();
        }
      },
    }),
    [me, timedOut, client, signOutMutation, forget],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

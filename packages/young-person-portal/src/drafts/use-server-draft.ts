import { useCallback, useEffect, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { DeleteMyDraftDocument, MyDraftDocument, SaveMyDraftDocument } from '../gql/graphql';

/** How long typing must pause before the words go to the server. */
export const DRAFT_SAVE_MS = 800;

const isConflict = (error: unknown) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT');

/**
 * What the child is writing, kept on the server (never on the device: a phone
 * may be shared). `start` is the kept value once loaded (null when there is
 * none); `keep` saves a moment after typing stops; `discard` throws it away.
 */
export function useServerDraft<V>(name: string) {
  const client = useApolloClient();
  const { data, error } = useQuery(MyDraftDocument, { variables: { name }, fetchPolicy: 'network-only' });
  const version = useRef<number | null>(null);
  const pending = useRef<V | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const gone = useRef(false);

  useEffect(() => {
    if (data) version.current = data.myDraft?.version ?? null;
  }, [data]);

  const saveNow = useCallback(
    (value: V) => {
      const content = JSON.stringify(value);
      const attempt = (expectedVersion: number | null) =>
        client.mutate({ mutation: SaveMyDraftDocument, variables: { input: { name, content, expectedVersion } } }).then((r) => {
          version.current = r.data?.saveMyDraft.version ?? version.current;
        });
      chain.current = chain.current.then(async () => {
        if (gone.current) return;
        try {
          await attempt(version.current);
        } catch (e) {
          if (!isConflict(e)) return; // Offline or refused: the next keystroke tries again.
          // Changed in another tab: this tab's words are the newest, so they win.
          const now = await client.query({ query: MyDraftDocument, variables: { name }, fetchPolicy: 'network-only' });
          await attempt(now.data?.myDraft?.version ?? null).catch(() => undefined);
        }
      });
      return chain.current;
    },
    [client, name],
  );

  const keep = useCallback(
    (value: V) => {
      pending.current = value;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        pending.current = undefined;
        void saveNow(value);
      }, DRAFT_SAVE_MS);
    },
    [saveNow],
  );

  /** Saves what is waiting now (e.g. before leaving the page). */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (pending.current !== undefined) {
      const value = pending.current;
      pending.current = undefined;
      await saveNow(value);
    }
    await chain.current;
  }, [saveNow]);

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    pending.current = undefined;
    await chain.current;
    gone.current = true;
    await client.mutate({ mutation: DeleteMyDraftDocument, variables: { name } }).catch(() => undefined);
  }, [client, name]);

  // Leaving the page saves what was typed in its last moment.
  useEffect(() => () => void flush(), [flush]);

  const start: { value: V | null } | undefined = data ? { value: parse<V>(data.myDraft?.content) } : undefined;
  return { start, error, keep, flush, discard };
}

function parse<V>(content: string | undefined): V | null {
  if (!content) return null;
  try {
    return JSON.parse(content) as V;
  } catch {
    return null;
  }
}

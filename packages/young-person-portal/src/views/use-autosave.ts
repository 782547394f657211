import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** How long typing must pause before the server copy is saved. */
export const AUTOSAVE_MS = 1_000;

/**
 * Saves values to the server a moment after they stop changing, one save at a
 * time (the next waits for the last, so versions follow each other), and lets
 * a caller flush before sending. `save` returns false when there is nothing to save.
 */
export function useAutosave<V>(values: V, dirty: boolean, save: (values: V) => Promise<boolean>) {
  const [state, setState] = useState<SaveState>('idle');
  const latest = useRef(values);
  latest.current = values;
  const saveRef = useRef(save);
  saveRef.current = save;
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const run = useCallback((): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const go = async () => {
      do {
        again.current = false;
        setState('saving');
        try {
          setState((await saveRef.current(latest.current)) ? 'saved' : 'idle');
        } catch {
          setState('failed');
          return;
        }
      } while (again.current);
    };
    running.current = go().finally(() => {
      running.current = null;
    });
    return running.current;
  }, []);

  useEffect(() => {
    if (!dirty) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), AUTOSAVE_MS);
    return () => clearTimeout(timer.current);
  }, [values, dirty, run]);

  /** Save now, and wait for every save to finish. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    await run();
    while (running.current) await running.current;
  }, [run]);

  return { state, flush };
}

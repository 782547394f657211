import { useEffect, useState } from 'react';
import { clearDraft, readDraft, writeDraft, type Draft } from './draft-store';

/** What a draft keeps: my values and the record they started from, so they can go on top of a newer one. */
export interface FormDraft<V> {
  mine: V;
  base: V;
}

/** The draft this user left in this form, read once when the form opens (null when none or nothing changed). */
export function useRestoredDraft<V>(userId: string, key: string, base: V): Draft<FormDraft<V>> | null {
  const [restored] = useState(() => {
    const draft = readDraft<FormDraft<V>>(userId, key);
    return draft && JSON.stringify(draft.values.mine) !== JSON.stringify(base) ? draft : null;
  });
  return restored;
}

/** Keeps a form's unsaved values on this device as they change; forgets them once the form is clean. */
export function useAutosave<V>(userId: string, key: string, values: V, base: V, dirty: boolean, version?: number): void {
  useEffect(() => {
    if (dirty) writeDraft<FormDraft<V>>(userId, key, { mine: values, base }, version);
    else clearDraft(userId, key);
  }, [userId, key, values, base, dirty, version]);
}

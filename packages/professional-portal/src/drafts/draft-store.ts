/**
 * Unsaved form drafts in local storage, keyed by the signed-in user and the
 * form, so a timeout or a closed tab loses nothing and nobody else sees them.
 */
export interface Draft<V> {
  values: V;
  /** The record version the draft was based on, to spot changes made since. */
  baseVersion?: number;
  savedAt: string;
}

const key = (userId: string, formKey: string) => `fp:draft:${userId}:${formKey}`;

export function readDraft<V>(userId: string, formKey: string): Draft<V> | null {
  try {
    const raw = localStorage.getItem(key(userId, formKey));
    return raw ? (JSON.parse(raw) as Draft<V>) : null;
  } catch {
    return null;
  }
}

export function writeDraft<V>(userId: string, formKey: string, values: V, baseVersion?: number): void {
  try {
    localStorage.setItem(key(userId, formKey), JSON.stringify({ values, baseVersion, savedAt: new Date().toISOString() } satisfies Draft<V>));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function clearDraft(userId: string, formKey: string): void {
  try {
    localStorage.removeItem(key(userId, formKey));
  } catch {
    // As above.
  }
}

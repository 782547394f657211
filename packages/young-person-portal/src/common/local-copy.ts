/**
 * A copy of what the child is writing, in this browser's local storage, keyed
 * by the child and the form: kept when the session ends or the network drops,
 * and never shown to anyone else signed in on the same device.
 */
const key = (userId: string, name: string) => `fp:young:${userId}:${name}`;

export function readLocal<V>(userId: string, name: string): V | null {
  try {
    const raw = localStorage.getItem(key(userId, name));
    return raw ? (JSON.parse(raw) as V) : null;
  } catch {
    return null;
  }
}

export function writeLocal<V>(userId: string, name: string, value: V): boolean {
  try {
    localStorage.setItem(key(userId, name), JSON.stringify(value));
    return true;
  } catch {
    return false; // Storage full or switched off: the server copy is still saved.
  }
}

export function clearLocal(userId: string, name: string): void {
  try {
    localStorage.removeItem(key(userId, name));
  } catch {
    // As above.
  }
}

/** A key the server uses to make a retried create happen once. */
export const newClientKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `k${Date.now()}${Math.random().toString(36).slice(2)}`;

/**
 * A phone may be shared. On quick exit and sign-out this portal leaves nothing
 * of the child's behind in the browser: every store the site can write is
 * emptied (the Apollo cache is emptied by the caller, and dies with the page).
 * The site keeps nothing there on purpose (drafts live on the server); this
 * also clears anything a browser feature or a later change put there.
 */
export function forgetOnThisDevice(): Promise<void> {
  try {
    localStorage.clear();
  } catch {
    // Storage switched off: nothing is there.
  }
  try {
    sessionStorage.clear();
  } catch {
    // As above.
  }
  const waits: Promise<unknown>[] = [];
  if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function') {
    waits.push(
      indexedDB.databases().then((dbs) =>
        Promise.all(
          dbs.map(
            (db) =>
              new Promise<void>((resolve) => {
                if (!db.name) return resolve();
                const request = indexedDB.deleteDatabase(db.name);
                request.onsuccess = request.onerror = request.onblocked = () => resolve();
              }),
          ),
        ),
      ),
    );
  }
  if (typeof caches !== 'undefined') waits.push(caches.keys().then((keys) => Promise.all(keys.map((k) => caches.delete(k)))));
  return Promise.all(waits).then(
    () => undefined,
    () => undefined,
  );
}

/**
 * A library the API needs only for an occasional request (image encoding,
 * PDFs, spreadsheets, the common-password list), loaded on first use rather
 * than at start-up: together they were about 90 MB of every process's memory.
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

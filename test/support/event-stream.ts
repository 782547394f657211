/** One server-sent event as a browser's EventSource would hand it over. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

export interface OpenStream {
  status: number;
  events: StreamEvent[];
  /** Resolves with the first event (already received or still to come) that matches; rejects after `ms`. */
  waitFor(match: (e: StreamEvent) => boolean, ms: number): Promise<StreamEvent>;
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>;
  close(): void;
}

/** GET an event stream with a session cookie and parse it as it arrives (the SSE wire format, no library). */
export async function openEventStream(url: string, cookie: string | null): Promise<OpenStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) }, signal: abort.signal });
  const events: StreamEvent[] = [];
  const waiting = new Set<() => void>();
  let endedResolve: () => void = () => undefined;
  const ended = new Promise<void>((r) => (endedResolve = r));
  if (res.ok && res.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            const lines = block.split('\n').filter((l) => !l.startsWith(':'));
            const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
            const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
            if (!data) continue;
            events.push({ event, data: JSON.parse(data) });
            waiting.forEach((w) => w());
          }
        }
      } catch {
        // aborted by close()
      }
      endedResolve();
    })();
  } else {
    endedResolve();
  }
  return {
    status: res.status,
    events,
    ended,
    waitFor: (match, ms) =>
      new Promise<StreamEvent>((resolve, reject) => {
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`No matching event within ${ms} ms; got ${JSON.stringify(events)}`));
        }, ms);
        waiting.add(check);
        check();
      }),
    close: () => abort.abort(),
  };
}

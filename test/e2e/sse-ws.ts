// Real-HTTP subscription clients for tests: an SSE reader (fetch + text/event-stream) and a graphql-ws client.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscriber<T> {
  /** Resolves with the next event's data (rejects after `timeoutMs`). */
  next(timeoutMs?: number): Promise<T>;
  /** Resolves when the server completes the stream (SSE `event: complete`, graphql-ws `complete`). */
  completed: Promise<void>;
  close(): void;
}

/** A queue of received items with waiters, shared by both transports. */
function inbox<T>() {
  const items: T[] = [];
  const waiters: ((item: T) => void)[] = [];
  return {
    push(item: T) {
      const waiter = waiters.shift();
      if (waiter) waiter(item);
      else items.push(item);
    },
    next(timeoutMs: number): Promise<T> {
      const item = items.shift();
      if (item !== undefined) return Promise.resolve(item);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
  };
}

/** SSE, Yoga's default transport ("distinct connections" mode). */
export async function sseSubscribe<T>(
  url: string,
  query: string,
  variables?: object,
): Promise<Subscriber<T>> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE subscribe failed: ${response.status}`);
  const box = inbox<T>();
  let complete: () => void = () => {};
  const completed = new Promise<void>((resolve) => {
    complete = resolve;
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  void (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (frame.includes('event: next') && data) box.push(JSON.parse(data) as T);
          if (frame.startsWith('event: complete')) complete();
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return { next: (timeoutMs = 5000) => box.next(timeoutMs), completed, close: () => controller.abort() };
}

/** graphql-ws on the same port and path. */
export async function wsSubscribe<T>(
  httpUrl: string,
  query: string,
  variables?: object,
  connectionParams?: Record<string, unknown>,
): Promise<Subscriber<T>> {
  const url = httpUrl.replace(/^http/, 'ws');
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams,
  });
  const box = inbox<T>();
  let complete: () => void = () => {};
  const completed = new Promise<void>((resolve) => {
    complete = resolve;
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('error', reject);
  });
  const unsubscribe = client.subscribe<T>(
    { query, variables: variables as Record<string, unknown> },
    {
      next: (value) => box.push(value as T),
      error: (errors) => box.push({ errors } as T),
      complete: () => complete(),
    },
  );
  return {
    next: (timeoutMs = 5000) => box.next(timeoutMs),
    completed,
    close: () => {
      unsubscribe();
      void client.dispose();
    },
  };
}

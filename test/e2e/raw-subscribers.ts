// Subscribers that misbehave on purpose, over real sockets: an SSE client that reads nothing, a graphql-ws
// client whose socket is paused, and a reader that keeps only counts (so 5,000 large events cost it nothing).
import { request } from 'node:http';
import WebSocket from 'ws';

/** An SSE subscription whose response is never read until `resume`; then it collects everything. */
export function stalledSse(url: string, query: string, variables?: object) {
  let resumeIt: () => void = () => {};
  let req: ReturnType<typeof request> | undefined;
  const text = new Promise<string>((resolve, reject) => {
    req = request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' } },
      (res) => {
        res.pause();
        let body = '';
        resumeIt = () => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve(body));
          res.on('error', () => resolve(body));
          res.resume();
        };
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
  text.catch(() => {}); // closing early rejects it
  return { resume: () => resumeIt(), text, close: () => req?.destroy() };
}

/** A graphql-ws subscription on a socket that stops reading once subscribed; `resume` collects the rest. */
export async function stalledWs(httpUrl: string, query: string, variables?: object) {
  const ws = new WebSocket(httpUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const messages: { type: string; payload?: unknown }[] = [];
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'connection_ack') resolve();
      else messages.push(message);
    });
    ws.on('error', reject);
  });
  ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
  const socket = (ws as unknown as { _socket: import('node:net').Socket })._socket;
  socket.pause();
  return {
    resume: () => socket.resume(),
    messages,
    closed,
    close: () => ws.terminate(),
  };
}

/** An SSE reader that counts `next` frames and remembers what `pick` takes from each one's JSON text. */
export async function countingSse<T>(url: string, query: string, pick: (json: string) => T) {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE subscribe failed: ${response.status}`);
  const body = response.body;
  const picked: T[] = [];
  let largest = 0;
  const done = (async () => {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        buffer += value;
        for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          if (!frame.startsWith('event: next')) continue;
          const data = frame.slice(frame.indexOf('data: ') + 6);
          largest = Math.max(largest, data.length);
          picked.push(pick(data));
        }
      }
    } catch {
      // aborted
    }
  })();
  return { picked, largest: () => largest, done, close: () => controller.abort() };
}

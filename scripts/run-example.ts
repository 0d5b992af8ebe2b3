// Runs one example document through yoga.fetch on a fresh default fleet (shared by the README script and its test).
// A document with several named operations runs them in order on the same fleet, like a client script would; a
// subscription stays open (over SSE) while the operations after it run, and its result is the events it received.
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { createYogaServer } from '../server/yoga.ts';

export async function runExample(query: string): Promise<unknown> {
  const yoga = createYogaServer({ fleet: createDefaultFleet() });
  const run = async (operationName?: string) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName }),
    });
    return response.json();
  };
  const operations = parse(query).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (operations.length <= 1) return run();
  const results: Record<string, unknown> = {};
  const streams: { name: string; events: unknown[]; stop: () => void }[] = [];
  for (const operation of operations) {
    const name = operation.name?.value;
    if (!name) throw new Error('an example with several operations must name each one');
    if (operation.operation === 'subscription')
      streams.push({ name, ...(await subscribe(yoga, query, name)) });
    else results[name] = await run(name);
  }
  await new Promise((resolve) => setTimeout(resolve, 50)); // events are delivered after the mutations answer
  for (const { name, events, stop } of streams) {
    stop();
    results[name] = events;
  }
  return results;
}

/** Opens a subscription over SSE; its `next` payloads collect in `events` until `stop`. */
async function subscribe(yoga: ReturnType<typeof createYogaServer>, query: string, operationName: string) {
  const controller = new AbortController();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query, operationName }),
    signal: controller.signal,
  });
  const events: unknown[] = [];
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.+)$/m.exec(frame)?.[1];
          if (frame.startsWith('event: next') && data) events.push(JSON.parse(data));
        }
      }
    } catch {
      // stopped
    }
  })();
  return {
    events,
    // Cancel the body too: Yoga's SSE stream keeps a ping timer until its reader lets go.
    stop: () => {
      controller.abort();
      reader.cancel().catch(() => {});
    },
  };
}

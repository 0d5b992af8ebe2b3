// No subscriber can hurt the server: an SSE client that never reads and a graphql-ws client whose socket is
// paused are driven through 5,000 events of ~64 KB. The server keeps answering, its memory stays bounded, the
// stalled ones get SUBSCRIBER_TOO_SLOW and are disconnected, and a subscriber that reads gets every event.
// In test/timing: that suite runs after the others, one file at a time, so its latencies are the server's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { type Context, openContext } from '../../hw-model/iommufd/index.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer, type YogaServer } from '../../server/yoga.ts';
import { countingSse, stalledSse, stalledWs } from '../e2e/raw-subscribers.ts';

const EVENTS = 5000;
/** Offered at about 700 events/s: what the model's own mutations could emit, well within execution speed. */
const BATCH = 10;
const BATCH_MS = 15;
const HOST = 'spr-01';
/** The event's number rides in `pasid`; the config spaces of the host's devices make it large. */
const QUERY = `subscription { invalidations(filter: { hostName: "${HOST}" }) {
  pasid host { devices(first: 8) { edges { node { bdf configSpace } } } } } }`;

const fleet = createDefaultFleet();
let yoga: YogaServer;
let server: RunningServer;
let ctx: Context;

beforeAll(async () => {
  // Long enough a goodbye for the stalled clients to be resumed and read their final error.
  yoga = createYogaServer({ fleet, liveLimits: { goodbyeMs: 60_000 } });
  server = await listen(yoga, '127.0.0.1', 0);
  ctx = openContext(fleet.host(HOST)!);
  ctx.ioasAlloc();
});

afterAll(async () => {
  await server.close();
});

function emit(index: number) {
  const host = fleet.host(HOST)!;
  const target = ctx.objects()[0]!;
  host.events.emit({
    kind: 'invalidation',
    host,
    target: target as never,
    scope: 'ALL',
    range: null,
    pasid: index,
    virtId: null,
    device: null,
  });
}

/** `{__typename}` round trips over HTTP while `work` runs: the slowest one, in ms. */
async function slowestPingDuring(work: Promise<unknown>): Promise<number> {
  let running = true;
  void work.finally(() => {
    running = false;
  });
  let slowest = 0;
  while (running) {
    const start = performance.now();
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect((await response.json()).data.__typename).toBe('Query');
    slowest = Math.max(slowest, performance.now() - start);
    await new Promise((r) => setTimeout(r, 10));
  }
  return slowest;
}

async function until(condition: () => boolean, ms = 5000) {
  for (const end = Date.now() + ms; !condition() && Date.now() < end; )
    await new Promise((r) => setTimeout(r, 20));
  return condition();
}

describe('slow subscribers', () => {
  it('a never-reading SSE client and a paused WebSocket are cut off; the server and a reader are not slowed', async () => {
    expect(await until(() => yoga.live.open === 0)).toBe(true); // a retry starts clean
    const reader = await countingSse(server.url, QUERY, (json) => Number(/"pasid":(-?\d+)/.exec(json)?.[1]));
    // Warm up (the first executions compile the path): a few events to the reader alone.
    for (let i = 0; i < 50; i++) emit(-1);
    expect(await until(() => reader.picked.length === 50)).toBe(true);
    reader.picked.length = 0;
    const sse = stalledSse(server.url, QUERY);
    const ws = await stalledWs(server.url, QUERY);
    try {
      expect(await until(() => yoga.live.open === 3)).toBe(true);
      // Three subscribers of one operation: one execution per event.
      expect(yoga.live.multiplexer.groupCount).toBe(1);

      const rssBefore = process.memoryUsage().rss;
      let rssPeak = rssBefore;
      const publish = (async () => {
        for (let i = 0; i < EVENTS; i += BATCH) {
          for (let j = i; j < i + BATCH; j++) emit(j);
          rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
          await new Promise((r) => setTimeout(r, BATCH_MS));
        }
        await until(() => reader.picked.length === EVENTS, 30_000);
      })();
      const slowest = await slowestPingDuring(publish);
      await publish;

      expect(reader.largest()).toBeGreaterThan(60_000);
      expect(reader.picked.length).toBe(EVENTS);
      expect(reader.picked.every((pasid, i) => pasid === i)).toBe(true);
      expect(slowest).toBeLessThan(100);
      expect((rssPeak - rssBefore) / 2 ** 20).toBeLessThan(100);
      // The stalled two were dropped from the group long ago; the reader is the only one left.
      expect(yoga.live.open).toBe(1);

      sse.resume();
      const text = await sse.text;
      const frames = text.split('\n\n').filter((f) => f.startsWith('event:'));
      expect(frames.at(-1)).toBe('event: complete\ndata:');
      const last = JSON.parse(frames.at(-2)!.slice(frames.at(-2)!.indexOf('data: ') + 6));
      expect(last.errors[0].extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
      expect(frames.length).toBeLessThan(EVENTS);

      ws.resume();
      expect(await ws.closed).toBe(4429);
      const final = ws.messages.at(-1) as { type: string; payload: { extensions: { code: string } }[] };
      expect(final.type).toBe('error');
      expect(final.payload[0]!.extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
      expect(ws.messages.length).toBeLessThan(EVENTS);
    } finally {
      // A failed attempt leaves nothing behind for the retry.
      reader.close();
      sse.close();
      ws.close();
    }
    expect(await until(() => yoga.live.open === 0 && yoga.eventTarget.listeners === 0)).toBe(true);
  }, 60_000);
});

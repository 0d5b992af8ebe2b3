// Fan-out: page faults raised by DMA at ~10,000 groups/s, delivered to 100 SSE subscribers of `pageFaults` over
// loopback. The subscribers live in a child process (the other core); they report when each sampled event
// arrived, on the same clock (performance.timeOrigin + now). Baseline: the same frames pushed to 100 SSE clients by a
// bare node:http server, so the ratio is GraphQL subscription delivery against raw SSE on this machine.
import { fork } from 'node:child_process';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { dmaAccess } from '../hw-model/dma/index.ts';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { openContext } from '../hw-model/iommufd/index.ts';
import { listen } from '../server/http.ts';
import { createYogaServer } from '../server/yoga.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { quantile } from './timing.ts';

const SUBSCRIBERS = 100;
const RATE = 10_000; // events per second offered
const SECONDS = 1;
const TICK_MS = 10;
const DRAIN_MS = 3000;
/** Event i faults at FAULT_BASE + i pages: the subscribers recover i from the address they receive. */
const FAULT_BASE = 0x1000000n;
const PAGE = 0x1000n;

const now = () => performance.timeOrigin + performance.now();

interface ChildReport {
  received: number;
  /** [eventIndex, receivedAt] pairs for sampled events, all subscribers. */
  samples: [number, number][];
  firstAt: number;
  lastAt: number;
}

/** Starts the subscriber process, waits until all its streams are open, and returns how to collect its report. */
function startSubscribers(url: string, mode: 'graphql' | 'raw') {
  const child = fork(
    fileURLToPath(new URL('./fanout-subscribers.ts', import.meta.url)),
    [url, mode, String(SUBSCRIBERS)],
    {
      execArgv: process.execArgv.filter((a) => a !== '--expose-gc'),
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const ready = new Promise<void>((resolve) => child.once('message', () => resolve()));
  const report = () =>
    new Promise<ChildReport>((resolve) => {
      child.once('message', (message) => resolve(message as ChildReport));
      child.send('report');
    });
  return { child, ready, report };
}

/** Offers `RATE` events/s for `SECONDS`, calling `emit(index)`; returns publish times by index. */
async function offer(emit: (index: number) => void): Promise<number[]> {
  const published: number[] = [];
  const perTick = (RATE * TICK_MS) / 1000;
  const start = now();
  // A saturated event loop stretches the ticks: stop offering after twice the planned time whatever was sent.
  const deadline = start + 2 * SECONDS * 1000;
  for (let tick = 0; tick < (SECONDS * 1000) / TICK_MS && now() < deadline; tick++) {
    for (let i = 0; i < perTick; i++) {
      published.push(now());
      emit(published.length - 1);
    }
    const wait = start + (tick + 1) * TICK_MS - now();
    await new Promise((r) => setTimeout(r, Math.max(0, wait)));
  }
  return published;
}

async function settle(report: () => Promise<ChildReport>, expected: number): Promise<ChildReport> {
  // Let the backlog drain for at most DRAIN_MS, then take what arrived.
  const deadline = now() + DRAIN_MS;
  let last = await report();
  while (last.received < expected && now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    last = await report();
  }
  return last;
}

function summarize(published: number[], got: ChildReport) {
  const offeredSeconds = (published.at(-1)! - published[0]!) / 1000;
  const latencies = got.samples.map(([index, at]) => at - published[index]!);
  const delivered = got.received / ((got.lastAt - published[0]!) / 1000);
  return {
    delivered,
    /** Deliveries offered per second: events published per second times subscribers. */
    offered: (published.length / offeredSeconds) * SUBSCRIBERS,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    received: got.received,
  };
}

async function graphqlRun() {
  const fleet = createDefaultFleet();
  const host = fleet.host('mock-01')!;
  const device = host.device('0000:00:01.0')!;
  const ctx = openContext(host);
  const bound = ctx.deviceBind(device);
  const ioas = ctx.ioasAlloc();
  const queue = ctx.faultQueueAlloc();
  const hwpt = ctx.hwptAlloc({ devId: bound.id, ptId: ioas.id, faultId: queue.id });
  ctx.deviceAttach(bound.id, hwpt.id);
  // Raw SSE buffers without bound; let each subscriber queue the whole run too, so both are measured alike.
  const yoga = createYogaServer({ fleet, liveLimits: { maxQueuedEvents: RATE * SECONDS * 2 } });
  const server = await listen(yoga, '127.0.0.1', 0);
  const subs = startSubscribers(server.url, 'graphql');
  await subs.ready;
  // every DMA to an unmapped page raises one page request group, published as one pageFaults event
  // The VMM's side: every group is read and answered, so outstanding page requests stay within what the
  // device's PRI allows (past it a DMA raises no request) however long the run.
  const published = await offer((i) => {
    dmaAccess(device, { iova: FAULT_BASE + BigInt(i) * PAGE, length: 8n, access: 'READ' });
    for (const group of ctx.faultQueueRead(queue.id, 64))
      ctx.faultRespond(queue.id, group.cookie!, 'INVALID');
  });
  const got = await settle(subs.report, published.length * SUBSCRIBERS);
  subs.child.kill();
  await server.close();
  return summarize(published, got);
}

async function rawRun() {
  const clients = new Set<ServerResponse>();
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', connection: 'keep-alive' });
    res.write(':\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const subs = startSubscribers(url, 'raw');
  await subs.ready;
  const published = await offer((i) => {
    const address = `0x${(FAULT_BASE + BigInt(i) * PAGE).toString(16)}`;
    const frame = `event: next\ndata: ${JSON.stringify({ data: { pageFaults: { faults: [{ address }] } } })}\n\n`;
    for (const res of clients) res.write(frame);
  });
  const got = await settle(subs.report, published.length * SUBSCRIBERS);
  subs.child.kill();
  server.closeAllConnections();
  server.close();
  return summarize(published, got);
}

export const benchmark: Benchmark = {
  name: 'fanout-sse',
  description: `page faults from DMA at ${RATE}/s to ${SUBSCRIBERS} SSE subscribers (loopback) vs raw node:http SSE`,
  async run() {
    const raw = await rawRun();
    const gql = await graphqlRun();
    return resultOf(
      this,
      [
        metric(
          'delivered events/s (all subscribers)',
          gql.delivered,
          'events/s',
          'throughput',
          'raw SSE delivered',
          raw.delivered,
        ),
        metric('latency p50', gql.p50, 'ms', 'time', 'raw SSE p50', raw.p50),
        metric('latency p99', gql.p99, 'ms', 'time', 'raw SSE p99', raw.p99),
        metric(
          'delivered / offered',
          gql.delivered / gql.offered,
          'ratio',
          'throughput',
          'raw SSE delivered / offered',
          raw.delivered / raw.offered,
        ),
      ],
      {
        subscribers: SUBSCRIBERS,
        offeredPerSecond: RATE,
        seconds: SECONDS,
        received: gql.received,
        rawReceived: raw.received,
        offeredDeliveriesPerSecond: Math.round(gql.offered),
        rawOfferedDeliveriesPerSecond: Math.round(raw.offered),
      },
    );
  },
};

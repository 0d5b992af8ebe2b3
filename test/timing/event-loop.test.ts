// The heaviest requests the limits allow, run back to back against a server in its own process, while a
// `{ __typename }` ping measures how long the server makes everyone else wait. Same-run baseline: the ping alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_NODES_IDS } from '../../schema/builder.ts';
import { MAX_LIST_ITEMS_PER_REQUEST } from '../../server/limits.ts';
import { type ChildServer, startChildServer } from '../e2e/child-server.ts';
import { TestClient } from '../graphql/client.ts';
import { allocIoas, attach, bind, deviceIds, map, ok, openContext } from '../graphql/iommufd-helpers.ts';

const AREAS = 200;
const AREA = 0x10000;
let server: ChildServer;
let deviceId: string;
let contextId: string;

beforeAll(async () => {
  server = await startChildServer();
  const client = new TestClient(undefined, server.url);
  deviceId = (await deviceIds(client, 'mock-01')).get('0000:00:01.0')!;
  contextId = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, contextId);
  for (let i = 0; i < AREAS; i++) {
    const at = `0x${(0x1000000 + i * 2 * AREA).toString(16)}`;
    ok(
      await map(client, ioas, {
        iova: at,
        length: `0x${AREA.toString(16)}`,
        userVa: `0x${(0x10000000 + i * AREA).toString(16)}`,
      }),
    );
  }
  ok(await attach(client, await bind(client, contextId, deviceId), ioas));
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const post = (query: string, variables?: object) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Latencies of `{ __typename }` pings sent every 10 ms for `ms`. */
async function ping(ms: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const start = performance.now();
    const body = await (await post('{ __typename }')).text();
    latencies.push(performance.now() - start);
    expect(body).toBe('{"data":{"__typename":"Query"}}');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return latencies;
}

const BATCH = `query Batch($input: TranslateBatchInput!) {
  translateBatch(input: $input) {
    __typename
    ... on Translation { iova physicalAddress pageSize readable writable iotlbStale }
    ... on TranslationFault { iova reason message }
  }
}`;

describe('no request under the limits stalls the event loop', () => {
  // Retried: a load spike on a shared machine is not the server's stall; a real stall fails every try.
  const title = `translateBatch at ${MAX_LIST_ITEMS_PER_REQUEST} IOVAs, nodes at ${MAX_NODES_IDS} IDs: pings stay under 100 ms (p90)`;
  it(title, { timeout: 30_000, retry: 2 }, async () => {
    const iovas = Array.from({ length: MAX_LIST_ITEMS_PER_REQUEST }, (_, i) => {
      const area = i % AREAS;
      return `0x${(0x1000000 + area * 2 * AREA + ((i * 64) % (2 * AREA))).toString(16)}`;
    });
    const ids = Array.from({ length: MAX_NODES_IDS }, () => deviceId);
    const heavy = [
      () => post(BATCH, { input: { deviceId, iovas } }),
      () => post('query N($ids: [ID!]!) { nodes(ids: $ids) { id ... on Device { bdf } } }', { ids }),
    ];
    // The heavy requests do work: each answers in full, faults and translations both present.
    const answer = (await (await heavy[0]!()).json()) as {
      data: { translateBatch: { __typename: string }[] };
    };
    expect(answer.data.translateBatch).toHaveLength(MAX_LIST_ITEMS_PER_REQUEST);
    expect(new Set(answer.data.translateBatch.map((r) => r.__typename))).toEqual(
      new Set(['Translation', 'TranslationFault']),
    );

    // Steady state, not the JIT's first pass: a few of each before measuring.
    for (let i = 0; i < 6; i++) await (await heavy[i % heavy.length]!()).arrayBuffer();
    const baseline = await ping(500);
    let running = true;
    let heavyDone = 0;
    let heavySlowest = 0;
    const load = [0].map(async (worker) => {
      while (running) {
        const start = performance.now();
        const response = await heavy[(heavyDone + worker) % heavy.length]!();
        await response.arrayBuffer(); // not parsed: the test's own event loop must stay free to time pings
        heavySlowest = Math.max(heavySlowest, performance.now() - start);
        heavyDone++;
      }
    });
    const loaded = await ping(3000);
    running = false;
    await Promise.all(load);
    const worst = Math.max(...loaded);
    const p90 = quantile(loaded, 0.9);
    console.log(
      `ping: baseline p90 ${quantile(baseline, 0.9).toFixed(1)} ms max ${Math.max(...baseline).toFixed(1)} ms; ` +
        `under load p90 ${p90.toFixed(1)} ms max ${worst.toFixed(1)} ms ` +
        `(${loaded.length} pings, ${heavyDone} heavy requests, slowest heavy ${heavySlowest.toFixed(0)} ms)`,
    );
    expect(heavyDone).toBeGreaterThan(4);
    // A request that held the loop for its whole run (200+ ms each, back to back) would put most pings
    // behind it: p90 is what shows it. The max only bounds outliers, since the machine may be shared.
    expect(p90).toBeLessThan(100);
    expect(worst).toBeLessThan(500);
  });

  it(`refuses, before executing, 50 aliases sharing one IOVA list that totals over ${MAX_LIST_ITEMS_PER_REQUEST}`, async () => {
    const iovas = Array.from({ length: 1000 }, (_, i) => `0x${(0x1000000 + i * 0x1000).toString(16)}`);
    const aliases = Array.from(
      { length: 50 },
      (_, i) => `t${i}: translateBatch(input: { deviceId: $d, iovas: $i }) { __typename }`,
    );
    const start = performance.now();
    const response = await post(`query($d: ID!, $i: [UInt64!]!) { ${aliases.join(' ')} }`, {
      d: deviceId,
      i: iovas,
    });
    const elapsed = performance.now() - start;
    const body = (await response.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; limit: string } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'listItems' });
    expect(body.errors[0]?.message).toMatch(/50000 items/);
    expect(elapsed).toBeLessThan(1000);
  });
});

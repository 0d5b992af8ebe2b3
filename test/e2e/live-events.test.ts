// Live events over real HTTP and WebSocket: objectEvents, filtered vevents and invalidations, streams that end
// with their source, and subscription caps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDefaultFleet, type Fleet } from '../../hw-model/host/fleet.ts';
import { contextsOf } from '../../hw-model/iommufd/index.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer, type YogaServer } from '../../server/yoga.ts';
import {
  ContextCloseDocument,
  DeviceAddDocument,
  DeviceDetachDocument,
  DeviceUnbindDocument,
  DmaSimulateDocument,
  HostCreateDocument,
  ObjectDestroyDocument,
  VeventqAllocDocument,
} from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import {
  allocIoas,
  attach,
  bind,
  deviceIds,
  faultQueueSetup,
  ok,
  openContext,
} from '../graphql/iommufd-helpers.ts';
import { smmuv3AccelFlow } from '../graphql/nesting-flows.ts';
import { type Subscriber, sseSubscribe, wsSubscribe } from './sse-ws.ts';

let fleet: Fleet;
let yoga: YogaServer;
let server: RunningServer;
let client: TestClient;

beforeAll(async () => {
  fleet = createDefaultFleet();
  yoga = createYogaServer({ fleet });
  server = await listen(yoga, '127.0.0.1', 0);
  client = new TestClient(yoga, server.url);
});

afterAll(async () => {
  await server.close();
});

async function open(count: number) {
  for (let i = 0; i < 100 && yoga.live.open !== count; i++) await new Promise((r) => setTimeout(r, 20));
  expect(yoga.live.open).toBe(count);
}

/** Resolves true if the stream completes within `ms`. */
const completesWithin = (sub: Subscriber<unknown>, ms = 3000) =>
  Promise.race([sub.completed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);

interface ObjectEventData {
  data: {
    objectEvents: {
      kind: string;
      id: string;
      typename: string;
      host: { name: string };
      node: { id: string } | null;
    };
  };
}
const OBJECT_EVENTS = /* GraphQL */ `
  subscription ($filter: ObjectEventFilter) {
    objectEvents(filter: $filter) { kind id typename host { name } node { id } }
  }
`;

async function take<T>(sub: Subscriber<T>, count: number): Promise<T[]> {
  const got: T[] = [];
  for (let i = 0; i < count; i++) got.push(await sub.next());
  return got;
}

describe('objectEvents', () => {
  it('an SSE subscriber sees a context, its device and IOAS come, change and go, with stable IDs', async () => {
    const sub = await sseSubscribe<ObjectEventData>(server.url, OBJECT_EVENTS, {
      filter: { hostName: 'mock-01' },
    });
    await open(1);
    const deviceId = (await deviceIds(client, 'mock-01')).get('0000:00:01.0')!;
    const ctx = await openContext(client, 'mock-01');
    const dev = await bind(client, ctx, deviceId);
    const ioas = await allocIoas(client, ctx);
    const hwpt = ok(await attach(client, dev, ioas)).hwpt!;
    ok((await client.data(DeviceDetachDocument, { input: { boundDeviceId: dev } })).deviceDetach);
    ok((await client.data(DeviceUnbindDocument, { input: { boundDeviceId: dev } })).deviceUnbind);
    ok((await client.data(ContextCloseDocument, { input: { contextId: ctx } })).contextClose);

    const events = (await take(sub, 10)).map((e) => e.data.objectEvents);
    sub.close();
    const seen = events.map((e) => [e.kind, e.typename, e.id]);
    expect(seen).toEqual([
      ['CREATED', 'Context', ctx],
      ['CREATED', 'BoundDevice', dev],
      ['CREATED', 'Ioas', ioas],
      ['CREATED', 'HwptPaging', hwpt.id], // the automatic domain the attach allocated
      ['CHANGED', 'BoundDevice', dev], // attached
      ['DESTROYED', 'HwptPaging', hwpt.id], // the detach dropped the last user of the automatic domain
      ['CHANGED', 'BoundDevice', dev], // detached
      ['DESTROYED', 'BoundDevice', dev],
      ['DESTROYED', 'Ioas', ioas],
      ['DESTROYED', 'Context', ctx],
    ]);
    // Events are delivered after the mutations answered: by then everything is gone, and `node` says so.
    expect(events.every((e) => e.host.name === 'mock-01')).toBe(true);
    expect(events.filter((e) => e.kind === 'DESTROYED').every((e) => e.node === null)).toBe(true);
  });

  it('`node` is the live object while it exists', async () => {
    const sub = await wsSubscribe<ObjectEventData>(server.url, OBJECT_EVENTS, {
      filter: { hostName: 'mock-01', kinds: ['CREATED'] },
    });
    await open(1);
    const ctx = await openContext(client, 'mock-01');
    const created = (await sub.next()).data.objectEvents;
    expect(created).toMatchObject({ kind: 'CREATED', typename: 'Context', id: ctx, node: { id: ctx } });
    sub.close();
    ok((await client.data(ContextCloseDocument, { input: { contextId: ctx } })).contextClose);
  });

  it('hostCreate and deviceAdd arrive as CREATED Host and Device over graphql-ws', async () => {
    const sub = await wsSubscribe<ObjectEventData>(server.url, OBJECT_EVENTS, {
      filter: { kinds: ['CREATED'] },
    });
    await open(1);
    const host = ok(
      (await client.data(HostCreateDocument, { input: { name: 'live-new', profile: 'selftest-mock' } }))
        .hostCreate,
    ).host!;
    const device = ok(
      (
        await client.data(DeviceAddDocument, {
          input: { hostId: host.id, vendorId: 0x1af4, deviceId: 0x1041 },
        })
      ).deviceAdd,
    ).device!;
    const [first, second] = (await take(sub, 2)).map((e) => e.data.objectEvents);
    sub.close();
    expect(first).toMatchObject({ typename: 'Host', id: host.id, node: { id: host.id } });
    expect(second).toMatchObject({ typename: 'Device', id: device.id, host: { name: 'live-new' } });
  });

  it('filtered by contextId: the context and its objects only, then complete after the context goes', async () => {
    const ctx = await openContext(client, 'mock-01');
    const other = await openContext(client, 'mock-01');
    const sub = await wsSubscribe<ObjectEventData>(server.url, OBJECT_EVENTS, { filter: { contextId: ctx } });
    await open(1);
    await allocIoas(client, other);
    const ioas = await allocIoas(client, ctx);
    ok((await client.data(ContextCloseDocument, { input: { contextId: ctx } })).contextClose);
    const seen = (await take(sub, 3)).map((e) => [e.data.objectEvents.kind, e.data.objectEvents.id]);
    expect(seen).toEqual([
      ['CREATED', ioas],
      ['DESTROYED', ioas],
      ['DESTROYED', ctx],
    ]);
    expect(await completesWithin(sub)).toBe(true);
    await open(0);
    ok((await client.data(ContextCloseDocument, { input: { contextId: other } })).contextClose);
  });
});

describe('vevents and invalidations, filtered', () => {
  const VEVENTS = /* GraphQL */ `
    subscription ($id: ID, $filter: VeventFilter) {
      vevents(veventqId: $id, filter: $filter) { sequence virtId veventq { id } }
    }
  `;
  interface VeventData {
    data: { vevents: { sequence: number; virtId: string; veventq: { id: string } } };
  }
  const INVALIDATIONS = /* GraphQL */ `
    subscription ($filter: InvalidationEventFilter) { invalidations(filter: $filter) { scope device { bdf } } }
  `;
  interface InvalidationData {
    data: { invalidations: { scope: string; device: { bdf: string } | null } };
  }

  it('a host-wide vevents subscription sees a queue created after it; a queue subscription ends when the queue goes', async () => {
    const hostWide = await sseSubscribe<VeventData>(server.url, VEVENTS, {
      filter: { hostName: 'grace-01' },
    });
    const gh200 = (await deviceIds(client, 'grace-01')).get('0000:01:00.0')!;
    const bySource = await sseSubscribe<InvalidationData>(server.url, INVALIDATIONS, {
      filter: { deviceId: gh200, scopes: ['DEVICE_TLB'] },
    });
    await open(2);
    const { viommu } = await smmuv3AccelFlow(client);
    const queue = ok(
      (await client.data(VeventqAllocDocument, { input: { viommuId: viommu.id, depth: 16 } })).veventqAlloc,
    ).veventq!;
    const one = await wsSubscribe<VeventData>(server.url, VEVENTS, { id: queue.id });
    await open(3);
    await client.data(DmaSimulateDocument, {
      input: { deviceId: gh200, iova: '0x9000000', length: '0x10', access: 'READ' },
    });
    for (const sub of [hostWide, one]) {
      expect((await sub.next()).data.vevents).toMatchObject({
        sequence: 0,
        virtId: '0x42',
        veventq: { id: queue.id },
      });
    }
    // The flow's TLBI (ADDRESS_RANGE) is filtered out; both ATC_INVs reached the GH200.
    for (const atc of await take(bySource, 2)) {
      expect(atc.data.invalidations).toEqual({ scope: 'DEVICE_TLB', device: { bdf: '0000:01:00.0' } });
    }
    bySource.close();

    expect(
      ok((await client.data(ObjectDestroyDocument, { input: { id: queue.id } })).objectDestroy).destroyedId,
    ).toBe(queue.id);
    expect(await completesWithin(one)).toBe(true);
    expect(await completesWithin(hostWide, 300)).toBe(false); // the host is still there
    hostWide.close();
    await open(0);
  });

  it('vevents filtered by a context completes when it closes, and at once if it is closed already', async () => {
    for (const earlier of contextsOf(fleet.host('grace-01')!)) earlier.close(); // one GH200 owner at a time
    const { viommu } = await smmuv3AccelFlow(client);
    const ctxId = await (async () => {
      const state = await client.request(`{ node(id: "${viommu.id}") { ... on Viommu { context { id } } } }`);
      return (state.data as { node: { context: { id: string } } }).node.context.id;
    })();
    const sub = await wsSubscribe<VeventData>(server.url, VEVENTS, { filter: { contextId: ctxId } });
    await open(1);
    ok((await client.data(ContextCloseDocument, { input: { contextId: ctxId } })).contextClose);
    expect(await completesWithin(sub)).toBe(true);
    const late = await sseSubscribe<VeventData>(server.url, VEVENTS, { filter: { contextId: ctxId } });
    expect(await completesWithin(late)).toBe(true);
    await open(0);
  });

  it('pageFaults filtered by a fault queue completes when the queue goes with its context', async () => {
    const { ctx, queue } = await faultQueueSetup(client, 'mock-01', '0000:00:02.0');
    const sub = await sseSubscribe(
      server.url,
      'subscription ($f: FaultEventFilter) { pageFaults(filter: $f) { groupId } }',
      {
        f: { faultQueueId: queue.id },
      },
    );
    await open(1);
    ok((await client.data(ContextCloseDocument, { input: { contextId: ctx } })).contextClose);
    expect(await completesWithin(sub)).toBe(true);
    await open(0);
  });
});

describe('subscription caps', () => {
  it('past the per-connection and the global cap a subscribe gets a coded error; the others keep working', async () => {
    const own = createDefaultFleet();
    const capped = createYogaServer({ fleet: own, liveLimits: { perConnection: 2, global: 4 } });
    const running = await listen(capped, '127.0.0.1', 0);
    const query = 'subscription { objectEvents { kind typename } }';
    type Answer = {
      data?: { objectEvents: { typename: string } };
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const ws = await wsSubscribe<Answer>(running.url, query);
    const ws2 = await wsSubscribe<Answer>(running.url, query);
    try {
      // Three operations on one graphql-ws connection (the helper opens one connection per subscription, so
      // a raw client sends them): the third is refused.
      const { default: WebSocket } = await import('ws');
      const raw = new WebSocket(running.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      const messages: { id?: string; type: string; payload?: Answer['errors'] }[] = [];
      await new Promise<void>((resolve) => {
        raw.on('open', () => raw.send(JSON.stringify({ type: 'connection_init' })));
        raw.on('message', (data) => {
          const message = JSON.parse(String(data));
          if (message.type === 'connection_ack') resolve();
          else messages.push(message);
        });
      });
      raw.send(JSON.stringify({ id: 'a', type: 'subscribe', payload: { query } }));
      raw.send(JSON.stringify({ id: 'b', type: 'subscribe', payload: { query } }));
      raw.send(JSON.stringify({ id: 'c', type: 'subscribe', payload: { query } }));
      for (let i = 0; i < 100 && !messages.some((m) => m.id === 'c'); i++)
        await new Promise((r) => setTimeout(r, 20));
      const refused = messages.find((m) => m.id === 'c');
      expect(refused?.type).toBe('error');
      expect(refused?.payload?.[0]).toMatchObject({
        message: expect.stringMatching(/on this connection/),
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      });
      expect(capped.live.open).toBe(4);

      // The server is full: an SSE subscribe is refused with the same code.
      const sse = await sseSubscribe<Answer>(running.url, query);
      expect((await sse.next()).errors?.[0]).toMatchObject({
        message: expect.stringMatching(/on this server/),
        extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
      });
      expect(await completesWithin(sse)).toBe(true);

      // Everyone admitted still gets events.
      own.createHost({ name: 'cap-test', profile: 'selftest-mock' });
      expect((await ws.next()).data?.objectEvents.typename).toBe('Host');
      expect((await ws2.next()).data?.objectEvents.typename).toBe('Host');
      for (let i = 0; i < 100 && !messages.some((m) => m.id === 'a' && m.type === 'next'); i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(messages.some((m) => m.id === 'a' && m.type === 'next')).toBe(true);
      raw.terminate();
    } finally {
      ws.close();
      ws2.close();
      await running.close();
    }
  });
});

describe('requests that accept SSE but are not subscriptions', () => {
  it('a query whose Accept lists text/event-stream among others (urql, graphql-sse clients) is answered', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json, text/event-stream, multipart/mixed',
      },
      body: JSON.stringify({ query: '{ hosts { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect((await response.json()).data.hosts.totalCount).toBe(fleet.hosts.length);
  });

  it('an invalid subscription goes to Yoga and comes back as its usual error', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { noSuchField }' }),
    });
    expect(await response.text()).toMatch(/Cannot query field \\"noSuchField\\"/);
  });
});

describe('SSE subscriptions follow the browser rules', () => {
  const query = 'subscription { objectEvents { kind } }';
  const get = (headers: Record<string, string>) =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'text/event-stream', ...headers },
    });

  it('a GET without the CSRF header is refused with CSRF_HEADER_REQUIRED; with it, the stream opens', async () => {
    const refused = await get({});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/CSRF_HEADER_REQUIRED/);
    const controller = new AbortController();
    const opened = await fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'text/event-stream', 'x-graphql-csrf': '1' },
      signal: controller.signal,
    });
    expect(opened.headers.get('content-type')).toBe('text/event-stream');
    await open(1);
    controller.abort();
    await open(0);
  });

  it('a page of another origin opens nothing and gets no CORS grant; a listed origin gets its stream', async () => {
    const other = await get({ 'x-graphql-csrf': '1', origin: 'http://evil.example' });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await other.json()).errors[0].extensions.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(yoga.live.open).toBe(0);

    const listed = createYogaServer({ fleet: createDefaultFleet(), corsOrigins: ['http://dash.example'] });
    const running = await listen(listed, '127.0.0.1', 0);
    const controller = new AbortController();
    try {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'text/event-stream',
          origin: 'http://dash.example',
        },
        body: JSON.stringify({ query }),
        signal: controller.signal,
      });
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      expect(response.headers.get('access-control-allow-origin')).toBe('http://dash.example');
    } finally {
      controller.abort();
      await running.close();
    }
  });
});

describe('an oversized event-stream request', () => {
  it('is refused with 413 REQUEST_TOO_LARGE without reading the rest, and the server keeps serving', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: `subscription { objectEvents { kind } } # ${'x'.repeat(2 * 2 ** 20)}` }),
    });
    expect(response.status).toBe(413);
    expect((await response.json()).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(yoga.live.open).toBe(0);
    const ping = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    });
    expect((await ping.json()).data.__typename).toBe('Query');
  });
});

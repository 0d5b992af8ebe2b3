// Subscriptions over real HTTP: SSE and graphql-ws on one port and path, filters, and no leak after a disconnect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvalidationEvent } from '../../hw-model/events.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { type Context, contextsOf, openContext } from '../../hw-model/iommufd/index.ts';
import { listen, type RunningServer } from '../../server/http.ts';
import { createYogaServer, type YogaServer } from '../../server/yoga.ts';
import {
  DmaSimulateDocument,
  FaultQueueReadDocument,
  FaultRespondDocument,
  VeventqAllocDocument,
} from '../gql/graphql.ts';
import { TestClient } from '../graphql/client.ts';
import { deviceIds, faultQueueSetup, map, ok } from '../graphql/iommufd-helpers.ts';
import { smmuv3AccelFlow } from '../graphql/nesting-flows.ts';
import { sseSubscribe, wsSubscribe } from './sse-ws.ts';

const fleet = createDefaultFleet();
let yoga: YogaServer;
let server: RunningServer;
let ctx: Context;

const QUERY = /* GraphQL */ `
  subscription ($filter: InvalidationEventFilter) {
    invalidations(filter: $filter) {
      host { name }
      target { objectId type }
      scope
      range { start last }
      pasid
      virtId
      device { bdf }
    }
  }
`;

interface Received {
  data: {
    invalidations: { host: { name: string }; target: { objectId: number }; scope: string; range: unknown };
  };
}

/** An invalidation as the model would emit it, on a real IOAS object of mock-01. */
function emit(scope: InvalidationEvent['scope'], hostName = 'mock-01') {
  const host = fleet.host(hostName)!;
  const target = hostName === 'mock-01' ? ctx.objects()[0]! : openContext(host).ioasAlloc();
  host.events.emit({
    kind: 'invalidation',
    host,
    target: target as unknown as InvalidationEvent['target'],
    scope,
    range: scope === 'ADDRESS_RANGE' ? { start: 0x1000000n, last: 0x1000fffn } : null,
    pasid: null,
    virtId: null,
    device: null,
  });
}

/** Waits until the server has `count` open subscriptions; at 0, no topic listener may be left either. */
async function subscribers(count: number) {
  const settled = () => yoga.live.open === count && (count > 0 || yoga.eventTarget.listeners === 0);
  for (let i = 0; i < 100 && !settled(); i++) await new Promise((r) => setTimeout(r, 20));
  return count > 0 ? yoga.live.open : yoga.live.open + yoga.eventTarget.listeners;
}

beforeAll(async () => {
  yoga = createYogaServer({ fleet });
  server = await listen(yoga, '127.0.0.1', 0);
  ctx = openContext(fleet.host('mock-01')!);
  ctx.ioasAlloc();
});

afterAll(async () => {
  await server.close();
});

describe('invalidations subscription', () => {
  it('delivers over SSE', async () => {
    const sub = await sseSubscribe<Received>(server.url, QUERY, { filter: { hostName: 'mock-01' } });
    await subscribers(1);
    emit('ADDRESS_RANGE');
    const event = await sub.next();
    expect(event.data.invalidations).toMatchObject({
      host: { name: 'mock-01' },
      target: { objectId: 1, type: 'IOAS' },
      scope: 'ADDRESS_RANGE',
      range: { start: '0x1000000', last: '0x1000fff' },
    });
    sub.close();
    expect(await subscribers(0)).toBe(0);
  });

  it('delivers over graphql-ws on the same port and path', async () => {
    const sub = await wsSubscribe<Received>(server.url, QUERY, {});
    await subscribers(1);
    emit('ALL');
    expect((await sub.next()).data.invalidations.scope).toBe('ALL');
    sub.close();
    expect(await subscribers(0)).toBe(0);
  });

  it("applies the filter: another host's events do not arrive", async () => {
    const sub = await sseSubscribe<Received>(server.url, QUERY, { filter: { hostName: 'mock-01' } });
    await subscribers(1);
    emit('DOMAIN', 'spr-01');
    emit('PASID');
    expect((await sub.next()).data.invalidations.scope).toBe('PASID');
    sub.close();
    await subscribers(0);
  });

  it('applies query limits to WebSocket operations too', async () => {
    const deep = `subscription { invalidations { ${'target { context { host { contexts { '.repeat(4)}id${' } } } }'.repeat(4)} } }`;
    const sub = await wsSubscribe<{ errors?: { message: string }[] }>(server.url, deep);
    const answer = await sub.next();
    expect(answer.errors?.[0]?.message).toMatch(/depth limit/);
    expect(yoga.eventTarget.listeners).toBe(0);
    sub.close();
  });

  it('leaves nothing behind when many clients come and go', async () => {
    const subs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 ? sseSubscribe(server.url, QUERY) : wsSubscribe(server.url, QUERY),
      ),
    );
    expect(await subscribers(10)).toBe(10);
    for (const sub of subs) sub.close();
    expect(await subscribers(0)).toBe(0);
    expect(fleet.events.listenerCount).toBe(1);
  });
});

describe('invalidation events of a real nesting flow', () => {
  it("an SSE subscriber sees the accel SMMUv3 flow's TLBI and ATC_INV, with the vSID resolved", async () => {
    const sub = await sseSubscribe<Received>(server.url, QUERY, { filter: { hostName: 'grace-01' } });
    await subscribers(1);
    const client = new TestClient(yoga, server.url);
    const { viommu } = await smmuv3AccelFlow(client);
    const events = [];
    for (let i = 0; i < 3; i++) events.push((await sub.next()).data.invalidations);
    sub.close();
    // TLBI_NH_VA of one page, then ATC_INV for vSID 0x42 (twice: alone, then before the failing entry).
    expect(events[0]).toMatchObject({
      scope: 'ADDRESS_RANGE',
      range: { start: '0x100000', last: '0x100fff' },
    });
    for (const atc of events.slice(1)) {
      expect(atc).toMatchObject({ scope: 'DEVICE_TLB', virtId: '0x42', device: { bdf: '0000:01:00.0' } });
      expect(atc.target).toMatchObject({ objectId: viommu.objectId, type: 'VIOMMU' });
    }
  });
});

describe('page faults and vEVENTs live', () => {
  const FAULTS = /* GraphQL */ `
    subscription ($filter: FaultEventFilter) {
      pageFaults(filter: $filter) { groupId faultQueue { id } device { objectId } faults { address permissions } }
    }
  `;
  interface FaultReceived {
    data: {
      pageFaults: {
        groupId: number;
        faultQueue: { id: string };
        faults: { address: string; permissions: string[] }[];
      };
    };
  }

  it('an SSE and a graphql-ws subscriber each see the DMA fault; the script answers it and the DMA completes', async () => {
    const client = new TestClient(yoga, server.url);
    const { deviceId, ioas, queue } = await faultQueueSetup(client, 'mock-01', '0000:00:02.0');

    const sse = await sseSubscribe<FaultReceived>(server.url, FAULTS, { filter: { faultQueueId: queue.id } });
    const ws = await wsSubscribe<FaultReceived>(server.url, FAULTS, { filter: { deviceId } });
    await subscribers(2);

    const dma = client.data(DmaSimulateDocument, {
      input: { deviceId, iova: '0x2000000', length: '0x1000', access: 'WRITE' },
    });
    const [viaSse, viaWs] = await Promise.all([sse.next(), ws.next()]);
    for (const received of [viaSse, viaWs]) {
      expect(received.data.pageFaults).toMatchObject({
        faultQueue: { id: queue.id },
        faults: [{ address: '0x2000000', permissions: ['WRITE'] }],
      });
    }
    // The script fixes the fault: map the page, read the group for its cookie, answer SUCCESS.
    ok(await map(client, ioas, { iova: '0x2000000', length: '0x1000', userVa: '0x7f0000000000' }));
    const groups = ok(
      (await client.data(FaultQueueReadDocument, { input: { faultQueueId: queue.id } })).faultQueueRead,
    ).groups!;
    ok(
      (
        await client.data(FaultRespondDocument, {
          input: { faultQueueId: queue.id, cookie: groups[0]!.cookie!, code: 'SUCCESS' },
        })
      ).faultRespond,
    );
    expect(ok((await dma).dmaSimulate)).toMatchObject({ completedBytes: '0x1000', faults: [] });
    sse.close();
    ws.close();
    expect(await subscribers(0)).toBe(0);
  });

  it("a vIOMMU device's DMA fault arrives on `vevents` with its virtual Stream ID", async () => {
    for (const earlier of contextsOf(fleet.host('grace-01')!)) earlier.close(); // the GH200 has one owner at a time
    const client = new TestClient(yoga, server.url);
    const { viommu } = await smmuv3AccelFlow(client);
    const queue = ok(
      (await client.data(VeventqAllocDocument, { input: { viommuId: viommu.id, depth: 16 } })).veventqAlloc,
    ).veventq!;
    const sub = await wsSubscribe<{
      data: { vevents: { sequence: number; virtId: string; data: string[] } };
    }>(server.url, 'subscription ($id: ID!) { vevents(veventqId: $id) { sequence virtId data } }', {
      id: queue.id,
    });
    await subscribers(1);
    const gh200 = (await deviceIds(client, 'grace-01')).get('0000:01:00.0')!;
    const dma = await client.data(DmaSimulateDocument, {
      input: { deviceId: gh200, iova: '0x9000000', length: '0x10', access: 'READ' },
    });
    expect(ok(dma.dmaSimulate).faults).toHaveLength(1);
    const event = (await sub.next()).data.vevents;
    expect(event).toMatchObject({ sequence: 0, virtId: '0x42' });
    expect(BigInt(event.data[0]!) >> 32n).toBe(0x42n);
    sub.close();
    await subscribers(0);
  });

  it('subscribing to the vEVENTs of something that is not a vEVENTQ is a clear error', async () => {
    const sub = await wsSubscribe<{ errors?: { message: string }[] }>(
      server.url,
      'subscription { vevents(veventqId: "bm9wZQ==") { sequence } }',
    );
    const answer = await sub.next();
    expect(JSON.stringify(answer)).toMatch(/veventqId/);
    sub.close();
  });
});

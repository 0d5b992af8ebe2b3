// I/O page faults and vIOMMU events through GraphQL: the selftest's IOPF round trip, DMA that waits for its page
// requests, and vEVENTQ sequence/overflow on the accel SMMUv3 setup.
import { describe, expect, it } from 'vitest';
import {
  DmaSimulateDocument,
  FaultQueueReadDocument,
  FaultQueueStateDocument,
  FaultRespondDocument,
  IopfInjectDocument,
  ObjectDestroyDocument,
  VeventqAllocDocument,
  VeventqReadDocument,
  VeventqStateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { deviceIds, errno, faultQueueSetup, map, ok } from './iommufd-helpers.ts';
import { smmuv3AccelFlow } from './nesting-flows.ts';

/** mock-01's plain device attached to a paging HWPT whose faults go to a FAULT object. */
async function faultSetup() {
  const client = new TestClient();
  const setup = await faultQueueSetup(client, 'mock-01', '0000:00:01.0');
  expect(setup.queue.type).toBe('FAULT');
  return { client, ...setup };
}

const read = async (client: TestClient, faultQueueId: string, max = 64) =>
  (await client.data(FaultQueueReadDocument, { input: { faultQueueId, max } })).faultQueueRead;
const respond = async (
  client: TestClient,
  faultQueueId: string,
  cookie: number,
  code: 'SUCCESS' | 'INVALID',
) => (await client.data(FaultRespondDocument, { input: { faultQueueId, cookie, code } })).faultRespond;

describe('IOPF round trips (mock host)', () => {
  it('C: iommufd_fault.trigger_iopf: inject, read (cookie), respond once', async () => {
    const { client, deviceId, queue } = await faultSetup();
    ok(
      (
        await client.data(IopfInjectDocument, {
          input: { deviceId, groupId: 0x100, address: '0xdeadbeef000', permissions: ['READ', 'WRITE'] },
        })
      ).iopfInject,
    );
    const state = await client.data(FaultQueueStateDocument, { id: queue.id });
    expect((state.node as { queued: unknown[] }).queued).toEqual([{ groupId: 0x100, cookie: null }]);
    const groups = ok(await read(client, queue.id)).groups!;
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      cookie: 1,
      groupId: 0x100,
      faults: [{ address: '0xdeadbeef000', permissions: ['READ', 'WRITE'], pasid: null, lastPage: true }],
    });
    expect(ok(await read(client, queue.id)).groups).toEqual([]);
    ok(await respond(client, queue.id, 1, 'SUCCESS'));
    expect(errno(await respond(client, queue.id, 1, 'SUCCESS'))).toBe('EINVAL');
    expect(errno(await respond(client, queue.id, 77, 'INVALID'))).toBe('EINVAL');
  });

  it('a FAULT a HWPT refers to cannot be destroyed (EBUSY); reading needs max ≥ 1', async () => {
    const { client, queue } = await faultSetup();
    const destroy = await client.data(ObjectDestroyDocument, { input: { id: queue.id } });
    expect(errno(destroy.objectDestroy)).toBe('EBUSY');
    expect(errno(await read(client, queue.id, 0))).toBe('EINVAL');
  });

  it('a DMA to an unmapped page waits for its page request; mapping and answering SUCCESS completes it', async () => {
    const { client, deviceId, ioas, queue } = await faultSetup();
    const dma = client.data(DmaSimulateDocument, {
      input: { deviceId, iova: '0x1000000', length: '0x1000', access: 'WRITE' },
    });
    // The page request shows up; the script (acting as the VMM/guest) maps the page and answers.
    let groups: { cookie: number | null; faults: { address: string }[] }[] = [];
    for (let i = 0; i < 100 && groups.length === 0; i++) {
      groups = ok(await read(client, queue.id)).groups!;
      if (!groups.length) await new Promise((r) => setTimeout(r, 10));
    }
    expect(groups[0]?.faults[0]?.address).toBe('0x1000000');
    ok(await map(client, ioas, { iova: '0x1000000', length: '0x1000', userVa: '0x7f0000000000' }));
    ok(await respond(client, queue.id, groups[0]!.cookie!, 'SUCCESS'));
    expect(ok((await dma).dmaSimulate)).toMatchObject({ completedBytes: '0x1000', faults: [] });
  });

  it('an INVALID answer fails the DMA with the fault; an unanswered one times out', async () => {
    const { client, deviceId, queue } = await faultSetup();
    const dma = client.data(DmaSimulateDocument, {
      input: { deviceId, iova: '0x1000000', length: '0x1000', access: 'READ' },
    });
    let groups: { cookie: number | null }[] = [];
    for (let i = 0; i < 100 && groups.length === 0; i++) {
      groups = ok(await read(client, queue.id)).groups!;
      if (!groups.length) await new Promise((r) => setTimeout(r, 10));
    }
    ok(await respond(client, queue.id, groups[0]!.cookie!, 'INVALID'));
    expect(ok((await dma).dmaSimulate)).toMatchObject({
      completedBytes: '0x0',
      faults: [{ iova: '0x1000000', reason: 'NOT_MAPPED' }],
    });
    const timedOut = await client.data(DmaSimulateDocument, {
      input: { deviceId, iova: '0x1002000', length: '0x800', access: 'READ', timeoutMs: 50 },
    });
    expect(ok(timedOut.dmaSimulate)).toMatchObject({
      completedBytes: '0x0',
      faults: [{ reason: 'NOT_MAPPED' }],
    });
    const bad = await client.data(DmaSimulateDocument, {
      input: { deviceId, iova: '0x1002000', length: '0x800', access: 'READ', timeoutMs: -1 },
    });
    expect(bad.dmaSimulate.userErrors[0]).toMatchObject({ code: 'EINVAL', field: ['input', 'timeoutMs'] });
  });
});

describe('vEVENTQ on the accel SMMUv3 setup (grace-01)', () => {
  it('C: iommufd_viommu.vdevice_alloc event sequence: vSID in the record, overflow leaves LOST_EVENTS', async () => {
    const client = new TestClient();
    const { viommu } = await smmuv3AccelFlow(client);
    const queue = ok(
      (await client.data(VeventqAllocDocument, { input: { viommuId: viommu.id, depth: 2 } })).veventqAlloc,
    ).veventq!;
    const again = await client.data(VeventqAllocDocument, { input: { viommuId: viommu.id, depth: 2 } });
    expect(errno(again.veventqAlloc)).toBe('EEXIST');
    const zero = await client.data(VeventqAllocDocument, { input: { viommuId: viommu.id, depth: 0 } });
    expect(errno(zero.veventqAlloc)).toBe('EINVAL');

    const gh200 = (await deviceIds(client, 'grace-01')).get('0000:01:00.0')!;
    // Three DMAs to IOVAs stage 1 does not map: three F_TRANSLATION events into a queue of depth 2.
    for (const iova of ['0x7000000', '0x7001000', '0x7002000']) {
      const dma = await client.data(DmaSimulateDocument, {
        input: { deviceId: gh200, iova, length: '0x10', access: 'READ' },
      });
      expect(ok(dma.dmaSimulate).faults).toHaveLength(1);
    }
    const state = await client.data(VeventqStateDocument, { id: queue.id });
    const queued = (
      state.node as { queued: { sequence: number; lostEvents: boolean; virtId: string | null }[] }
    ).queued;
    expect(queued).toEqual([
      { sequence: 0, lostEvents: false, virtId: '0x42' },
      { sequence: 1, lostEvents: false, virtId: '0x42' },
      { sequence: 2, lostEvents: true, virtId: null },
    ]);
    const events = ok(
      (await client.data(VeventqReadDocument, { input: { veventqId: queue.id, max: 1 } })).veventqRead,
    ).events!;
    expect(events[0]!.data).toHaveLength(4);
    const word0 = BigInt(events[0]!.data[0]!);
    expect(word0 >> 32n).toBe(0x42n); // the virtual Stream ID
    expect(word0 & 0xffn).toBe(0x10n); // F_TRANSLATION
    expect(events[0]!.data[2]).toBe('0x7000000');
    // The vIOMMU is busy while its vEVENTQ exists.
    const destroy = await client.data(ObjectDestroyDocument, { input: { id: viommu.id } });
    expect(errno(destroy.objectDestroy)).toBe('EBUSY');
  });
});

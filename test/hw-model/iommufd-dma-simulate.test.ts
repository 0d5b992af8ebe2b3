// DMA faults and where they go (hw-model/iommufd/dma.ts onFault, dma-simulate.ts): page requests on a
// FAULT queue that the DMA waits for (answer SUCCESS after mapping → it completes; INVALID, detach or
// the deadline → it stops), vEVENTs with the vSID for a stage-1 fault behind a vSMMUv3 on grace-01,
// and the bounded log of unrecoverable faults.
import { describe, expect, it } from 'vitest';
import { DMA_SIMULATE_MAX_ROUNDS, dmaAccess, dmaSimulate } from '../../hw-model/dma/index.ts';
import { SMMUV3_EVT } from '../../hw-model/drivers/index.ts';
import type { PageFaultEvent } from '../../hw-model/events.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type BoundDevice,
  type Context,
  type HwptNested,
  openContext,
  UNRECOVERABLE_FAULT_LOG_SIZE,
} from '../../hw-model/iommufd/index.ts';
import { BUFFER, MOCK_APERTURE_START, mockDomain, PAGE_SIZE } from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };
const IOVA = MOCK_APERTURE_START;

/** mock-01: a device on a paging HWPT with a FAULT; pages 0 and 2 of IOVA.. mapped, page 1 not. */
function mockFaultSetUp() {
  const host = createDefaultFleet().host('mock-01')!;
  const ctx = openContext(host);
  const ioasId = ctx.ioasAlloc().id;
  ctx.ioasMap(ioasId, { iova: IOVA, length: PAGE_SIZE, userVa: BUFFER, ...rw });
  ctx.ioasMap(ioasId, {
    iova: IOVA + 2n * PAGE_SIZE,
    length: PAGE_SIZE,
    userVa: BUFFER + 2n * PAGE_SIZE,
    ...rw,
  });
  const fault = ctx.faultQueueAlloc();
  const { idevId: devId, stdev } = mockDomain(ctx, ioasId, host.device('0000:00:01.0')!);
  const hwpt = ctx.hwptAlloc({ devId, ptId: ioasId, faultId: fault.id });
  ctx.deviceReplace(devId, hwpt.id);
  const mapMissing = () =>
    ctx.ioasMap(ioasId, { iova: IOVA + PAGE_SIZE, length: PAGE_SIZE, userVa: BUFFER + PAGE_SIZE, ...rw });
  return { host, ctx, ioasId, fault, devId, stdev, hwpt, mapMissing };
}

/** Lets pending promise reactions and zero-delay timers run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/** A promise and whether it has settled yet. */
function track<T>(promise: Promise<T>) {
  const state = { done: false };
  void promise.then(() => {
    state.done = true;
  });
  return state;
}

describe('dmaSimulate with a FAULT queue (mock-01)', () => {
  it('a page request per faulting page; the DMA waits; map + SUCCESS → it completes with every byte', async () => {
    const { ctx, fault, devId, stdev, mapMissing } = mockFaultSetUp();
    const running = dmaSimulate(stdev, { iova: IOVA, length: 3n * PAGE_SIZE, access: 'WRITE' });
    const state = track(running);
    expect(fault.queued).toHaveLength(1);
    const [group] = fault.queued;
    expect(group!.device.id).toBe(devId);
    expect(group!.faults).toEqual([
      { address: IOVA + PAGE_SIZE, permissions: ['WRITE'], pasid: null, lastPage: true },
    ]);
    await settle();
    expect(state.done).toBe(false);
    mapMissing();
    const [read] = ctx.faultQueueRead(fault.id, 1);
    ctx.faultRespond(fault.id, read!.cookie!, 'SUCCESS');
    const result = await running;
    expect(result).toMatchObject({ completedBytes: 3n * PAGE_SIZE, faults: [], timedOut: false, rounds: 2 });
    expect(result.pageRequests).toEqual([group]);
    expect(fault.awaitingResponse).toEqual([]);
  });

  it('INVALID: the DMA stops at the faulting page with its fault', async () => {
    const { ctx, fault, stdev } = mockFaultSetUp();
    const running = dmaSimulate(stdev, { iova: IOVA, length: 3n * PAGE_SIZE, access: 'READ' });
    const [group] = ctx.faultQueueRead(fault.id, 5);
    expect(group!.faults[0]!.permissions).toEqual(['READ']);
    ctx.faultRespond(fault.id, group!.cookie!, 'INVALID');
    const result = await running;
    expect(result.completedBytes).toBe(PAGE_SIZE);
    expect(result.faults).toMatchObject([{ iova: IOVA + PAGE_SIZE, reason: 'NOT_MAPPED' }]);
    expect(result).toMatchObject({ timedOut: false, rounds: 1 });
  });

  it('detach while pending: the group is answered INVALID and the DMA stops', async () => {
    const { ctx, fault, devId, stdev } = mockFaultSetUp();
    const running = dmaSimulate(stdev, { iova: IOVA, length: 3n * PAGE_SIZE, access: 'WRITE' });
    const group = fault.queued[0]!;
    ctx.deviceDetach(devId);
    expect(group.responseCode).toBe('INVALID');
    const result = await running;
    expect(result.faults).toHaveLength(1);
    expect(result.completedBytes).toBe(PAGE_SIZE);
    expect(fault.queued).toEqual([]);
  });

  it('timeout: the DMA fails, the group stays pending for the reader and can still be answered', async () => {
    const { ctx, fault, stdev } = mockFaultSetUp();
    const result = await dmaSimulate(
      stdev,
      { iova: IOVA, length: 3n * PAGE_SIZE, access: 'WRITE' },
      { timeoutMs: 20 },
    );
    expect(result).toMatchObject({ completedBytes: PAGE_SIZE, timedOut: true, rounds: 1 });
    expect(result.faults).toHaveLength(1);
    const group = result.pageRequests[0]!;
    expect(fault.queued).toEqual([group]);
    expect(group.answered).toBe(false);
    const [read] = ctx.faultQueueRead(fault.id, 1);
    ctx.faultRespond(fault.id, read!.cookie!, 'SUCCESS');
    await expect(group.response).resolves.toBe('SUCCESS');
  });

  it('SUCCESS without a fix retries at most DMA_SIMULATE_MAX_ROUNDS times', async () => {
    const { ctx, fault, stdev, host } = mockFaultSetUp();
    host.events.subscribe((event) => {
      if (event.kind !== 'pageFault') return;
      queueMicrotask(() => {
        for (const group of ctx.faultQueueRead(fault.id, 10))
          ctx.faultRespond(fault.id, group.cookie!, 'SUCCESS');
      });
    });
    const result = await dmaSimulate(stdev, { iova: IOVA, length: 2n * PAGE_SIZE, access: 'READ' });
    expect(result.rounds).toBe(DMA_SIMULATE_MAX_ROUNDS);
    expect(result.pageRequests).toHaveLength(DMA_SIMULATE_MAX_ROUNDS);
    expect(result.faults).toHaveLength(1);
    expect(result.completedBytes).toBe(PAGE_SIZE);
    expect(result.timedOut).toBe(false);
  });

  it('argument errors are thrown at once, before anything is raised', async () => {
    const { fault, stdev } = mockFaultSetUp();
    await expect(dmaSimulate(stdev, { iova: IOVA, length: 0n, access: 'READ' })).rejects.toMatchObject({
      errno: 'EINVAL',
    });
    expect(fault.queued).toEqual([]);
  });
});

describe('dmaSimulate on spr-01 (VT-d) with a fault handler that maps and answers', () => {
  it('every faulting page is mapped by the handler, the DMA completes', async () => {
    const host = createDefaultFleet().host('spr-01')!;
    const ctx = openContext(host);
    const device = host.device('0000:6a:01.0')!;
    const ioasId = ctx.ioasAlloc().id;
    const fault = ctx.faultQueueAlloc();
    const devId = ctx.deviceBind(device).id;
    const hwpt = ctx.hwptAlloc({ devId, ptId: ioasId, faultId: fault.id });
    ctx.deviceAttach(devId, hwpt.id);
    const iova = 0x1000_0000n;
    const userVa = 0x7f00_0000_0000n;
    const seen: PageFaultEvent[] = [];
    host.events.subscribe((event) => {
      if (event.kind !== 'pageFault') return;
      seen.push(event);
      // The VMM's handler: read, fix the mapping, answer SUCCESS.
      queueMicrotask(() => {
        for (const group of ctx.faultQueueRead(fault.id, 10)) {
          const address = group.faults[0]!.address;
          ctx.ioasMap(ioasId, { iova: address, length: PAGE_SIZE, userVa: userVa + (address - iova), ...rw });
          ctx.faultRespond(fault.id, group.cookie!, 'SUCCESS');
        }
      });
    });
    const result = await dmaSimulate(device, { iova: iova + 0x10n, length: 4n * PAGE_SIZE, access: 'WRITE' });
    expect(result.faults).toEqual([]);
    expect(result.completedBytes).toBe(4n * PAGE_SIZE);
    // Round 1 raised all five pages' requests (4 pages + 16 bytes span five); all were mapped at once.
    expect(result.pageRequests.map((group) => group.faults[0]!.address)).toEqual(
      [0n, 1n, 2n, 3n, 4n].map((page) => iova + page * PAGE_SIZE),
    );
    expect(result.rounds).toBe(2);
    expect(seen).toHaveLength(5);
    // Group indexes come from the device's counter.
    expect(result.pageRequests.map((group) => group.groupId)).toEqual([0, 1, 2, 3, 4]);
    expect(dmaAccess(device, { iova, length: 5n * PAGE_SIZE, access: 'READ' }).faults).toEqual([]);
  });
});

describe('unrecoverable faults', () => {
  it('no FAULT and no vIOMMU: logged on the bound device, the last 256 kept; dmaSimulate does not wait', async () => {
    const host = createDefaultFleet().host('mock-01')!;
    const ctx = openContext(host);
    const ioasId = ctx.ioasAlloc().id;
    const { idevId, stdev } = mockDomain(ctx, ioasId, host.device('0000:00:01.0')!);
    const bound = ctx.object(idevId) as BoundDevice;
    const result = await dmaSimulate(stdev, { iova: IOVA, length: 300n * PAGE_SIZE, access: 'READ' });
    expect(result).toMatchObject({ completedBytes: 0n, pageRequests: [], rounds: 1, timedOut: false });
    expect(result.faults).toHaveLength(300);
    expect(bound.unrecoverableFaults).toHaveLength(UNRECOVERABLE_FAULT_LOG_SIZE);
    expect(bound.unrecoverableFaults[0]!.fault.iova).toBe(IOVA + 44n * PAGE_SIZE);
    expect(bound.unrecoverableFaults.at(-1)).toMatchObject({
      pasid: null,
      access: 'READ',
      fault: { iova: IOVA + 299n * PAGE_SIZE, reason: 'NOT_MAPPED' },
    });
  });
});

describe('vEVENT from DMA on grace-01 (arm-smmuv3 accel)', () => {
  const KIB = 1024n;
  const GPA_BASE = 0x1_0000_0000n;
  const STE_V = 1n;
  const cfg = (value: bigint) => value << 1n;
  const VSID = 0x42n;

  function accelSetUp(withQueue = true) {
    const host = createDefaultFleet().host('grace-01')!;
    const device = host.device('0000:01:00.0')!;
    const ctx: Context = openContext(host);
    const ioasId = ctx.ioasAlloc().id;
    ctx.ioasMap(ioasId, { iova: GPA_BASE, length: 1024n * KIB, userVa: 0x7f00_0000_0000n, ...rw });
    const devId = ctx.deviceBind(device).id;
    const parent = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true });
    ctx.deviceAttach(devId, parent.id);
    const viommu = ctx.viommuAlloc(devId, parent.id, 'ARM_SMMUV3');
    ctx.vdeviceAlloc(viommu.id, devId, VSID);
    const s1 = ctx.hwptAlloc({
      devId,
      ptId: viommu.id,
      data: { type: 'ARM_SMMUV3', ste: [STE_V | cfg(5n) | (GPA_BASE + 0x40_0000n), 0n] },
    }) as HwptNested;
    ctx.deviceReplace(devId, s1.id);
    const queue = withQueue ? ctx.veventqAlloc(viommu.id, 8) : null;
    const bound = ctx.object(devId) as BoundDevice;
    return { host, device, ctx, s1, queue, bound, viommu };
  }

  const RNW = 1n << 35n;
  const CLASS_IN = 2n << 40n;

  it('a read of an unmapped stage-1 address: F_TRANSLATION with vSID 0x42 in word0, the address in word2', async () => {
    const { device, ctx, s1, queue, host, bound } = accelSetUp();
    const published: unknown[] = [];
    host.events.subscribe((event) => {
      if (event.kind === 'vevent') published.push(event.event);
    });
    expect(queue!.veventqType).toBe('ARM_SMMUV3');
    const iova = 0x1000_0000n;
    ctx.stage1Map(s1.id, { iova, gpa: GPA_BASE, length: PAGE_SIZE, readable: true, writable: false });
    const result = await dmaSimulate(device, { iova, length: 2n * PAGE_SIZE, access: 'READ' });
    expect(result).toMatchObject({ completedBytes: PAGE_SIZE, pageRequests: [], rounds: 1 });
    const word0 = BigInt(SMMUV3_EVT.F_TRANSLATION) | (VSID << 32n);
    const expected = {
      sequence: 0,
      lostEvents: false,
      virtId: VSID,
      data: [word0, RNW | CLASS_IN, iova + PAGE_SIZE, 0n],
    };
    expect(queue!.queued).toEqual([expected]);
    expect(published).toEqual([expected]);
    expect(bound.unrecoverableFaults).toEqual([]);

    // A write to the read-only stage-1 page: F_PERMISSION, RnW clear.
    dmaAccess(device, { iova: iova + 0x80n, length: 8n, access: 'WRITE' });
    expect(ctx.veventqRead(queue!.id, 10)[1]).toEqual({
      sequence: 1,
      lostEvents: false,
      virtId: VSID,
      data: [BigInt(SMMUV3_EVT.F_PERMISSION) | (VSID << 32n), CLASS_IN, iova + 0x80n, 0n],
    });
  });

  it('stage-2 faults stay with the host; without a vEVENTQ stage-1 faults are unrecoverable too', () => {
    const withQueue = accelSetUp();
    const iova = 0x2000_0000n;
    // Stage 1 points past guest RAM: stage 2 faults.
    withQueue.ctx.stage1Map(withQueue.s1.id, {
      iova,
      gpa: GPA_BASE + 0x1000_0000n,
      length: PAGE_SIZE,
      readable: true,
      writable: true,
    });
    const dma = dmaAccess(withQueue.device, { iova, length: PAGE_SIZE, access: 'READ' });
    expect(dma.faults).toMatchObject([{ stage: 'STAGE2', reason: 'NOT_MAPPED' }]);
    expect(withQueue.queue!.queued).toEqual([]);
    expect(withQueue.bound.unrecoverableFaults).toMatchObject([{ fault: { stage: 'STAGE2' } }]);

    const noQueue = accelSetUp(false);
    dmaAccess(noQueue.device, { iova, length: PAGE_SIZE, access: 'READ' });
    expect(noQueue.viommu.eventQueues).toEqual([]);
    expect(noQueue.bound.unrecoverableFaults).toMatchObject([
      { fault: { stage: 'STAGE1', reason: 'NOT_MAPPED' } },
    ]);
  });
});

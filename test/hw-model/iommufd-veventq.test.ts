// vEVENTQs (iommufd_veventq_alloc, iommufd_veventq_fops_read, selftest.c): the kernel selftest's
// iommufd_viommu.vdevice_alloc event cases on mock-01, the alloc check order, sequence numbers with the
// INT_MAX wrap, the single tail LOST_EVENTS entry and the gap it leaves, and destroy ordering.
import { describe, expect, it } from 'vitest';
import type { VeventEvent } from '../../hw-model/events.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type Context,
  openContext,
  VEVENTQ_SEQUENCE_MAX,
  VEVENTQ_TYPE_CODES,
  type Vevent,
  Veventq,
} from '../../hw-model/iommufd/index.ts';
import { vEventInject } from '../../hw-model/selftest/index.ts';
import { errnoOf, expectErrnoNoChange, mockDomain } from './iommufd-helpers.ts';

const selftest = { type: 'SELFTEST', iotlb: 0xbadbeef } as const;

/** FIXTURE_SETUP(iommufd_viommu) on mock-01: mock domain, nest parent, MOCK vIOMMU, nested HWPT. */
function viommuSetUp() {
  const host = createDefaultFleet().host('mock-01')!;
  const ctx = openContext(host);
  const events: VeventEvent[] = [];
  host.events.subscribe((event) => {
    if (event.kind === 'vevent') events.push(event);
  });
  const ioasId = ctx.ioasAlloc().id;
  const { idevId: devId, stdev } = mockDomain(ctx, ioasId, host.device('0000:00:01.0')!);
  const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
  const viommuId = ctx.viommuAlloc(devId, parentId, 'MOCK').id;
  const nestedId = ctx.hwptAlloc({ devId, ptId: viommuId, data: selftest }).id;
  return { host, ctx, events, ioasId, devId, stdev, parentId, viommuId, nestedId };
}

type Self = ReturnType<typeof viommuSetUp>;

/** test_cmd_trigger_vevents: TRIGGER_VEVENT `n` times. */
function triggerVevents(self: Self, n: number): void {
  for (let i = 0; i < n; i++) vEventInject(self.stdev);
}

/**
 * _test_cmd_read_vevents: read `n` entries; a LOST_EVENTS header or a sequence gap > 1 is EOVERFLOW, a
 * wrong virt_id EINVAL; `prev` carries the last sequence seen.
 */
function readVevents(ctx: Context, queueId: number, n: number, virtId: bigint, prev: { seq: number }) {
  const read = ctx.veventqRead(queueId, n);
  if (read.length === 0) return 'EFAULT';
  for (const event of read) {
    if (event.lostEvents || event.sequence - prev.seq > 1) {
      prev.seq = event.sequence;
      return 'EOVERFLOW';
    }
    prev.seq = event.sequence;
    if (event.data[0] !== virtId) return 'EINVAL';
  }
  return 'OK';
}

describe('C: iommufd_viommu.vdevice_alloc (events)', () => {
  it('C: iommufd_viommu.vdevice_alloc', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId, nestedId, ioasId } = self;
    const prev = { seq: -1 };
    // A vDEVICE is needed before the nested HWPT takes the device.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceReplace(devId, nestedId));
    const queue = ctx.veventqAlloc(viommuId, 2);
    expect(queue).toBeInstanceOf(Veventq);
    expect(queue.veventqType).toBe('SELFTEST');
    expect(VEVENTQ_TYPE_CODES[queue.veventqType]).toBe(0xbeefbeef);
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.veventqAlloc(viommuId, 2));
    // virt_id 0x99, unset, then 0x88.
    let vdev = ctx.vdeviceAlloc(viommuId, devId, 0x99n);
    ctx.deviceReplace(devId, nestedId);
    triggerVevents(self, 1);
    expect(readVevents(ctx, queue.id, 1, 0x99n, prev)).toBe('OK');
    expect(prev.seq).toBe(0);
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.vdeviceAlloc(viommuId, devId, 0x99n));
    ctx.deviceReplace(devId, ioasId);
    ctx.destroy(vdev.id);

    vdev = ctx.vdeviceAlloc(viommuId, devId, 0x88n);
    ctx.deviceReplace(devId, nestedId);
    // An overflow with three events on a depth-2 queue.
    triggerVevents(self, 3);
    expect(readVevents(ctx, queue.id, 3, 0x88n, prev)).toBe('EOVERFLOW');
    expect(prev.seq).toBe(3);
    // The overflow is gone after the reads.
    triggerVevents(self, 1);
    expect(readVevents(ctx, queue.id, 1, 0x88n, prev)).toBe('OK');
    expect(prev.seq).toBe(4);
    ctx.deviceReplace(devId, ioasId);
    ctx.destroy(vdev.id);
    ctx.destroy(queue.id);
    expect(ctx.object(queue.id)).toBeUndefined();
  });

  it('the events the overflow case leaves: two real ones, then one LOST_EVENTS entry at the tail', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId, nestedId, events } = self;
    const queue = ctx.veventqAlloc(viommuId, 2);
    ctx.vdeviceAlloc(viommuId, devId, 0x88n);
    ctx.deviceReplace(devId, nestedId);
    triggerVevents(self, 5);
    const real = (sequence: number): Vevent => ({
      sequence,
      lostEvents: false,
      virtId: 0x88n,
      data: [0x88n],
    });
    const lost = (sequence: number): Vevent => ({ sequence, lostEvents: true, virtId: null, data: [] });
    expect(queue.queued).toEqual([real(0), real(1), lost(4)]);
    expect(queue.eventCount).toBe(2);
    // Every entry that went in was published, the replaced LOST markers too.
    expect(events.map((event) => event.event)).toEqual([real(0), real(1), lost(2), lost(3), lost(4)]);
    expect(events.every((event) => event.queue === queue && event.host === self.host)).toBe(true);
    // Reading one real event frees a slot; the tail LOST entry stays until a real event replaces it.
    expect(ctx.veventqRead(queue.id, 1)).toEqual([real(0)]);
    expect(queue.queued).toEqual([real(1), lost(4)]);
    triggerVevents(self, 1);
    expect(queue.queued).toEqual([real(1), real(5)]);
    // Full again: the next one is lost.
    triggerVevents(self, 1);
    expect(queue.queued).toEqual([real(1), real(5), lost(6)]);
    expect(ctx.veventqRead(queue.id, 10)).toEqual([real(1), real(5), lost(6)]);
    expect(queue.eventCount).toBe(0);
    triggerVevents(self, 1);
    expect(ctx.veventqRead(queue.id, 10)).toEqual([real(7)]);
  });

  it('sequence numbers wrap from INT_MAX to 0, LOST entries included', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId, nestedId } = self;
    const queue = ctx.veventqAlloc(viommuId, 2);
    ctx.vdeviceAlloc(viommuId, devId, 0x42n);
    ctx.deviceReplace(devId, nestedId);
    queue.nextSequence = VEVENTQ_SEQUENCE_MAX - 1;
    triggerVevents(self, 4);
    expect(queue.queued.map((event) => [event.sequence, event.lostEvents])).toEqual([
      [VEVENTQ_SEQUENCE_MAX - 1, false],
      [VEVENTQ_SEQUENCE_MAX, false],
      [1, true],
    ]);
    ctx.veventqRead(queue.id, 3);
    triggerVevents(self, 1);
    expect(ctx.veventqRead(queue.id, 1)).toMatchObject([{ sequence: 2, lostEvents: false }]);
  });
});

describe('vEVENTQ alloc, read and destroy', () => {
  it('IOMMU_VEVENTQ_ALLOC check order: depth (EINVAL), vIOMMU (ENOENT), one per type (EEXIST)', () => {
    const { ctx, viommuId, nestedId } = viommuSetUp();
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.veventqAlloc(999, 0));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.veventqAlloc(viommuId, 0));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.veventqAlloc(viommuId, -1));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.veventqAlloc(viommuId, 1.5));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.veventqAlloc(viommuId, 2 ** 31));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.veventqAlloc(999, 1));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.veventqAlloc(nestedId, 1));
    const queue = ctx.veventqAlloc(viommuId, 2 ** 31 - 1);
    expect(queue.depth).toBe(2 ** 31 - 1);
    expect(queue.viommu.id).toBe(viommuId);
    expect(queue.viommu.eventQueues).toEqual([queue]);
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.veventqAlloc(viommuId, 1));
  });

  it('destroy order: the vIOMMU is busy while its vEVENTQ lives', () => {
    const { ctx, viommuId, nestedId } = viommuSetUp();
    const viommu = ctx.object(viommuId)!;
    const usersBefore = viommu.users;
    const queue = ctx.veventqAlloc(viommuId, 4);
    expect(viommu.users).toBe(usersBefore + 1);
    ctx.destroy(nestedId);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(viommuId));
    ctx.destroy(queue.id);
    expect(queue.viommu.eventQueues).toEqual([]);
    expect(viommu.users).toBe(1);
    ctx.destroy(viommuId);
    expect(ctx.object(viommuId)).toBeUndefined();
  });

  it('read: ENOENT for what is no vEVENTQ, EINVAL for max < 1, empty when nothing waits', () => {
    const { ctx, viommuId } = viommuSetUp();
    const queue = ctx.veventqAlloc(viommuId, 2);
    expect(errnoOf(() => ctx.veventqRead(viommuId, 1))).toBe('ENOENT');
    expect(errnoOf(() => ctx.veventqRead(queue.id, 0))).toBe('EINVAL');
    expect(ctx.veventqRead(queue.id, 1)).toEqual([]);
  });

  it('TRIGGER_VEVENT: ENODEV unbound, ENOENT off a vIOMMU nested HWPT, EOPNOTSUPP with no vEVENTQ', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId, nestedId, host, events } = self;
    expect(errnoOf(() => vEventInject(host.device('0000:00:03.0')!))).toBe('ENODEV');
    // On the IOAS's auto domain, no vDEVICE.
    expect(errnoOf(() => vEventInject(self.stdev))).toBe('ENOENT');
    ctx.vdeviceAlloc(viommuId, devId, 0x99n);
    expect(errnoOf(() => vEventInject(self.stdev))).toBe('ENOENT');
    ctx.deviceReplace(devId, nestedId);
    // No vEVENTQ: the event is dropped and the driver's EOPNOTSUPP comes back.
    expect(errnoOf(() => vEventInject(self.stdev))).toBe('EOPNOTSUPP');
    expect(events).toEqual([]);
    const queue = ctx.veventqAlloc(viommuId, 1);
    expect(vEventInject(self.stdev)).toEqual({
      sequence: 0,
      lostEvents: false,
      virtId: 0x99n,
      data: [0x99n],
    });
    expect(queue.queued).toHaveLength(1);
  });
});

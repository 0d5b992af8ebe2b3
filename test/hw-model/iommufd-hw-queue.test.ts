// IOMMU_HW_QUEUE_ALLOC (iommufd_hw_queue_alloc_ioctl, mock_hw_queue_init_phys, 6.17): the selftest's
// iommufd_viommu.hw_queue on mock-01, with the core's check order, the pinning (UNMAP EBUSY, non-contiguous
// EFAULT) and the mock's index rules; every failure changes nothing.
import { describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { type HwQueueAllocArgs, openContext } from '../../hw-model/iommufd/index.ts';
import { MOCK_APERTURE_START } from '../../hw-model/selftest/mock-iommu.ts';
import { BUFFER, errnoOf, expectErrnoNoChange, mockDomain, PAGE_SIZE } from './iommufd-helpers.ts';

/** FIXTURE_SETUP(iommufd_viommu) on mock-01: mock domain, nest parent, MOCK vIOMMU. */
function viommuSetUp() {
  const host = createDefaultFleet().host('mock-01')!;
  const ctx = openContext(host);
  const ioasId = ctx.ioasAlloc().id;
  const { idevId: devId } = mockDomain(ctx, ioasId, host.device('0000:00:01.0')!);
  const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
  const viommuId = ctx.viommuAlloc(devId, parentId, 'MOCK').id;
  return { ctx, ioasId, viommuId };
}

const queue = (index: number, nestingParentIova: bigint, length = PAGE_SIZE): HwQueueAllocArgs => ({
  type: 'SELFTEST',
  index,
  nestingParentIova,
  length,
});

describe('IOMMU_HW_QUEUE_ALLOC (mock vIOMMU)', () => {
  it('C: iommufd_viommu.hw_queue', () => {
    const { ctx, ioasId, viommuId } = viommuSetUp();
    const alloc = (args: HwQueueAllocArgs) => () => ctx.hwQueueAlloc(viommuId, args);
    const start = MOCK_APERTURE_START;
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', alloc({ ...queue(0, start), type: 'DEFAULT' }));
    expectErrnoNoChange(ctx, 'EINVAL', alloc(queue(0, start, 0n)));
    expectErrnoNoChange(ctx, 'EOVERFLOW', alloc(queue(0, 2n ** 64n - 1n)));
    expectErrnoNoChange(ctx, 'ENOENT', alloc(queue(0, start)));

    const iova = ctx.ioasMap(ioasId, { userVa: BUFFER, length: PAGE_SIZE, readable: true, writable: true });
    const iova2 = ctx.ioasMap(ioasId, {
      userVa: BUFFER + PAGE_SIZE,
      length: PAGE_SIZE,
      readable: true,
      writable: true,
    });
    expectErrnoNoChange(ctx, 'EIO', alloc(queue(1, iova)));
    expectErrnoNoChange(ctx, 'EINVAL', alloc(queue(2, iova)));

    const first = ctx.hwQueueAlloc(viommuId, queue(0, iova));
    expect([first.type, first.index, first.nestingParentIova, first.length]).toEqual([
      'HW_QUEUE',
      0,
      iova,
      PAGE_SIZE,
    ]);
    expectErrnoNoChange(ctx, 'EEXIST', alloc(queue(0, iova)));
    // The queue's page is locked by its internal access; the second page is not.
    expect(ctx.ioasUnmap(ioasId, iova, PAGE_SIZE).error?.errno).toBe('EBUSY');
    expect(ctx.ioasUnmap(ioasId, iova2, PAGE_SIZE)).toEqual({ unmapped: PAGE_SIZE, error: null });

    const second = ctx.hwQueueAlloc(viommuId, queue(1, iova + PAGE_SIZE / 2n, PAGE_SIZE / 2n));
    expect(second.basePhys - first.basePhys).toBe(PAGE_SIZE / 2n);
    // Queue 1 holds queue 0; the queues hold the vIOMMU.
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(first.id));
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(viommuId));
    ctx.destroy(second.id);
    ctx.destroy(first.id);
    expect(ctx.ioasUnmap(ioasId, iova, PAGE_SIZE)).toEqual({ unmapped: PAGE_SIZE, error: null });
    ctx.destroy(viommuId);
  });

  it('unmap-all stops at the locked area with EBUSY; non-zero flags are EOPNOTSUPP', () => {
    const { ctx, ioasId, viommuId } = viommuSetUp();
    const iova = ctx.ioasMap(ioasId, { userVa: BUFFER, length: PAGE_SIZE, readable: true, writable: true });
    expect(errnoOf(() => ctx.hwQueueAlloc(viommuId, { ...queue(0, iova), flags: 1 }))).toBe('EOPNOTSUPP');
    ctx.hwQueueAlloc(viommuId, queue(0, iova));
    expect(ctx.ioasUnmap(ioasId, 0n, 2n ** 64n - 1n).error?.errno).toBe('EBUSY');
    expect(ctx.lookup(ioasId, 'IOAS', 'ioasId').iopt.areaContaining(iova)).toBeDefined();
  });

  it('a queue over pages without one physical run is EFAULT; a vIOMMU without queue ops EOPNOTSUPP', () => {
    const { ctx, ioasId, viommuId } = viommuSetUp();
    // The later page of the process is pinned first, so its frame comes first: in IOVA order the frames go down.
    const rw = { readable: true, writable: true, length: PAGE_SIZE } as const;
    const a = MOCK_APERTURE_START;
    ctx.ioasMap(ioasId, { ...rw, userVa: BUFFER + 64n * PAGE_SIZE, iova: a + PAGE_SIZE });
    ctx.ioasMap(ioasId, { ...rw, userVa: BUFFER, iova: a });
    expectErrnoNoChange(ctx, 'EFAULT', () => ctx.hwQueueAlloc(viommuId, queue(0, a, 2n * PAGE_SIZE)));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwQueueAlloc(viommuId, { ...queue(0, a), type: 'TEGRA241_CMDQV' }),
    );
  });

  it('closing the context with two queues releases them leaf first and unpins everything', () => {
    const { ctx, ioasId, viommuId } = viommuSetUp();
    const iova = ctx.ioasMap(ioasId, { userVa: BUFFER, length: PAGE_SIZE, readable: true, writable: true });
    ctx.hwQueueAlloc(viommuId, queue(0, iova));
    ctx.hwQueueAlloc(viommuId, queue(1, iova, PAGE_SIZE / 2n));
    ctx.close();
    expect(ctx.pinnedPages).toBe(0n);
    expect(ctx.objects()).toEqual([]);
  });
});

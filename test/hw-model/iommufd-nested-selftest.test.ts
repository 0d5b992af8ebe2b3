// The kernel selftest's nested-HWPT and vIOMMU cases (tools/testing/selftests/iommu/iommufd.c:
// iommufd_ioas.alloc_hwpt_nested, iommufd_viommu.*), against the model on the selftest-mock host.
// What the model cannot express (a NONE data type with a length, short or NULL data buffers, FAULT
// queues and IOPF/vEVENT triggers) is left out of these cases.
import { describe, expect, it } from 'vitest';
import type { InvalidationEvent } from '../../hw-model/events.ts';
import {
  type BoundDevice,
  type Context,
  HwptNested,
  type InvalidationRequest,
  Vdevice,
  Viommu,
} from '../../hw-model/iommufd/index.ts';
import { MOCK_DEV_CACHE_DEFAULT, mockDeviceCache, mockIotlb } from '../../hw-model/selftest/index.ts';
import { errnoOf, expectErrnoNoChange, mockContext, mockDomain } from './iommufd-helpers.ts';

/** IOMMU_TEST_IOTLB_DEFAULT. */
const IOTLB_DEFAULT = 0xbadbeef;
const selftest = { type: 'SELFTEST', iotlb: IOTLB_DEFAULT } as const;
const ALL = 1;

const inv = (flags: number, id: number): InvalidationRequest => ({ type: 'SELFTEST', flags, id });
const vinv = (flags: number, vdevId: bigint, id: number): InvalidationRequest => ({
  type: 'SELFTEST',
  flags,
  id,
  vdevId,
});

function nestedOf(ctx: Context, id: number): HwptNested {
  const hwpt = ctx.object(id);
  if (!(hwpt instanceof HwptNested)) throw new Error(`${id} is not a nested HWPT`);
  return hwpt;
}

const iotlbs = (ctx: Context, id: number) => [0, 1, 2, 3].map((i) => mockIotlb(nestedOf(ctx, id), i));

describe('C: iommufd_ioas.alloc_hwpt_nested', () => {
  it('C: iommufd_ioas.alloc_hwpt_nested (mock_domain variant)', () => {
    const { ctx, devices, host } = mockContext(2);
    const events: InvalidationEvent[] = [];
    host.events.subscribe((event) => {
      if (event.kind === 'invalidation') events.push(event);
    });
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId } = mockDomain(ctx, ioasId, devices[0]!);

    // Negative tests.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId: ioasId, ptId: devId }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: devId }));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true, faultId: 1 }),
    );
    const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
    const notParentId = ctx.hwptAlloc({ devId, ptId: ioasId }).id;

    // Negative nested tests: a data type the mock does not take, a flag, a non-parent.
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({
        devId,
        ptId: parentId,
        data: { type: 'VTD_S1', pgtblAddr: 0n, addrWidth: 48, flags: 0 },
      }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.hwptAlloc({ devId, ptId: parentId }));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: parentId, nestParent: true, data: selftest }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: notParentId, data: selftest }));

    // Two nested HWPTs sharing one parent; a FAULT ID that is no FAULT is ENOENT.
    const nested0 = ctx.hwptAlloc({ devId, ptId: parentId, data: selftest }).id;
    const nested1 = ctx.hwptAlloc({ devId, ptId: parentId, data: selftest }).id;
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.hwptAlloc({ devId, ptId: parentId, faultId: 2 ** 32 - 1, data: selftest }),
    );
    expect(iotlbs(ctx, nested0)).toEqual([IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT]);
    expect(iotlbs(ctx, nested1)).toEqual([IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT]);
    expect(nestedOf(ctx, nested0).parent.id).toBe(parentId);

    // A nested HWPT on top of a nested HWPT; the parent cannot be freed now.
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: nested0, data: selftest }));
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(parentId));

    // hwpt_invalidate does not take a parent HWPT.
    expect(ctx.hwptInvalidate(parentId, [inv(0, 0)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    // A zero-length array probes.
    expect(ctx.hwptInvalidate(nested0, [])).toEqual({ entriesHandled: 0, error: null });
    // An invalid data type.
    const wrongType: InvalidationRequest = { type: 'VTD_S1', addr: 0n, npages: 1n, leaf: false };
    expect(ctx.hwptInvalidate(nested0, [wrongType])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    // An invalid flag.
    expect(ctx.hwptInvalidate(nested0, [inv(0xffffffff, 0)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EOPNOTSUPP' },
    });
    // An invalid iotlb_id.
    expect(ctx.hwptInvalidate(nested0, [inv(0, 4)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    expect(iotlbs(ctx, nested0)).toEqual([IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT]);
    expect(events).toEqual([]);

    // The 1st entry goes, the 2nd fails on its flags.
    expect(ctx.hwptInvalidate(nested0, [inv(0, 0), inv(0xffffffff, 1)])).toMatchObject({
      entriesHandled: 1,
      error: { errno: 'EOPNOTSUPP', field: 'requests.1.flags' },
    });
    expect(iotlbs(ctx, nested0)).toEqual([0, IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ scope: 'DOMAIN', target: { id: nested0 }, virtId: null, device: null });

    // The 1st entry goes, the 2nd fails on its iotlb_id.
    expect(ctx.hwptInvalidate(nested0, [inv(0, 0), inv(0, 4)])).toMatchObject({
      entriesHandled: 1,
      error: { errno: 'EINVAL' },
    });
    expect(iotlbs(ctx, nested0)).toEqual([0, IOTLB_DEFAULT, IOTLB_DEFAULT, IOTLB_DEFAULT]);

    // The 2nd entry, then the 3rd and 4th.
    expect(ctx.hwptInvalidate(nested0, [inv(0, 1)])).toEqual({ entriesHandled: 1, error: null });
    expect(iotlbs(ctx, nested0)).toEqual([0, 0, IOTLB_DEFAULT, IOTLB_DEFAULT]);
    expect(ctx.hwptInvalidate(nested0, [inv(0, 2), inv(0, 3)])).toEqual({ entriesHandled: 2, error: null });
    expect(iotlbs(ctx, nested0)).toEqual([0, 0, 0, 0]);

    // ALL on the other HWPT.
    expect(ctx.hwptInvalidate(nested1, [inv(ALL, 0)])).toEqual({ entriesHandled: 1, error: null });
    expect(iotlbs(ctx, nested1)).toEqual([0, 0, 0, 0]);
    expect(events.at(-1)).toMatchObject({ scope: 'ALL', target: { id: nested1 } });

    // Attached, the nested HWPT is busy; replace moves the device between nested HWPTs.
    ctx.deviceReplace(devId, nested0);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(nested0));
    ctx.deviceReplace(devId, nested1);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(nested1));
    ctx.destroy(nested0);

    // Back to the parent, then the IOAS; everything can go.
    ctx.deviceReplace(devId, parentId);
    ctx.destroy(nested1);
    ctx.deviceReplace(devId, ioasId);
    ctx.destroy(parentId);
    ctx.destroy(notParentId);
    expect(ctx.objects().map((o) => o.type)).toEqual(['IOAS', 'DEVICE', 'HWPT_PAGING']);
    ctx.close();
  });

  it('C: iommufd_ioas.alloc_hwpt_nested (no_domain variant): no device, no HWPT', () => {
    const { ctx } = mockContext(1);
    ctx.ioasAlloc();
    expect(errnoOf(() => ctx.hwptAlloc({ devId: 0, ptId: 1, nestParent: true }))).toBe('ENOENT');
    expect(errnoOf(() => ctx.hwptAlloc({ devId: 0, ptId: 0, data: selftest }))).toBe('ENOENT');
    expect(errnoOf(() => ctx.deviceReplace(0, 0))).toBe('ENOENT');
  });

  it('a nested HWPT holds its parent: one user each, released on destroy', () => {
    const { ctx, devices } = mockContext(1);
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId } = mockDomain(ctx, ioasId, devices[0]!);
    const parent = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true });
    expect(parent.users).toBe(1);
    const nested = ctx.hwptAlloc({ devId, ptId: parent.id, data: selftest });
    expect(parent.users).toBe(2);
    ctx.destroy(nested.id);
    expect(parent.users).toBe(1);
    ctx.destroy(parent.id);
  });

  it('the mock takes its SELFTEST data on an IOAS (paging HWPT); other data types there are EOPNOTSUPP', () => {
    const { ctx, devices } = mockContext(1);
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId } = mockDomain(ctx, ioasId, devices[0]!);
    expect(ctx.hwptAlloc({ devId, ptId: ioasId, data: selftest }).type).toBe('HWPT_PAGING');
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: ioasId, data: { type: 'ARM_SMMUV3', ste: [0n, 0n] } }),
    );
  });
});

interface ViommuFixture {
  ctx: Context;
  ioasId: number;
  devId: number;
  parentId: number;
  viommuId: number;
  nestedId: number;
}

/** FIXTURE_SETUP(iommufd_viommu), viommu variant. */
function viommuSetUp(): ViommuFixture & ReturnType<typeof mockContext> {
  const env = mockContext(2);
  const { ctx, devices } = env;
  const ioasId = ctx.ioasAlloc().id;
  const { idevId: devId } = mockDomain(ctx, ioasId, devices[0]!);
  const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
  const viommuId = ctx.viommuAlloc(devId, parentId, 'MOCK').id;
  const nestedId = ctx.hwptAlloc({ devId, ptId: viommuId, data: selftest }).id;
  return { ...env, ioasId, devId, parentId, viommuId, nestedId };
}

describe('C: iommufd_viommu', () => {
  it('C: iommufd_viommu fixture: the vIOMMU holds the parent, the nested HWPT the vIOMMU (not the parent)', () => {
    const self = viommuSetUp();
    const { ctx } = self;
    const viommu = ctx.object(self.viommuId) as Viommu;
    expect(viommu).toBeInstanceOf(Viommu);
    expect(viommu.parent.id).toBe(self.parentId);
    expect(viommu.viommuType).toBe('MOCK');
    expect(viommu.eventQueues).toEqual([]);
    expect(ctx.object(self.parentId)!.users).toBe(2);
    expect(viommu.users).toBe(2);
    const nested = nestedOf(ctx, self.nestedId);
    expect(nested.viommu).toBe(viommu);
    expect(nested.parent.id).toBe(self.parentId);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(self.parentId));
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(self.viommuId));
    ctx.destroy(self.nestedId);
    ctx.destroy(self.viommuId);
    ctx.destroy(self.parentId);
    ctx.close();
  });

  it('C: iommufd_viommu.viommu_alloc_nested_iopf (without the FAULT queue)', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId } = self;
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.hwptAlloc({ devId, ptId: viommuId, faultId: 2 ** 32 - 1, data: selftest }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: viommuId, dirtyTracking: true, data: selftest }),
    );
    // Must allocate a vDEVICE before attaching to a vIOMMU-nested HWPT.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceReplace(devId, self.nestedId));
    const vdevId = ctx.vdeviceAlloc(viommuId, devId, 0x99n).id;
    ctx.deviceReplace(devId, self.nestedId);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(self.nestedId));
    ctx.deviceReplace(devId, self.ioasId);
    ctx.destroy(self.nestedId);
    ctx.destroy(vdevId);
    ctx.close();
  });

  it('C: iommufd_viommu.vdevice_alloc (EEXIST cases)', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId } = self;
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceReplace(devId, self.nestedId));
    const vdev = ctx.vdeviceAlloc(viommuId, devId, 0x99n);
    expect(vdev).toBeInstanceOf(Vdevice);
    expect(vdev.virtId).toBe(0x99n);
    expect(vdev.viommu.id).toBe(viommuId);
    expect((ctx.object(devId) as BoundDevice).vdevice).toBe(vdev);
    ctx.deviceReplace(devId, self.nestedId);
    // One vDEVICE per device, whatever its virtual ID.
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.vdeviceAlloc(viommuId, devId, 0x99n));
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.vdeviceAlloc(viommuId, devId, 0x88n));
    ctx.deviceReplace(devId, self.ioasId);
    ctx.destroy(vdev.id);
    // Again with 0x88.
    const again = ctx.vdeviceAlloc(viommuId, devId, 0x88n);
    ctx.deviceReplace(devId, self.nestedId);
    ctx.deviceReplace(devId, self.ioasId);
    ctx.destroy(again.id);
    ctx.close();
  });

  it('C: iommufd_viommu.vdevice_alloc: a virtual ID is unique within its vIOMMU (EEXIST)', () => {
    const self = viommuSetUp();
    const { ctx, devices, viommuId } = self;
    ctx.vdeviceAlloc(viommuId, self.devId, 0x99n);
    const other = mockDomain(ctx, self.ioasId, devices[1]!).idevId;
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.vdeviceAlloc(viommuId, other, 0x99n));
    expect(ctx.vdeviceAlloc(viommuId, other, 0x9an).virtId).toBe(0x9an);
    expect((ctx.object(viommuId) as Viommu).vdevices.map((v) => v.virtId)).toEqual([0x99n, 0x9an]);
  });

  it('C: iommufd_viommu.vdevice_alloc (no_viommu variant): ENOENT', () => {
    const { ctx } = mockContext(1);
    ctx.ioasAlloc();
    expect(errnoOf(() => ctx.vdeviceAlloc(0, 0, 0x99n))).toBe('ENOENT');
  });

  it('C: iommufd_viommu.vdevice_tombstone: unbinding the device leaves the vDEVICE ID a tombstone', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId } = self;
    const vdevId = ctx.vdeviceAlloc(viommuId, devId, 0x99n).id;
    expect((ctx.object(viommuId) as Viommu).users).toBe(3);
    ctx.deviceUnbind(devId); // destroying stdev_id
    expect(ctx.object(vdevId)).toBeUndefined();
    expect(errnoOf(() => ctx.destroy(vdevId))).toBe('ENOENT');
    expect((ctx.object(viommuId) as Viommu).users).toBe(2);
    expect((ctx.object(viommuId) as Viommu).vdevices).toEqual([]);
    // The ID is not handed out again before the context closes.
    const fresh = [1, 2, 3].map(() => ctx.ioasAlloc().id);
    // The device's ID and its auto domain's are free again; the vDEVICE's is skipped.
    expect(fresh).toEqual([devId, devId + 1, vdevId + 1]);
    ctx.destroy(self.nestedId);
    ctx.destroy(viommuId);
    ctx.close();
  });

  it('C: iommufd_viommu.vdevice_cache', () => {
    const self = viommuSetUp();
    const { ctx, devId, viommuId, host } = self;
    const events: InvalidationEvent[] = [];
    host.events.subscribe((event) => {
      if (event.kind === 'invalidation') events.push(event);
    });
    const vdev = ctx.vdeviceAlloc(viommuId, devId, 0x99n);
    const bound = vdev.device;
    const cache = () => [0, 1, 2, 3].map((i) => mockDeviceCache(bound, i));
    const D = MOCK_DEV_CACHE_DEFAULT;
    expect(cache()).toEqual([D, D, D, D]);
    expect(mockDeviceCache(vdev.device, 3)).toBe(0xbaddad);

    // A zero-length array checks the type.
    expect(ctx.hwptInvalidate(viommuId, [])).toEqual({ entriesHandled: 0, error: null });
    // An invalid data type.
    const smmu: InvalidationRequest = { type: 'ARM_SMMUV3', cmd: [0x10n, 0n] };
    expect(ctx.hwptInvalidate(viommuId, [smmu])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    // An invalid flag, cache_id, vdev_id.
    expect(ctx.hwptInvalidate(viommuId, [vinv(0xffffffff, 0x99n, 0)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EOPNOTSUPP' },
    });
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x99n, 4)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x9n, 0)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL', field: 'requests.0.vdevId' },
    });
    expect(cache()).toEqual([D, D, D, D]);
    expect(events).toEqual([]);

    // 1st goes, 2nd fails on flags; then on cache_id.
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x99n, 0), vinv(0xffffffff, 0x99n, 1)])).toMatchObject({
      entriesHandled: 1,
      error: { errno: 'EOPNOTSUPP' },
    });
    expect(cache()).toEqual([0, D, D, D]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      scope: 'DEVICE_TLB',
      target: { id: viommuId },
      virtId: 0x99n,
      device: self.devices[0],
    });
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x99n, 0), vinv(0, 0x99n, 4)])).toMatchObject({
      entriesHandled: 1,
      error: { errno: 'EINVAL' },
    });
    expect(cache()).toEqual([0, D, D, D]);

    // The 2nd entry; the 3rd and 4th; then all.
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x99n, 1)])).toEqual({ entriesHandled: 1, error: null });
    expect(cache()).toEqual([0, 0, D, D]);
    expect(ctx.hwptInvalidate(viommuId, [vinv(0, 0x99n, 2), vinv(0, 0x99n, 3)])).toEqual({
      entriesHandled: 2,
      error: null,
    });
    expect(cache()).toEqual([0, 0, 0, 0]);
    const other = mockDomain(ctx, self.ioasId, self.devices[1]!).idevId;
    const otherVdev = ctx.vdeviceAlloc(viommuId, other, 0x77n);
    expect(ctx.hwptInvalidate(viommuId, [vinv(ALL, 0x77n, 0)])).toEqual({ entriesHandled: 1, error: null });
    expect([0, 1, 2, 3].map((i) => mockDeviceCache(otherVdev.device, i))).toEqual([0, 0, 0, 0]);
    ctx.destroy(vdev.id);
  });
});

describe('vIOMMU and vDEVICE allocation checks, in kernel order', () => {
  it('IOMMU_VIOMMU_ALLOC: dev ENOENT, type EOPNOTSUPP, hwpt ENOENT, not a nest parent EINVAL', () => {
    const { ctx, devices } = mockContext(1);
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId, hwptId: autoId } = mockDomain(ctx, ioasId, devices[0]!);
    const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.viommuAlloc(99, 99, 'ARM_SMMUV3'));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.viommuAlloc(devId, 99, 'ARM_SMMUV3'));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.viommuAlloc(devId, parentId, 'INTEL_VTD'));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.viommuAlloc(devId, 99, 'MOCK'));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.viommuAlloc(devId, ioasId, 'MOCK'));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.viommuAlloc(devId, autoId, 'MOCK'));
    expect(ctx.viommuAlloc(devId, parentId, 'MOCK').iommu).toBe(devices[0]!.iommu);
  });

  it('IOMMU_VDEVICE_ALLOC: virtId > ULONG_MAX EINVAL before the lookups', () => {
    const { ctx } = mockContext(1);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.vdeviceAlloc(99, 99, 1n << 64n));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.vdeviceAlloc(99, 99, 1n));
  });

  it('HWPT_INVALIDATE: unknown ID ENOENT, IOAS and paging HWPT EINVAL, also as probes', () => {
    const { ctx, devices } = mockContext(1);
    const ioasId = ctx.ioasAlloc().id;
    const { hwptId } = mockDomain(ctx, ioasId, devices[0]!);
    expect(ctx.hwptInvalidate(99, [])).toMatchObject({ entriesHandled: 0, error: { errno: 'ENOENT' } });
    expect(ctx.hwptInvalidate(ioasId, [])).toMatchObject({ entriesHandled: 0, error: { errno: 'EINVAL' } });
    expect(ctx.hwptInvalidate(hwptId, [inv(0, 0)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
  });
});

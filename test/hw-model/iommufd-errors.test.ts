// Every Context method against bad IDs, wrong object types and bad numbers: the kernel's errno, in the
// kernel's check order, and no change of state.
import { describe, expect, it } from 'vitest';
import { PciDevice } from '../../hw-model/host/device.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import type { Host } from '../../hw-model/host/host.ts';
import { type Context, type HwptPaging, openContext, USER_VA_LAST } from '../../hw-model/iommufd/index.ts';
import { ConfigSpace } from '../../hw-model/pci/config-space.ts';
import { ioasAddReserved } from '../../hw-model/selftest/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import {
  BUFFER,
  customHost,
  errnoOf,
  expectErrnoNoChange,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockContext,
  PAGE_SIZE,
  snapshot,
  TestIommu,
} from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };

/** A mock context with an IOAS (auto domain, device 0 attached), a bare IOAS, and a bound device. */
function world() {
  const env = mockContext(4);
  const { ctx, devices } = env;
  const ioas = ctx.ioasAlloc().id; // 1
  const dev = ctx.deviceBind(devices[0]!).id; // 2
  const hwpt = ctx.deviceAttach(dev, ioas).id; // 3
  const bare = ctx.ioasAlloc().id; // 4
  const spare = ctx.deviceBind(devices[1]!).id; // 5
  return { ...env, ioas, dev, hwpt, bare, spare };
}

const map = (ctx: Context, ioasId: number, args: Partial<Parameters<Context['ioasMap']>[1]> = {}) =>
  ctx.ioasMap(ioasId, { length: PAGE_SIZE, userVa: BUFFER, ...rw, ...args });

describe('object table', () => {
  it('hands out the lowest free ID, reuses destroyed IDs, and a failed create leaves none', () => {
    const { ctx, ioas, bare, dev } = world();
    ctx.destroy(bare);
    // HWPT_ALLOC failing after the domain joined (no such FAULT) keeps no ID.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId: dev, ptId: ioas, faultId: 99 }));
    expect(ctx.ioasAlloc().id).toBe(bare);
    expect(ctx.ioasAlloc().id).toBe(6);
  });

  it('destroy: absent, out-of-range and reserved IDs are ENOENT', () => {
    const { ctx } = world();
    for (const id of [0, -1, 99, 2 ** 31, 1.5, Number.NaN])
      expectErrnoNoChange(ctx, 'ENOENT', () => ctx.destroy(id));
  });

  it('destroy: anything still referenced is EBUSY', () => {
    const { ctx, ioas, dev, hwpt, spare } = world();
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(ioas)); // held by its HWPT
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(hwpt)); // held by the attachment
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(dev)); // bound: goes with unbind only
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(spare));
  });

  it('a manual HWPT keeps its IOAS busy until it is destroyed', () => {
    const { ctx, bare, spare } = world();
    const manual = ctx.hwptAlloc({ devId: spare, ptId: bare });
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(bare));
    ctx.destroy(manual.id);
    ctx.destroy(bare);
    expect(ctx.object(bare)).toBeUndefined();
  });

  it('a tombstoned ID is ENOENT to everything and not reused until close', () => {
    const { ctx, bare } = world();
    const object = ctx.object(bare)!;
    ctx.tombstone(object);
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.destroy(bare));
    expectErrnoNoChange(ctx, 'ENOENT', () => map(ctx, bare));
    expect(ctx.objects().map((o) => o.id)).not.toContain(bare);
    expect(ctx.ioasAlloc().id).toBe(6);
  });

  it('close destroys leaf-first, unbinds devices, and then every call is EBADF', () => {
    const { ctx, devices, ioas, spare, bare } = world();
    ctx.hwptAlloc({ devId: spare, ptId: bare });
    map(ctx, ioas);
    expect(ctx.pinnedPages).toBe(1n);
    expect(ctx.close()).toBe(6);
    expect(ctx.closed).toBe(true);
    expect(ctx.pinnedPages).toBe(0n);
    expect(devices[0]!.binding).toBeNull();
    expect(errnoOf(() => ctx.ioasAlloc())).toBe('EBADF');
    expect(errnoOf(() => ctx.close())).toBe('EBADF');
    expect(errnoOf(() => ctx.deviceBind(devices[2]!))).toBe('EBADF');
    expect(errnoOf(() => map(ctx, ioas))).toBe('EBADF');
    expect(ctx.ioasUnmap(ioas, 0n, U64_MAX).error?.errno).toBe('EBADF');
  });

  it('contexts are numbered per host and listed while open', async () => {
    const { host } = mockContext();
    const { contextsOf } = await import('../../hw-model/iommufd/index.ts');
    const a = openContext(host);
    const b = openContext(host);
    expect(contextsOf(host).map((c) => c.serial)).toEqual([1, 2, 3]);
    a.close();
    expect(contextsOf(host)).toEqual([contextsOf(host)[0], b]);
  });

  it('memlock limit cannot be negative', () => {
    const { ctx } = world();
    expect(errnoOf(() => (ctx.memlockLimit = -1n))).toBe('EINVAL');
    expect(ctx.memlockLimit).toBe(64n << 30n);
  });
});

describe('deviceBind / deviceUnbind', () => {
  it('binds only devices of its host, once, to one DMA owner', () => {
    const { ctx, devices, fleet } = world();
    const other = fleet.createHost({ name: 'other', profile: 'selftest-mock' });
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceBind(other.devices[0]!));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceBind(devices[0]!));
    const second = openContext(ctx.host);
    expectErrnoNoChange(ctx, 'EINVAL', () => second.deviceBind(devices[0]!));
  });

  it('iommufd_device_bind: a device bound through another VFIO cdev fd is EINVAL, whichever context holds it', () => {
    const { ctx, devices, dev } = world();
    const second = openContext(ctx.host);
    // vfio_df_open: the cdev path opens a device once (open_count != 0 → EINVAL), before iommufd's
    // DMA-ownership claim could say EBUSY.
    expectErrnoNoChange(second, 'EINVAL', () => second.deviceBind(devices[0]!));
    expect(devices[0]!.binding).toBe(ctx.object(dev));
  });

  // Was ENODEV: a device no IOMMU translates fails device_iommu_capable() first (EINVAL), as
  // vfio-pci's vfio_group_find_or_alloc does without an iommu_group.
  it('a device without an IOMMU (so without a group) is EINVAL', () => {
    const { ctx } = world();
    const loose = new PciDevice({ host: ctx.host, bdf: '0000:ee:00.0', config: new ConfigSpace() });
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceBind(loose));
  });

  it('DMA ownership is per group: a sibling owned by another context is EBUSY', () => {
    const host = sprHost();
    const group = host.groups.find((g) => g.devices.length > 1)!;
    const a = openContext(host);
    const b = openContext(host);
    a.deviceBind(group.devices[0]!);
    expectErrnoNoChange(b, 'EBUSY', () => b.deviceBind(group.devices[1]!));
    expect(a.deviceBind(group.devices[1]!).type).toBe('DEVICE');
  });

  it('unbind: bad and wrong-type IDs are ENOENT; unbind detaches and frees the auto domain', () => {
    const { ctx, ioas, dev, hwpt, devices } = world();
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceUnbind(99));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceUnbind(ioas));
    expect(ctx.deviceUnbind(dev)).toBe(devices[0]);
    expect(ctx.object(hwpt)).toBeUndefined();
    expect(ctx.object(dev)).toBeUndefined();
    expect(devices[0]!.binding).toBeNull();
    ctx.destroy(ioas);
  });
});

describe('deviceAttach / deviceReplace / deviceDetach', () => {
  it('bad device IDs are ENOENT, bad pt IDs ENOENT, other object types EINVAL', () => {
    const { ctx, ioas, spare } = world();
    for (const call of [
      () => ctx.deviceAttach(99, ioas),
      () => ctx.deviceAttach(ioas, ioas),
      () => ctx.deviceReplace(99, ioas),
      () => ctx.deviceDetach(99),
      () => ctx.deviceDetach(ioas),
      () => ctx.deviceAttach(spare, 99),
      () => ctx.deviceAttach(spare, 0),
    ]) {
      expectErrnoNoChange(ctx, 'ENOENT', call);
    }
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(spare, spare));
  });

  it('attach when attached is EBUSY, replace when not attached EINVAL, detach of nothing a no-op', () => {
    const { ctx, ioas, dev, hwpt, spare, bare } = world();
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.deviceAttach(dev, ioas));
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.deviceAttach(dev, hwpt));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(spare, hwpt));
    // Replace via an IOAS joins a new auto domain first, then refuses: nothing remains of it.
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(spare, bare));
    const before = JSON.stringify(ctx.objects().map((o) => [o.id, o.users]));
    ctx.deviceDetach(spare);
    expect(JSON.stringify(ctx.objects().map((o) => [o.id, o.users]))).toBe(before);
  });

  it('replace to the same HWPT is a no-op; to another IOAS moves and frees the old auto domain', () => {
    const { ctx, dev, hwpt, bare } = world();
    expect(ctx.deviceReplace(dev, hwpt).id).toBe(hwpt);
    const moved = ctx.deviceReplace(dev, bare) as HwptPaging;
    expect(moved.ioas.id).toBe(bare);
    expect(ctx.object(hwpt)).toBeUndefined();
    ctx.deviceDetach(dev);
    expect(ctx.object(moved.id)).toBeUndefined();
  });

  it('PASIDs: an IOAS or a plain device is EINVAL, replace of nothing EINVAL, detach of nothing a no-op', () => {
    const { ctx, ioas, dev, spare } = world();
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(spare, ioas, 1));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(dev, ioas, 1));
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN])
      expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceDetach(dev, bad));
    const before = snapshot(ctx);
    ctx.deviceDetach(dev, 1);
    expect(snapshot(ctx)).toEqual(before);
  });

  it('a domain cannot join over an area outside its aperture (EADDRINUSE)', () => {
    const { ctx, bare, spare } = world();
    map(ctx, bare, { iova: 0x1000n });
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.deviceAttach(spare, bare));
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.hwptAlloc({ devId: spare, ptId: bare }));
  });

  it('a domain joining pins every area: unbacked memory is EFAULT, over memlock ENOMEM', () => {
    const { ctx, bare, spare } = world();
    // Without a domain nothing is pinned, so an unbacked address maps (iopt_map_user_pages).
    const iova = map(ctx, bare, { userVa: USER_VA_LAST + 1n, iova: MOCK_APERTURE_START });
    expectErrnoNoChange(ctx, 'EFAULT', () => ctx.deviceAttach(spare, bare));
    ctx.ioasUnmap(bare, iova, PAGE_SIZE);
    map(ctx, bare, { length: 64n * PAGE_SIZE, iova: MOCK_APERTURE_START });
    ctx.memlockLimit = 16n * PAGE_SIZE;
    expectErrnoNoChange(ctx, 'ENOMEM', () => ctx.deviceAttach(spare, bare));
    ctx.memlockLimit = 64n * PAGE_SIZE;
    ctx.deviceAttach(spare, bare);
    expect(ctx.pinnedPages).toBe(64n);
  });

  it('a dirty-tracking HWPT refuses a device that cannot track dirty pages (EINVAL)', () => {
    const { ctx, ioas, spare, noDirtyDevice } = world();
    const dirty = ctx.hwptAlloc({ devId: spare, ptId: ioas, dirtyTracking: true });
    expect((dirty as HwptPaging).dirtyTrackingSupported).toBe(true);
    const noDirty = ctx.deviceBind(noDirtyDevice).id;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(noDirty, dirty.id));
    // Attaching to the IOAS skips the incompatible... there is none: it reuses the auto domain.
    expect(ctx.deviceAttach(noDirty, ioas).id).toBe(3);
  });

  it('a failed replace keeps the old attachment', () => {
    const { ctx, dev, hwpt, ioas, noDirtyDevice, spare } = world();
    const dirty = ctx.hwptAlloc({ devId: spare, ptId: ioas, dirtyTracking: true });
    const noDirty = ctx.deviceBind(noDirtyDevice).id;
    ctx.deviceAttach(noDirty, hwpt);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(noDirty, dirty.id));
    expect(ctx.object(dev)).toMatchObject({ attachedHwpt: { id: hwpt } });
  });

  it('device reserved regions: EADDRINUSE over an area; kept while attached; dropped on detach', () => {
    const host = sprHost();
    const ctx = openContext(host);
    const device = host.devices.find((d) => d.group?.reservedRegions.some((r) => r.type === 'MSI'))!;
    const msi = device.group!.reservedRegions.find((r) => r.type === 'MSI')!;
    const ioas = ctx.ioasAlloc().id;
    const dev = ctx.deviceBind(device).id;
    const iova = ctx.ioasMap(ioas, { iova: msi.start, length: PAGE_SIZE, userVa: BUFFER, ...rw });
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.deviceAttach(dev, ioas));
    ctx.ioasUnmap(ioas, iova, PAGE_SIZE);
    ctx.deviceAttach(dev, ioas);
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.ioasMap(ioas, { iova: msi.start, length: PAGE_SIZE, userVa: BUFFER, ...rw }),
    );
    expect(ctx.ioasIovaRanges(ioas).ranges).toContainEqual({ start: 0n, last: msi.start - 1n });
    // DIRECT_RELAXABLE regions are not enforced.
    for (const region of device.group!.reservedRegions.filter((r) => r.type === 'DIRECT_RELAXABLE')) {
      expect(
        ctx.ioasIovaRanges(ioas).ranges.some((r) => r.start <= region.start && region.last <= r.last),
      ).toBe(true);
    }
    ctx.deviceDetach(dev);
    expect(ctx.ioasIovaRanges(ioas).ranges).toEqual([{ start: 0n, last: U64_MAX }]);
  });

  it('devices of one group share one attachment: a sibling attached elsewhere is EINVAL', () => {
    const host = sprHost();
    const ctx = openContext(host);
    const group = host.groups.find((g) => g.devices.length > 1)!;
    const a = ctx.deviceBind(group.devices[0]!).id;
    const b = ctx.deviceBind(group.devices[1]!).id;
    const ioas1 = ctx.ioasAlloc().id;
    const ioas2 = ctx.ioasAlloc().id;
    const hwpt = ctx.deviceAttach(a, ioas1);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(b, ioas2));
    expect(ctx.deviceAttach(b, ioas1)).toBe(hwpt);
    // Replace moves the whole group.
    const moved = ctx.deviceReplace(a, ioas2);
    expect(ctx.object(b)).toMatchObject({ attachedHwpt: moved });
    expect(ctx.object(hwpt.id)).toBeUndefined();
  });

  it('a page table belongs to its IOMMU: a device behind another one is EINVAL', () => {
    const host = sprHost();
    const ctx = openContext(host);
    const [first, second] = twoDevicesOnDifferentIommus(host);
    const ioas = ctx.ioasAlloc().id;
    const a = ctx.deviceBind(first).id;
    const b = ctx.deviceBind(second).id;
    const manual = ctx.hwptAlloc({ devId: a, ptId: ioas });
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(b, manual.id));
    // Through the IOAS, the incompatible auto domain is skipped and a second one made.
    const auto1 = ctx.deviceAttach(a, ioas);
    const auto2 = ctx.deviceAttach(b, ioas);
    expect(auto2).not.toBe(auto1);
    expect((ctx.object(ioas) as never as { hwpts: unknown[] }).hwpts.length).toBe(3);
  });

  it('a domain whose smallest page exceeds PAGE_SIZE cannot join an IOAS (EINVAL)', () => {
    const iommu = new TestIommu('big0', { pageSizes: [16384n, 32n << 20n] });
    const host = customHost([{ iommu, devices: 1 }]);
    const ctx = openContext(host);
    const ioas = ctx.ioasAlloc().id;
    const dev = ctx.deviceBind(host.devices[0]!).id;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, ioas));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId: dev, ptId: ioas }));
  });
});

describe('hwptAlloc', () => {
  it('checks in iommufd_hwpt_alloc order', () => {
    const { ctx, ioas, dev, hwpt, spare, noDirtyDevice } = world();
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId: 99, ptId: 99 }));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId: ioas, ptId: ioas }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId: dev, ptId: 99 }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId: dev, ptId: spare }));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.hwptAlloc({ devId: dev, ptId: hwpt }));
    const noDirty = ctx.deviceBind(noDirtyDevice).id;
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId: noDirty, ptId: ioas, dirtyTracking: true }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId: dev, ptId: ioas, nestParent: true, faultId: 1 }),
    );
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId: dev, ptId: ioas, faultId: ioas }));
    const made = ctx.hwptAlloc({
      devId: dev,
      ptId: ioas,
      nestParent: true,
      dirtyTracking: true,
      pasid: true,
    });
    expect(made).toMatchObject({
      type: 'HWPT_PAGING',
      autoDomain: false,
      nestParent: true,
      dirtyTrackingSupported: true,
      dirtyTrackingEnabled: false,
      pasidCompatible: true,
    });
  });

  it('IOMMUs without dirty tracking or nesting refuse those flags (EOPNOTSUPP)', () => {
    const iommu = new TestIommu('plain0', { dirty: false, nesting: false });
    const host = customHost([{ iommu, devices: 1 }]);
    const ctx = openContext(host);
    const ioas = ctx.ioasAlloc().id;
    const dev = ctx.deviceBind(host.devices[0]!).id;
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId: dev, ptId: ioas, dirtyTracking: true }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.hwptAlloc({ devId: dev, ptId: ioas, nestParent: true }));
    expect(ctx.hwptAlloc({ devId: dev, ptId: ioas }).type).toBe('HWPT_PAGING');
  });
});

describe('ioasMap', () => {
  it('checks in iopt_map_user_pages order', () => {
    const { ctx, ioas, hwpt } = world();
    // Step 2 comes before the lookup, step 3 too.
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => map(ctx, 99, { iova: U64_MAX }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => map(ctx, 99, { length: U64_MAX }));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, 99, { readable: false, writable: false }));
    expectErrnoNoChange(ctx, 'ENOENT', () => map(ctx, 99));
    expectErrnoNoChange(ctx, 'ENOENT', () => map(ctx, hwpt));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { length: 0n }));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { length: U64_MAX - 100n }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => map(ctx, ioas, { userVa: U64_MAX - 100n }));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { length: MOCK_PAGE_SIZE + 1n }));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { iova: MOCK_APERTURE_START + 1n }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => map(ctx, ioas, { iova: U64_MAX - MOCK_PAGE_SIZE + 1n }));
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { iova: 0n })); // below the aperture: reserved
    map(ctx, ioas, { iova: MOCK_APERTURE_START });
    expectErrnoNoChange(ctx, 'EEXIST', () => map(ctx, ioas, { iova: MOCK_APERTURE_START }));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      map(ctx, ioas, { iova: MOCK_APERTURE_START * 2n, userVa: BUFFER + 1000n }),
    );
    expectErrnoNoChange(ctx, 'EFAULT', () => map(ctx, ioas, { userVa: 0n }));
    expectErrnoNoChange(ctx, 'EFAULT', () => map(ctx, ioas, { userVa: USER_VA_LAST + 1n - MOCK_PAGE_SIZE }));
  });

  it('numbers outside u64 are refused', () => {
    const { ctx, ioas } = world();
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, ioas, { length: -4096n }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => map(ctx, ioas, { userVa: 1n << 64n }));
  });

  it('ENOSPC when nothing fits; ENOMEM over the memlock limit', () => {
    const { ctx, ioas } = world();
    ctx.ioasAllowIovas(ioas, [
      { start: MOCK_APERTURE_START, last: MOCK_APERTURE_START + 4n * PAGE_SIZE - 1n },
    ]);
    expectErrnoNoChange(ctx, 'ENOSPC', () => map(ctx, ioas, { length: 8n * PAGE_SIZE }));
    ctx.ioasAllowIovas(ioas, []);
    ctx.memlockLimit = 8n * PAGE_SIZE;
    expectErrnoNoChange(ctx, 'ENOMEM', () => map(ctx, ioas, { length: 9n * PAGE_SIZE }));
    map(ctx, ioas, { length: 8n * PAGE_SIZE });
    // The same pages mapped again through another MAP are another iopt_pages: counted again.
    expectErrnoNoChange(ctx, 'ENOMEM', () => map(ctx, ioas, { length: PAGE_SIZE }));
  });

  it('an auto IOVA is never 0 and keeps the page offset of the user address', () => {
    const { ctx, bare } = world();
    const iova = map(ctx, bare, { userVa: BUFFER + 0x234n, length: 0x100n });
    expect(iova).not.toBe(0n);
    expect(iova % PAGE_SIZE).toBe(0x234n);
  });
});

describe('ioasCopy', () => {
  it('checks in iommufd_ioas_copy order', () => {
    const { ctx, ioas, bare, hwpt } = world();
    const src = map(ctx, ioas, { iova: MOCK_APERTURE_START, length: 4n * PAGE_SIZE, writable: false });
    const copy = {
      srcIoasId: ioas,
      dstIoasId: bare,
      srcIova: src,
      length: PAGE_SIZE,
      ...rw,
      writable: false,
    };
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ctx.ioasCopy({ ...copy, srcIoasId: 99, length: U64_MAX }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ctx.ioasCopy({ ...copy, srcIoasId: 99, srcIova: U64_MAX }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ctx.ioasCopy({ ...copy, srcIoasId: 99, dstIova: U64_MAX }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasCopy({ ...copy, srcIoasId: 99, readable: false }));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasCopy({ ...copy, srcIoasId: hwpt }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasCopy({ ...copy, dstIoasId: 99, length: 0n }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () =>
      ctx.ioasCopy({ ...copy, dstIoasId: 99, srcIova: U64_MAX - 1n, length: 2n * PAGE_SIZE }),
    );
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.ioasCopy({ ...copy, dstIoasId: 99, length: 5n * PAGE_SIZE }),
    );
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasCopy({ ...copy, dstIoasId: 99 }));
    expectErrnoNoChange(ctx, 'EPERM', () => ctx.ioasCopy({ ...copy, writable: true }));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasCopy({ ...copy, dstIoasId: ioas, srcIova: src + 1n }));
    const dst = ctx.ioasCopy({ ...copy, dstIova: 0x5000n });
    expectErrnoNoChange(ctx, 'EEXIST', () => ctx.ioasCopy({ ...copy, dstIova: dst }));
  });

  it('a copy across contiguous areas gives one destination area per source area', () => {
    const { ctx, ioas, bare } = world();
    map(ctx, ioas, { iova: MOCK_APERTURE_START, length: 2n * PAGE_SIZE });
    map(ctx, ioas, {
      iova: MOCK_APERTURE_START + 2n * PAGE_SIZE,
      length: 2n * PAGE_SIZE,
      userVa: BUFFER + 0x1000_0000n,
    });
    const pinned = ctx.pinnedPages;
    const dst = ctx.ioasCopy({
      srcIoasId: ioas,
      dstIoasId: bare,
      srcIova: MOCK_APERTURE_START + PAGE_SIZE,
      length: 2n * PAGE_SIZE,
      ...rw,
    });
    const areas = [
      ...(ctx.object(bare) as never as { areas(): Iterable<{ iova: bigint; userVa: bigint }> }).areas(),
    ];
    expect(areas.map((a) => [a.iova - dst, a.userVa])).toEqual([
      [0n, BUFFER + PAGE_SIZE],
      [PAGE_SIZE, BUFFER + 0x1000_0000n],
    ]);
    expect(ctx.pinnedPages).toBe(pinned);
  });
});

describe('ioasUnmap', () => {
  it('returns errors rather than throwing, with nothing unmapped', () => {
    const { ctx, ioas, hwpt } = world();
    map(ctx, ioas, { iova: MOCK_APERTURE_START });
    const cases: [number, bigint, bigint, string][] = [
      [99, 0n, PAGE_SIZE, 'ENOENT'],
      [hwpt, 0n, PAGE_SIZE, 'ENOENT'],
      [ioas, U64_MAX, 1n, 'EOVERFLOW'],
      [ioas, PAGE_SIZE, U64_MAX, 'EOVERFLOW'],
      [ioas, PAGE_SIZE, 0n, 'EINVAL'],
      [ioas, U64_MAX - 1n, 3n, 'EOVERFLOW'],
      [ioas, -1n, 3n, 'EINVAL'],
      [ioas, MOCK_APERTURE_START, MOCK_PAGE_SIZE, 'ENOENT'],
    ];
    for (const [id, iova, length, errno] of cases) {
      const before = JSON.stringify(
        [...(ctx.object(ioas) as never as { areas(): Iterable<{ iova: bigint }> }).areas()].map(
          (a) => `${a.iova}`,
        ),
      );
      const result = ctx.ioasUnmap(id, iova, length);
      expect([result.error?.errno, result.unmapped]).toEqual([errno, 0n]);
      expect(
        JSON.stringify(
          [...(ctx.object(ioas) as never as { areas(): Iterable<{ iova: bigint }> }).areas()].map(
            (a) => `${a.iova}`,
          ),
        ),
      ).toBe(before);
    }
  });

  it('is not atomic across areas: what went before an ENOENT area stays unmapped', () => {
    const { ctx, ioas } = world();
    for (let i = 0n; i < 3n; i++)
      map(ctx, ioas, { iova: MOCK_APERTURE_START + i * 2n * PAGE_SIZE, length: 2n * PAGE_SIZE });
    expect(ctx.pinnedPages).toBe(6n); // three MAPs of the same user pages: three iopt_pages
    const result = ctx.ioasUnmap(ioas, MOCK_APERTURE_START, 3n * PAGE_SIZE);
    expect(result.error?.errno).toBe('ENOENT');
    expect(result.unmapped).toBe(2n * PAGE_SIZE);
    const ioasObject = ctx.object(ioas) as never as { areaCount: number };
    expect(ioasObject.areaCount).toBe(2);
    expect(ctx.pinnedPages).toBe(4n);
  });
});

describe('ioasAllowIovas / ioasIovaRanges / ioasSetHugePages / ioasAddReserved', () => {
  it('allow: ENOENT, start >= last EINVAL, overlaps EINVAL, reserved EADDRINUSE', () => {
    const { ctx, ioas, bare, hwpt } = world();
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasAllowIovas(hwpt, []));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasAllowIovas(bare, [{ start: 5n, last: 5n }]));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.ioasAllowIovas(bare, [{ start: 9n, last: 5n }]));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.ioasAllowIovas(bare, [
        { start: 0n, last: 10n },
        { start: 10n, last: 20n },
      ]),
    );
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.ioasAllowIovas(ioas, [{ start: 0n, last: PAGE_SIZE }]));
    ctx.ioasAllowIovas(bare, [
      { start: 0x20000n, last: 0x2ffffn },
      { start: 0x10000n, last: 0x1ffffn },
    ]);
    expect((ctx.object(bare) as never as { allowedIovas: unknown }).allowedIovas).toEqual([
      { start: 0x10000n, last: 0x1ffffn },
      { start: 0x20000n, last: 0x2ffffn },
    ]);
    // A domain whose aperture excludes an allowed range cannot join.
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.deviceAttach(5, bare));
  });

  it('iova ranges and huge pages need an IOAS (ENOENT)', () => {
    const { ctx, hwpt, dev } = world();
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasIovaRanges(hwpt));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasSetHugePages(dev, false));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.ioasSetHugePages(99, true));
  });

  it('add reserved: ENOENT, length 0 EINVAL, overflow EOVERFLOW, over an area EADDRINUSE', () => {
    const { ctx, ioas, hwpt } = world();
    map(ctx, ioas, { iova: MOCK_APERTURE_START });
    expectErrnoNoChange(ctx, 'ENOENT', () => ioasAddReserved(ctx, hwpt, 0n, PAGE_SIZE));
    expectErrnoNoChange(ctx, 'EINVAL', () => ioasAddReserved(ctx, ioas, 0n, 0n));
    expectErrnoNoChange(ctx, 'EOVERFLOW', () => ioasAddReserved(ctx, ioas, U64_MAX, 2n));
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ioasAddReserved(ctx, ioas, MOCK_APERTURE_START + 100n, 1n));
    ioasAddReserved(ctx, ioas, U64_MAX, 1n);
  });

  it('huge pages off is PAGE_SIZE alignment: a 2 KiB page no longer maps', () => {
    const { ctx, bare } = world();
    ctx.ioasSetHugePages(bare, false);
    expectErrnoNoChange(ctx, 'EINVAL', () => map(ctx, bare, { length: MOCK_PAGE_SIZE }));
  });
});

function sprHost(): Host {
  return createDefaultFleet().host('spr-01')!;
}

function twoDevicesOnDifferentIommus(host: Host) {
  const first = host.devices.find((d) => d.iommu)!;
  const second = host.devices.find((d) => d.iommu && d.iommu !== first.iommu)!;
  return [first, second] as const;
}

// PASID attachments: the kernel selftest's iommufd_device_pasid fixture (tools/testing/selftests/iommu/
// iommufd.c) on mock-01, the rules of iommufd_hwpt_pasid_compat one by one, dirty tracking through a
// PASID, and a DSA-style flow on spr-01 (one address space per PASID).
import { describe, expect, it } from 'vitest';
import { dmaAccess, translate } from '../../hw-model/dma/index.ts';
import type { PciDevice } from '../../hw-model/host/device.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type BoundDevice,
  type Context,
  type HwptPaging,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import type { MockIommu } from '../../hw-model/selftest/mock-iommu.ts';
import {
  BUFFER,
  errnoOf,
  expectErrnoNoChange,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockDomain,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };
const selftestData = { type: 'SELFTEST' as const, iotlb: 0xbadbeef };

function mock01() {
  const fleet = createDefaultFleet();
  const host = fleet.host('mock-01')!;
  return {
    host,
    ctx: openContext(host),
    plain: host.device('0000:00:01.0')!,
    pasidDevice: host.device('0000:00:02.0')!,
    noDirty: host.device('0000:00:03.0')!,
  };
}

/** test_cmd_pasid_check_hwpt: the HWPT ID at `pasid`, 0 when nothing is attached there. */
function pasidHwpt(ctx: Context, devId: number, pasid: number): number {
  return (ctx.object(devId) as BoundDevice).pasidAttachments.get(pasid)?.id ?? 0;
}

/** FIXTURE_SETUP(iommufd_device_pasid). */
function pasidFixture(pasidCapable: boolean) {
  const env = mock01();
  const { ctx } = env;
  const ioasId = ctx.ioasAlloc().id;
  const main = mockDomain(ctx, ioasId, env.pasidDevice);
  const noPasid = pasidCapable ? null : mockDomain(ctx, ioasId, env.plain);
  return { ...env, ioasId, deviceId: main.idevId, hwptId: main.hwptId, noPasidDeviceId: noPasid?.idevId };
}

describe.each([
  { name: 'no_pasid', pasidCapable: false },
  { name: 'has_pasid', pasidCapable: true },
])('iommufd_device_pasid/$name', ({ pasidCapable }) => {
  it('C: iommufd_device_pasid.pasid_attach', () => {
    const self = pasidFixture(pasidCapable);
    const { ctx } = self;
    const dev = self.deviceId;
    const check = (pasid: number, hwpt: number) => expect(pasidHwpt(ctx, dev, pasid)).toBe(hwpt);
    let pasid = 100;

    // Detaching a PASID never attached is not an error.
    ctx.deviceDetach(dev, pasid);

    // Two nested HWPTs on one nest parent, a nested one on a vIOMMU would be the third (vIOMMU
    // nested allocation is the other engineer's; a parent-based one stands in), and a paging one.
    const parent = ctx.hwptAlloc({ devId: dev, ptId: self.ioasId, nestParent: true }).id;
    const nested = [0, 1, 2].map(
      () => ctx.hwptAlloc({ devId: dev, ptId: parent, pasid: true, data: selftestData }).id,
    );
    const s2 = ctx.hwptAlloc({ devId: dev, ptId: self.ioasId, pasid: true }).id;

    // RID on a non-PASID-compatible domain: a PASID attach fails.
    ctx.deviceReplace(dev, parent);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, s2, pasid));
    // RID on a PASID-compatible domain: the PASID attach succeeds...
    ctx.deviceReplace(dev, s2);
    ctx.deviceAttach(dev, nested[0]!, pasid);
    // ...but the RID can no longer go to a non-compatible one.
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(dev, parent));
    ctx.deviceDetach(dev, pasid);
    check(pasid, 0);

    if (!pasidCapable) {
      const plain = self.noPasidDeviceId!;
      // A PASID-compatible domain serves a device without PASID on its RID.
      ctx.deviceReplace(plain, nested[0]!);
      ctx.deviceReplace(plain, self.ioasId);
      // No PASID attach on it, compatible domain or not.
      expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(plain, parent, pasid));
      expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(plain, s2, pasid));
    }

    // A non-compatible HWPT or an IOAS on a PASID: EINVAL, nothing attached.
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, parent, pasid));
    check(pasid, 0);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, self.ioasId, pasid));
    check(pasid, 0);

    ctx.deviceAttach(dev, s2, pasid);
    check(pasid, s2);
    // Attach does not overwrite: EBUSY (replace is the way).
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.deviceAttach(dev, nested[0]!, pasid));
    ctx.deviceDetach(dev, pasid);
    check(pasid, 0);

    ctx.deviceAttach(dev, nested[0]!, pasid);
    check(pasid, nested[0]!);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.deviceAttach(dev, nested[0]!, pasid));
    ctx.deviceDetach(dev, pasid);

    // Replace.
    pasid = 200;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(dev, s2, pasid));
    ctx.deviceAttach(dev, s2, pasid);
    check(pasid, s2);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(dev, self.ioasId, pasid));
    check(pasid, s2);
    ctx.deviceReplace(dev, nested[0]!, pasid);
    check(pasid, nested[0]!);
    ctx.deviceReplace(dev, nested[1]!, pasid);
    check(pasid, nested[1]!);
    ctx.deviceDetach(dev, pasid);

    // PASID 1024: the mock's injected failure, a test hook that is off unless asked for.
    (self.pasidDevice.iommu as MockIommu).failPasid1024 = true;
    pasid = 1024;
    ctx.deviceAttach(dev, s2, pasid);
    check(pasid, s2);
    expectErrnoNoChange(ctx, 'ENOMEM', () => ctx.deviceReplace(dev, nested[0]!, pasid));
    check(pasid, s2);
    ctx.deviceDetach(dev, pasid);

    // The IOPF part (pasid 2048 on a fault-queue HWPT) needs fault queues: left to the fault-queue work.

    // Destroy while attached on a PASID is EBUSY; after detach it goes.
    ctx.deviceAttach(dev, nested[2]!, 300);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(nested[2]!));
    ctx.deviceDetach(dev, 300);
    ctx.destroy(nested[2]!);

    ctx.deviceReplace(dev, self.ioasId);
    const count = ctx.objects().length;
    expect(ctx.close()).toBe(count);
  });
});

describe('PASID rules (iommufd_hwpt_pasid_compat, iommu_attach_device_pasid)', () => {
  it('the mock hook is off by default: a second set on PASID 1024 succeeds', () => {
    const self = pasidFixture(true);
    const { ctx } = self;
    const a = ctx.hwptAlloc({ devId: self.deviceId, ptId: self.ioasId, pasid: true }).id;
    const b = ctx.hwptAlloc({ devId: self.deviceId, ptId: self.ioasId, pasid: true }).id;
    // The fixture's RID sits on a non-PASID-compatible auto domain: block it first.
    expect(errnoOf(() => ctx.deviceAttach(self.deviceId, a, 1024))).toBe('EINVAL');
    ctx.deviceDetach(self.deviceId);
    expect((self.pasidDevice.iommu as MockIommu).failPasid1024).toBe(false);
    ctx.deviceAttach(self.deviceId, a, 1024);
    expect(ctx.deviceReplace(self.deviceId, b, 1024).id).toBe(b);
  });

  it('the hook fails only the second set: detach re-arms from zero, a third set succeeds', () => {
    const self = pasidFixture(true);
    const { ctx } = self;
    (self.pasidDevice.iommu as MockIommu).failPasid1024 = true;
    const [a, b, c] = [0, 1, 2].map(
      () => ctx.hwptAlloc({ devId: self.deviceId, ptId: self.ioasId, pasid: true }).id,
    );
    ctx.deviceReplace(self.deviceId, c!);
    ctx.deviceAttach(self.deviceId, a!, 1024);
    expect(errnoOf(() => ctx.deviceReplace(self.deviceId, b!, 1024))).toBe('ENOMEM');
    expect(ctx.deviceReplace(self.deviceId, b!, 1024).id).toBe(b);
    expect(errnoOf(() => ctx.deviceReplace(self.deviceId, c!, 1024))).toBe('ENOMEM');
    ctx.deviceDetach(self.deviceId, 1024);
    ctx.deviceAttach(self.deviceId, c!, 1024);
    expect(pasidHwpt(ctx, self.deviceId, 1024)).toBe(c);
    // Other PASIDs are not affected.
    ctx.deviceAttach(self.deviceId, a!, 1025);
    expect(ctx.deviceReplace(self.deviceId, b!, 1025).id).toBe(b);
  });

  it('PASID numbers: 0 is the RID, non-u32 EINVAL first, beyond the width EINVAL, refcounts follow', () => {
    const self = pasidFixture(true);
    const { ctx } = self;
    const dev = self.deviceId;
    const hwpt = ctx.hwptAlloc({ devId: dev, ptId: self.ioasId, pasid: true }) as HwptPaging;
    ctx.deviceDetach(dev);
    expect(ctx.object(self.hwptId)).toBeUndefined();
    // Bad numbers are refused before the device lookup.
    for (const bad of [-1, 0.5, 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY]) {
      expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(999, hwpt.id, bad));
    }
    // A u32 beyond the device's 20 bits is the core's max_pasids check, after the lookups.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceAttach(dev, 999, 2 ** 20));
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, hwpt.id, 2 ** 20));
    ctx.deviceAttach(dev, hwpt.id, 2 ** 20 - 1);
    ctx.deviceAttach(dev, hwpt.id, 1);
    expect(hwpt.users).toBe(3);
    expect([...hwpt.attachments.get(ctx.object(dev) as BoundDevice)!].sort()).toEqual([1, 2 ** 20 - 1]);
    // PASID 0 is the RID.
    expect(errnoOf(() => ctx.deviceReplace(dev, hwpt.id, 0))).toBe('EINVAL'); // the RID is not attached
    expect(ctx.deviceAttach(dev, hwpt.id, 0).id).toBe(hwpt.id);
    expect((ctx.object(dev) as BoundDevice).attachedHwpt).toBe(hwpt);
    expect(hwpt.users).toBe(4);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(hwpt.id));
    // Unbind detaches every PASID and the RID.
    ctx.deviceUnbind(dev);
    expect(hwpt.users).toBe(1);
    expect(hwpt.attachments.size).toBe(0);
  });

  it('a PASID attach does not enforce reserved regions; the RID does (spr-01 DSA, MSI window)', () => {
    const host = createDefaultFleet().host('spr-01')!;
    const ctx = openContext(host);
    const dev = ctx.deviceBind(host.device('0000:6a:01.0')!).id;
    const ioas = ctx.ioasAlloc().id;
    // A mapping over the x86 MSI window 0xfee00000-0xfeefffff.
    ctx.ioasMap(ioas, { iova: 0xfee0_0000n, length: PAGE_SIZE, userVa: BUFFER, ...rw });
    const hwpt = ctx.hwptAlloc({ devId: dev, ptId: ioas, pasid: true }).id;
    expectErrnoNoChange(ctx, 'EADDRINUSE', () => ctx.deviceAttach(dev, hwpt));
    expect(ctx.deviceAttach(dev, hwpt, 7).id).toBe(hwpt);
    expect(translate(host.device('0000:6a:01.0')!, 0xfee0_0000n, 'READ', 7).kind).toBe('translation');
  });

  it('a VF takes PASIDs through its PF capability (grace-01); a VF of a PF without PASID cannot', () => {
    const fleet = createDefaultFleet();
    for (const [hostName, bdf, width] of [
      ['grace-01', '0009:01:00.1', 20],
      ['spr-01', '0000:31:02.0', 0],
    ] as const) {
      const host = fleet.host(hostName)!;
      const vf = host.device(bdf)!;
      expect(vf.isVirtualFunction).toBe(true);
      expect(vf.hwInfo().maxPasidLog2).toBe(width);
      const ctx = openContext(host);
      const dev = ctx.deviceBind(vf).id;
      const hwpt = ctx.hwptAlloc({ devId: dev, ptId: ctx.ioasAlloc().id, pasid: true }).id;
      if (width > 0) {
        expect(vf.pasid()?.source).toBe(vf.physicalFunction);
        expect(ctx.deviceAttach(dev, hwpt, 5).id).toBe(hwpt);
      } else {
        expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(dev, hwpt, 5));
        // It can still use the PASID-compatible table on its RID.
        expect(ctx.deviceAttach(dev, hwpt).id).toBe(hwpt);
      }
    }
  });

  it('translate and DMA through a PASID use that PASID attachment (BLOCKED when none)', () => {
    const self = pasidFixture(true);
    const { ctx } = self;
    const dev = self.deviceId;
    const ioas2 = ctx.ioasAlloc().id;
    ctx.deviceReplace(dev, ctx.hwptAlloc({ devId: dev, ptId: self.ioasId, pasid: true }).id);
    ctx.ioasMap(self.ioasId, {
      iova: MOCK_APERTURE_START,
      length: MOCK_PAGE_SIZE * 2n,
      userVa: BUFFER,
      ...rw,
    });
    const hwpt = ctx.hwptAlloc({ devId: dev, ptId: ioas2, pasid: true, dirtyTracking: true }) as HwptPaging;
    ctx.ioasMap(ioas2, {
      iova: MOCK_APERTURE_START,
      length: MOCK_PAGE_SIZE * 2n,
      userVa: BUFFER + PAGE_SIZE * 16n,
      ...rw,
    });
    expect(translate(self.pasidDevice, MOCK_APERTURE_START, 'READ', 9)).toMatchObject({ reason: 'BLOCKED' });
    ctx.deviceAttach(dev, hwpt.id, 9);
    const rid = translate(self.pasidDevice, MOCK_APERTURE_START, 'READ');
    const viaPasid = translate(self.pasidDevice, MOCK_APERTURE_START, 'READ', 9);
    expect(rid.kind === 'translation' && viaPasid.kind === 'translation').toBe(true);
    if (rid.kind !== 'translation' || viaPasid.kind !== 'translation') return;
    expect(viaPasid.hwpt).toBe(hwpt);
    expect(viaPasid.physicalAddress).not.toBe(rid.physicalAddress);
    // pasid_set_dirty_tracking-style: a dirty-tracking PASID HWPT records writes made with that PASID.
    ctx.hwptSetDirtyTracking(hwpt.id, true);
    expect(
      dmaAccess(self.pasidDevice, { pasid: 9, iova: MOCK_APERTURE_START, length: 16n, access: 'WRITE' })
        .completedBytes,
    ).toBe(16n);
    dmaAccess(self.pasidDevice, { iova: MOCK_APERTURE_START + MOCK_PAGE_SIZE, length: 16n, access: 'WRITE' });
    const read = ctx.hwptGetDirtyBitmap(hwpt.id, {
      iova: MOCK_APERTURE_START,
      length: MOCK_PAGE_SIZE * 2n,
      pageSize: MOCK_PAGE_SIZE,
    });
    // Only the PASID's write (first page) is in this table; the RID's went to the auto domain.
    expect(read.bitmap).toEqual([0b01n]);
  });
});

describe('DSA-style flow on spr-01: one address space per PASID', () => {
  it('two processes, two PASIDs from the host allocator, the same IOVA to two frames', () => {
    const fleet = createDefaultFleet();
    const host = fleet.host('spr-01')!;
    const dsa: PciDevice = host.device('0000:6a:01.0')!;
    expect(dsa.hwInfo().maxPasidLog2).toBe(20);
    const vmm = openContext(host);
    const dev = vmm.deviceBind(dsa).id;
    // The RID on a PASID-compatible table of its own (the kernel's own work queue space).
    const ridIoas = vmm.ioasAlloc().id;
    const ridHwpt = vmm.hwptAlloc({ devId: dev, ptId: ridIoas, pasid: true }).id;
    vmm.deviceAttach(dev, ridHwpt);
    const iova = 0x4000_0000n;
    vmm.ioasMap(ridIoas, { iova, length: PAGE_SIZE, userVa: 0x5000_0000n, ...rw });

    const processes = [0x7f00_0000_0000n, 0x7e00_0000_0000n].map((userVa) => {
      const pasid = host.pasidAllocator.alloc(1, host.pasidAllocator.max);
      const ioas = vmm.ioasAlloc().id;
      vmm.ioasMap(ioas, { iova, length: 2n << 20n, userVa, ...rw });
      const hwpt = vmm.hwptAlloc({ devId: dev, ptId: ioas, pasid: true }).id;
      expect(vmm.deviceAttach(dev, hwpt, pasid).id).toBe(hwpt);
      return { pasid, hwpt };
    });
    expect(processes.map((p) => p.pasid)).toEqual([1, 2]);
    expect(host.pasidAllocator.allocated()).toEqual([1, 2]);

    const frames = processes.map(({ pasid, hwpt }) => {
      const result = translate(dsa, iova + 0x123n, 'WRITE', pasid);
      if (result.kind !== 'translation') throw new Error(result.message);
      expect(result.hwpt.id).toBe(hwpt);
      return result.physicalAddress;
    });
    expect(frames[0]).not.toBe(frames[1]);
    expect(frames.every((pa) => pa % PAGE_SIZE === 0x123n)).toBe(true);
    const rid = translate(dsa, iova, 'READ');
    if (rid.kind !== 'translation') throw new Error(rid.message);
    expect(rid.hwpt.id).toBe(ridHwpt);
    expect(frames).not.toContain(rid.physicalAddress);
    // A PASID nobody attached is blocked; the allocator's PASIDs outlive the attachments.
    expect(translate(dsa, iova, 'READ', 3)).toMatchObject({ kind: 'fault', reason: 'BLOCKED' });
    for (const { pasid } of processes) {
      vmm.deviceDetach(dev, pasid);
      host.pasidAllocator.free(pasid);
    }
    expect(translate(dsa, iova, 'READ', 1)).toMatchObject({ reason: 'BLOCKED' });
    expect(translate(dsa, iova, 'READ').kind).toBe('translation');
    expect(host.pasidAllocator.allocated()).toEqual([]);
  });
});

// Nesting as VMMs drive it: QEMU intel_iommu x-flts on a Sapphire
// Rapids host (nested HWPT directly on the nest parent) and arm-smmuv3 accel / cloud-hypervisor on a
// Grace host (vIOMMU, vDEVICE per endpoint, STE-based nested HWPTs, commands through the vIOMMU).
import { describe, expect, it } from 'vitest';
import {
  dmaAccess,
  type Translation,
  type TranslationResult,
  translate,
  walkPaging,
} from '../../hw-model/dma/index.ts';
import {
  CMDQ_OP_ATC_INV,
  CMDQ_OP_CFGI_CD,
  CMDQ_OP_CFGI_STE,
  CMDQ_OP_TLBI_NH_ALL,
  CMDQ_OP_TLBI_NH_VA,
} from '../../hw-model/drivers/index.ts';
import type { InvalidationEvent } from '../../hw-model/events.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type Context,
  HwptNested,
  type HwptPaging,
  type InvalidationRequest,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import { errnoOf, expectErrnoNoChange } from './iommufd-helpers.ts';

const KIB = 1024n;
const MIB = 1024n * KIB;
/** Guest RAM: GPA 4 GiB.. backed by the VMM's memory. */
const GPA_BASE = 0x1_0000_0000n;
const GUEST_RAM = 64n * MIB;
const VMM_RAM = 0x7f00_0000_0000n;

function ok(result: TranslationResult): Translation {
  if (result.kind !== 'translation')
    throw new Error(`expected a translation, got ${result.reason}: ${result.message}`);
  return result;
}

/** The host physical address stage 2 gives a GPA. */
const hpa = (parent: HwptPaging, gpa: bigint) => ok(walkPaging(parent, gpa, 'READ')).physicalAddress;

function guestRam(ctx: Context) {
  const ioasId = ctx.ioasAlloc().id;
  ctx.ioasMap(ioasId, { iova: GPA_BASE, length: GUEST_RAM, userVa: VMM_RAM, readable: true, writable: true });
  return ioasId;
}

function recordEvents(ctx: Context): InvalidationEvent[] {
  const events: InvalidationEvent[] = [];
  ctx.host.events.subscribe((event) => {
    if (event.kind === 'invalidation') events.push(event);
  });
  return events;
}

describe('QEMU intel_iommu x-flts on spr-01', () => {
  const setUp = () => {
    const host = createDefaultFleet().host('spr-01')!;
    const device = host.device('0000:6a:01.0')!;
    expect(device.iommu!.supportsNesting).toBe(true);
    const ctx = openContext(host);
    const ioasId = guestRam(ctx);
    const devId = ctx.deviceBind(device).id;
    // vfio_device_attach: a NEST_PARENT S2 HWPT, the device attached to it until the guest enables S1.
    const parent = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }) as HwptPaging;
    ctx.deviceAttach(devId, parent.id);
    return { host, device, ctx, ioasId, devId, parent };
  };
  const vtd = (over: Partial<{ pgtblAddr: bigint; addrWidth: number; flags: number }> = {}) => ({
    type: 'VTD_S1' as const,
    pgtblAddr: GPA_BASE + 0x10_0000n,
    addrWidth: 48,
    flags: 0,
    ...over,
  });

  it('nested HWPT allocation checks: data fields EINVAL, wrong data type EOPNOTSUPP, no vIOMMU type', () => {
    const { ctx, ioasId, devId, parent } = setUp();
    const plain = ctx.hwptAlloc({ devId, ptId: ioasId }).id;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: plain, data: vtd() }));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: parent.id, data: { type: 'SELFTEST', iotlb: 0 } }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd({ addrWidth: 39 }) }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd({ pgtblAddr: GPA_BASE + 0x800n }) }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd({ flags: 8 }) }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.hwptAlloc({ devId, ptId: ioasId, data: vtd() }));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.viommuAlloc(devId, parent.id, 'INTEL_VTD'));
    const nested = ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd({ addrWidth: 57, flags: 0b101 }) });
    expect(nested).toBeInstanceOf(HwptNested);
    expect((nested as HwptNested).stage1AddressWidth).toBe(57);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: nested.id, data: vtd() }));
  });

  it('stage 1, translate through both stages, IOTLB fill, stale entry until invalidated', () => {
    const { ctx, device, devId, parent, host } = setUp();
    const events = recordEvents(ctx);
    const nested = ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd() }) as HwptNested;
    // The guest enables first-stage translation: QEMU replaces the S2 attachment with the nested HWPT.
    ctx.deviceReplace(devId, nested.id);
    expect(nested.paging).toBe(parent);

    const iova = 0x40_0000n;
    ctx.stage1Map(nested.id, {
      iova,
      gpa: GPA_BASE + 0x2000n,
      length: 0x4000n,
      readable: true,
      writable: true,
    });
    const first = ok(translate(device, iova + 0x10n, 'WRITE'));
    expect(first.intermediateAddress).toBe(GPA_BASE + 0x2010n);
    expect(first.physicalAddress).toBe(hpa(parent, GPA_BASE + 0x2010n));
    expect(first.hwpt).toBe(nested);
    expect(first.iotlb).toBeNull();
    expect(first.iotlbStale).toBe(false);
    expect(nested.iotlb.size).toBe(0); // translate has no side effects

    // Faults name their stage.
    expect(translate(device, 0x90_0000n, 'READ')).toMatchObject({
      kind: 'fault',
      stage: 'STAGE1',
      reason: 'NOT_MAPPED',
    });
    ctx.stage1Map(nested.id, {
      iova: 0x80_0000n,
      gpa: 0x10_0000n,
      length: 0x1000n,
      readable: true,
      writable: false,
    });
    expect(translate(device, 0x80_0000n, 'WRITE')).toMatchObject({ stage: 'STAGE1', reason: 'PERMISSION' });
    expect(translate(device, 0x80_0000n, 'READ')).toMatchObject({ stage: 'STAGE2', reason: 'NOT_MAPPED' });

    // DMA fills the IOTLB.
    const dma = dmaAccess(device, { iova, length: 0x4000n, access: 'WRITE' });
    expect(dma.completedBytes).toBe(0x4000n);
    expect(dma.faults).toEqual([]);
    expect(dma.pages.map((p) => p.fromIotlb)).toEqual([false, false, false, false]);
    expect(nested.iotlb.size).toBe(4);
    expect(ok(translate(device, iova, 'READ'))).toMatchObject({
      iotlb: { intermediateAddress: GPA_BASE + 0x2000n, readable: true, writable: true },
      iotlbStale: false,
    });

    // The guest repoints the first page without invalidating.
    const oldHpa = hpa(parent, GPA_BASE + 0x2000n);
    const newHpa = hpa(parent, GPA_BASE + 0x8000n);
    ctx.stage1Unmap(nested.id, { iova, length: 0x1000n });
    ctx.stage1Map(nested.id, {
      iova,
      gpa: GPA_BASE + 0x8000n,
      length: 0x1000n,
      readable: true,
      writable: true,
    });
    const stale = ok(translate(device, iova, 'READ'));
    expect(stale.intermediateAddress).toBe(GPA_BASE + 0x8000n);
    expect(stale.physicalAddress).toBe(newHpa);
    expect(stale.iotlbStale).toBe(true);
    expect(stale.iotlb?.intermediateAddress).toBe(GPA_BASE + 0x2000n);
    const stillOld = dmaAccess(device, { iova, length: 0x1000n, access: 'READ' });
    expect(stillOld.pages[0]).toMatchObject({ fromIotlb: true, result: { physicalAddress: oldHpa } });

    // Invalidation: unaligned EINVAL, U64_MAX pages need addr 0, then the page.
    const page = (addr: bigint, npages: bigint): InvalidationRequest => ({
      type: 'VTD_S1',
      addr,
      npages,
      leaf: true,
    });
    expect(ctx.hwptInvalidate(nested.id, [page(iova + 8n, 1n)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EINVAL' },
    });
    expect(ctx.hwptInvalidate(nested.id, [page(iova, U64_MAX)]).error?.errno).toBe('EINVAL');
    expect(ctx.hwptInvalidate(parent.id, [page(iova, 1n)]).error?.errno).toBe('EINVAL');
    expect(events).toEqual([]);
    expect(ctx.hwptInvalidate(nested.id, [page(iova, 1n)])).toEqual({ entriesHandled: 1, error: null });
    expect(events).toEqual([
      {
        kind: 'invalidation',
        host,
        target: nested,
        scope: 'ADDRESS_RANGE',
        range: { start: iova, last: iova + 0xfffn },
        pasid: null,
        virtId: null,
        device: null,
      },
    ]);
    expect(nested.iotlb.size).toBe(3);
    const fresh = ok(translate(device, iova, 'READ'));
    expect(fresh.iotlb).toBeNull();
    expect(fresh.iotlbStale).toBe(false);
    const now = dmaAccess(device, { iova, length: 0x1000n, access: 'READ' });
    expect(now.pages[0]).toMatchObject({ fromIotlb: false, result: { physicalAddress: newHpa } });

    // Everything: addr 0, npages U64_MAX.
    expect(ctx.hwptInvalidate(nested.id, [page(0n, U64_MAX)])).toEqual({ entriesHandled: 1, error: null });
    expect(nested.iotlb.size).toBe(0);
    expect(events.at(-1)).toMatchObject({ scope: 'DOMAIN', range: null });

    // The nested HWPT holds the parent; attached, it is busy itself.
    expect(errnoOf(() => ctx.destroy(parent.id))).toBe('EBUSY');
    expect(errnoOf(() => ctx.destroy(nested.id))).toBe('EBUSY');
    ctx.deviceReplace(devId, parent.id);
    ctx.destroy(nested.id);
    expect(ctx.close()).toBeGreaterThan(0);
  });

  it('DMA reports every faulting page and stops counting bytes at the first', () => {
    const { ctx, device, devId, parent } = setUp();
    const nested = ctx.hwptAlloc({ devId, ptId: parent.id, data: vtd() }) as HwptNested;
    ctx.deviceReplace(devId, nested.id);
    ctx.stage1Map(nested.id, {
      iova: 0x1000n,
      gpa: GPA_BASE,
      length: 0x1000n,
      readable: true,
      writable: true,
    });
    ctx.stage1Map(nested.id, {
      iova: 0x3000n,
      gpa: GPA_BASE,
      length: 0x1000n,
      readable: true,
      writable: true,
    });
    const dma = dmaAccess(device, { iova: 0x1800n, length: 0x3000n, access: 'READ' });
    expect(dma.pages.map((p) => [p.iova, p.length, p.result.kind])).toEqual([
      [0x1800n, 0x800n, 'translation'],
      [0x2000n, 0x1000n, 'fault'],
      [0x3000n, 0x1000n, 'translation'],
      [0x4000n, 0x800n, 'fault'],
    ]);
    expect(dma.completedBytes).toBe(0x800n);
    expect(dma.faults.map((f) => [f.iova, f.stage])).toEqual([
      [0x2000n, 'STAGE1'],
      [0x4000n, 'STAGE1'],
    ]);
    expect(errnoOf(() => dmaAccess(device, { iova: 0n, length: 1_000_001n * 4096n, access: 'READ' }))).toBe(
      'E2BIG',
    );
    expect(dmaAccess(device, { iova: 0n, length: 1_000_000n * 4096n, access: 'READ' }).faults).toHaveLength(
      999_998,
    );
  });
});

describe('arm-smmuv3 accel / cloud-hypervisor vSMMUv3 on grace-01', () => {
  const STE_V = 1n;
  const cfg = (value: bigint) => value << 1n;
  const s1Ste = (): bigint[] => [STE_V | cfg(5n) | (GPA_BASE + 0x40_0000n), 0n];
  const cmd = (...words: bigint[]): InvalidationRequest => ({ type: 'ARM_SMMUV3', cmd: words });
  const VSID = 0x100n;

  const setUp = () => {
    const host = createDefaultFleet().host('grace-01')!;
    const device = host.device('0000:01:00.0')!;
    const ctx = openContext(host);
    const ioasId = guestRam(ctx);
    const devId = ctx.deviceBind(device).id;
    const parent = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }) as HwptPaging;
    ctx.deviceAttach(devId, parent.id);
    const viommu = ctx.viommuAlloc(devId, parent.id, 'ARM_SMMUV3');
    return { host, device, ctx, ioasId, devId, parent, viommu };
  };

  it('iommufd_hwpt_alloc: the SMMUv3 driver takes no flag but FAULT_ID_VALID (PASID is EOPNOTSUPP, before the STE)', () => {
    const { ctx, devId, viommu } = setUp();
    // arm_vsmmu_alloc_domain_nested gets flags & ~FAULT_ID_VALID and refuses anything left, before it
    // copies the STE: an STE the driver would call EIO still fails EOPNOTSUPP.
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: viommu.id, pasid: true, data: { type: 'ARM_SMMUV3', ste: s1Ste() } }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({
        devId,
        ptId: viommu.id,
        pasid: true,
        data: { type: 'ARM_SMMUV3', ste: [STE_V | cfg(6n), 0n] },
      }),
    );
    const fault = ctx.faultQueueAlloc();
    const hwpt = ctx.hwptAlloc({
      devId,
      ptId: viommu.id,
      faultId: fault.id,
      data: { type: 'ARM_SMMUV3', ste: s1Ste() },
    });
    expect(hwpt.faultQueue).toBe(fault);
  });

  it('STE checks: only through a vIOMMU, EIO for bits outside the nesting masks, V=0 accepted', () => {
    const { ctx, devId, parent, viommu } = setUp();
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: parent.id, data: { type: 'ARM_SMMUV3', ste: s1Ste() } }),
    );
    const alloc = (ste: bigint[]) => () =>
      ctx.hwptAlloc({ devId, ptId: viommu.id, data: { type: 'ARM_SMMUV3', ste } });
    expectErrnoNoChange(ctx, 'EIO', alloc([s1Ste()[0]! | (1n << 52n), 0n]));
    expectErrnoNoChange(ctx, 'EIO', alloc([s1Ste()[0]!, 1n << 8n]));
    expectErrnoNoChange(ctx, 'EIO', alloc([STE_V | cfg(6n), 0n]));
    expectErrnoNoChange(ctx, 'EIO', alloc([s1Ste()[0]!, 2n << 28n]));
    expectErrnoNoChange(ctx, 'EINVAL', alloc([s1Ste()[0]!]));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.hwptAlloc({
        devId,
        ptId: viommu.id,
        data: { type: 'VTD_S1', pgtblAddr: 0n, addrWidth: 48, flags: 0 },
      }),
    );
    // Every bit cloud-hypervisor's masks allow (Config = S1 translate, EATS = translate) is accepted.
    expect((alloc([0xf80ffffffffffffbn, 0x380000ffn & ~(2n << 28n)])() as HwptNested).stage1Mode).toBe(
      'TRANSLATE',
    );
    const off = alloc([0xfff0_0000_0000_0000n, U64_MAX])() as HwptNested;
    expect(off.data).toEqual({ type: 'ARM_SMMUV3', ste: [0n, 0n] });
    expect(off.stage1Mode).toBe('ABORT');
    expect((alloc([STE_V | cfg(4n), 0n])() as HwptNested).stage1Mode).toBe('BYPASS');
  });

  it('vIOMMU, vDEVICE per endpoint, S1 STE, stale IOTLB until TLBI, ATC_INV names the physical device', () => {
    const { ctx, device, devId, parent, viommu, host } = setUp();
    const events = recordEvents(ctx);
    // QEMU's pre-allocated bypass and abort HWPTs.
    const bypass = ctx.hwptAlloc({
      devId,
      ptId: viommu.id,
      data: { type: 'ARM_SMMUV3', ste: [STE_V | cfg(4n), 0n] },
    });
    const abort = ctx.hwptAlloc({ devId, ptId: viommu.id, data: { type: 'ARM_SMMUV3', ste: [STE_V, 0n] } });
    expect(viommu.users).toBe(3);
    expect(parent.users).toBe(3); // table + viommu + the device's attachment
    // No vDEVICE yet: a bypass STE attaches (the GBPA case), a translating one cannot.
    const early = ctx.hwptAlloc({ devId, ptId: viommu.id, data: { type: 'ARM_SMMUV3', ste: s1Ste() } });
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceReplace(devId, early.id));
    ctx.destroy(early.id);
    ctx.deviceReplace(devId, bypass.id);
    // Guest CFGI_STE with S1 enabled: vDEVICE (vSID), S1 HWPT, replace.
    const vdev = ctx.vdeviceAlloc(viommu.id, devId, VSID);
    const s1 = ctx.hwptAlloc({
      devId,
      ptId: viommu.id,
      data: { type: 'ARM_SMMUV3', ste: s1Ste() },
    }) as HwptNested;
    ctx.deviceReplace(devId, bypass.id);
    expect(ok(translate(device, GPA_BASE + 0x5000n, 'READ')).physicalAddress).toBe(
      hpa(parent, GPA_BASE + 0x5000n),
    );
    ctx.deviceReplace(devId, abort.id);
    expect(translate(device, GPA_BASE, 'READ')).toMatchObject({ reason: 'BLOCKED', stage: 'STAGE1' });
    ctx.deviceReplace(devId, s1.id);

    const iova = 0x1000_0000n;
    ctx.stage1Map(s1.id, {
      iova,
      gpa: GPA_BASE + 0x10_0000n,
      length: 0x2000n,
      readable: true,
      writable: true,
    });
    const t = ok(translate(device, iova + 0x123n, 'READ'));
    expect(t.intermediateAddress).toBe(GPA_BASE + 0x10_0123n);
    expect(t.physicalAddress).toBe(hpa(parent, GPA_BASE + 0x10_0123n));
    expect(dmaAccess(device, { iova, length: 0x2000n, access: 'READ' }).completedBytes).toBe(0x2000n);

    // Change stage 1 without a TLBI: DMA still reaches the old page.
    const oldHpa = hpa(parent, GPA_BASE + 0x10_0000n);
    ctx.stage1Unmap(s1.id, { iova, length: 0x2000n });
    expect(translate(device, iova, 'READ')).toMatchObject({
      kind: 'fault',
      stage: 'STAGE1',
      iotlbStale: true,
    });
    ctx.stage1Map(s1.id, {
      iova,
      gpa: GPA_BASE + 0x20_0000n,
      length: 0x2000n,
      readable: true,
      writable: true,
    });
    expect(ok(translate(device, iova, 'READ')).iotlbStale).toBe(true);
    expect(dmaAccess(device, { iova, length: 0x1000n, access: 'READ' }).pages[0]!.result).toMatchObject({
      physicalAddress: oldHpa,
    });

    // A nested SMMUv3 HWPT takes no invalidation itself; CFGI_STE and unknown vSIDs are EIO.
    expect(ctx.hwptInvalidate(s1.id, [])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EOPNOTSUPP' },
    });
    expect(ctx.hwptInvalidate(viommu.id, [])).toEqual({ entriesHandled: 0, error: null });
    const tlbiVa = cmd(BigInt(CMDQ_OP_TLBI_NH_VA) | (1n << 48n), iova);
    const atc = (vsid: bigint) => cmd(BigInt(CMDQ_OP_ATC_INV) | (vsid << 32n), iova | 1n);
    expect(
      ctx.hwptInvalidate(viommu.id, [tlbiVa, cmd(BigInt(CMDQ_OP_CFGI_STE) | (VSID << 32n), 0n)]),
    ).toMatchObject({
      entriesHandled: 1,
      error: { errno: 'EIO' },
    });
    expect(ctx.hwptInvalidate(viommu.id, [atc(0x999n)])).toMatchObject({
      entriesHandled: 0,
      error: { errno: 'EIO' },
    });
    expect(ctx.hwptInvalidate(viommu.id, [cmd(0x7fn, 0n)]).error?.errno).toBe('EIO');

    // The TLBI by VA took effect: page 0 is fresh, page 1 still stale.
    expect(ok(translate(device, iova, 'READ')).iotlbStale).toBe(false);
    expect(ok(translate(device, iova + 0x1000n, 'READ')).iotlbStale).toBe(true);
    expect(events).toEqual([
      {
        kind: 'invalidation',
        host,
        target: viommu,
        scope: 'ADDRESS_RANGE',
        range: { start: iova, last: iova + 0xfffn },
        pasid: null,
        virtId: null,
        device: null,
      },
    ]);

    // ATC_INV with the vSID: SIZE 1 = 8 KiB, the event names the physical device.
    expect(ctx.hwptInvalidate(viommu.id, [atc(VSID)])).toEqual({ entriesHandled: 1, error: null });
    expect(events.at(-1)).toEqual({
      kind: 'invalidation',
      host,
      target: viommu,
      scope: 'DEVICE_TLB',
      range: { start: iova, last: iova + 0x1fffn },
      pasid: null,
      virtId: VSID,
      device,
    });
    expect(ok(translate(device, iova + 0x1000n, 'READ')).iotlbStale).toBe(false);
    expect(dmaAccess(device, { iova, length: 0x1000n, access: 'READ' }).pages[0]!.result).toMatchObject({
      physicalAddress: hpa(parent, GPA_BASE + 0x20_0000n),
    });

    // CFGI_CD names the SSID; NH_ALL drops everything of the vIOMMU.
    expect(
      ctx.hwptInvalidate(viommu.id, [cmd(BigInt(CMDQ_OP_CFGI_CD) | (VSID << 32n), 0n)]).entriesHandled,
    ).toBe(1);
    expect(events.at(-1)).toMatchObject({ scope: 'PASID', pasid: 0, virtId: VSID, device });
    dmaAccess(device, { iova, length: 0x2000n, access: 'READ' });
    expect(s1.iotlb.size).toBe(2);
    expect(ctx.hwptInvalidate(viommu.id, [cmd(BigInt(CMDQ_OP_TLBI_NH_ALL), 0n)]).entriesHandled).toBe(1);
    expect(s1.iotlb.size).toBe(0);
    expect(events.at(-1)).toMatchObject({ scope: 'ALL', target: viommu });

    // Destroy ordering: vIOMMU busy with nested HWPTs and vDEVICEs; unbind tombstones the vDEVICE.
    expect(errnoOf(() => ctx.destroy(viommu.id))).toBe('EBUSY');
    ctx.deviceUnbind(devId);
    expect(errnoOf(() => ctx.destroy(vdev.id))).toBe('ENOENT');
    for (const id of [s1.id, bypass.id, abort.id, viommu.id, parent.id]) ctx.destroy(id);
    ctx.close();
  });

  it('a vDEVICE or nested HWPT for a device behind another SMMU is EINVAL', () => {
    const { ctx, ioasId, viommu } = setUp();
    const other = ctx.deviceBind(ctx.host.device('0008:01:00.0')!).id;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.vdeviceAlloc(viommu.id, other, 0x5n));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.hwptAlloc({ devId: other, ptId: viommu.id, data: { type: 'ARM_SMMUV3', ste: s1Ste() } }),
    );
    const otherParent = ctx.hwptAlloc({ devId: other, ptId: ioasId, nestParent: true }).id;
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.viommuAlloc(viommu.parent.attachedDevices[0]!.id, otherParent, 'ARM_SMMUV3'),
    );
  });
});

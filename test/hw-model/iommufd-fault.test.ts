// FAULT queues and IOPF (iommufd_hwpt_alloc, iommufd_fault_alloc, iommufd_fault_fops_read, selftest.c): the
// kernel selftest's IOPF round trips (tools/testing/selftests/iommu/iommufd.c) on mock-01, then the
// queue's own rules (cookies, whole groups, responses once, automatic INVALID) and the attach rule for
// VFs sharing their PF's PRI. No fd here, so read()/write()'s ESPIPE cases have no counterpart.
import { describe, expect, it } from 'vitest';
import type { ModelEvent, PageFaultEvent } from '../../hw-model/events.ts';
import { PciDevice } from '../../hw-model/host/device.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { Host } from '../../hw-model/host/host.ts';
import { IommuGroup } from '../../hw-model/host/iommu-group.ts';
import {
  type Context,
  FaultQueue,
  HwptNested,
  HwptPaging,
  openContext,
  type PageFaultGroup,
} from '../../hw-model/iommufd/index.ts';
import { buildConfigSpace } from '../../hw-model/pci/synthesize.ts';
import { iopfInject } from '../../hw-model/selftest/index.ts';
import { MockIommu } from '../../hw-model/selftest/mock-iommu.ts';
import { errnoOf, expectErrnoNoChange, mockDomain } from './iommufd-helpers.ts';

const selftest = { type: 'SELFTEST', iotlb: 0xbadbeef } as const;
const UINT32_MAX = 2 ** 32 - 1;

/** mock-01 of the default fleet: 00:01.0 plain, 00:02.0 PASID width 20, 00:03.0 no dirty tracking. */
function mock01() {
  const host = createDefaultFleet().host('mock-01')!;
  const events: PageFaultEvent[] = [];
  host.events.subscribe((event: ModelEvent) => {
    if (event.kind === 'pageFault') events.push(event);
  });
  return {
    host,
    events,
    ctx: openContext(host),
    plain: host.device('0000:00:01.0')!,
    pasidDevice: host.device('0000:00:02.0')!,
    noDirty: host.device('0000:00:03.0')!,
  };
}

/**
 * _test_cmd_trigger_iopf: TRIGGER_IOPF (grpid 2, READ|WRITE, addr 0xdeadbeaf), read one record, answer
 * its cookie SUCCESS. Returns the group as read.
 */
function triggerIopf(ctx: Context, device: PciDevice, faultId: number, pasid = 0x1): PageFaultGroup {
  const injected = iopfInject(device, {
    pasid,
    groupId: 0x2,
    permissions: ['READ', 'WRITE'],
    address: 0xdeadbeafn,
  });
  const [read, ...more] = ctx.faultQueueRead(faultId, 1);
  expect(more).toEqual([]);
  expect(read).toBe(injected);
  expect(read!.cookie).toBeGreaterThanOrEqual(1);
  ctx.faultRespond(faultId, read!.cookie!, 'SUCCESS');
  expect(read!.responseCode).toBe('SUCCESS');
  return read!;
}

describe('C: selftest IOPF round trips', () => {
  it('C: iommufd_ioas.alloc_hwpt_nested (IOPF part)', async () => {
    const { ctx, plain } = mock01();
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId, stdev } = mockDomain(ctx, ioasId, plain);
    const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
    const nested = ctx.hwptAlloc({ devId, ptId: parentId, data: selftest }).id;
    const fault = ctx.faultQueueAlloc();
    expect(fault).toBeInstanceOf(FaultQueue);
    expect(fault.type).toBe('FAULT');
    // FAULT_ID_VALID naming no FAULT; a FAULT ID is no pt_id either.
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.hwptAlloc({ devId, ptId: parentId, faultId: UINT32_MAX, data: selftest }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.hwptAlloc({ devId, ptId: fault.id, data: selftest }));
    const iopfHwpt = ctx.hwptAlloc({ devId, ptId: parentId, faultId: fault.id, data: selftest });
    expect(iopfHwpt).toBeInstanceOf(HwptNested);
    expect(iopfHwpt.faultQueue).toBe(fault);
    expect(fault.users).toBe(2);

    ctx.deviceReplace(devId, nested);
    ctx.deviceReplace(devId, iopfHwpt.id);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(iopfHwpt.id));
    // The FAULT is referenced by the HWPT.
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(fault.id));
    // TRIGGER_IOPF uses PASID 1, not attached: the mock's user PASID table sends it to the nested RID.
    const group = triggerIopf(ctx, stdev, fault.id);
    expect(group.device.id).toBe(devId);
    expect(group.groupId).toBe(2);
    expect(group.faults).toEqual([
      { address: 0xdeadbeafn, permissions: ['READ', 'WRITE'], pasid: 1, lastPage: true },
    ]);
    await expect(group.response).resolves.toBe('SUCCESS');

    ctx.deviceReplace(devId, parentId);
    ctx.destroy(nested);
    ctx.destroy(iopfHwpt.id);
    expect(fault.users).toBe(1);
    ctx.destroy(fault.id);
    expect(ctx.object(fault.id)).toBeUndefined();
  });

  it('C: iommufd_viommu.viommu_alloc_nested_iopf', () => {
    const { ctx, plain } = mock01();
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId, stdev } = mockDomain(ctx, ioasId, plain);
    const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
    const viommuId = ctx.viommuAlloc(devId, parentId, 'MOCK').id;
    const fault = ctx.faultQueueAlloc();
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.hwptAlloc({ devId, ptId: viommuId, faultId: UINT32_MAX, data: selftest }),
    );
    const iopfHwptId = ctx.hwptAlloc({ devId, ptId: viommuId, faultId: fault.id, data: selftest }).id;
    // A vDEVICE must exist before attaching to a vIOMMU nested HWPT.
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.deviceReplace(devId, iopfHwptId));
    ctx.vdeviceAlloc(viommuId, devId, 0x99n);
    ctx.deviceReplace(devId, iopfHwptId);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(iopfHwptId));
    triggerIopf(ctx, stdev, fault.id);

    ctx.deviceReplace(devId, ioasId);
    ctx.destroy(iopfHwptId);
    ctx.destroy(fault.id);
    expect(ctx.object(fault.id)).toBeUndefined();
  });

  it('C: iommufd_device_pasid.pasid_attach (IOPF on a PASID)', () => {
    const { ctx, pasidDevice } = mock01();
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId, stdev } = mockDomain(ctx, ioasId, pasidDevice);
    const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true, pasid: true }).id;
    const fault = ctx.faultQueueAlloc();
    const iopfHwptId = ctx.hwptAlloc({
      devId,
      ptId: parentId,
      faultId: fault.id,
      pasid: true,
      data: selftest,
    }).id;
    const pasid = 100;
    ctx.deviceReplace(devId, parentId);
    ctx.deviceAttach(devId, iopfHwptId, pasid);
    const group = triggerIopf(ctx, stdev, fault.id, pasid);
    expect(group.faults[0]!.pasid).toBe(pasid);
    expect(group.attachedPasid).toBe(pasid);
    // The RID (on the parent, no FAULT) takes no fault; PASID 5 is not attached and the RID is not nested.
    expect(errnoOf(() => iopfInject(stdev, { groupId: 0, permissions: [], address: 0n }))).toBe('EINVAL');
    expect(errnoOf(() => iopfInject(stdev, { pasid: 5, groupId: 0, permissions: [], address: 0n }))).toBe(
      'EINVAL',
    );
    ctx.deviceDetach(devId, pasid);
    expect(errnoOf(() => triggerIopf(ctx, stdev, fault.id, pasid))).toBe('EINVAL');
    ctx.destroy(iopfHwptId);
    ctx.destroy(fault.id);
  });

  it('C: iommufd_mock_domain IOPF on a paging HWPT with a FAULT', () => {
    const { ctx, plain, events } = mock01();
    const ioasId = ctx.ioasAlloc().id;
    const { idevId: devId, stdev } = mockDomain(ctx, ioasId, plain);
    const fault = ctx.faultQueueAlloc();
    // FAULT_ID_VALID together with NEST_PARENT is EOPNOTSUPP before the FAULT is looked up.
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true, faultId: UINT32_MAX }),
    );
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptAlloc({ devId, ptId: ioasId, faultId: ioasId }));
    const hwpt = ctx.hwptAlloc({ devId, ptId: ioasId, faultId: fault.id });
    expect(hwpt).toBeInstanceOf(HwptPaging);
    expect(hwpt.faultQueue).toBe(fault);
    ctx.deviceReplace(devId, hwpt.id);
    // PASID 1 is not attached and the RID's HWPT is not nested: no handler.
    expect(errnoOf(() => triggerIopf(ctx, stdev, fault.id))).toBe('EINVAL');
    const group = triggerIopf(ctx, stdev, fault.id, 0);
    expect(group.faults[0]!.pasid).toBeNull();
    expect(events.map((event) => event.group)).toEqual([group]);
    expect(events[0]!.host).toBe(ctx.host);
    ctx.deviceReplace(devId, ioasId);
    ctx.destroy(hwpt.id);
    ctx.destroy(fault.id);
  });
});

/** A mock device on a paging HWPT with a FAULT. */
function faultSetUp() {
  const env = mock01();
  const { ctx } = env;
  const ioasId = ctx.ioasAlloc().id;
  const fault = ctx.faultQueueAlloc();
  const { idevId: devId, stdev } = mockDomain(ctx, ioasId, env.plain);
  const hwpt = ctx.hwptAlloc({ devId, ptId: ioasId, faultId: fault.id });
  ctx.deviceReplace(devId, hwpt.id);
  const inject = (groupId: number, address = 0x100_0000n) =>
    iopfInject(stdev, { groupId, address, permissions: ['READ'] });
  return { ...env, ioasId, fault, devId, stdev, hwpt, inject };
}

describe('FAULT queue', () => {
  it('read hands out whole groups oldest first with the lowest free cookie from 1, reused after the answer', () => {
    const { ctx, fault, inject } = faultSetUp();
    const groups = [inject(10), inject(11), inject(12), inject(13)];
    expect(fault.queued).toEqual(groups);
    expect(groups.every((group) => group.cookie === null)).toBe(true);
    expect(ctx.faultQueueRead(fault.id, 2)).toEqual(groups.slice(0, 2));
    expect(groups.map((group) => group.cookie)).toEqual([1, 2, null, null]);
    expect(fault.queued).toEqual(groups.slice(2));
    expect(fault.awaitingResponse).toEqual(groups.slice(0, 2));
    ctx.faultRespond(fault.id, 1, 'INVALID');
    expect(groups[0]!.responseCode).toBe('INVALID');
    // Cookie 1 is free again; the next read takes it, then 3.
    expect(ctx.faultQueueRead(fault.id, 10)).toEqual(groups.slice(2));
    expect(groups.map((group) => group.cookie)).toEqual([1, 2, 1, 3]);
    expect(fault.awaitingResponse).toEqual([groups[1], groups[2], groups[3]]);
    expect(fault.queued).toEqual([]);
    // Nothing queued: an empty read, not an error.
    expect(ctx.faultQueueRead(fault.id, 1)).toEqual([]);
  });

  it('read and respond: ENOENT for what is no FAULT, then EINVAL for max, code and cookie (code first)', () => {
    const { ctx, fault, hwpt, inject } = faultSetUp();
    const group = inject(1);
    expect(errnoOf(() => ctx.faultQueueRead(hwpt.id, 0))).toBe('ENOENT');
    expect(errnoOf(() => ctx.faultQueueRead(fault.id, 0))).toBe('EINVAL');
    expect(errnoOf(() => ctx.faultQueueRead(fault.id, 1.5))).toBe('EINVAL');
    expect(fault.queued).toEqual([group]);
    ctx.faultQueueRead(fault.id, 1);
    expect(errnoOf(() => ctx.faultRespond(hwpt.id, 1, 'SUCCESS'))).toBe('ENOENT');
    // A bad code is refused before the cookie is looked at.
    expect(errnoOf(() => ctx.faultRespond(fault.id, 99, 'MAYBE' as 'SUCCESS'))).toBe('EINVAL');
    expect(errnoOf(() => ctx.faultRespond(fault.id, 1, 'MAYBE' as 'SUCCESS'))).toBe('EINVAL');
    expect(group.answered).toBe(false);
    expect(errnoOf(() => ctx.faultRespond(fault.id, 2, 'SUCCESS'))).toBe('EINVAL');
    expect(errnoOf(() => ctx.faultRespond(fault.id, 0, 'SUCCESS'))).toBe('EINVAL');
    ctx.faultRespond(fault.id, 1, 'SUCCESS');
    // Answered once: the same cookie again is EINVAL.
    expect(errnoOf(() => ctx.faultRespond(fault.id, 1, 'INVALID'))).toBe('EINVAL');
    expect(group.responseCode).toBe('SUCCESS');
    // A queued group has no cookie yet: it cannot be answered before it is read.
    const queued = inject(2);
    expect(errnoOf(() => ctx.faultRespond(fault.id, 1, 'SUCCESS'))).toBe('EINVAL');
    expect(queued.answered).toBe(false);
  });

  it('detach answers the attachment pending groups INVALID, queued and read alike', async () => {
    const { ctx, fault, devId, inject } = faultSetUp();
    const read = inject(1);
    const queued = inject(2);
    ctx.faultQueueRead(fault.id, 1);
    ctx.deviceDetach(devId);
    await expect(read.response).resolves.toBe('INVALID');
    await expect(queued.response).resolves.toBe('INVALID');
    expect(fault.queued).toEqual([]);
    expect(fault.awaitingResponse).toEqual([]);
    // The cookie went with it.
    expect(errnoOf(() => ctx.faultRespond(fault.id, 1, 'SUCCESS'))).toBe('EINVAL');
  });

  it('replace answers the old attachment pending groups INVALID; other devices keep theirs', () => {
    const { ctx, fault, devId, hwpt, ioasId, inject, noDirty } = faultSetUp();
    const other = mockDomain(ctx, hwpt.id, noDirty);
    const mine = inject(1);
    const theirs = iopfInject(other.stdev, { groupId: 7, address: 0n, permissions: ['WRITE'] });
    ctx.faultQueueRead(fault.id, 1);
    ctx.deviceReplace(devId, ioasId);
    expect(mine.responseCode).toBe('INVALID');
    expect(theirs.answered).toBe(false);
    expect(fault.queued).toEqual([theirs]);
    // Replacing onto the same HWPT changes nothing.
    ctx.deviceReplace(other.idevId, hwpt.id);
    expect(theirs.answered).toBe(false);
    ctx.close();
    expect(theirs.responseCode).toBe('INVALID');
  });

  it('destroy order: the FAULT is busy while a HWPT holds it; close answers everything INVALID', () => {
    const { ctx, fault, hwpt, inject } = faultSetUp();
    const group = inject(3);
    expect(hwpt.users).toBe(2);
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.destroy(fault.id));
    expect(fault.users).toBe(2);
    expect(ctx.close()).toBeGreaterThan(0);
    expect(group.responseCode).toBe('INVALID');
  });

  it('iopfInject checks: unbound ENODEV, malformed fields EINVAL, no FAULT on the attachment EINVAL', () => {
    const { ctx, stdev, noDirty, fault } = faultSetUp();
    const ok = { groupId: 1, address: 0x1000n, permissions: ['READ' as const] };
    expect(errnoOf(() => iopfInject(noDirty, ok))).toBe('ENODEV');
    expect(errnoOf(() => iopfInject(stdev, { ...ok, groupId: -1 }))).toBe('EINVAL');
    expect(errnoOf(() => iopfInject(stdev, { ...ok, groupId: 2 ** 32 }))).toBe('EINVAL');
    expect(errnoOf(() => iopfInject(stdev, { ...ok, permissions: ['READ', 'SUPER' as 'READ'] }))).toBe(
      'EINVAL',
    );
    expect(errnoOf(() => iopfInject(stdev, { ...ok, address: -1n }))).toBe('EINVAL');
    expect(errnoOf(() => iopfInject(stdev, { ...ok, pasid: -1 }))).toBe('EINVAL');
    expect(fault.queued).toEqual([]);
    // Permissions are bits: each once, in bit order.
    const group = iopfInject(stdev, { ...ok, permissions: ['PRIV', 'READ', 'PRIV', 'EXEC'] });
    expect(group.faults[0]!.permissions).toEqual(['READ', 'EXEC', 'PRIV']);
    const bare = ctx.deviceBind(noDirty);
    expect(errnoOf(() => iopfInject(noDirty, ok))).toBe('EINVAL');
    ctx.deviceAttach(bare.id, ctx.ioasAlloc().id);
    expect(errnoOf(() => iopfInject(noDirty, ok))).toBe('EINVAL');
  });
});

describe('a VF sharing its PF PRI takes no HWPT with a FAULT (iommufd_hwpt_compatible_device)', () => {
  function vfHost(pfHasPri: boolean) {
    const host = new Host('vf-host', 'test');
    const iommu = new MockIommu();
    host.iommus.push(iommu);
    const pf = new PciDevice({
      host,
      bdf: '0000:00:01.0',
      iommu,
      config: buildConfigSpace({
        vendorId: 0x8086,
        deviceId: 0x1234,
        classCode: 0x020000,
        extended: pfHasPri ? [{ kind: 'ats' }, { kind: 'pri' }] : [{ kind: 'ats' }],
      }),
    });
    const vf = new PciDevice({
      host,
      bdf: '0000:00:01.1',
      iommu,
      physicalFunction: pf,
      config: buildConfigSpace({ vendorId: 0x8086, deviceId: 0x1235, classCode: 0x020000 }),
    });
    pf.virtualFunctions.push(vf);
    for (const [number, device] of [pf, vf].entries()) {
      const group = new IommuGroup(host, number, iommu, []);
      group.add(device);
      host.groups.push(group);
      host.devices.push(device);
    }
    const ctx = openContext(host);
    const ioasId = ctx.ioasAlloc().id;
    const pfId = ctx.deviceBind(pf).id;
    const vfId = ctx.deviceBind(vf).id;
    const fault = ctx.faultQueueAlloc();
    const faultHwpt = ctx.hwptAlloc({ devId: pfId, ptId: ioasId, faultId: fault.id }).id;
    const plainHwpt = ctx.hwptAlloc({ devId: pfId, ptId: ioasId }).id;
    return { ctx, pfId, vfId, faultHwpt, plainHwpt };
  }

  it('attach and replace are EINVAL for the VF; the PF and HWPTs without a FAULT are fine', () => {
    const { ctx, pfId, vfId, faultHwpt, plainHwpt } = vfHost(true);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(vfId, faultHwpt));
    ctx.deviceAttach(vfId, plainHwpt);
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceReplace(vfId, faultHwpt));
    ctx.deviceAttach(pfId, faultHwpt);
  });

  it('without PRI on the PF the VF attaches to a HWPT with a FAULT', () => {
    const { ctx, vfId, faultHwpt } = vfHost(false);
    expect(ctx.deviceAttach(vfId, faultHwpt).id).toBe(faultHwpt);
  });
});

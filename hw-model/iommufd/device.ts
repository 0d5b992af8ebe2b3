// Bound devices and their attachments: bind/unbind (VFIO cdev), attach/replace/detach of the RID
// (device.c: iommufd_device_bind, iommufd_device_attach, ...). Devices of one IOMMU group share one attachment per PASID.

import type { TranslationFault } from '../dma/translate.ts';
import type { IommuUnit } from '../drivers/iommu.ts';
import { fail, IommufdError } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import type { IommuGroup } from '../host/iommu-group.ts';
import { decodePri } from '../pci/decoders.ts';
import type { Context } from './context.ts';
import { autoRespondFaults } from './fault-queue.ts';
import { Hwpt, HwptPaging } from './hwpt.ts';
import { Ioas } from './ioas.ts';
import type { IovaRange } from './iova-range.ts';
import { IommufdObject } from './object.ts';
import { checkDevicePasid, checkPasidCompat, pasidArg } from './pasid.ts';
import type { Vdevice } from './viommu.ts';

/** How many unrecoverable faults a bound device keeps (the oldest go first). */
export const UNRECOVERABLE_FAULT_LOG_SIZE = 256;

/** A DMA fault nobody could take: no fault queue, no vIOMMU event queue (or a stage-2 fault). */
export interface UnrecoverableFault {
  /** The PASID the DMA carried; null for the RID. */
  pasid: number | null;
  access: 'READ' | 'WRITE';
  fault: TranslationFault;
}

/** IOMMU_NO_PASID: the RID. */
export const NO_PASID = 0;

/** What a group is attached to at one PASID, and which of its bound devices asked for it. */
export class GroupAttachment {
  readonly devices = new Set<BoundDevice>();

  constructor(public hwpt: Hwpt) {}
}

/** iommufd_group: one IOMMU group's devices bound in a context, sharing one attachment per PASID. */
export class IommufdGroup {
  readonly devices = new Set<BoundDevice>();
  readonly attachments = new Map<number, GroupAttachment>();

  constructor(readonly group: IommuGroup) {}
}

/** IOMMUFD_OBJ_DEVICE. */
export class BoundDevice extends IommufdObject {
  readonly type = 'DEVICE' as const;
  /** What this device's RID is attached to; null when its DMA is blocked. */
  attachedHwpt: Hwpt | null = null;
  /** What each attached PASID (1..2^20-1) is attached to; kept in step with the group's attachments. */
  readonly pasidAttachments = new Map<number, Hwpt>();
  /** Its vDEVICE (at most one, in any vIOMMU; iommufd_vdevice_alloc_ioctl); set and cleared by viommu.ts. */
  vdevice: Vdevice | null = null;
  /** The last UNRECOVERABLE_FAULT_LOG_SIZE DMA faults no queue took, oldest first. */
  readonly unrecoverableFaults: UnrecoverableFault[] = [];
  /** The next page request group index for faults its DMA raises (iopf.ts). */
  nextPageRequestGroup = 0;
  /** Page request groups delivered and not yet answered (bounded by pageRequestCredits in iopf.ts). */
  outstandingPageRequests = 0;

  constructor(
    context: Context,
    id: number,
    readonly device: PciDevice,
    readonly igroup: IommufdGroup,
  ) {
    super(context, id);
  }

  get iommu(): IommuUnit {
    return this.device.iommu!;
  }

  /** Its group's reserved regions an attach enforces: all but DIRECT_RELAXABLE (iopt_table_enforce_dev_resv_regions). */
  get reservedRanges(): IovaRange[] {
    return (this.device.group?.reservedRegions ?? [])
      .filter((region) => region.type !== 'DIRECT_RELAXABLE')
      .map((region) => ({ start: region.start, last: region.last }));
  }

  /** Logs a fault nobody took, keeping the last UNRECOVERABLE_FAULT_LOG_SIZE. */
  recordUnrecoverableFault(entry: UnrecoverableFault): void {
    this.unrecoverableFaults.push(entry);
    if (this.unrecoverableFaults.length > UNRECOVERABLE_FAULT_LOG_SIZE) this.unrecoverableFaults.shift();
  }

  setAttachment(pasid: number, hwpt: Hwpt | null): void {
    if (pasid === NO_PASID) this.attachedHwpt = hwpt;
    else if (hwpt) this.pasidAttachments.set(pasid, hwpt);
    else this.pasidAttachments.delete(pasid);
  }

  teardown(): void {
    this.igroup.devices.delete(this);
    if (this.igroup.devices.size === 0) this.context.groups.delete(this.igroup.group);
    this.device.binding = null;
  }
}

/** The BoundDevice a PCI device is bound to, in whatever context. */
export function bindingOf(device: PciDevice): BoundDevice | null {
  return device.binding instanceof BoundDevice ? device.binding : null;
}

/** VFIO_DEVICE_BIND_IOMMUFD + iommufd_device_bind. */
export function deviceBind(ctx: Context, device: PciDevice): BoundDevice {
  if (device.host !== ctx.host)
    fail('EINVAL', `${device.bdf} is not a device of ${ctx.host.name}`, 'deviceId');
  const existing = bindingOf(device);
  // vfio_df_open: the cdev path opens a device once, whichever iommufd the first fd bound it to.
  if (existing) {
    const where = existing.context === ctx ? 'this context' : 'another context';
    fail('EINVAL', `${device.bdf} is already bound to ${where}`, 'deviceId');
  }
  // No IOMMU: vfio-pci cannot even take the device (vfio_group_find_or_alloc: no iommu_group and
  // no noiommu mode → EINVAL), and iommufd_device_bind's first check, device_iommu_capable(dev,
  // IOMMU_CAP_CACHE_COHERENCY), is false for a device without IOMMU ops → EINVAL.
  if (!device.iommu)
    fail('EINVAL', `${device.bdf} has no IOMMU group (no IOMMU translates for it)`, 'deviceId');
  const group = device.group;
  // iommufd_get_group: iommu_group_get() is NULL → ENODEV.
  if (!group) fail('ENODEV', `${device.bdf} has no IOMMU group`, 'deviceId');
  // DMA ownership is claimed per group: one owner for all its devices.
  for (const sibling of group.devices) {
    const owner = bindingOf(sibling);
    if (owner && owner.context !== ctx)
      fail('EBUSY', `${sibling.bdf} of the same group is owned elsewhere`, 'deviceId');
  }
  return ctx.createObject((id) => {
    const igroup = ctx.groups.get(group) ?? new IommufdGroup(group);
    const bound = new BoundDevice(ctx, id, device, igroup);
    // The driver's reference until unbind: IOMMU_DESTROY of a bound device is EBUSY (iommufd_object_remove).
    bound.addUser();
    igroup.devices.add(bound);
    ctx.groups.set(group, igroup);
    device.binding = bound;
    return bound;
  });
}

/** Closing the VFIO device fd: detach everything, then the DEVICE object goes. Returns the device. */
export function deviceUnbind(bound: BoundDevice): PciDevice {
  for (const pasid of [...bound.pasidAttachments.keys()]) putHwpt(detachCore(bound, pasid));
  putHwpt(detachCore(bound, NO_PASID));
  // iommufd_device_remove_vdev: the vDEVICE goes, its ID stays a tombstone until close (iommufd_object_remove).
  if (bound.vdevice) bound.context.tombstone(bound.vdevice);
  bound.dropUser();
  bound.context.removeObject(bound);
  return bound.device;
}

/**
 * iommufd_device_attach: the (device, PASID) must not be attached yet. Returns the HWPT attached.
 * `pasid` undefined or 0 is the RID; see pasidArg for the rest.
 */
export function deviceAttach(bound: BoundDevice, ptId: number, pasid?: number): Hwpt {
  return changePt(bound, pasidArg(pasid), ptId, doAttach);
}

/** iommufd_device_replace: the (device, PASID) must be attached; the same HWPT is a no-op. */
export function deviceReplace(bound: BoundDevice, ptId: number, pasid?: number): Hwpt {
  return changePt(bound, pasidArg(pasid), ptId, doReplace);
}

/** iommufd_device_detach: detaching what is not attached is a silent no-op. */
export function deviceDetach(bound: BoundDevice, pasid?: number): void {
  putHwpt(detachCore(bound, pasidArg(pasid)));
}

/**
 * iommufd_hwpt_attach_device / iommufd_hwpt_replace_device for (bound, pasid): the PASID compat rules,
 * then the core's PASID checks, then the driver (attach_dev, set_dev_pasid).
 */
function attachDevice(bound: BoundDevice, pasid: number, hwpt: Hwpt): void {
  checkPasidCompat(bound, pasid, hwpt);
  checkFaultCompatible(bound, hwpt);
  checkDevicePasid(bound, pasid);
  hwpt.checkDriverAttach(bound);
  if (pasid !== NO_PASID) bound.iommu.setDevPasid(bound, pasid, false);
}

/** Attaches or replaces; returns the HWPT it replaced (to put), or null. */
type AttachMode = (bound: BoundDevice, pasid: number, hwpt: Hwpt) => Hwpt | null;

/** iommufd_device_change_pt. */
function changePt(bound: BoundDevice, pasid: number, ptId: number, mode: AttachMode): Hwpt {
  const pt = bound.context.lookupAny(ptId, 'ENOENT', 'ptId');
  let hwpt: Hwpt;
  let replaced: Hwpt | null;
  if (pt instanceof Hwpt) {
    hwpt = pt;
    replaced = mode(bound, pasid, hwpt);
  } else if (pt instanceof Ioas) {
    ({ hwpt, replaced } = autoGetDomain(bound, pasid, pt, mode));
  } else {
    return fail('EINVAL', `object ${ptId} is a ${pt.type}, not an IOAS or HWPT`, 'ptId');
  }
  putHwpt(replaced);
  return hwpt;
}

/**
 * iommufd_device_auto_get_domain: the first auto HWPT of the IOAS the device accepts (EINVAL means
 * incompatible: try the next), else a new one. Attach binds the device before the domain joins the IOAS
 * (immediate attach); replace joins first.
 */
function autoGetDomain(
  bound: BoundDevice,
  pasid: number,
  ioas: Ioas,
  mode: AttachMode,
): { hwpt: Hwpt; replaced: Hwpt | null } {
  for (const candidate of [...ioas.hwpts]) {
    if (!candidate.autoDomain) continue;
    try {
      return { hwpt: candidate, replaced: mode(bound, pasid, candidate) };
    } catch (error) {
      if (error instanceof IommufdError && error.errno === 'EINVAL') continue;
      throw error;
    }
  }
  const ctx = bound.context;
  let replaced: Hwpt | null = null;
  const hwpt = ctx.createObject((id) => {
    const created = new HwptPaging(ctx, id, ioas, bound.iommu, { autoDomain: true });
    if (mode === doAttach) {
      doAttach(bound, pasid, created);
      try {
        created.join();
      } catch (error) {
        detachCore(bound, pasid);
        throw error;
      }
    } else {
      created.join();
      try {
        replaced = mode(bound, pasid, created);
      } catch (error) {
        created.leave();
        throw error;
      }
    }
    return created;
  });
  return { hwpt, replaced };
}

/** iommufd_hw_pagetable_attach. */
function doAttach(bound: BoundDevice, pasid: number, hwpt: Hwpt): null {
  const attachment = bound.igroup.attachments.get(pasid);
  if (attachment?.devices.has(bound)) fail('EBUSY', `device ${bound.id} is already attached`, 'devId');
  if (attachment && attachment.hwpt !== hwpt) {
    fail('EINVAL', `another device of the group is attached to HWPT ${attachment.hwpt.id}`, 'ptId');
  }
  const iopt = hwpt.paging.ioas.iopt;
  // Reserved regions are enforced for RID attachments only (iommufd_hwpt_attach_device).
  if (pasid === NO_PASID) iopt.reserve(bound.reservedRanges, bound);
  if (!attachment) {
    // Only the group's first device attaches in the driver; the others follow it.
    try {
      attachDevice(bound, pasid, hwpt);
    } catch (error) {
      if (pasid === NO_PASID) iopt.unreserve(bound);
      throw error;
    }
  }
  const target = attachment ?? new GroupAttachment(hwpt);
  bound.igroup.attachments.set(pasid, target);
  target.devices.add(bound);
  hwpt.addAttachment(bound, pasid);
  bound.setAttachment(pasid, hwpt);
  return null;
}

/** iommufd_device_do_replace: the whole group moves; on failure nothing changes. */
function doReplace(bound: BoundDevice, pasid: number, hwpt: Hwpt): Hwpt | null {
  const attachment = bound.igroup.attachments.get(pasid);
  if (!attachment) fail('EINVAL', `device ${bound.id} is not attached`, 'devId');
  if (!attachment.devices.has(bound)) fail('EINVAL', `device ${bound.id} is not attached`, 'devId');
  const old = attachment.hwpt;
  if (old === hwpt) return null;
  const devices = [...attachment.devices];
  const oldIopt = old.paging.ioas.iopt;
  const newIopt = hwpt.paging.ioas.iopt;
  const movesIoas = pasid === NO_PASID && oldIopt !== newIopt;
  const reservedFor: BoundDevice[] = [];
  try {
    if (movesIoas) {
      for (const device of devices) {
        newIopt.reserve(device.reservedRanges, device);
        reservedFor.push(device);
      }
    }
    checkPasidCompat(bound, pasid, hwpt);
    checkFaultCompatible(bound, hwpt);
    checkDevicePasid(bound, pasid);
    for (const device of devices) hwpt.checkDriverAttach(device);
    if (pasid !== NO_PASID) bound.iommu.setDevPasid(bound, pasid, false);
  } catch (error) {
    for (const device of reservedFor) newIopt.unreserve(device);
    throw error;
  }
  if (movesIoas) for (const device of devices) oldIopt.unreserve(device);
  attachment.hwpt = hwpt;
  for (const device of devices) {
    old.removeAttachment(device, pasid);
    hwpt.addAttachment(device, pasid);
    device.setAttachment(pasid, hwpt);
  }
  // The old attach handle goes: its pending page faults are answered INVALID (iommufd_auto_response_faults).
  autoRespondFaults(old, bound.igroup, pasid);
  return old;
}

/** iommufd_hw_pagetable_detach: returns the HWPT detached from (to put), or null if none. */
function detachCore(bound: BoundDevice, pasid: number): Hwpt | null {
  const attachment = bound.igroup.attachments.get(pasid);
  if (!attachment?.devices.has(bound)) return null;
  attachment.devices.delete(bound);
  const hwpt = attachment.hwpt;
  if (attachment.devices.size === 0) {
    bound.igroup.attachments.delete(pasid);
    // The group's attach handle goes with its last device: pending page faults are answered INVALID.
    autoRespondFaults(hwpt, bound.igroup, pasid);
  }
  if (pasid === NO_PASID) hwpt.paging.ioas.iopt.unreserve(bound);
  // The blocked domain's set_dev_pasid.
  else bound.iommu.setDevPasid(bound, pasid, true);
  hwpt.removeAttachment(bound, pasid);
  bound.setAttachment(pasid, null);
  return hwpt;
}

/**
 * iommufd_hwpt_compatible_device: a HWPT with a FAULT takes no PCI VF whose PF has PRI (EINVAL): PRI
 * is shared by the PF and its VFs, and a VF's failure response must not reach the hardware.
 */
function checkFaultCompatible(bound: BoundDevice, hwpt: Hwpt): void {
  if (!hwpt.faultQueue) return;
  const pf = bound.device.physicalFunction;
  if (pf && decodePri(pf.config)) {
    fail('EINVAL', `${bound.device.bdf} is a VF sharing its PF's PRI: no fault queue HWPT`, 'ptId');
  }
}

/** iommufd_hw_pagetable_put: an auto domain goes with its last attachment (iommufd_object_remove). */
function putHwpt(hwpt: Hwpt | null): void {
  if (hwpt instanceof HwptPaging && hwpt.autoDomain && hwpt.users === 1) hwpt.context.removeObject(hwpt);
}

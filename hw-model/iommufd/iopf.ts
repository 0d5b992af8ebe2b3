// I/O page faults on their way to a FAULT queue (iommu_report_device_fault → the HWPT's iopf handler,
// reference/iommufd-uapi.md §8): which attachment takes a fault, the page request group it becomes, and
// the selftest's IOMMU_TEST_OP_TRIGGER_IOPF (iopfInject).
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import type { IommuUnit } from '../iommu/iommu.ts';
import { decodePri } from '../pci/decoders.ts';
import { checkU64 } from './args.ts';
import { type BoundDevice, bindingOf, NO_PASID } from './device.ts';
import { FAULT_PERMISSIONS, type FaultPermission, type PageFault, PageFaultGroup } from './fault-queue.ts';
import type { Hwpt } from './hwpt.ts';
import { HwptNested } from './hwpt-nested.ts';
import { pasidArg } from './pasid.ts';

/** PCIe Page Request Group Index: 9 bits. DMA-raised groups count per device and wrap here. */
export const PAGE_REQUEST_GROUP_MASK = 0x1ff;
/** grpid is a u32 in the uAPI record and in the selftest's trigger. */
export const GROUP_ID_MAX = 0xffff_ffff;

/** Without PRI a device is bounded by the 9-bit PRG index space: it cannot name more groups at once. */
export const PAGE_REQUEST_GROUPS_WITHOUT_PRI = PAGE_REQUEST_GROUP_MASK + 1;

/**
 * How many page request groups the device may have outstanding: its PRI Outstanding Page Request
 * Allocation (PCI_PRI_ALLOC_REQ, what pci_enable_pri wrote), its capacity (PCI_PRI_MAX_REQ) while the
 * allocation reads 0, or the PRG index space without PRI. A function must not issue page requests past
 * its allocation (PCIe r6 §10.4.2), so this is what a FAULT queue can hold from one device.
 */
export function pageRequestCredits(device: PciDevice): number {
  const pri = decodePri(device.config);
  if (!pri) return PAGE_REQUEST_GROUPS_WITHOUT_PRI;
  return pri.outstandingAllocation || pri.outstandingCapacity || PAGE_REQUEST_GROUPS_WITHOUT_PRI;
}

/** The device has a credit left for one more page request group. */
export function hasPageRequestCredit(bound: BoundDevice): boolean {
  return bound.outstandingPageRequests < pageRequestCredits(bound.device);
}

/** The attach handle a fault is delivered through: a HWPT with a FAULT, and where it is attached. */
export interface FaultHandler {
  hwpt: Hwpt & { faultQueue: NonNullable<Hwpt['faultQueue']> };
  attachedPasid: number;
}

/**
 * Drivers whose guest owns the PASID table (the mock and SMMUv3's CD table) set user_pasid_table: a
 * PASID fault with no PASID attachment goes to the nested HWPT on the RID.
 */
function userPasidTable(iommu: IommuUnit): boolean {
  return iommu.type === 'MOCK' || iommu.type === 'ARM_SMMUV3';
}

function withFault(hwpt: Hwpt | undefined, attachedPasid: number): FaultHandler | null {
  if (!hwpt?.faultQueue) return null;
  return { hwpt: hwpt as FaultHandler['hwpt'], attachedPasid };
}

/**
 * find_fault_handler: the attachment at the fault's PASID (the RID when it has none); a PASID that is not
 * attached falls back to a nested RID attachment when the guest owns the PASID table. Null when there is
 * none or its HWPT has no FAULT (the IOMMU core then answers the device itself).
 */
export function findFaultHandler(bound: BoundDevice, pasid: number): FaultHandler | null {
  const attachments = bound.igroup.attachments;
  if (pasid !== NO_PASID) {
    const at = attachments.get(pasid);
    if (at) return withFault(at.hwpt, pasid);
    if (!userPasidTable(bound.iommu)) return null;
    const rid = attachments.get(NO_PASID)?.hwpt;
    return rid instanceof HwptNested ? withFault(rid, NO_PASID) : null;
  }
  return withFault(attachments.get(NO_PASID)?.hwpt, NO_PASID);
}

/** iommufd_fault_iopf_handler: the group is queued on the handler's FAULT (a pageFault event). */
export function deliverPageFaults(
  bound: BoundDevice,
  handler: FaultHandler,
  groupId: number,
  faults: PageFault[],
): PageFaultGroup {
  const queue = handler.hwpt.faultQueue;
  const group = new PageFaultGroup(queue, bound, groupId, faults, handler.hwpt, handler.attachedPasid);
  bound.outstandingPageRequests++;
  queue.deliver(group);
  return group;
}

/** The next page request group index of a device's own DMA (9 bits, wrapping). */
export function nextGroupId(bound: BoundDevice): number {
  const groupId = bound.nextPageRequestGroup;
  bound.nextPageRequestGroup = (groupId + 1) & PAGE_REQUEST_GROUP_MASK;
  return groupId;
}

export interface IopfInjectArgs {
  /** Omit (or 0) for a request without PASID_VALID. */
  pasid?: number | undefined;
  groupId: number;
  address: bigint;
  permissions: FaultPermission[];
}

function checkPermissions(permissions: readonly FaultPermission[]): FaultPermission[] {
  if (!Array.isArray(permissions)) fail('EINVAL', 'permissions is a list', 'permissions');
  for (const permission of permissions) {
    if (!FAULT_PERMISSIONS.includes(permission)) {
      fail('EINVAL', `permission ${String(permission)} is not READ, WRITE, EXEC or PRIV`, 'permissions');
    }
  }
  // Bits, not a list: each once, in bit order.
  return FAULT_PERMISSIONS.filter((permission) => permissions.includes(permission));
}

/**
 * IOMMU_TEST_OP_TRIGGER_IOPF on a physical device: one group with one fault (LAST_PAGE, PASID_VALID
 * when a PASID is given). Checks: the device must be bound (ENODEV, the model's stand-in for a dev_id
 * that is no DEVICE); pasid, groupId (u32), address (u64) and permissions well formed (EINVAL); an
 * attachment with a FAULT must take it (EINVAL otherwise: the kernel's op returns 0 and the IOMMU core
 * answers the device INVALID itself, leaving userspace nothing to read; the model reports that as
 * EINVAL since there is no group to return).
 */
export function iopfInject(device: PciDevice, args: IopfInjectArgs): PageFaultGroup {
  const bound = bindingOf(device);
  if (!bound) fail('ENODEV', `${device.bdf} is not bound to an iommufd`, 'deviceId');
  const pasid = pasidArg(args.pasid);
  if (!Number.isInteger(args.groupId) || args.groupId < 0 || args.groupId > GROUP_ID_MAX) {
    fail('EINVAL', `groupId ${args.groupId} is not a 32-bit unsigned integer`, 'groupId');
  }
  checkU64(args.address, 'address');
  const permissions = checkPermissions(args.permissions);
  const handler = findFaultHandler(bound, pasid);
  if (!handler) {
    const where = pasid === NO_PASID ? 'its RID' : `PASID ${pasid}`;
    fail('EINVAL', `${device.bdf} has no attachment with a fault queue for ${where}`, 'deviceId');
  }
  // The selftest op has no such bound; the model keeps what accumulates finite (documented: ENOSPC).
  if (!hasPageRequestCredit(bound)) {
    fail(
      'ENOSPC',
      `${device.bdf} has ${bound.outstandingPageRequests} page request groups unanswered, its limit`,
      'deviceId',
    );
  }
  const fault: PageFault = {
    address: args.address,
    permissions,
    pasid: pasid === NO_PASID ? null : pasid,
    lastPage: true,
  };
  return deliverPageFaults(bound, handler, args.groupId, [fault]);
}

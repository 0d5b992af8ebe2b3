// I/O page faults on their way to a FAULT queue (iommu_report_device_fault → the HWPT's iopf handler,
// iommufd_fault_iopf_handler): which attachment takes a fault and the page request group it becomes.

import type { PciDevice } from '../host/device.ts';
import { decodePri } from '../pci/decoders.ts';
import { type BoundDevice, NO_PASID } from './device.ts';
import { type PageFault, PageFaultGroup } from './fault-queue.ts';
import type { Hwpt } from './hwpt.ts';
import { HwptNested } from './hwpt-nested.ts';

/** PCIe Page Request Group Index: 9 bits. DMA-raised groups count per device and wrap here. */

/** Without PRI a device is bounded by the 9-bit PRG index space: it cannot name more groups at once. */
export const PAGE_REQUEST_GROUPS_WITHOUT_PRI = 0x200; // PAGE_REQUEST_GROUP_MASK + 1

/**
 * How many page request groups the device may have outstanding: its PRI Outstanding Page Request
 * Allocation (PCI_PRI_ALLOC_REQ, what pci_enable_pri wrote), its capacity (PCI_PRI_MAX_REQ) while the
 * allocation reads 0, or the PRG index space without PRI. A function must not issue page requests past
 * its allocation (PCIe r6 10.4.2), so this is what a FAULT queue can hold from one device.
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

export const PAGE_REQUEST_GROUP_MASK = 0x1ff;
/** grpid is a u32 in the uAPI record and in the selftest's trigger. */
export const GROUP_ID_MAX = 0xffff_ffff;

/** The attach handle a fault is delivered through: a HWPT with a FAULT, and where it is attached. */
export interface FaultHandler {
  hwpt: Hwpt & { faultQueue: NonNullable<Hwpt['faultQueue']> };
  attachedPasid: number;
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
    if (!bound.iommu.userPasidTable) return null;
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

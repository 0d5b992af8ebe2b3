// What a device's DMA does, page by page: the transaction goes through the device's attachment at its
// PASID. A paging attachment walks its table; a nested one uses the IOTLB entry when there is one
// (stale or not, as hardware does) and otherwise walks stage 1 and fills the IOTLB, then walks stage 2.
// Unlike translate(), this has side effects (IOTLB fills now; dirty bits and fault reports later,
// through onWrite and onFault).
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import { checkU64 } from '../iommufd/args.ts';
import { type BoundDevice, bindingOf, NO_PASID } from '../iommufd/device.ts';
import type { PageFaultGroup } from '../iommufd/fault-queue.ts';
import { type Hwpt, HwptPaging } from '../iommufd/hwpt.ts';
import { HwptNested } from '../iommufd/hwpt-nested.ts';
import { deliverPageFaults, type FaultHandler, hasPageRequestCredit, nextGroupId } from '../iommufd/iopf.ts';
import { pasidArg } from '../iommufd/pasid.ts';
import { veventqTypeOf, viommuReportEvent } from '../iommufd/veventq.ts';
import { PAGE_SIZE, U64_MAX } from '../u64.ts';
import { pasidKey } from './iotlb.ts';
import {
  type DmaAccess,
  iotlbView,
  type TranslationFault,
  type TranslationResult,
  translate,
  translateStage2,
  walkPaging,
} from './translate.ts';

/** The most pages one dmaAccess may touch (E2BIG beyond): the model's per-call bound. */
export const DMA_MAX_PAGES = 1_000_000n;

export interface DmaAccessArgs {
  /** Omit (or 0) for DMA without a PASID. */
  pasid?: number | undefined;
  iova: bigint;
  length: bigint;
  access: DmaAccess;
}

/** One page of the access: where its bytes went, or why they did not. */
export interface DmaPageOutcome {
  /** First IOVA of this piece (the access's start, then 4 KiB boundaries). */
  iova: bigint;
  length: bigint;
  result: TranslationResult;
  /** Nested: stage 1 came from the IOTLB rather than a walk. */
  fromIotlb: boolean;
}

export interface DmaAccessResult {
  /** Bytes done before the first fault (DMA stops there). */
  completedBytes: bigint;
  /** Every faulting page, in IOVA order. */
  faults: TranslationFault[];
  pages: DmaPageOutcome[];
  /** Page request groups its faulting pages raised on a FAULT queue (one per page), in IOVA order. */
  pageRequests: PageFaultGroup[];
}

/**
 * Hook for a page the device wrote: `iova` and `length` are in the paging table's input space (the
 * IOVA of a paging attachment, the GPA of a nested one's parent). Dirty tracking marks IOPTEs here.
 */
function onWrite(paging: HwptPaging, iova: bigint, length: bigint): void {
  paging.markDirty(iova, length);
}

/**
 * Hook for a faulting page, routed as arm_smmu_handle_evt / iommu_report_device_fault do:
 * 1. the attachment's HWPT (paging or nested) has a FAULT: a page request group of one fault (the
 *    page's 4 KiB-aligned address, READ or WRITE, LAST_PAGE; the group index from the device's 9-bit
 *    counter); the DMA waits for its answer (dmaSimulate);
 * 2. else a stage-1 fault on a vIOMMU nested HWPT of a device with a vDEVICE there: a vEVENT with the
 *    virtual ID, if the vIOMMU has a vEVENTQ of its type (stage-2 faults stay with the host);
 * 3. else it is logged on the bound device as unrecoverable.
 * A DMA that is blocked (no attachment, an aborting STE) raises no page request, nor does one from a
 * device with all its page request credits outstanding (pageRequestCredits).
 */
function onFault(
  device: BoundDevice | null,
  pasid: number,
  hwpt: Hwpt | null,
  fault: TranslationFault,
  access: DmaAccess,
): PageFaultGroup | null {
  if (!device) return null;
  if (hwpt?.faultQueue && fault.reason !== 'BLOCKED') {
    // Out of page request credits the function may not issue another request: the page just fails.
    if (!hasPageRequestCredit(device)) return null;
    const handler: FaultHandler = { hwpt: hwpt as FaultHandler['hwpt'], attachedPasid: pasid };
    const address = fault.iova - (fault.iova % PAGE_SIZE);
    return deliverPageFaults(device, handler, nextGroupId(device), [
      { address, permissions: [access], pasid: pasid === NO_PASID ? null : pasid, lastPage: true },
    ]);
  }
  if (!reportVevent(device, pasid, hwpt, fault, access)) {
    device.recordUnrecoverableFault({ pasid: pasid === NO_PASID ? null : pasid, access, fault });
  }
  return null;
}

/** A vEVENT for a stage-1 fault behind a vIOMMU; false when none was queued. */
function reportVevent(
  device: BoundDevice,
  pasid: number,
  hwpt: Hwpt | null,
  fault: TranslationFault,
  access: DmaAccess,
): boolean {
  if (!(hwpt instanceof HwptNested) || !hwpt.viommu || fault.stage === 'STAGE2') return false;
  const viommu = hwpt.viommu;
  const vdevice = device.vdevice;
  if (!vdevice || vdevice.viommu !== viommu) return false;
  // The driver's record of this fault (arm_smmu_handle_evt); none means the hardware reports nothing.
  const data = hwpt.domain.faultEvent(fault, access, pasid, vdevice.virtId);
  if (!data) return false;
  return viommuReportEvent(viommu, veventqTypeOf(viommu), vdevice.virtId, data) !== null;
}

/** One page through a nested HWPT: IOTLB hit, or stage-1 walk that fills the IOTLB; then stage 2. */
function nestedPage(
  hwpt: HwptNested,
  pasid: number,
  iova: bigint,
  access: DmaAccess,
): { result: TranslationResult; fromIotlb: boolean } {
  const key = pasidKey(pasid);
  const cached = iotlbView(hwpt, key, iova);
  if (cached) return { result: translateStage2(hwpt, iova, cached, access), fromIotlb: true };
  const walk = hwpt.walkStage1(key, iova);
  if (walk.kind === 'fault') {
    return {
      result: { kind: 'fault', iova, reason: walk.reason, message: walk.message, stage: 'STAGE1' },
      fromIotlb: false,
    };
  }
  const pageOffset = iova % PAGE_SIZE;
  hwpt.iotlb.fill(key, iova, {
    intermediateAddress: walk.intermediateAddress - pageOffset,
    readable: walk.readable,
    writable: walk.writable,
  });
  return { result: translateStage2(hwpt, iova, walk, access), fromIotlb: false };
}

/** A DMA of `length` bytes at `iova` by `device`. At most DMA_MAX_PAGES pages (E2BIG). */
export function dmaAccess(device: PciDevice, args: DmaAccessArgs): DmaAccessResult {
  checkU64(args.iova, 'iova');
  checkU64(args.length, 'length');
  if (args.length === 0n) fail('EINVAL', 'length is 0', 'length');
  const last = args.iova + args.length - 1n;
  if (last > U64_MAX) fail('EOVERFLOW', 'iova + length overflows 64 bits', 'length');
  const pageCount = last / PAGE_SIZE - args.iova / PAGE_SIZE + 1n;
  if (pageCount > DMA_MAX_PAGES) {
    fail('E2BIG', `the access spans ${pageCount} pages, more than ${DMA_MAX_PAGES}`, 'length');
  }
  if (args.access !== 'READ' && args.access !== 'WRITE') fail('EINVAL', 'access is READ or WRITE', 'access');
  const pasid = pasidArg(args.pasid);
  const bound = bindingOf(device);
  const hwpt = bound?.igroup.attachments.get(pasid)?.hwpt ?? null;

  const pages: DmaPageOutcome[] = [];
  const faults: TranslationFault[] = [];
  const pageRequests: PageFaultGroup[] = [];
  let completedBytes = 0n;
  let stopped = false;
  for (let start = args.iova; start <= last; ) {
    const pageLast = start - (start % PAGE_SIZE) + PAGE_SIZE - 1n;
    const end = pageLast < last ? pageLast : last;
    const length = end - start + 1n;
    let result: TranslationResult;
    let fromIotlb = false;
    if (hwpt instanceof HwptNested) {
      ({ result, fromIotlb } = nestedPage(hwpt, pasid, start, args.access));
    } else if (hwpt instanceof HwptPaging) {
      result = walkPaging(hwpt, start, args.access);
    } else {
      // Blocked (or unbound): translate() says why.
      result = translate(device, start, args.access, args.pasid);
    }
    pages.push({ iova: start, length, result, fromIotlb });
    if (result.kind === 'fault') {
      faults.push(result);
      stopped = true;
      const group = onFault(bound, pasid, hwpt, result, args.access);
      if (group) pageRequests.push(group);
    } else {
      if (!stopped) completedBytes += length;
      // Pages after the first fault are not written: the DMA stopped there.
      if (args.access === 'WRITE' && !stopped) {
        const paging = hwpt!.paging;
        const input = result.intermediateAddress ?? start;
        onWrite(paging, input, length);
      }
    }
    start = end + 1n;
  }
  return { completedBytes, faults, pages, pageRequests };
}

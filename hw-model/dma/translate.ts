// DMA translation through a device's current attachment: an emulator extension anchored on the mock's
// iova_to_phys (mock_domain_iova_to_phys). Read-only: O(log areas), no side effects.
import type { PciDevice } from '../host/device.ts';
import { bindingOf, NO_PASID } from '../iommufd/device.ts';
import { type Hwpt, HwptPaging } from '../iommufd/hwpt.ts';
import { HwptNested } from '../iommufd/hwpt-nested.ts';
import { pasidArg } from '../iommufd/pasid.ts';
import { toHex } from '../u64.ts';
import { pasidKey } from './iotlb.ts';
import { STAGE1_PAGE_SIZE } from './stage1.ts';

export type DmaAccess = 'READ' | 'WRITE';

export type TranslationFaultReason = 'BLOCKED' | 'NOT_MAPPED' | 'PERMISSION' | 'OUT_OF_RANGE';

export interface Translation {
  kind: 'translation';
  iova: bigint;
  physicalAddress: bigint;
  /** The IOPTE size mapping it. */
  pageSize: bigint;
  readable: boolean;
  writable: boolean;
  hwpt: Hwpt;
  /** Nested translation: the stage-1 output (GPA / IPA) that stage 2 translated. */
  intermediateAddress?: bigint;
  /** Nested translation: what the emulated IOTLB holds for this address (null: nothing cached). */
  iotlb?: IotlbView | null;
  /** An IOTLB entry is present and differs from the walk: DMA would use the stale entry. */
  iotlbStale?: boolean;
}

/** A cached stage-1 result, at the exact address asked for. */
export interface IotlbView {
  intermediateAddress: bigint;
  readable: boolean;
  writable: boolean;
}

export type TranslationStage = 'STAGE1' | 'STAGE2';

export interface TranslationFault {
  kind: 'fault';
  iova: bigint;
  reason: TranslationFaultReason;
  message: string;
  /** Nested translation: which stage faulted. */
  stage?: TranslationStage;
  /** Nested translation: the IOTLB entry (a stale one can still serve DMA after stage 1 changed). */
  iotlb?: IotlbView | null;
  iotlbStale?: boolean;
}

export type TranslationResult = Translation | TranslationFault;

const fault = (iova: bigint, reason: TranslationFaultReason, message: string): TranslationFault => ({
  kind: 'fault',
  iova,
  reason,
  message,
});

/**
 * Where a DMA by `device` to `iova` lands, tagged with `pasid` (undefined or 0: the RID). The group's
 * attachment at that PASID is what the hardware uses; none is BLOCKED. A PASID no u32 holds is EINVAL.
 */
export function translate(
  device: PciDevice,
  iova: bigint,
  access: DmaAccess,
  pasid?: number,
): TranslationResult {
  const at = pasidArg(pasid);
  const bound = bindingOf(device);
  const hwpt = bound?.igroup.attachments.get(at)?.hwpt;
  const what = at === NO_PASID ? device.bdf : `${device.bdf} PASID ${at}`;
  if (!hwpt) return fault(iova, 'BLOCKED', `${what} is attached to nothing: DMA is blocked`);
  if (hwpt instanceof HwptPaging) return walkPaging(hwpt, iova, access);
  if (hwpt instanceof HwptNested) return translateNested(hwpt, at, iova, access);
  return fault(iova, 'BLOCKED', `${what} is attached to a ${hwpt.type}, which cannot translate yet`);
}

/** A walk of a paging HWPT: it mirrors its IOAS's areas, so the area lookup is the table walk. */
export function walkPaging(hwpt: HwptPaging, iova: bigint, access: DmaAccess): TranslationResult {
  if (iova < hwpt.aperture.start || iova > hwpt.aperture.last) {
    return fault(iova, 'OUT_OF_RANGE', `${toHex(iova)} is outside the aperture of HWPT ${hwpt.id}`);
  }
  const area = hwpt.ioas.iopt.areaContaining(iova);
  if (!area) return fault(iova, 'NOT_MAPPED', `nothing maps ${toHex(iova)} in HWPT ${hwpt.id}`);
  if ((access === 'READ' && !area.readable) || (access === 'WRITE' && !area.writable)) {
    return fault(iova, 'PERMISSION', `${toHex(iova)} is mapped without ${access} permission`);
  }
  const physicalAddress = area.physicalAddressAt(iova);
  if (physicalAddress === undefined) {
    return fault(iova, 'NOT_MAPPED', `the pages behind ${toHex(iova)} are not pinned`);
  }
  return {
    kind: 'translation',
    iova,
    physicalAddress,
    pageSize: hwpt.pageSizeAt(area, iova),
    readable: area.readable,
    writable: area.writable,
    hwpt,
  };
}

/** What `hwpt`'s IOTLB caches for `iova` (tagged `pasid`), at that exact address. */
export function iotlbView(
  hwpt: HwptNested,
  pasid: number | null | undefined,
  iova: bigint,
): IotlbView | null {
  const entry = hwpt.iotlb.lookup(pasidKey(pasid), iova);
  if (!entry) return null;
  return {
    intermediateAddress: entry.intermediateAddress + (iova % STAGE1_PAGE_SIZE),
    readable: entry.readable,
    writable: entry.writable,
  };
}

/**
 * Stage 2 of a nested translation: the GPA through the parent's page table. `stage1` carries the
 * stage-1 output and permissions (from a walk or from the IOTLB); the result is tagged as nested.
 */
export function translateStage2(
  hwpt: HwptNested,
  iova: bigint,
  stage1: IotlbView,
  access: DmaAccess,
): TranslationResult {
  if ((access === 'READ' && !stage1.readable) || (access === 'WRITE' && !stage1.writable)) {
    return {
      ...fault(iova, 'PERMISSION', `stage 1 maps ${toHex(iova)} without ${access} permission`),
      stage: 'STAGE1',
    };
  }
  const second = walkPaging(hwpt.parent, stage1.intermediateAddress, access);
  if (second.kind === 'fault') {
    return {
      ...fault(iova, second.reason, `stage 2: ${second.message}`),
      stage: 'STAGE2',
    };
  }
  const pageSize = second.pageSize < STAGE1_PAGE_SIZE ? second.pageSize : STAGE1_PAGE_SIZE;
  return {
    kind: 'translation',
    iova,
    physicalAddress: second.physicalAddress,
    pageSize,
    readable: stage1.readable && second.readable,
    writable: stage1.writable && second.writable,
    hwpt,
    intermediateAddress: stage1.intermediateAddress,
  };
}

/** Stage 1 (the guest's table, IOVA → GPA) then stage 2 (the parent, GPA → HPA). No side effects. */
export function translateNested(
  hwpt: HwptNested,
  pasid: number | null | undefined,
  iova: bigint,
  access: DmaAccess,
): TranslationResult {
  const cached = iotlbView(hwpt, pasid, iova);
  const walk = hwpt.walkStage1(pasidKey(pasid), iova);
  let result: TranslationResult;
  let stale: boolean;
  if (walk.kind === 'fault') {
    result = { ...fault(iova, walk.reason, walk.message), stage: 'STAGE1' };
    stale = cached !== null;
  } else {
    result = translateStage2(hwpt, iova, walk, access);
    stale =
      cached !== null &&
      (cached.intermediateAddress !== walk.intermediateAddress ||
        cached.readable !== walk.readable ||
        cached.writable !== walk.writable);
  }
  return { ...result, iotlb: cached, iotlbStale: stale };
}

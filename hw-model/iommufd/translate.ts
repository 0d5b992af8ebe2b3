// DMA translation through a device's current attachment: an emulator extension anchored on the mock's
// iova_to_phys (§11). Read-only: O(log areas), no side effects.
import type { PciDevice } from '../host/device.ts';
import { toHex } from '../u64.ts';
import { bindingOf, NO_PASID } from './device.ts';
import { type Hwpt, HwptPaging } from './hwpt.ts';
import { pasidArg } from './pasid.ts';

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
}

export interface TranslationFault {
  kind: 'fault';
  iova: bigint;
  reason: TranslationFaultReason;
  message: string;
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
  const userVa = area.userVa + (iova - area.iova);
  const physicalAddress = area.pages.memory.physicalAddress(userVa);
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

// PASID attachment rules (iommufd_hwpt_pasid_compat and the core's iommu_attach_device_pasid),
// written against the abstract Hwpt so paging and nested HWPTs follow the same rules.
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import type { BoundDevice } from './device.ts';
import type { Hwpt } from './hwpt.ts';

/** IOMMU_NO_PASID: the RID. */
const RID = 0;
/** The largest PASID width PCIe can express (the PASID capability's Max PASID Width is 5 bits, ≤ 20). */
export const PASID_WIDTH_LIMIT = 20;
/** The PASID argument is a __u32 in the uAPI. */
const U32_MAX = 2 ** 32 - 1;

/**
 * The PASID argument of attach/replace/detach/translate: undefined and 0 both mean the RID
 * (iommufd_device_attach(idev, IOMMU_NO_PASID)); anything a __u32 cannot hold is EINVAL before any
 * lookup. A u32 beyond the device's width is EINVAL later, where the kernel checks it (max_pasids).
 */
export function pasidArg(pasid: number | undefined): number {
  if (pasid === undefined) return RID;
  if (!Number.isInteger(pasid) || pasid < 0 || pasid > U32_MAX) {
    fail('EINVAL', `PASID ${pasid} is not a 32-bit unsigned integer`, 'pasid');
  }
  return pasid;
}

/** log2 of the PASIDs the device's DMA can carry (GET_HW_INFO out_max_pasid_log2; a VF uses its PF's). */
export function devicePasidWidth(device: PciDevice): number {
  return device.iommu ? device.hwInfo().maxPasidLog2 : 0;
}

/**
 * iommufd_hwpt_pasid_compat, per group: a PASID needs a PASID-compatible HWPT and a RID that is
 * not on an incompatible one; while any PASID is attached the RID only takes compatible HWPTs.
 */
export function checkPasidCompat(bound: BoundDevice, pasid: number, hwpt: Hwpt): void {
  const attachments = bound.igroup.attachments;
  if (pasid === RID) {
    if (hwpt.pasidCompatible) return;
    for (const attached of attachments.keys()) {
      if (attached !== RID) {
        fail(
          'EINVAL',
          `PASID ${attached} is attached: the RID needs a PASID-compatible HWPT (IOMMU_HWPT_ALLOC_PASID)`,
          'ptId',
        );
      }
    }
    return;
  }
  if (!hwpt.pasidCompatible) {
    fail('EINVAL', `HWPT ${hwpt.id} was not allocated with IOMMU_HWPT_ALLOC_PASID`, 'ptId');
  }
  const rid = attachments.get(RID);
  if (rid && !rid.hwpt.pasidCompatible) {
    fail('EINVAL', `the RID is attached to HWPT ${rid.hwpt.id}, which is not PASID-compatible`, 'pasid');
  }
}

/**
 * iommu_attach_device_pasid's device checks: a device without PASID support takes no PASID, and a PASID
 * must fit every PASID-capable device of the group (max_pasids = 2^width).
 */
export function checkDevicePasid(bound: BoundDevice, pasid: number): void {
  if (pasid === RID) return;
  const width = devicePasidWidth(bound.device);
  if (width === 0) fail('EINVAL', `${bound.device.bdf} cannot use PASIDs (maxPasidLog2 0)`, 'pasid');
  for (const device of bound.igroup.group.devices) {
    const deviceWidth = devicePasidWidth(device);
    if (deviceWidth > 0 && pasid >= 2 ** deviceWidth) {
      fail('EINVAL', `PASID ${pasid} does not fit ${device.bdf} (width ${deviceWidth})`, 'pasid');
    }
  }
}

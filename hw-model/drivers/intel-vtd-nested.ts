// VT-d nested domains (drivers/iommu/intel/nested.c): a guest first-stage table over a nest-parent
// second stage, allocated directly on the parent (intel_iommu_domain_alloc_nested) and invalidated
// through the HWPT (intel_nested_cache_invalidate_user).
import { fail } from '../errors.ts';
import { checkWord } from '../iommufd/args.ts';
import type { BoundDevice } from '../iommufd/device.ts';
import type { HwptData, HwptNested } from '../iommufd/hwpt-nested.ts';
import { emitInvalidation, type InvalidationRequest } from '../iommufd/invalidate.ts';
import { PAGE_SIZE, toHex, U64_MAX } from '../u64.ts';
import type { IntelVtd } from './intel-vtd.ts';
import { type CacheInvalidateOps, checkDataType, type NestedDomainOps } from './ops.ts';

/** iommu_hwpt_vtd_s1 flags: IOMMU_VTD_S1_SRE | IOMMU_VTD_S1_EAFE | IOMMU_VTD_S1_WPE. */
export const VTD_S1_FLAGS = 0b111;
/** The first-stage widths VT-d walks: 4-level (48) and 5-level (57) paging. */
export const VTD_S1_ADDR_WIDTHS = [48, 57];
/** The VT-d stage-1 granule npages counts. */
const VTD_PAGE_SIZE = 4096n;

/** iommu_hwpt_vtd_s1 field checks: a 4- or 5-level first stage, a 4K-aligned root, known flags. */
function validateVtdS1(data: Extract<HwptData, { type: 'VTD_S1' }>): Extract<HwptData, { type: 'VTD_S1' }> {
  const pgtblAddr = checkWord(data.pgtblAddr, 'data.pgtblAddr');
  if (!VTD_S1_ADDR_WIDTHS.includes(data.addrWidth)) {
    fail('EINVAL', `addrWidth ${data.addrWidth} is neither 48 nor 57`, 'data.addrWidth');
  }
  if (pgtblAddr % PAGE_SIZE !== 0n) fail('EINVAL', 'pgtblAddr is not 4 KiB aligned', 'data.pgtblAddr');
  if (!Number.isInteger(data.flags) || (data.flags & ~VTD_S1_FLAGS) !== 0 || data.flags < 0) {
    fail('EINVAL', `flags ${data.flags} has bits other than SRE, EAFE and WPE`, 'data.flags');
  }
  return { type: 'VTD_S1', pgtblAddr, addrWidth: data.addrWidth, flags: data.flags };
}

/** intel_nested_cache_invalidate_user: addr 4K-aligned; npages U64_MAX only with addr 0 (everything). */
function vtdS1Invalidate(hwpt: HwptNested, request: InvalidationRequest): void {
  if (request.type !== 'VTD_S1') return;
  const addr = checkWord(request.addr, 'addr');
  const npages = checkWord(request.npages, 'npages');
  if (addr % VTD_PAGE_SIZE !== 0n) fail('EINVAL', `addr ${toHex(addr)} is not 4 KiB aligned`, 'addr');
  if (npages === U64_MAX && addr !== 0n) fail('EINVAL', 'npages U64_MAX (all) needs addr 0', 'npages');
  if (npages === U64_MAX) {
    hwpt.iotlb.flushAll();
    emitInvalidation(hwpt, { scope: 'DOMAIN' });
    return;
  }
  if (npages === 0n) return;
  const end = addr + npages * VTD_PAGE_SIZE - 1n;
  const range = { start: addr, last: end > U64_MAX ? U64_MAX : end };
  // A domain-selective PASID-based flush: every PASID using this HWPT.
  hwpt.iotlb.flushRange(range.start, range.last);
  emitInvalidation(hwpt, { scope: 'ADDRESS_RANGE', range });
}

const VTD_CACHE_INVALIDATE: CacheInvalidateOps<HwptNested> = { type: 'VTD_S1', invalidate: vtdS1Invalidate };

/** intel_iommu_domain_alloc_nested: the data type first (EOPNOTSUPP), then its fields. */
export function vtdDomainAllocNested(iommu: IntelVtd, _device: BoundDevice, data: HwptData): NestedDomainOps {
  checkDataType(iommu, data, 'VTD_S1', 'EOPNOTSUPP');
  const accepted = validateVtdS1(data);
  return {
    data: accepted,
    stage1Mode: 'TRANSLATE',
    stage1AddressWidth: accepted.addrWidth,
    needsVdevice: true,
    cacheInvalidateUser: VTD_CACHE_INVALIDATE,
    // VT-d has no vIOMMU: its first-stage faults never become vEVENTs.
    faultEvent: () => null,
  };
}

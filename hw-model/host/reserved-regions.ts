// Regions every group behind an IOMMU reserves (sysfs iommu_group/reserved_regions), and the
// default domain type its groups get (sysfs iommu_group/type).
import type { IommuUnit } from '../drivers/iommu.ts';
import type { ReservedRegion } from './iommu-group.ts';

/** x86 interrupt window: writes here are MSIs, never DMA (IOAPIC_RANGE_START..END). */
export const X86_MSI_REGION: ReservedRegion = { start: 0xfee00000n, last: 0xfeefffffn, type: 'MSI' };
/** AMD HyperTransport range the IOMMU never translates (HT_RANGE_START..END). */
export const AMD_HT_REGION: ReservedRegion = { start: 0xfd00000000n, last: 0xffffffffffn, type: 'RESERVED' };
/** The IOVA window Arm SMMU drivers reserve to map the ITS doorbell (MSI_IOVA_BASE, MSI_IOVA_LENGTH). */
export const ARM_SW_MSI_REGION: ReservedRegion = { start: 0x8000000n, last: 0x80fffffn, type: 'SW_MSI' };

export function iommuReservedRegions(iommu: IommuUnit): ReservedRegion[] {
  switch (iommu.type) {
    case 'INTEL_VTD':
      return [{ ...X86_MSI_REGION }];
    case 'AMD':
      return [{ ...X86_MSI_REGION }, { ...AMD_HT_REGION }];
    case 'ARM_SMMUV3':
      return [{ ...ARM_SW_MSI_REGION }];
    case 'MOCK':
      // The selftest mock reports no reserved regions.
      return [];
  }
}

/** x86 kernels default to lazy invalidation (DMA-FQ); arm64 and the mock default to strict DMA. */
export function defaultGroupType(iommu: IommuUnit): string {
  return iommu.type === 'INTEL_VTD' || iommu.type === 'AMD' ? 'DMA-FQ' : 'DMA';
}

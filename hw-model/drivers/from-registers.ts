// An IOMMU unit built from the registers a user read off a real machine (sysfs intel-iommu/cap and
// ecap, amd-iommu/features, SMMU_IDR0..5), or the project's typical unit of that type when none are
// given. Everything the model derives (PASID width, nesting, dirty tracking, page sizes,
// GET_HW_INFO) then follows from those registers, as the drivers derive it at probe time.
import { fail } from '../errors.ts';
import { MockIommu } from '../selftest/mock-iommu.ts';
import { AmdVi, GENOA_AMDVI } from './amd-vi.ts';
import { ArmSmmuv3, GRACE_SMMUV3 } from './arm-smmuv3.ts';
import { IntelVtd, SPR_VTD } from './intel-vtd.ts';
import type { IommuType, IommuUnit } from './iommu.ts';

export interface IommuSpec {
  type: IommuType;
  /** VT-d: [cap, ecap]; AMD-Vi: [efr] or [efr, efr2]; SMMUv3: [idr0..idr5]; MOCK: none. */
  registers?: readonly bigint[] | null;
}

/** The unit each type gets when no registers are given (README "Importing lspci output"). */
export const TYPICAL_UNITS = {
  INTEL_VTD:
    'Sapphire Rapids dmar0 (cap 0x9ed008c40780466, ecap 0x3ee9e86f050df: scalable mode, nesting, dirty tracking, no PASID)',
  AMD: 'EPYC Genoa ivhd0 (EFR 0xa5bf7320a2294aee, EFR2 0x1d: dirty tracking, no guest translation, so no PASID or nesting)',
  ARM_SMMUV3: 'NVIDIA Grace SMMUv3 (stage 1 and 2, ATS, HTTU dirty, 20-bit SubstreamIDs)',
  MOCK: 'the kernel selftest mock (no registers)',
} as const;

const U32_MAX = 0xffffffffn;
const U64_MAX = (1n << 64n) - 1n;

export function iommuFromRegisters(spec: IommuSpec): IommuUnit {
  const regs = spec.registers ?? null;
  if (regs?.some((r) => r < 0n || r > U64_MAX)) fail('EINVAL', 'a register is a 64-bit value', 'iommu');
  switch (spec.type) {
    case 'INTEL_VTD':
      if (!regs) return new IntelVtd('dmar0', SPR_VTD);
      if (regs.length !== 2) fail('EINVAL', 'VT-d registers are [cap, ecap] as sysfs prints them', 'iommu');
      // GET_HW_INFO flags (errata) are not in cap/ecap: a unit built from registers reports none.
      return new IntelVtd('dmar0', { cap: regs[0]!, ecap: regs[1]! });
    case 'AMD':
      if (!regs) return new AmdVi('ivhd0', GENOA_AMDVI);
      if (regs.length !== 1 && regs.length !== 2)
        fail('EINVAL', 'AMD-Vi registers are [efr] or [efr, efr2] (amd-iommu/features)', 'iommu');
      return new AmdVi('ivhd0', { efr: regs[0]!, efr2: regs[1] ?? 0n });
    case 'ARM_SMMUV3': {
      if (!regs) return new ArmSmmuv3(GRACE_SMMUV3);
      if (regs.length !== 6) fail('EINVAL', 'SMMUv3 registers are [IDR0, ..., IDR5]', 'iommu');
      if (regs.some((r) => r > U32_MAX)) fail('EINVAL', 'SMMU_IDRn registers are 32-bit', 'iommu');
      const idr = regs.map(Number) as [number, number, number, number, number, number];
      // IIDR/AIDR are not given: 0 reads as "implementer unknown, SMMUv3.0".
      return new ArmSmmuv3({ idr, iidr: 0, aidr: 0, base: GRACE_SMMUV3.base });
    }
    case 'MOCK':
      if (regs) fail('EINVAL', 'the selftest mock IOMMU has no registers', 'iommu');
      return new MockIommu();
  }
}

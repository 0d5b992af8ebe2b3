// SMMUv3 nested domains (drivers/iommu/arm/arm-smmu-v3/arm-smmu-v3-iommufd.c): the guest's STE over a
// vSMMU's nest parent. arm_vsmmu_alloc_domain_nested takes no flags and checks the STE
// (arm_smmu_validate_vste); the domain has no cache_invalidate_user (its caches go through the vSMMU).
import { fail } from '../errors.ts';
import { checkWord } from '../iommufd/args.ts';
import type { HwptData, Stage1Mode } from '../iommufd/hwpt-nested.ts';
import type { ArmSmmuv3 } from './arm-smmuv3.ts';
import { smmuv3FaultEvent } from './arm-smmuv3-events.ts';
import { checkDataType, type NestedAllocFlags, type NestedDomainOps } from './ops.ts';

/** STE bits a guest may set in a nested STE (STRTAB_STE_0/1_NESTING_ALLOWED); others are EIO. */
export const STE0_NESTING_ALLOWED = 0xf80fffffffffffffn;
export const STE1_NESTING_ALLOWED = 0x380000ffn;
/** STE.Config (STE0 bits 3:1) values a nested STE may use. */
export const STE_CFG_ABORT = 0n;
export const STE_CFG_BYPASS = 4n;
export const STE_CFG_S1_TRANS = 5n;
/** SMMUv3 stage-1 input width the model uses (4K granule, no VAX). */
export const SMMUV3_S1_ADDRESS_WIDTH = 48;

function steConfig(ste0: bigint): bigint {
  return (ste0 >> 1n) & 0b111n;
}

function steStage1Mode(ste: bigint[]): Stage1Mode {
  const ste0 = ste[0] ?? 0n;
  if ((ste0 & 1n) === 0n) return 'ABORT';
  const cfg = steConfig(ste0);
  if (cfg === STE_CFG_BYPASS) return 'BYPASS';
  if (cfg === STE_CFG_S1_TRANS) return 'TRANSLATE';
  return 'ABORT';
}

/**
 * arm_smmu_validate_vste: V=0 is accepted (as an all-zero, aborting STE); bits outside the nesting
 * masks, a Config other than abort/bypass/S1 translate, or EATS other than abort/translate are EIO.
 */
export function validateSte(ste: readonly bigint[]): bigint[] {
  if (!Array.isArray(ste) || ste.length !== 2) fail('EINVAL', 'an STE is two 64-bit words', 'data.ste');
  const ste0 = checkWord(ste[0], 'data.ste');
  const ste1 = checkWord(ste[1], 'data.ste');
  if ((ste0 & 1n) === 0n) return [0n, 0n];
  if ((ste0 & ~STE0_NESTING_ALLOWED) !== 0n || (ste1 & ~STE1_NESTING_ALLOWED) !== 0n) {
    fail('EIO', 'the STE sets bits a nested STE may not set', 'data.ste');
  }
  const cfg = steConfig(ste0);
  if (cfg !== STE_CFG_ABORT && cfg !== STE_CFG_BYPASS && cfg !== STE_CFG_S1_TRANS) {
    fail('EIO', `STE.Config ${cfg} is not abort, bypass or stage-1 translate`, 'data.ste');
  }
  const eats = (ste1 >> 28n) & 0b11n;
  if (eats > 1n) fail('EIO', 'STE.EATS may only be abort or full ATS', 'data.ste');
  return [ste0, ste1];
}

/** arm_vsmmu_alloc_domain_nested: no flags (EOPNOTSUPP), a type mismatch is EINVAL, then the STE. */
export function smmuv3DomainAllocNested(
  iommu: ArmSmmuv3,
  data: HwptData,
  flags: NestedAllocFlags,
): NestedDomainOps {
  if (flags.pasid) {
    fail('EOPNOTSUPP', `${iommu.name} takes no IOMMU_HWPT_ALLOC_PASID for a nested HWPT`, 'pasid');
  }
  checkDataType(iommu, data, 'ARM_SMMUV3', 'EINVAL');
  const ste = validateSte(data.ste);
  const stage1Mode = steStage1Mode(ste);
  const badSte = (ste[0]! & 1n) === 0n;
  return {
    data: { type: 'ARM_SMMUV3', ste },
    stage1Mode,
    stage1AddressWidth: SMMUV3_S1_ADDRESS_WIDTH,
    // An abort or bypass STE attaches before the device has a vDEVICE (the guest's GBPA case, as QEMU's
    // accel mode does before the guest enables stage 1); a translating STE needs the vSID for CD/ATC
    // invalidations and events (arm_smmu_attach_prepare_vmaster).
    needsVdevice: stage1Mode === 'TRANSLATE',
    faultEvent: (fault, access, pasid, vsid) => smmuv3FaultEvent(fault, access, pasid, vsid, badSte),
  };
}

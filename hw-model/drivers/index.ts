// The IOMMU drivers: each unit's registers and the ops the iommufd core calls.
export { AmdVi, type AmdViRegisters, amdEfr, GENOA_AMDVI, ZEN4_CLIENT_AMDVI } from './amd-vi.ts';
export {
  ArmSmmuv3,
  GRACE_SMMUV3,
  type Smmuv3Registers,
  smmuIdr0,
  smmuIdr1,
  smmuIdr5,
} from './arm-smmuv3.ts';
export type { Smmuv3Command } from './arm-smmuv3-cmdq.ts';
export {
  CMDQ_OP_ATC_INV,
  CMDQ_OP_CFGI_ALL,
  CMDQ_OP_CFGI_CD,
  CMDQ_OP_CFGI_CD_ALL,
  CMDQ_OP_CFGI_STE,
  CMDQ_OP_CMD_SYNC,
  CMDQ_OP_TLBI_NH_ALL,
  CMDQ_OP_TLBI_NH_ASID,
  CMDQ_OP_TLBI_NH_VA,
  CMDQ_OP_TLBI_NH_VAA,
  CMDQ_OP_TLBI_NSNH_ALL,
  decodeSmmuv3Command,
} from './arm-smmuv3-cmdq.ts';
export type { Smmuv3EventFields } from './arm-smmuv3-events.ts';
export { SMMUV3_EVT, SMMUV3_EVT_CLASS, smmuv3EventRecord } from './arm-smmuv3-events.ts';
export {
  SMMUV3_S1_ADDRESS_WIDTH,
  STE0_NESTING_ALLOWED,
  STE1_NESTING_ALLOWED,
  validateSte,
} from './arm-smmuv3-nested.ts';
export { type IommuSpec, iommuFromRegisters, TYPICAL_UNITS } from './from-registers.ts';
export {
  IntelVtd,
  LEGACY_CLIENT_VTD,
  SPR_VTD,
  SPR_VTD_ACCEL,
  VTD_ERRATA_772415_SPR17,
  type VtdRegisters,
  vtdAddressWidth,
  vtdCap,
  vtdEcap,
} from './intel-vtd.ts';
export { VTD_S1_FLAGS } from './intel-vtd-nested.ts';
export { type IommuAperture, type IommuHwInfo, type IommuType, IommuUnit } from './iommu.ts';
export type { CacheInvalidateOps, NestedAllocFlags, NestedDomainOps, ViommuOps } from './ops.ts';

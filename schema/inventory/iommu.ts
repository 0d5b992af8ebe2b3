// IOMMU units and their GET_HW_INFO vendor data.

import { findIommu, hostOfIommu, iommuKey } from '../../adapters/node-keys.ts';
import type { IommuHwInfo } from '../../hw-model/drivers/iommu.ts';
import { IommuUnit } from '../../hw-model/drivers/iommu.ts';
import { builder } from '../builder.ts';
import { DeviceRef, HostRef, IommuRef } from '../refs.ts';

export const IommuTypeEnum = builder.enumType('IommuType', {
  description: 'The IOMMU architecture.',
  values: {
    INTEL_VTD: { description: 'Intel VT-d (DMAR units).' },
    ARM_SMMUV3: { description: 'Arm SMMUv3.' },
    AMD: { description: 'AMD-Vi (IVHD units).' },
    MOCK: {
      description:
        "The kernel selftest's mock IOMMU (aperture 1<<24..(1<<31)-1, 2 KiB pages), for tests comparable with tools/testing/selftests/iommu.",
    },
  } as const,
});

/** GraphQL Int is signed 32-bit: a u32 register travels as its two's-complement value. */
const asInt32 = (value: number) => value | 0;
const U32_NOTE = "A 32-bit register as a signed Int (two's complement: add 2^32 to negative values).";

type Vtd = Extract<IommuHwInfo, { type: 'INTEL_VTD' }>;
type Smmu = Extract<IommuHwInfo, { type: 'ARM_SMMUV3' }>;
type Amd = Extract<IommuHwInfo, { type: 'AMD' }>;
type Mock = Extract<IommuHwInfo, { type: 'MOCK' }>;

const IntelVtdHwInfo = builder.objectRef<Vtd>('IntelVtdHwInfo').implement({
  description: 'struct iommu_hw_info_vtd.',
  isTypeOf: (info) => (info as IommuHwInfo).type === 'INTEL_VTD',
  fields: (t) => ({
    flags: t.expose('flags', { type: 'UInt64', description: 'IOMMU_HW_INFO_VTD_* flags (errata).' }),
    capReg: t.expose('capReg', { type: 'UInt64', description: 'VT-d Capability Register.' }),
    ecapReg: t.expose('ecapReg', { type: 'UInt64', description: 'VT-d Extended Capability Register.' }),
  }),
});

const ArmSmmuv3HwInfo = builder.objectRef<Smmu>('ArmSmmuv3HwInfo').implement({
  description: 'struct iommu_hw_info_arm_smmuv3.',
  isTypeOf: (info) => (info as IommuHwInfo).type === 'ARM_SMMUV3',
  fields: (t) => ({
    flags: t.int({ description: 'Reserved flags (0).', resolve: (i) => asInt32(i.flags) }),
    idr: t.intList({ description: `IDR0..IDR5. ${U32_NOTE}`, resolve: (i) => i.idr.map(asInt32) }),
    iidr: t.int({
      description: `Implementation Identification Register. ${U32_NOTE}`,
      resolve: (i) => asInt32(i.iidr),
    }),
    aidr: t.int({
      description: `Architecture Identification Register. ${U32_NOTE}`,
      resolve: (i) => asInt32(i.aidr),
    }),
  }),
});

const AmdHwInfo = builder.objectRef<Amd>('AmdHwInfo').implement({
  description: 'struct iommu_hw_info_amd.',
  isTypeOf: (info) => (info as IommuHwInfo).type === 'AMD',
  fields: (t) => ({
    efr: t.expose('efr', { type: 'UInt64', description: 'Extended Feature Register.' }),
    efr2: t.expose('efr2', { type: 'UInt64', description: 'Extended Feature 2 Register.' }),
  }),
});

const MockHwInfo = builder.objectRef<Mock>('MockHwInfo').implement({
  description: "The selftest mock's struct iommu_test_hw_info (type 0xfeedbeef).",
  isTypeOf: (info) => (info as IommuHwInfo).type === 'MOCK',
  fields: (t) => ({
    flags: t.int({ description: 'Always 0.', resolve: (i) => asInt32(i.flags) }),
    testReg: t.int({
      description: `IOMMU_HW_INFO_SELFTEST_REGVAL (0xdeadbeef, so -559038737). ${U32_NOTE}`,
      resolve: (i) => asInt32(i.testReg),
    }),
  }),
});

export const IommuHwInfoUnion = builder.unionType('IommuHwInfo', {
  description: 'Vendor registers as IOMMU_GET_HW_INFO returns them.',
  types: [IntelVtdHwInfo, ArmSmmuv3HwInfo, AmdHwInfo, MockHwInfo],
});

builder.node(IommuRef, {
  description: 'One IOMMU unit (a DMAR unit, an SMMUv3, an IVHD, the mock).',
  id: { resolve: (iommu) => iommuKey(iommu) },
  loadOne: (key, ctx) => findIommu(ctx.fleet, key),
  isTypeOf: (value) => value instanceof IommuUnit,
  fields: (t) => ({
    name: t.exposeString('name', {
      description: 'As the kernel names it: dmar0, smmu3.0x0000000016000000, ivhd0, mock0.',
    }),
    host: t.field({
      type: HostRef,
      description: 'The host it belongs to.',
      resolve: (i) => hostOfIommu(i),
    }),
    type: t.field({ type: IommuTypeEnum, description: 'Its architecture.', resolve: (i) => i.type }),
    addressWidth: t.exposeInt('addressWidth', { description: 'Input address width in bits.' }),
    pageSizes: t.field({
      type: ['UInt64'],
      description: "Page sizes this IOMMU's paging domains support.",
      resolve: (i) => i.pageSizes,
    }),
    maxPasidLog2: t.exposeInt('maxPasidLog2', {
      description: 'Largest PASID width (log2) it supports; 0 when it has no PASID support.',
    }),
    supportsDirtyTracking: t.exposeBoolean('supportsDirtyTracking', {
      description: 'Its paging domains can track dirty IOPTEs.',
    }),
    supportsNesting: t.exposeBoolean('supportsNesting', {
      description: 'It can nest a user-managed stage 1 on a kernel-managed stage 2.',
    }),
    hwInfo: t.field({
      type: IommuHwInfoUnion,
      description: 'Vendor registers as GET_HW_INFO returns them.',
      resolve: (i) => i.hwInfo,
    }),
    devices: t.field({
      type: [DeviceRef],
      description: 'Devices it translates for.',
      resolve: (i) => hostOfIommu(i).devices.filter((d) => d.iommu === i),
    }),
  }),
});

// Nesting: nested HWPTs with the guest's stage 1, vIOMMUs and vDEVICEs.
import { HwptNested, Vdevice, Viommu } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import {
  BoundDeviceRef,
  HwptNestedRef,
  HwptPagingRef,
  HwptRef,
  IommufdObjectRef,
  IommuRef,
  VdeviceRef,
  ViommuRef,
} from '../refs.ts';
import { objectNode } from './objects.ts';

export const HwptDataTypeEnum = builder.enumType('HwptDataType', {
  description: 'enum iommu_hwpt_data_type of a nested HWPT.',
  values: {
    VTD_S1: { description: 'Intel VT-d first-stage table (iommu_hwpt_vtd_s1).' },
    ARM_SMMUV3: { description: 'Arm SMMUv3 nested STE (iommu_hwpt_arm_smmuv3).' },
    AMD_GUEST: { description: 'AMD guest DTE (iommu_hwpt_amd_guest).' },
    SELFTEST: { description: "The kernel selftest's mock nested data (iommu_hwpt_selftest)." },
  } as const,
});

export const ViommuTypeEnum = builder.enumType('ViommuType', {
  description: 'enum iommu_viommu_type.',
  values: {
    ARM_SMMUV3: { description: 'A virtual SMMUv3 backed by the host SMMUv3.' },
    INTEL_VTD: {
      description: 'A virtual VT-d backed by the host VT-d (a model of the upcoming kernel support).',
    },
    MOCK: { description: "The kernel selftest's mock vIOMMU (IOMMU_VIOMMU_TYPE_SELFTEST)." },
  } as const,
});

const Stage1MappingRef = builder.simpleObject('Stage1Mapping', {
  description: 'One range of the guest stage-1 table: IOVA to guest physical (IPA).',
  fields: (t) => ({
    pasid: t.int({ nullable: true, description: 'The PASID whose table it is; null for the RID.' }),
    iova: t.field({ type: 'UInt64', description: 'First IOVA.' }),
    last: t.field({ type: 'UInt64', description: 'Last IOVA (inclusive).' }),
    gpa: t.field({ type: 'UInt64', description: 'Guest physical address of the first byte.' }),
    readable: t.boolean({ description: 'Stage 1 allows reads.' }),
    writable: t.boolean({ description: 'Stage 1 allows writes.' }),
  }),
});

builder.node(HwptNestedRef, {
  ...objectNode(HwptNested),
  interfaces: [IommufdObjectRef, HwptRef],
  description: 'IOMMUFD_OBJ_HWPT_NESTED: a guest-owned stage 1 nested on a nest-parent HWPT_PAGING.',
  fields: (t) => ({
    parent: t.field({ type: HwptPagingRef, description: 'The stage-2 parent.', resolve: (h) => h.paging }),
    viommu: t.field({
      type: ViommuRef,
      nullable: true,
      description: 'The vIOMMU it was allocated on, if any.',
      resolve: (h) => h.viommu,
    }),
    dataType: t.field({
      type: HwptDataTypeEnum,
      description: 'Its driver data format.',
      resolve: (h) => h.dataType,
    }),
    stage1Mappings: t.field({
      type: [Stage1MappingRef],
      description: 'The guest stage-1 tables (RID first, then PASIDs), range by range.',
      resolve: (h) =>
        [...h.stage1.entries()].flatMap(([pasid, table]) =>
          table.entries().map((range) => ({ pasid: pasid === null ? null : Number(pasid), ...range })),
        ),
    }),
  }),
});

builder.node(ViommuRef, {
  ...objectNode(Viommu),
  description: 'IOMMUFD_OBJ_VIOMMU: a slice of one physical IOMMU and a nest-parent HWPT, given to a VM.',
  fields: (t) => ({
    viommuType: t.field({ type: ViommuTypeEnum, description: 'Its type.', resolve: (v) => v.viommuType }),
    iommu: t.field({ type: IommuRef, description: 'The physical IOMMU behind it.', resolve: (v) => v.iommu }),
    parent: t.field({
      type: HwptPagingRef,
      description: 'Its nest-parent (stage 2).',
      resolve: (v) => v.parent,
    }),
    vdevices: t.field({
      type: [VdeviceRef],
      description: 'Its vDEVICEs, in virtual-ID order.',
      resolve: (v) => v.vdevices,
    }),
  }),
});

builder.node(VdeviceRef, {
  ...objectNode(Vdevice),
  description: "IOMMUFD_OBJ_VDEVICE: a device's identity behind a vIOMMU.",
  fields: (t) => ({
    viommu: t.field({ type: ViommuRef, description: 'Its vIOMMU.', resolve: (v) => v.viommu }),
    device: t.field({ type: BoundDeviceRef, description: 'The bound device.', resolve: (v) => v.device }),
    virtId: t.field({
      type: 'UInt64',
      description:
        "The guest's ID for the device: virtual Stream ID (SMMUv3), virtual RID (VT-d), virtual DeviceID (AMD).",
      resolve: (v) => v.virtId,
    }),
  }),
});

builder.objectField(BoundDeviceRef, 'vdevice', (t) =>
  t.field({
    type: VdeviceRef,
    nullable: true,
    description: 'Its vDEVICE, if any.',
    resolve: (b) => b.vdevice,
  }),
);

import { objectIdIn, objectRefById } from '../../adapters/iommufd-keys.ts';
import { Vdevice, Viommu } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { BoundDeviceRef, HwptPagingRef, IommuRef, VdeviceRef, ViommuRef } from '../refs.ts';
import { objectNode } from './context.ts';

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

// --- vIOMMU, vDEVICE ------------------------------------------------------------------------------------

const ViommuAllocInput = builder.inputType('ViommuAllocInput', {
  description: 'IOMMU_VIOMMU_ALLOC.',
  fields: (t) => ({
    boundDeviceId: t.id({ required: true, description: 'A device behind the physical IOMMU to slice.' }),
    hwptId: t.id({ required: true, description: 'A nest-parent HWPT_PAGING.' }),
    viommuType: t.field({ type: ViommuTypeEnum, required: true, description: 'The vIOMMU type.' }),
  }),
});
const ViommuAllocPayload = payloadType('ViommuAllocPayload', 'Result of viommuAlloc.', (t) => ({
  viommu: t.field({ type: ViommuRef, nullable: true, description: 'The new vIOMMU.' }),
}));
const VdeviceAllocInput = builder.inputType('VdeviceAllocInput', {
  description: 'IOMMU_VDEVICE_ALLOC.',
  fields: (t) => ({
    viommuId: t.id({ required: true, description: 'The vIOMMU.' }),
    boundDeviceId: t.id({ required: true, description: 'The device.' }),
    virtId: t.field({
      type: 'UInt64',
      required: true,
      description: "The guest's ID for it (vSID, vRID, vDeviceID).",
    }),
  }),
});
const VdeviceAllocPayload = payloadType('VdeviceAllocPayload', 'Result of vdeviceAlloc.', (t) => ({
  vdevice: t.field({ type: VdeviceRef, nullable: true, description: 'The new vDEVICE.' }),
}));

defineMutation('viommuAlloc', {
  description: 'IOMMU_VIOMMU_ALLOC.',
  input: ViommuAllocInput,
  payload: ViommuAllocPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
    const hwptId = objectIdIn(ctx.fleet, ictx, input.hwptId, 'hwptId');
    return { viommu: ictx.viommuAlloc(objectId, hwptId, input.viommuType) };
  },
});

defineMutation('vdeviceAlloc', {
  description: 'IOMMU_VDEVICE_ALLOC.',
  input: VdeviceAllocInput,
  payload: VdeviceAllocPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
    const devId = objectIdIn(ctx.fleet, ictx, input.boundDeviceId, 'boundDeviceId');
    return { vdevice: ictx.vdeviceAlloc(objectId, devId, input.virtId) };
  },
});

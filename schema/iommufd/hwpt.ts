// Hardware page tables: the Hwpt interface, the HwptPaging node, and IOMMU_HWPT_ALLOC with its driver data.

import { objectIdIn, objectRefById } from '../../adapters/iommufd-keys.ts';
import { hwptData } from '../../adapters/nested-input.ts';
import { HwptPaging } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { BoundDeviceRef, HwptPagingRef, HwptRef, IoasRef, IommufdObjectRef, IommuRef } from '../refs.ts';
import { objectNode } from './context.ts';

HwptRef.implement({
  description: 'An I/O page table a device can attach to: paging (kernel-managed) or nested (user stage 1).',
  interfaces: [builder.nodeInterfaceRef(), IommufdObjectRef],
  fields: (t) => ({
    attachedDevices: t.field({
      type: [BoundDeviceRef],
      description: 'Devices attached to it (RID or PASID).',
      resolve: (h) => h.attachedDevices,
    }),
    pasidCompatible: t.boolean({
      description: 'Allocated with IOMMU_HWPT_ALLOC_PASID.',
      resolve: (h) => h.pasidCompatible,
    }),
  }),
});

builder.node(HwptPagingRef, {
  ...objectNode(HwptPaging),
  interfaces: [IommufdObjectRef, HwptRef],
  description: 'IOMMUFD_OBJ_HWPT_PAGING: a kernel-managed I/O page table mirroring one IOAS.',
  fields: (t) => ({
    ioas: t.field({ type: IoasRef, description: 'The IOAS it mirrors.', resolve: (h) => h.ioas }),
    iommu: t.field({
      type: IommuRef,
      description: 'The IOMMU whose format it uses.',
      resolve: (h) => h.iommu,
    }),
    autoDomain: t.boolean({
      description: 'Created implicitly by attaching a device to an IOAS; destroyed with its last attachment.',
      resolve: (h) => h.autoDomain,
    }),
    nestParent: t.boolean({ description: 'IOMMU_HWPT_ALLOC_NEST_PARENT.', resolve: (h) => h.nestParent }),
    dirtyTrackingSupported: t.boolean({
      description: 'Allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING.',
      resolve: (h) => h.dirtyTrackingSupported,
    }),
    dirtyTrackingEnabled: t.boolean({
      description: 'Dirty tracking is on.',
      resolve: (h) => h.dirtyTrackingEnabled,
    }),
  }),
});

const id = (description: string) => ({ required: true, description }) as const;

// --- HWPT -----------------------------------------------------------------------------------------------

const VtdS1Input = builder.inputType('VtdS1Input', {
  description: 'struct iommu_hwpt_vtd_s1: the guest first-stage table.',
  fields: (t) => ({
    pgtblAddr: t.field({
      type: 'UInt64',
      required: true,
      description: 'Guest physical address of the table (4 KiB aligned).',
    }),
    addrWidth: t.int({ required: true, description: 'Input address width: 48 (4-level) or 57 (5-level).' }),
    flags: t.int({ defaultValue: 0, description: 'IOMMU_VTD_S1_SRE (1), _EAFE (2), _WPE (4).' }),
  }),
});

const ArmSmmuv3SteInput = builder.inputType('ArmSmmuv3SteInput', {
  description: 'struct iommu_hwpt_arm_smmuv3: a nested STE.',
  fields: (t) => ({
    ste: t.field({ type: ['UInt64'], required: true, description: "The guest's STE words 0 and 1." }),
  }),
});

const SelftestHwptInput = builder.inputType('SelftestHwptInput', {
  description: "struct iommu_hwpt_selftest: the mock's nested data.",
  fields: (t) => ({
    iotlb: t.int({ required: true, description: 'Initial value of the 4 mock IOTLB entries.' }),
  }),
});

const HwptDataInput = builder.inputType('HwptDataInput', {
  description: 'Driver-specific nested page-table data (one member).',
  fields: (t) => ({
    vtdS1: t.field({ type: VtdS1Input, description: 'IOMMU_HWPT_DATA_VTD_S1.' }),
    armSmmuv3: t.field({ type: ArmSmmuv3SteInput, description: 'IOMMU_HWPT_DATA_ARM_SMMUV3.' }),
    selftest: t.field({ type: SelftestHwptInput, description: 'IOMMU_HWPT_DATA_SELFTEST.' }),
  }),
});

const HwptAllocInput = builder.inputType('HwptAllocInput', {
  description: 'IOMMU_HWPT_ALLOC.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object whose IOMMU builds the page table.')),
    ptId: t.id(id('IOAS (paging HWPT), nest-parent HWPT_PAGING or vIOMMU (nested HWPT).')),
    nestParent: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_NEST_PARENT.' }),
    dirtyTracking: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_DIRTY_TRACKING.' }),
    pasid: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_PASID.' }),
    faultQueueId: t.id({
      description: "IOMMU_HWPT_FAULT_ID_VALID: route this HWPT's I/O page faults to this FAULT object.",
    }),
    data: t.field({
      type: HwptDataInput,
      description: 'Driver data for a nested HWPT; exactly one member for a nested allocation.',
    }),
  }),
});
const HwptAllocPayload = payloadType('HwptAllocPayload', 'Result of hwptAlloc.', (t) => ({
  hwpt: t.field({ type: HwptRef, nullable: true, description: 'The new HWPT.' }),
}));

defineMutation('hwptAlloc', {
  description: 'IOMMU_HWPT_ALLOC.',
  input: HwptAllocInput,
  payload: HwptAllocPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
    const hwpt = ictx.hwptAlloc({
      devId: objectId,
      ptId: objectIdIn(ctx.fleet, ictx, input.ptId, 'ptId'),
      nestParent: input.nestParent ?? false,
      dirtyTracking: input.dirtyTracking ?? false,
      pasid: input.pasid ?? false,
      faultId:
        input.faultQueueId == null
          ? undefined
          : objectIdIn(ctx.fleet, ictx, input.faultQueueId, 'faultQueueId'),
      data: hwptData(input.data),
    });
    return { hwpt };
  },
});

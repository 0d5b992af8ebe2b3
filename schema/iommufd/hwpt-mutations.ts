import { objectIdIn, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { hwptData } from '../../resolvers/nested-input.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { userErrorsField } from '../common.ts';
import { HwptRef } from '../refs.ts';

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
const HwptAllocPayload = builder.simpleObject('HwptAllocPayload', {
  description: 'Result of hwptAlloc.',
  fields: (t) => ({
    hwpt: t.field({ type: HwptRef, nullable: true, description: 'The new HWPT.' }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationField('hwptAlloc', (t) =>
  t.field({
    type: HwptAllocPayload,
    description: 'IOMMU_HWPT_ALLOC.',
    args: { input: t.arg({ type: HwptAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
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
      }),
  }),
);

// Nested HWPTs: the HwptNested node with the guest's stage 1, IOMMU_HWPT_INVALIDATE, and the guest's
// stage-1 writes (stage1Map, stage1Unmap).

import { objectRefById } from '../../adapters/iommufd-keys.ts';
import { invalidationRequests } from '../../adapters/nested-input.ts';
import { PartialResult } from '../../adapters/payload.ts';
import { HwptNested } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { HwptNestedRef, HwptPagingRef, HwptRef, IommufdObjectRef, ViommuRef } from '../refs.ts';
import { objectNode } from './context.ts';

export const HwptDataTypeEnum = builder.enumType('HwptDataType', {
  description: 'enum iommu_hwpt_data_type of a nested HWPT.',
  values: {
    VTD_S1: { description: 'Intel VT-d first-stage table (iommu_hwpt_vtd_s1).' },
    ARM_SMMUV3: { description: 'Arm SMMUv3 nested STE (iommu_hwpt_arm_smmuv3).' },
    AMD_GUEST: { description: 'AMD guest DTE (iommu_hwpt_amd_guest).' },
    SELFTEST: { description: "The kernel selftest's mock nested data (iommu_hwpt_selftest)." },
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

// --- HWPT_INVALIDATE ------------------------------------------------------------------------------------

const VtdS1InvalidationInput = builder.inputType('VtdS1InvalidationInput', {
  description: 'struct iommu_hwpt_vtd_s1_invalidate.',
  fields: (t) => ({
    addr: t.field({
      type: 'UInt64',
      required: true,
      description: 'First address (4 KiB aligned); 0 with npages U64_MAX is all.',
    }),
    npages: t.field({ type: 'UInt64', required: true, description: '4 KiB pages.' }),
    leaf: t.boolean({
      defaultValue: false,
      description: 'IOMMU_VTD_INV_FLAGS_LEAF: only leaf entries changed.',
    }),
  }),
});

const ArmSmmuv3CommandInput = builder.inputType('ArmSmmuv3CommandInput', {
  description: 'One SMMUv3 command queue entry (struct iommu_viommu_arm_smmuv3_invalidate).',
  fields: (t) => ({
    cmd: t.field({ type: ['UInt64'], required: true, description: 'The two 64-bit command words.' }),
  }),
});

const SelftestInvalidationInput = builder.inputType('SelftestInvalidationInput', {
  description: "The selftest's mock invalidation entry.",
  fields: (t) => ({
    flags: t.int({ defaultValue: 0, description: 'Bit 0: IOMMU_TEST_INVALIDATE_FLAG_ALL.' }),
    id: t.int({ defaultValue: 0, description: 'IOTLB entry (nested HWPT) or cache entry (vIOMMU), 0..3.' }),
    vdevId: t.field({ type: 'UInt64', description: "For vIOMMU entries: the guest's device ID." }),
  }),
});

const InvalidationRequestInput = builder.inputType('InvalidationRequestInput', {
  description: 'One invalidation entry (one member set); all entries of a request share a type.',
  fields: (t) => ({
    vtdS1: t.field({
      type: VtdS1InvalidationInput,
      description: 'iommu_hwpt_vtd_s1_invalidate: addr 0 with npages 0xffffffffffffffff is everything.',
    }),
    armSmmuv3: t.field({
      type: ArmSmmuv3CommandInput,
      description:
        'One SMMUv3 command (two 64-bit words); sent to a vIOMMU, its virtual Stream ID is resolved through the vDEVICEs.',
    }),
    selftest: t.field({
      type: SelftestInvalidationInput,
      description:
        "The selftest's mock entries: flags bit 0 = ALL; id names the IOTLB (nested) or cache (vIOMMU) entry 0..3.",
    }),
  }),
});

const HwptInvalidateInput = builder.inputType('HwptInvalidateInput', {
  description: 'IOMMU_HWPT_INVALIDATE.',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A nested HWPT or a vIOMMU.' }),
    requests: t.field({
      type: [InvalidationRequestInput],
      required: true,
      description: 'Empty probes whether the target takes this kind of request.',
    }),
  }),
});

const HwptInvalidatePayload = payloadType(
  'HwptInvalidatePayload',
  'Result of hwptInvalidate: entries before a failing one took effect.',
  (t) => ({
    entriesHandled: t.int({ description: 'Entries handled, always set, also when an entry fails.' }),
  }),
);

// --- stage 1 --------------------------------------------------------------------------------------------

const Stage1MapInput = builder.inputType('Stage1MapInput', {
  description: 'Guest software writing its stage-1 page table.',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A nested HWPT.' }),
    pasid: t.int({ description: "The PASID's table; omit for the RID's." }),
    iova: t.field({ type: 'UInt64', required: true, description: 'First IOVA (4 KiB aligned).' }),
    gpa: t.field({ type: 'UInt64', required: true, description: 'Guest physical address (stage-2 input).' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes (4 KiB multiple).' }),
    readable: t.boolean({ defaultValue: true, description: 'Allow reads.' }),
    writable: t.boolean({ defaultValue: true, description: 'Allow writes.' }),
  }),
});

const Stage1UnmapInput = builder.inputType('Stage1UnmapInput', {
  description: 'Guest software clearing stage-1 entries (cached translations stay until invalidated).',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A nested HWPT.' }),
    pasid: t.int({ description: "The PASID's table; omit for the RID's." }),
    iova: t.field({ type: 'UInt64', required: true, description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});

const stage1Payload = (name: string) =>
  payloadType(
    name,
    `Result of ${name.replace('Payload', '').replace(/^./, (c) => c.toLowerCase())}.`,
    (t) => ({
      hwpt: t.field({ type: HwptNestedRef, nullable: true, description: 'The nested HWPT.' }),
    }),
  );
const Stage1MapPayload = stage1Payload('Stage1MapPayload');
const Stage1UnmapPayload = stage1Payload('Stage1UnmapPayload');

defineMutation('hwptInvalidate', {
  description:
    'IOMMU_HWPT_INVALIDATE on a nested HWPT or a vIOMMU. Entries before a failing one take effect.',
  input: HwptInvalidateInput,
  payload: HwptInvalidatePayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
    const { entriesHandled, error } = ictx.hwptInvalidate(objectId, invalidationRequests(input.requests));
    return new PartialResult({ entriesHandled }, error);
  },
  // entry_num is written back even when the lookup fails: nothing was carried out.
  onError: { entriesHandled: 0 },
});

defineMutation('stage1Map', {
  description:
    "Write the guest's stage-1 page table of a nested HWPT (what guest software does in its own memory).",
  input: Stage1MapInput,
  payload: Stage1MapPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
    const hwpt = ictx.stage1Map(objectId, {
      pasid: input.pasid ?? undefined,
      iova: input.iova,
      gpa: input.gpa,
      length: input.length,
      readable: input.readable ?? true,
      writable: input.writable ?? true,
    });
    return { hwpt };
  },
});

defineMutation('stage1Unmap', {
  description: "Clear entries of the guest's stage-1 table (the IOTLB keeps them until an invalidation).",
  input: Stage1UnmapInput,
  payload: Stage1UnmapPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
    const hwpt = ictx.stage1Unmap(objectId, {
      pasid: input.pasid ?? undefined,
      iova: input.iova,
      length: input.length,
    });
    return { hwpt };
  },
});

// Nesting mutations: the guest's stage 1, invalidations, vIOMMU and vDEVICE allocation, simulated DMA.

import { DMA_SIMULATE_DEFAULT_TIMEOUT_MS, dmaSimulate } from '../../hw-model/dma/index.ts';
import { fail } from '../../hw-model/errors.ts';
import { deviceById } from '../../resolvers/ids.ts';
import { objectIdIn, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { invalidationRequests } from '../../resolvers/nested-input.ts';
import { payload, payloadAsync, toUserError } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { userErrorsField } from '../common.ts';
import { HwptNestedRef, VdeviceRef, ViommuRef } from '../refs.ts';
import { DmaAccessEnum, TranslationFaultRef } from '../translation.ts';
import { ViommuTypeEnum } from './nested.ts';

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

const HwptInvalidatePayload = builder.simpleObject('HwptInvalidatePayload', {
  description: 'Result of hwptInvalidate: entries before a failing one took effect.',
  fields: (t) => ({
    entriesHandled: t.int({ description: 'Entries handled, always set, also when an entry fails.' }),
    userErrors: t.field(userErrorsField),
  }),
});

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
  builder.simpleObject(name, {
    description: `Result of ${name.replace('Payload', '').replace(/^./, (c) => c.toLowerCase())}.`,
    fields: (t) => ({
      hwpt: t.field({ type: HwptNestedRef, nullable: true, description: 'The nested HWPT.' }),
      userErrors: t.field(userErrorsField),
    }),
  });
const Stage1MapPayload = stage1Payload('Stage1MapPayload');
const Stage1UnmapPayload = stage1Payload('Stage1UnmapPayload');

// --- vIOMMU, vDEVICE ------------------------------------------------------------------------------------

const ViommuAllocInput = builder.inputType('ViommuAllocInput', {
  description: 'IOMMU_VIOMMU_ALLOC.',
  fields: (t) => ({
    boundDeviceId: t.id({ required: true, description: 'A device behind the physical IOMMU to slice.' }),
    hwptId: t.id({ required: true, description: 'A nest-parent HWPT_PAGING.' }),
    viommuType: t.field({ type: ViommuTypeEnum, required: true, description: 'The vIOMMU type.' }),
  }),
});
const ViommuAllocPayload = builder.simpleObject('ViommuAllocPayload', {
  description: 'Result of viommuAlloc.',
  fields: (t) => ({
    viommu: t.field({ type: ViommuRef, nullable: true, description: 'The new vIOMMU.' }),
    userErrors: t.field(userErrorsField),
  }),
});
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
const VdeviceAllocPayload = builder.simpleObject('VdeviceAllocPayload', {
  description: 'Result of vdeviceAlloc.',
  fields: (t) => ({
    vdevice: t.field({ type: VdeviceRef, nullable: true, description: 'The new vDEVICE.' }),
    userErrors: t.field(userErrorsField),
  }),
});

// --- DMA ------------------------------------------------------------------------------------------------

const DmaSimulateInput = builder.inputType('DmaSimulateInput', {
  description: 'A DMA a device does.',
  fields: (t) => ({
    deviceId: t.id({ required: true, description: 'A physical Device.' }),
    pasid: t.int({ description: 'PASID-tagged DMA; omit for the RID.' }),
    iova: t.field({ type: 'UInt64', required: true, description: 'First address.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes (at most 1,000,000 pages).' }),
    access: t.field({ type: DmaAccessEnum, required: true, description: 'Read or write.' }),
    timeoutMs: t.int({
      defaultValue: DMA_SIMULATE_DEFAULT_TIMEOUT_MS,
      description: `How long the DMA waits for page requests to be answered (0..${MAX_DMA_WAIT_MS} ms).`,
    }),
  }),
});

/** The longest a dmaSimulate request may keep its HTTP request open waiting for page responses. */
const MAX_DMA_WAIT_MS = 60_000;
const DmaSimulatePayload = builder.simpleObject('DmaSimulatePayload', {
  description: 'Result of dmaSimulate.',
  fields: (t) => ({
    completedBytes: t.field({ type: 'UInt64', nullable: true, description: 'Bytes that reached memory.' }),
    faults: t.field({
      type: [TranslationFaultRef],
      nullable: true,
      description:
        'Pages that failed translation; each raised a page request (IOPF-capable HWPT), a vIOMMU event, or was dropped.',
    }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationFields((t) => ({
  hwptInvalidate: t.field({
    type: HwptInvalidatePayload,
    description:
      'IOMMU_HWPT_INVALIDATE on a nested HWPT or a vIOMMU. Entries before a failing one take effect.',
    args: { input: t.arg({ type: HwptInvalidateInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const result = payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
        return { outcome: ictx.hwptInvalidate(objectId, invalidationRequests(input.requests)) };
      });
      const outcome = result.outcome;
      if (!outcome) return { entriesHandled: 0, userErrors: result.userErrors };
      return {
        entriesHandled: outcome.entriesHandled,
        userErrors: outcome.error ? [toUserError(outcome.error)] : [],
      };
    },
  }),
  stage1Map: t.field({
    type: Stage1MapPayload,
    description:
      "Write the guest's stage-1 page table of a nested HWPT (what guest software does in its own memory).",
    args: { input: t.arg({ type: Stage1MapInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
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
      }),
  }),
  stage1Unmap: t.field({
    type: Stage1UnmapPayload,
    description: "Clear entries of the guest's stage-1 table (the IOTLB keeps them until an invalidation).",
    args: { input: t.arg({ type: Stage1UnmapInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
        const hwpt = ictx.stage1Unmap(objectId, {
          pasid: input.pasid ?? undefined,
          iova: input.iova,
          length: input.length,
        });
        return { hwpt };
      }),
  }),
  viommuAlloc: t.field({
    type: ViommuAllocPayload,
    description: 'IOMMU_VIOMMU_ALLOC.',
    args: { input: t.arg({ type: ViommuAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        const hwptId = objectIdIn(ctx.fleet, ictx, input.hwptId, 'hwptId');
        return { viommu: ictx.viommuAlloc(objectId, hwptId, input.viommuType) };
      }),
  }),
  vdeviceAlloc: t.field({
    type: VdeviceAllocPayload,
    description: 'IOMMU_VDEVICE_ALLOC.',
    args: { input: t.arg({ type: VdeviceAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
        const devId = objectIdIn(ctx.fleet, ictx, input.boundDeviceId, 'boundDeviceId');
        return { vdevice: ictx.vdeviceAlloc(objectId, devId, input.virtId) };
      }),
  }),
  dmaSimulate: t.field({
    type: DmaSimulatePayload,
    description:
      'Emulate DMA by a device: translate every page (through the IOTLB for nested tables, filling it), set dirty bits on writes, raise page requests (the DMA waits for their answers) or vIOMMU events where translation fails.',
    args: { input: t.arg({ type: DmaSimulateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payloadAsync(async () => {
        const timeoutMs = input.timeoutMs ?? DMA_SIMULATE_DEFAULT_TIMEOUT_MS;
        if (!Number.isInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_DMA_WAIT_MS) {
          fail('EINVAL', `timeoutMs must be 0..${MAX_DMA_WAIT_MS}`, 'timeoutMs');
        }
        const device = deviceById(ctx.fleet, input.deviceId);
        const args = {
          pasid: input.pasid ?? undefined,
          iova: input.iova,
          length: input.length,
          access: input.access,
        };
        const result = await dmaSimulate(device, args, { timeoutMs });
        return { completedBytes: result.completedBytes, faults: result.faults };
      }),
  }),
}));

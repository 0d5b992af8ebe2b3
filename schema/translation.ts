// translate / translateBatch: where a device's DMA lands now, without side effects.

import { mapInChunks } from '../adapters/chunked.ts';
import { deviceById } from '../adapters/ids.ts';
import { translate } from '../hw-model/dma/index.ts';
import { fail } from '../hw-model/errors.ts';
import { builder } from './builder.ts';
import { HwptRef } from './refs.ts';

type Result = ReturnType<typeof translate>;
type TranslationShape = Extract<Result, { kind: 'translation' }>;
type FaultShape = Extract<Result, { kind: 'fault' }>;

export const DmaAccessEnum = builder.enumType('DmaAccess', {
  description: 'Direction of a DMA access.',
  values: {
    READ: { description: 'Device reads memory.' },
    WRITE: { description: 'Device writes memory.' },
  } as const,
});

const TranslationFaultReasonEnum = builder.enumType('TranslationFaultReason', {
  description: 'Why a translation failed.',
  values: {
    BLOCKED: { description: 'The device (or this PASID) is attached to nothing: DMA is blocked.' },
    NOT_MAPPED: { description: 'No mapping covers the address.' },
    PERMISSION: { description: 'Mapped, but not for this access.' },
    OUT_OF_RANGE: { description: 'Outside what the page table can address.' },
  } as const,
});

const TranslationStageEnum = builder.enumType('TranslationStage', {
  description: 'Which stage of a nested translation.',
  values: {
    STAGE1: { description: 'Guest stage (IOVA to GPA).' },
    STAGE2: { description: 'Host stage (GPA to HPA).' },
  } as const,
});

const IotlbEntryRef = builder.simpleObject('IotlbEntry', {
  description: 'What the emulated IOTLB caches for an address of a nested HWPT (a stage-1 result).',
  fields: (t) => ({
    intermediateAddress: t.field({ type: 'UInt64', description: 'The cached stage-1 output (GPA / IPA).' }),
    readable: t.boolean({ description: 'Cached read permission.' }),
    writable: t.boolean({ description: 'Cached write permission.' }),
  }),
});

const IOTLB_DESCRIPTION =
  'Nested HWPTs: what the IOTLB holds for this address (DMA uses it until an invalidation).';
const STALE_DESCRIPTION = 'Nested HWPTs: the IOTLB holds an entry that differs from the page tables now.';

const TranslationRef = builder.objectRef<TranslationShape>('Translation').implement({
  description: 'A successful walk.',
  isTypeOf: (value) => (value as Result).kind === 'translation',
  fields: (t) => ({
    iova: t.field({ type: 'UInt64', description: 'The address asked about.', resolve: (r) => r.iova }),
    physicalAddress: t.field({
      type: 'UInt64',
      description: 'Host physical address the access reaches.',
      resolve: (r) => r.physicalAddress,
    }),
    pageSize: t.field({
      type: 'UInt64',
      description: 'Size of the page (IOPTE) that maps it.',
      resolve: (r) => r.pageSize,
    }),
    readable: t.boolean({ description: 'The IOPTE allows reads.', resolve: (r) => r.readable }),
    writable: t.boolean({ description: 'The IOPTE allows writes.', resolve: (r) => r.writable }),
    hwpt: t.field({
      type: HwptRef,
      description: 'The page table that translated it.',
      resolve: (r) => r.hwpt,
    }),
    iotlb: t.field({
      type: IotlbEntryRef,
      nullable: true,
      description: IOTLB_DESCRIPTION,
      resolve: (r) => r.iotlb ?? null,
    }),
    iotlbStale: t.boolean({ description: STALE_DESCRIPTION, resolve: (r) => r.iotlbStale ?? false }),
    intermediateAddress: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'For nested translation: the stage-1 output (guest physical / IPA) before stage 2.',
      resolve: (r) =>
        'intermediateAddress' in r ? ((r.intermediateAddress as bigint | undefined) ?? null) : null,
    }),
  }),
});

export const TranslationFaultRef = builder.objectRef<FaultShape>('TranslationFault').implement({
  description: 'A failed walk.',
  isTypeOf: (value) => (value as Result).kind === 'fault',
  fields: (t) => ({
    iova: t.field({ type: 'UInt64', description: 'The address asked about.', resolve: (r) => r.iova }),
    reason: t.field({
      type: TranslationFaultReasonEnum,
      description: 'Why it failed.',
      resolve: (r) => r.reason,
    }),
    stage: t.field({
      type: TranslationStageEnum,
      nullable: true,
      description: 'For nested translation, which stage faulted.',
      resolve: (r) => r.stage ?? null,
    }),
    message: t.string({ description: 'What the walk found.', resolve: (r) => r.message }),
    iotlb: t.field({
      type: IotlbEntryRef,
      nullable: true,
      description: IOTLB_DESCRIPTION,
      resolve: (r) => r.iotlb ?? null,
    }),
    iotlbStale: t.boolean({ description: STALE_DESCRIPTION, resolve: (r) => r.iotlbStale ?? false }),
  }),
});

const TranslationResultUnion = builder.unionType('TranslationResult', {
  description: 'A translation or the fault that stopped it.',
  types: [TranslationRef, TranslationFaultRef],
});

const TranslateInput = builder.inputType('TranslateInput', {
  description: 'One address of one device.',
  fields: (t) => ({
    deviceId: t.id({ required: true, description: 'A physical Device.' }),
    pasid: t.int({ description: 'Omit for RID (no-PASID) DMA.' }),
    iova: t.field({ type: 'UInt64', required: true, description: 'The DMA address.' }),
    access: t.field({ type: DmaAccessEnum, defaultValue: 'READ', description: 'Read or write.' }),
  }),
});

/** translateBatch's cap (the server's per-request list budget is the same size, counted over every field). */
export const MAX_BATCH_IOVAS = 10_000;

const TranslateBatchInput = builder.inputType('TranslateBatchInput', {
  description: 'Many addresses of one device.',
  fields: (t) => ({
    deviceId: t.id({ required: true, description: 'A physical Device.' }),
    pasid: t.int({ description: 'Omit for RID (no-PASID) DMA.' }),
    iovas: t.field({
      type: ['UInt64'],
      required: true,
      description: `The DMA addresses (at most ${MAX_BATCH_IOVAS}).`,
    }),
    access: t.field({ type: DmaAccessEnum, defaultValue: 'READ', description: 'Read or write.' }),
  }),
});

builder.queryFields((t) => ({
  translate: t.field({
    type: TranslationResultUnion,
    description:
      "Walk the page tables the device's DMA would use now (its RID, or the given PASID). No side effects: caches are not filled.",
    args: { input: t.arg({ type: TranslateInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      translate(
        deviceById(ctx.fleet, input.deviceId),
        input.iova,
        input.access ?? 'READ',
        input.pasid ?? undefined,
      ),
  }),
  translateBatch: t.field({
    type: [TranslationResultUnion],
    description: 'The same walk for many addresses of one device in one request, in input order.',
    args: { input: t.arg({ type: TranslateBatchInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      const device = deviceById(ctx.fleet, input.deviceId);
      if (input.iovas.length > MAX_BATCH_IOVAS)
        fail('E2BIG', `at most ${MAX_BATCH_IOVAS} IOVAs per batch`, 'iovas');
      const access = input.access ?? 'READ';
      const pasid = input.pasid ?? undefined;
      return mapInChunks(input.iovas, (iova) => translate(device, iova, access, pasid));
    },
  }),
}));

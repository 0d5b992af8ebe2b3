// HW queues: the HwQueue node, Viommu.hwQueues, and IOMMU_HW_QUEUE_ALLOC (hwQueueAlloc).
import { objectRefById } from '../../adapters/iommufd-keys.ts';
import { HwQueue } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ViommuRef } from '../refs.ts';
import { objectNode } from './context.ts';

export const HwQueueRef = builder.objectRef<HwQueue>('HwQueue');

export const HwQueueTypeEnum = builder.enumType('HwQueueType', {
  description: 'enum iommu_hw_queue_type.',
  values: {
    DEFAULT: { description: 'IOMMU_HW_QUEUE_TYPE_DEFAULT: reserved, never allocatable (EOPNOTSUPP).' },
    TEGRA241_CMDQV: { description: 'A Tegra241 CMDQV virtual command queue.' },
    SELFTEST: { description: "The kernel selftest's mock queue (IOMMU_HW_QUEUE_TYPE_SELFTEST)." },
  } as const,
});

builder.node(HwQueueRef, {
  ...objectNode(HwQueue),
  description: 'IOMMUFD_OBJ_HW_QUEUE: a guest queue the hardware reads from pinned guest memory.',
  fields: (t) => ({
    viommu: t.field({ type: ViommuRef, description: 'Its vIOMMU.', resolve: (q) => q.viommu }),
    queueType: t.field({ type: HwQueueTypeEnum, description: 'Its type.', resolve: (q) => q.queueType }),
    index: t.int({
      description: 'Its index among the vIOMMU’s queues of that type.',
      resolve: (q) => q.index,
    }),
    nestingParentIova: t.field({
      type: 'UInt64',
      description: "Its base in the nest parent's IOAS (guest physical).",
      resolve: (q) => q.nestingParentIova,
    }),
    length: t.field({ type: 'UInt64', description: 'Its length in bytes.', resolve: (q) => q.length }),
    basePhys: t.field({
      type: 'UInt64',
      description: 'The host physical address the driver was given (base_addr_pa).',
      resolve: (q) => q.basePhys,
    }),
  }),
});

builder.objectField(ViommuRef, 'hwQueues', (t) =>
  t.field({
    type: [HwQueueRef],
    description: 'Its HW queues, in object-ID order.',
    resolve: (v) => [...v.hwQueues].sort((a, b) => a.id - b.id),
  }),
);

const HwQueueAllocInput = builder.inputType('HwQueueAllocInput', {
  description: 'IOMMU_HW_QUEUE_ALLOC.',
  fields: (t) => ({
    viommuId: t.id({ required: true, description: 'The vIOMMU.' }),
    queueType: t.field({ type: HwQueueTypeEnum, required: true, description: 'The queue type.' }),
    index: t.int({
      required: true,
      description: "The queue's index (driver rules: the mock takes 0 then 1).",
    }),
    nestingParentIova: t.field({
      type: 'UInt64',
      required: true,
      description: "The queue's base in the nest parent's IOAS; its pages must be mapped and contiguous.",
    }),
    length: t.field({ type: 'UInt64', required: true, description: 'Its length in bytes (not 0).' }),
    flags: t.int({ defaultValue: 0, description: 'Must be 0 (EOPNOTSUPP otherwise).' }),
  }),
});
const HwQueueAllocPayload = payloadType('HwQueueAllocPayload', 'Result of hwQueueAlloc.', (t) => ({
  hwQueue: t.field({ type: HwQueueRef, nullable: true, description: 'The new HW queue.' }),
}));

defineMutation('hwQueueAlloc', {
  description:
    'IOMMU_HW_QUEUE_ALLOC: its memory stays pinned, and UNMAP of it is EBUSY, until it is destroyed.',
  input: HwQueueAllocInput,
  payload: HwQueueAllocPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
    const hwQueue = ictx.hwQueueAlloc(objectId, {
      flags: input.flags ?? 0,
      type: input.queueType,
      index: input.index,
      nestingParentIova: input.nestingParentIova,
      length: input.length,
    });
    return { hwQueue };
  },
});

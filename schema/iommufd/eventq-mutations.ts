import type { Veventq } from '../../hw-model/iommufd/index.ts';
import { iopfInject } from '../../hw-model/selftest/index.ts';
import { deviceById } from '../../resolvers/ids.ts';
import { contextById, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { userErrorsField } from '../common.ts';
import {
  FaultPermissionEnum,
  FaultQueueRef,
  PageFaultGroupRef,
  queuedIn,
  VeventqRef,
  VeventRef,
} from './eventq.ts';

const FaultQueueAllocInput = builder.inputType('FaultQueueAllocInput', {
  description: 'IOMMU_FAULT_QUEUE_ALLOC.',
  fields: (t) => ({ contextId: t.id({ required: true, description: 'The context.' }) }),
});
const FaultQueueAllocPayload = builder.simpleObject('FaultQueueAllocPayload', {
  description: 'Result of faultQueueAlloc.',
  fields: (t) => ({
    faultQueue: t.field({ type: FaultQueueRef, nullable: true, description: 'The new FAULT object.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const FaultQueueReadInput = builder.inputType('FaultQueueReadInput', {
  description: 'read() on the fault fd.',
  fields: (t) => ({
    faultQueueId: t.id({ required: true, description: 'The FAULT object.' }),
    max: t.int({ defaultValue: 64, description: 'Most groups to hand out.' }),
  }),
});
const FaultQueueReadPayload = builder.simpleObject('FaultQueueReadPayload', {
  description: 'Result of faultQueueRead.',
  fields: (t) => ({
    groups: t.field({
      type: [PageFaultGroupRef],
      nullable: true,
      description: 'The groups handed out, each with its cookie.',
    }),
    userErrors: t.field(userErrorsField),
  }),
});
const PageResponseCodeEnum = builder.enumType('PageResponseCode', {
  description: 'enum iommufd_page_response_code.',
  values: {
    SUCCESS: { description: 'The fault is fixed: retry the access.' },
    INVALID: { description: 'The fault cannot be fixed: fail the access.' },
  } as const,
});
const FaultRespondInput = builder.inputType('FaultRespondInput', {
  description: 'write() on the fault fd: one iommu_hwpt_page_response.',
  fields: (t) => ({
    faultQueueId: t.id({ required: true, description: 'The FAULT object.' }),
    cookie: t.int({ required: true, description: 'The cookie faultQueueRead gave the group.' }),
    code: t.field({ type: PageResponseCodeEnum, required: true, description: 'The answer.' }),
  }),
});
const FaultRespondPayload = builder.simpleObject('FaultRespondPayload', {
  description: 'Result of faultRespond.',
  fields: (t) => ({ userErrors: t.field(userErrorsField) }),
});
const VeventqAllocInput = builder.inputType('VeventqAllocInput', {
  description: "IOMMU_VEVENTQ_ALLOC (the event type is the vIOMMU's).",
  fields: (t) => ({
    viommuId: t.id({ required: true, description: 'The vIOMMU.' }),
    depth: t.int({ required: true, description: 'Events it holds before it overflows (1..2^31-1).' }),
  }),
});
const VeventqAllocPayload = builder.simpleObject('VeventqAllocPayload', {
  description: 'Result of veventqAlloc.',
  fields: (t) => ({
    veventq: t.field({ type: VeventqRef, nullable: true, description: 'The new vEVENTQ.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const VeventqReadInput = builder.inputType('VeventqReadInput', {
  description: 'read() on the vEVENTQ fd.',
  fields: (t) => ({
    veventqId: t.id({ required: true, description: 'The vEVENTQ.' }),
    max: t.int({ defaultValue: 64, description: 'Most events to consume.' }),
  }),
});
const VeventqReadPayload = builder.simpleObject('VeventqReadPayload', {
  description: 'Result of veventqRead.',
  fields: (t) => ({
    events: t.field({ type: [VeventRef], nullable: true, description: 'The events consumed, oldest first.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const IopfInjectInput = builder.inputType('IopfInjectInput', {
  description: 'IOMMU_TEST_OP_TRIGGER_IOPF.',
  fields: (t) => ({
    deviceId: t.id({ required: true, description: 'A physical Device.' }),
    pasid: t.int({ description: 'The PASID of the request; omit for none.' }),
    groupId: t.int({ required: true, description: 'The page request group index.' }),
    address: t.field({ type: 'UInt64', required: true, description: 'The faulting address.' }),
    permissions: t.field({ type: [FaultPermissionEnum], required: true, description: 'Access requested.' }),
  }),
});
const IopfInjectPayload = builder.simpleObject('IopfInjectPayload', {
  description: 'Result of iopfInject.',
  fields: (t) => ({
    group: t.field({ type: PageFaultGroupRef, nullable: true, description: 'The group queued.' }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationFields((t) => ({
  faultQueueAlloc: t.field({
    type: FaultQueueAllocPayload,
    description: 'IOMMU_FAULT_QUEUE_ALLOC.',
    args: { input: t.arg({ type: FaultQueueAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => ({ faultQueue: contextById(ctx.fleet, input.contextId, 'contextId').faultQueueAlloc() })),
  }),
  faultQueueRead: t.field({
    type: FaultQueueReadPayload,
    description: 'read() on the fault fd: hand out queued groups, each with its cookie.',
    args: { input: t.arg({ type: FaultQueueReadInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
        return { groups: ictx.faultQueueRead(objectId, input.max ?? 64) };
      }),
  }),
  faultRespond: t.field({
    type: FaultRespondPayload,
    description: 'write() on the fault fd: answer one group.',
    args: { input: t.arg({ type: FaultRespondInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
        ictx.faultRespond(objectId, input.cookie, input.code);
        return {};
      }),
  }),
  veventqAlloc: t.field({
    type: VeventqAllocPayload,
    description: 'IOMMU_VEVENTQ_ALLOC.',
    args: { input: t.arg({ type: VeventqAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
        return { veventq: ictx.veventqAlloc(objectId, input.depth) };
      }),
  }),
  veventqRead: t.field({
    type: VeventqReadPayload,
    description: 'read() on the vEVENTQ fd: consume up to `max` events.',
    args: { input: t.arg({ type: VeventqReadInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.veventqId, 'veventqId');
        const events = ictx.veventqRead(objectId, input.max ?? 64);
        return { events: queuedIn(ictx.object(objectId) as Veventq, events) };
      }),
  }),
  iopfInject: t.field({
    type: IopfInjectPayload,
    description:
      'Emulator test operation (IOMMU_TEST_OP_TRIGGER_IOPF): queue a page request from the device.',
    args: { input: t.arg({ type: IopfInjectInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => ({
        group: iopfInject(deviceById(ctx.fleet, input.deviceId), {
          pasid: input.pasid ?? undefined,
          groupId: input.groupId,
          address: input.address,
          permissions: input.permissions,
        }),
      })),
  }),
}));

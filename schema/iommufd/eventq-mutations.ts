// Fault queue and vEVENTQ mutations, page-fault injection, and the pageFaults / vevents subscriptions.
import { fail } from '../../hw-model/errors.ts';
import { iopfInject, Veventq } from '../../hw-model/iommufd/index.ts';
import { deviceById, filterKey } from '../../resolvers/ids.ts';
import { contextById, contextKey, objectKey, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { deviceKey } from '../../resolvers/node-keys.ts';
import { payload } from '../../resolvers/payload.ts';
import { subscribeTo } from '../../resolvers/pubsub.ts';
import { builder } from '../builder.ts';
import { userErrorsField } from '../common.ts';
import { FaultPermissionEnum, FaultQueueRef, PageFaultGroupRef, VeventqRef, VeventRef } from './eventq.ts';

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
        const { context, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
        return { groups: context.faultQueueRead(objectId, input.max ?? 64) };
      }),
  }),
  faultRespond: t.field({
    type: FaultRespondPayload,
    description: 'write() on the fault fd: answer one group.',
    args: { input: t.arg({ type: FaultRespondInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
        context.faultRespond(objectId, input.cookie, input.code);
        return {};
      }),
  }),
  veventqAlloc: t.field({
    type: VeventqAllocPayload,
    description: 'IOMMU_VEVENTQ_ALLOC.',
    args: { input: t.arg({ type: VeventqAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
        return { veventq: context.veventqAlloc(objectId, input.depth) };
      }),
  }),
  veventqRead: t.field({
    type: VeventqReadPayload,
    description: 'read() on the vEVENTQ fd: consume up to `max` events.',
    args: { input: t.arg({ type: VeventqReadInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.veventqId, 'veventqId');
        return { events: context.veventqRead(objectId, input.max ?? 64) };
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

// --- subscriptions --------------------------------------------------------------------------------------

const FaultEventFilter = builder.inputType('FaultEventFilter', {
  description: 'Which page faults to receive (all given conditions must hold).',
  fields: (t) => ({
    hostName: t.string({ description: 'Only this host.' }),
    contextId: t.id({ description: 'Only this iommufd context.' }),
    faultQueueId: t.id({ description: 'Only this FAULT object.' }),
    deviceId: t.id({ description: 'Only this device (a Device or its BoundDevice).' }),
  }),
});

builder.subscriptionFields((t) => ({
  pageFaults: t.field({
    type: PageFaultGroupRef,
    description: 'Page request groups as the emulated hardware queues them.',
    args: { filter: t.arg({ type: FaultEventFilter, description: 'Which ones.' }) },
    subscribe: (_root, { filter }, ctx) => {
      const context = filterKey(filter?.contextId, 'contextId');
      const queue = filterKey(filter?.faultQueueId, 'faultQueueId');
      const device = filterKey(filter?.deviceId, 'deviceId');
      return subscribeTo(ctx.pubsub, 'pageFault', ({ host, group }) => {
        if (filter?.hostName != null && host.name !== filter.hostName) return false;
        if (context !== null && contextKey(group.faultQueue.context) !== context) return false;
        if (queue !== null && objectKey(group.faultQueue) !== queue) return false;
        if (
          device !== null &&
          objectKey(group.device) !== device &&
          deviceKey(group.device.device) !== device
        )
          return false;
        return true;
      });
    },
    resolve: (event) => event.group,
  }),
  vevents: t.field({
    type: VeventRef,
    description: 'vIOMMU events as they enter the given vEVENTQ.',
    args: { veventqId: t.arg.id({ required: true, description: 'The vEVENTQ.' }) },
    subscribe: (_root, { veventqId }, ctx) => {
      const { context, objectId } = objectRefById(ctx.fleet, veventqId, 'veventqId');
      const queue = context.object(objectId);
      if (!(queue instanceof Veventq)) fail('ENOENT', `no vEVENTQ with veventqId ${veventqId}`, 'veventqId');
      return subscribeTo(ctx.pubsub, 'vevent', (event) => event.queue === queue);
    },
    resolve: (event) => event.event,
  }),
}));

// FAULT queues: page faults and their groups, the FaultQueue node, Hwpt.faultQueue; IOMMU_FAULT_QUEUE_ALLOC,
// read and page responses, the selftest's TRIGGER_IOPF, and the pageFaults subscription.

import { deviceById, filterKey } from '../../adapters/ids.ts';
import { contextById, contextKey, objectKey, objectRefById } from '../../adapters/iommufd-keys.ts';
import { deviceKey } from '../../adapters/node-keys.ts';
import { subscribeTo } from '../../adapters/pubsub.ts';
import { sourceEnd } from '../../adapters/source-ends.ts';
import { FaultQueue, type PageFault, PageFaultGroup } from '../../hw-model/iommufd/index.ts';
import { iopfInject } from '../../hw-model/selftest/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { BoundDeviceRef, HwptRef } from '../refs.ts';
import { objectNode } from './context.ts';

export const FaultQueueRef = builder.objectRef<FaultQueue>('FaultQueue');

export const FaultPermissionEnum = builder.enumType('FaultPermission', {
  description: 'IOMMU_PGFAULT_PERM_* of a page request.',
  values: {
    READ: { description: 'Read access.' },
    WRITE: { description: 'Write access.' },
    EXEC: { description: 'Execute access.' },
    PRIV: { description: 'Privileged access.' },
  } as const,
});

const PageFaultRef = builder.objectRef<PageFault>('PageFault').implement({
  description: 'One record of an iommu_hwpt_pgfault.',
  fields: (t) => ({
    address: t.field({ type: 'UInt64', description: 'The faulting address.', resolve: (f) => f.address }),
    permissions: t.field({
      type: [FaultPermissionEnum],
      description: 'Access requested.',
      resolve: (f) => f.permissions,
    }),
    pasid: t.int({
      nullable: true,
      description: 'The PASID (IOMMU_PGFAULT_FLAGS_PASID_VALID).',
      resolve: (f) => f.pasid,
    }),
    lastPage: t.boolean({
      description: 'IOMMU_PGFAULT_FLAGS_LAST_PAGE: the last request of its group.',
      resolve: (f) => f.lastPage,
    }),
  }),
});

export const PageFaultGroupRef = builder.objectRef<PageFaultGroup>('PageFaultGroup').implement({
  description: 'A page request group: one cookie, answered once.',
  isTypeOf: (value) => value instanceof PageFaultGroup,
  fields: (t) => ({
    faultQueue: t.field({
      type: FaultQueueRef,
      description: 'The queue it went to.',
      resolve: (g) => g.faultQueue,
    }),
    device: t.field({
      type: BoundDeviceRef,
      description: 'The device that asked.',
      resolve: (g) => g.device,
    }),
    cookie: t.int({
      nullable: true,
      description: 'Assigned when the group is read; null while queued.',
      resolve: (g) => g.cookie,
    }),
    groupId: t.int({ description: 'The PRI page request group index.', resolve: (g) => g.groupId }),
    faults: t.field({ type: [PageFaultRef], description: 'Its requests.', resolve: (g) => g.faults }),
  }),
});

builder.node(FaultQueueRef, {
  ...objectNode(FaultQueue),
  description: 'IOMMUFD_OBJ_FAULT: where the page requests of the HWPTs that name it are queued.',
  fields: (t) => ({
    queued: t.field({
      type: [PageFaultGroupRef],
      description: 'Fault groups waiting to be read.',
      resolve: (q) => q.queued,
    }),
    awaitingResponse: t.field({
      type: [PageFaultGroupRef],
      description: 'Fault groups read and waiting for a response.',
      resolve: (q) => q.awaitingResponse,
    }),
  }),
});

/** A vIOMMU event and the queue it entered (the model's event does not point back at its queue). */

builder.interfaceField(HwptRef, 'faultQueue', (t) =>
  t.field({
    type: FaultQueueRef,
    nullable: true,
    description: 'The FAULT its page requests go to (IOMMU_HWPT_FAULT_ID_VALID).',
    resolve: (h) => h.faultQueue as FaultQueue | null,
  }),
);

const FaultQueueAllocInput = builder.inputType('FaultQueueAllocInput', {
  description: 'IOMMU_FAULT_QUEUE_ALLOC.',
  fields: (t) => ({ contextId: t.id({ required: true, description: 'The context.' }) }),
});
const FaultQueueAllocPayload = payloadType('FaultQueueAllocPayload', 'Result of faultQueueAlloc.', (t) => ({
  faultQueue: t.field({ type: FaultQueueRef, nullable: true, description: 'The new FAULT object.' }),
}));
const FaultQueueReadInput = builder.inputType('FaultQueueReadInput', {
  description: 'read() on the fault fd.',
  fields: (t) => ({
    faultQueueId: t.id({ required: true, description: 'The FAULT object.' }),
    max: t.int({ defaultValue: 64, description: 'Most groups to hand out.' }),
  }),
});
const FaultQueueReadPayload = payloadType('FaultQueueReadPayload', 'Result of faultQueueRead.', (t) => ({
  groups: t.field({
    type: [PageFaultGroupRef],
    nullable: true,
    description: 'The groups handed out, each with its cookie.',
  }),
}));
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
const FaultRespondPayload = payloadType('FaultRespondPayload', 'Result of faultRespond.', () => ({}));

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
const IopfInjectPayload = payloadType('IopfInjectPayload', 'Result of iopfInject.', (t) => ({
  group: t.field({ type: PageFaultGroupRef, nullable: true, description: 'The group queued.' }),
}));

defineMutation('faultQueueAlloc', {
  description: 'IOMMU_FAULT_QUEUE_ALLOC.',
  input: FaultQueueAllocInput,
  payload: FaultQueueAllocPayload,
  resolve: (input, ctx) => ({
    faultQueue: contextById(ctx.fleet, input.contextId, 'contextId').faultQueueAlloc(),
  }),
});

defineMutation('faultQueueRead', {
  description: 'read() on the fault fd: hand out queued groups, each with its cookie.',
  input: FaultQueueReadInput,
  payload: FaultQueueReadPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
    return { groups: ictx.faultQueueRead(objectId, input.max ?? 64) };
  },
});

defineMutation('faultRespond', {
  description: 'write() on the fault fd: answer one group.',
  input: FaultRespondInput,
  payload: FaultRespondPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.faultQueueId, 'faultQueueId');
    ictx.faultRespond(objectId, input.cookie, input.code);
    return {};
  },
});

defineMutation('iopfInject', {
  description: 'Emulator test operation (IOMMU_TEST_OP_TRIGGER_IOPF): queue a page request from the device.',
  input: IopfInjectInput,
  payload: IopfInjectPayload,
  resolve: (input, ctx) => ({
    group: iopfInject(deviceById(ctx.fleet, input.deviceId), {
      pasid: input.pasid ?? undefined,
      groupId: input.groupId,
      address: input.address,
      permissions: input.permissions,
    }),
  }),
});

const FaultEventFilter = builder.inputType('FaultEventFilter', {
  description: 'Which page faults to receive (all given conditions must hold).',
  fields: (t) => ({
    hostName: t.string({ description: 'Only this host.' }),
    contextId: t.id({
      description: 'Only this iommufd context (the subscription completes when it closes).',
    }),
    faultQueueId: t.id({ description: 'Only this FAULT object (the subscription completes when it goes).' }),
    deviceId: t.id({ description: 'Only this device (a Device or its BoundDevice).' }),
  }),
});

builder.subscriptionField('pageFaults', (t) =>
  t.field({
    type: PageFaultGroupRef,
    description: 'Page request groups as the emulated hardware queues them.',
    args: { filter: t.arg({ type: FaultEventFilter, description: 'Which ones.' }) },
    subscribe: (_root, { filter }, ctx) => {
      const context = filterKey(filter?.contextId, 'contextId');
      const queue = filterKey(filter?.faultQueueId, 'faultQueueId');
      const device = filterKey(filter?.deviceId, 'deviceId');
      const keep = ({
        host,
        group,
      }: {
        host: { name: string };
        group: import('../../hw-model/iommufd/index.ts').PageFaultGroup;
      }) => {
        if (filter?.hostName != null && host.name !== filter.hostName) return false;
        if (context !== null && contextKey(group.faultQueue.context) !== context) return false;
        if (queue !== null && objectKey(group.faultQueue) !== queue) return false;
        return (
          device === null || objectKey(group.device) === device || deviceKey(group.device.device) === device
        );
      };
      return subscribeTo(ctx.pubsub, 'pageFault', keep, sourceEnd(ctx.fleet, { context, object: queue }));
    },
    resolve: (event) => event.group,
  }),
);

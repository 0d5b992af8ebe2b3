// Fault queues (IOPF) and vEVENTQs: their objects, the groups and events they hold.
import {
  FaultQueue,
  type PageFault,
  PageFaultGroup,
  type Vevent,
  Veventq,
} from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { BoundDeviceRef, HwptRef, ViommuRef } from '../refs.ts';
import { objectNode } from './objects.ts';

export const FaultQueueRef = builder.objectRef<FaultQueue>('FaultQueue');
export const VeventqRef = builder.objectRef<Veventq>('Veventq');

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
export interface QueuedVevent {
  queue: Veventq;
  event: Vevent;
}

export const queuedIn = (queue: Veventq, events: readonly Vevent[]): QueuedVevent[] =>
  events.map((event) => ({ queue, event }));

export const VeventRef = builder.objectRef<QueuedVevent>('Vevent').implement({
  description: 'One vIOMMU event (iommufd_vevent_header and its record).',
  fields: (t) => ({
    veventq: t.field({
      type: VeventqRef,
      description: 'The vEVENTQ it entered.',
      resolve: (e) => e.queue,
    }),
    sequence: t.int({
      description: 'Per-queue sequence number (wraps at 2^31-1); a gap means events were lost.',
      resolve: (e) => e.event.sequence,
    }),
    lostEvents: t.boolean({
      description: 'IOMMU_VEVENTQ_FLAG_LOST_EVENTS: the queue overflowed here.',
      resolve: (e) => e.event.lostEvents,
    }),
    virtId: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'The guest-visible device ID the event is about (null on a LOST_EVENTS entry).',
      resolve: (e) => e.event.virtId,
    }),
    data: t.field({
      type: ['UInt64'],
      description: 'Vendor event record words (e.g. the four 64-bit words of an SMMUv3 event).',
      resolve: (e) => e.event.data,
    }),
  }),
});

builder.node(VeventqRef, {
  ...objectNode(Veventq),
  description: 'IOMMUFD_OBJ_VEVENTQ: a vIOMMU event queue.',
  fields: (t) => ({
    viommu: t.field({ type: ViommuRef, description: 'Its vIOMMU.', resolve: (q) => q.viommu }),
    depth: t.int({ description: 'How many events it holds before it overflows.', resolve: (q) => q.depth }),
    queued: t.field({
      type: [VeventRef],
      description: 'Events waiting to be read, oldest first (a LOST_EVENTS entry marks an overflow).',
      resolve: (q) => queuedIn(q, q.queued),
    }),
  }),
});

builder.interfaceField(HwptRef, 'faultQueue', (t) =>
  t.field({
    type: FaultQueueRef,
    nullable: true,
    description: 'The FAULT its page requests go to (IOMMU_HWPT_FAULT_ID_VALID).',
    resolve: (h) => h.faultQueue as FaultQueue | null,
  }),
);

builder.objectField(ViommuRef, 'eventQueues', (t) =>
  t.field({
    type: [VeventqRef],
    description: 'Its vEVENTQs (one per type).',
    resolve: (v) => v.eventQueues as Veventq[],
  }),
);

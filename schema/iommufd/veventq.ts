// vEVENTQs: vIOMMU events, the Veventq node, Viommu.eventQueues; IOMMU_VEVENTQ_ALLOC, read, and the
// vevents subscription.

import { filterKey } from '../../adapters/ids.ts';
import { contextKey, objectKey, objectRefById } from '../../adapters/iommufd-keys.ts';
import { subscribeTo } from '../../adapters/pubsub.ts';
import { sourceEnd } from '../../adapters/source-ends.ts';
import { fail } from '../../hw-model/errors.ts';
import { type Vevent, Veventq } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ViommuRef } from '../refs.ts';
import { objectNode } from './context.ts';

export const VeventqRef = builder.objectRef<Veventq>('Veventq');

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

builder.objectField(ViommuRef, 'eventQueues', (t) =>
  t.field({
    type: [VeventqRef],
    description: 'Its vEVENTQs (one per type).',
    resolve: (v) => v.eventQueues as Veventq[],
  }),
);

const VeventqAllocInput = builder.inputType('VeventqAllocInput', {
  description: "IOMMU_VEVENTQ_ALLOC (the event type is the vIOMMU's).",
  fields: (t) => ({
    viommuId: t.id({ required: true, description: 'The vIOMMU.' }),
    depth: t.int({ required: true, description: 'Events it holds before it overflows (1..2^31-1).' }),
  }),
});
const VeventqAllocPayload = payloadType('VeventqAllocPayload', 'Result of veventqAlloc.', (t) => ({
  veventq: t.field({ type: VeventqRef, nullable: true, description: 'The new vEVENTQ.' }),
}));
const VeventqReadInput = builder.inputType('VeventqReadInput', {
  description: 'read() on the vEVENTQ fd.',
  fields: (t) => ({
    veventqId: t.id({ required: true, description: 'The vEVENTQ.' }),
    max: t.int({ defaultValue: 64, description: 'Most events to consume.' }),
  }),
});
const VeventqReadPayload = payloadType('VeventqReadPayload', 'Result of veventqRead.', (t) => ({
  events: t.field({ type: [VeventRef], nullable: true, description: 'The events consumed, oldest first.' }),
}));

defineMutation('veventqAlloc', {
  description: 'IOMMU_VEVENTQ_ALLOC.',
  input: VeventqAllocInput,
  payload: VeventqAllocPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.viommuId, 'viommuId');
    return { veventq: ictx.veventqAlloc(objectId, input.depth) };
  },
});

defineMutation('veventqRead', {
  description: 'read() on the vEVENTQ fd: consume up to `max` events.',
  input: VeventqReadInput,
  payload: VeventqReadPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.veventqId, 'veventqId');
    const events = ictx.veventqRead(objectId, input.max ?? 64);
    return { events: queuedIn(ictx.object(objectId) as Veventq, events) };
  },
});

const VeventFilter = builder.inputType('VeventFilter', {
  description: 'Which vEVENTQs to watch (all given conditions must hold), including queues created later.',
  fields: (t) => ({
    hostName: t.string({ description: 'Only queues on this host.' }),
    contextId: t.id({
      description: 'Only queues of this context (the subscription completes when it closes).',
    }),
    veventqId: t.id({ description: 'Only this vEVENTQ (the subscription completes when it goes).' }),
  }),
});

/** The one vEVENTQ a vevents subscription names, if any: ENOENT unless it is a live vEVENTQ. */
function namedQueue(fleet: Parameters<typeof objectRefById>[0], ids: (string | null | undefined)[]) {
  const [first, second] = ids.filter((id): id is string => id != null);
  if (first === undefined) return null;
  const field = ids[0] != null ? 'veventqId' : 'filter.veventqId';
  const { ictx, objectId } = objectRefById(fleet, first, field);
  const queue = ictx.object(objectId);
  if (!(queue instanceof Veventq)) return fail('ENOENT', `no vEVENTQ with ${field} ${first}`, field);
  if (second !== undefined && filterKey(second, 'filter.veventqId') !== objectKey(queue))
    fail('EINVAL', 'veventqId and filter.veventqId name different vEVENTQs', 'filter.veventqId');
  return queue;
}

builder.subscriptionField('vevents', (t) =>
  t.field({
    type: VeventRef,
    description:
      'vIOMMU events as they enter a vEVENTQ: the given one, or every one the filter matches. Completes when the vEVENTQ (or its context) goes away.',
    args: {
      veventqId: t.arg.id({ description: 'The vEVENTQ (or give filter.veventqId, or no queue at all).' }),
      filter: t.arg({ type: VeventFilter, description: 'Which queues.' }),
    },
    subscribe: (_root, { veventqId, filter }, ctx) => {
      const queue = namedQueue(ctx.fleet, [veventqId, filter?.veventqId]);
      const context = queue ? contextKey(queue.context) : filterKey(filter?.contextId, 'contextId');
      const filterContext = filterKey(filter?.contextId, 'contextId');
      const end = sourceEnd(ctx.fleet, { context, object: queue && objectKey(queue) });
      return subscribeTo(
        ctx.pubsub,
        'vevent',
        (event) =>
          (queue === null || event.queue === queue) &&
          (filter?.hostName == null || event.host.name === filter.hostName) &&
          (filterContext === null || contextKey(event.queue.context) === filterContext),
        end,
      );
    },
    resolve: (event) => ({ queue: event.queue, event: event.event }),
  }),
);

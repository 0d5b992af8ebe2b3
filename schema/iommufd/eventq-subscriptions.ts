// The pageFaults and vevents subscriptions: what fault handlers and VMMs watch live. Each ends with its source
// (the FAULT or vEVENTQ it names, the context it filters on).
import { fail } from '../../hw-model/errors.ts';
import { Veventq } from '../../hw-model/iommufd/index.ts';
import { filterKey } from '../../resolvers/ids.ts';
import { contextKey, objectKey, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { deviceKey } from '../../resolvers/node-keys.ts';
import { subscribeTo } from '../../resolvers/pubsub.ts';
import { sourceEnd } from '../../resolvers/source-ends.ts';
import { builder } from '../builder.ts';
import { PageFaultGroupRef, VeventRef } from './eventq.ts';

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

builder.subscriptionFields((t) => ({
  pageFaults: t.field({
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
  vevents: t.field({
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
}));

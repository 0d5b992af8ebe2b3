// objectEvents: hosts, devices, contexts and iommufd objects appearing, changing and going away, so a dashboard
// never polls. A subscription filtered by contextId completes after that context's own DESTROYED event.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { filterKey } from '../adapters/ids.ts';
import { contextKey } from '../adapters/iommufd-keys.ts';
import { contextOf, identityOf, isLive } from '../adapters/object-identity.ts';
import { subscribeTo } from '../adapters/pubsub.ts';
import { sourceEnd } from '../adapters/source-ends.ts';
import type { ObjectEvent } from '../hw-model/events.ts';
import { builder } from './builder.ts';
import { HostRef } from './refs.ts';

const ObjectEventKindEnum = builder.enumType('ObjectEventKind', {
  description: 'What happened to the object.',
  values: {
    CREATED: { description: 'hostCreate, deviceAdd, a context opened, a bind, an object allocated.' },
    CHANGED: {
      description:
        'Attach, replace or detach (on the BoundDevice), dirty tracking on/off, huge pages or allowed IOVAs.',
    },
    DESTROYED: { description: 'Unbind, destroy, or its context closed (objects first, then the context).' },
  } as const,
});

const ObjectEventRef = builder.objectRef<ObjectEvent>('ObjectEvent').implement({
  description: 'Something in the fleet appeared, changed or went away.',
  fields: (t) => ({
    kind: t.field({ type: ObjectEventKindEnum, description: 'What happened.', resolve: (e) => e.change }),
    id: t.id({
      description: 'Global ID of the object; still the same after it is gone.',
      resolve: (e) => {
        const { typename, key } = identityOf(e.subject);
        return encodeGlobalID(typename, key);
      },
    }),
    typename: t.string({
      description: 'Its GraphQL type name: Host, Device, Context, BoundDevice, Ioas, HwptPaging, ...',
      resolve: (e) => identityOf(e.subject).typename,
    }),
    host: t.field({ type: HostRef, description: 'The host it belongs to.', resolve: (e) => e.host }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The object as it is now; null once destroyed.',
      resolve: (e) => (e.change !== 'DESTROYED' && isLive(e.subject) ? e.subject : null) as never,
    }),
  }),
});

const ObjectEventFilter = builder.inputType('ObjectEventFilter', {
  description: 'Which object events to receive (all given conditions must hold).',
  fields: (t) => ({
    hostName: t.string({ description: 'Only this host.' }),
    contextId: t.id({
      description: 'Only this context and its objects (the subscription completes when it closes).',
    }),
    kinds: t.field({ type: [ObjectEventKindEnum], description: 'Only these kinds.' }),
  }),
});

builder.subscriptionField('objectEvents', (t) =>
  t.field({
    type: ObjectEventRef,
    description:
      'Hosts, devices, contexts and iommufd objects appearing, changing (bind, attach, replace, detach) and going away.',
    args: { filter: t.arg({ type: ObjectEventFilter, description: 'Which ones.' }) },
    subscribe: (_root, { filter }, ctx) => {
      const context = filterKey(filter?.contextId, 'contextId');
      const kinds = filter?.kinds ? new Set(filter.kinds) : null;
      const keep = (event: ObjectEvent) => {
        if (filter?.hostName != null && event.host.name !== filter.hostName) return false;
        if (kinds !== null && !kinds.has(event.change)) return false;
        if (context === null) return true;
        const owner = contextOf(event.subject);
        return owner !== null && contextKey(owner) === context;
      };
      return subscribeTo(ctx.pubsub, 'object', keep, sourceEnd(ctx.fleet, { context }));
    },
    resolve: (event) => event,
  }),
);

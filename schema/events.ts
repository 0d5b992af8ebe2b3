// Live events: subscriptions over SSE (Yoga's default) and graphql-ws, fed by the hw-model's event topics.

import { filterKey } from '../adapters/ids.ts';
import { contextKey, objectKey } from '../adapters/iommufd-keys.ts';
import { deviceKey } from '../adapters/node-keys.ts';
import { subscribeTo } from '../adapters/pubsub.ts';
import { sourceEnd } from '../adapters/source-ends.ts';
import type { InvalidationEvent } from '../hw-model/events.ts';
import type { IommufdObject } from '../hw-model/iommufd/index.ts';
import { builder } from './builder.ts';
import { IovaRangeRef } from './common.ts';
import { DeviceRef, HostRef, IommufdObjectRef } from './refs.ts';

const InvalidationScopeEnum = builder.enumType('InvalidationScope', {
  description: 'What an invalidation covered.',
  values: {
    ALL: { description: 'Everything the target caches.' },
    DOMAIN: { description: 'One address space (ASID / domain ID).' },
    PASID: { description: 'One PASID (substream) of a device.' },
    ADDRESS_RANGE: { description: 'An address range.' },
    DEVICE_TLB: { description: "A device's ATC (ATS invalidation)." },
  } as const,
});

const InvalidationEventRef = builder.objectRef<InvalidationEvent>('InvalidationEvent').implement({
  description: 'A cache invalidation the emulated hardware carried out.',
  fields: (t) => ({
    host: t.field({ type: HostRef, description: 'Where it happened.', resolve: (e) => e.host }),
    target: t.field({
      type: IommufdObjectRef,
      description: 'The HWPT or vIOMMU the request went to.',
      resolve: (e) => e.target as unknown as IommufdObject,
    }),
    scope: t.field({ type: InvalidationScopeEnum, description: 'What it covered.', resolve: (e) => e.scope }),
    range: t.field({
      type: IovaRangeRef,
      nullable: true,
      description: 'Set for ADDRESS_RANGE.',
      resolve: (e) => e.range,
    }),
    pasid: t.int({
      nullable: true,
      description: 'The PASID, when the request named one.',
      resolve: (e) => e.pasid,
    }),
    virtId: t.field({
      type: 'UInt64',
      nullable: true,
      description: "For vIOMMU requests: the guest's device ID as given.",
      resolve: (e) => e.virtId,
    }),
    device: t.field({
      type: DeviceRef,
      nullable: true,
      description: 'For vIOMMU requests: the physical device the virtual ID resolved to.',
      resolve: (e) => e.device,
    }),
  }),
});

const InvalidationEventFilter = builder.inputType('InvalidationEventFilter', {
  description: 'Which invalidations to receive (all given conditions must hold).',
  fields: (t) => ({
    hostName: t.string({ description: 'Only this host.' }),
    contextId: t.id({
      description: 'Only this iommufd context (the subscription completes when it closes).',
    }),
    targetId: t.id({ description: 'Only this HWPT or vIOMMU (the subscription completes when it goes).' }),
    deviceId: t.id({
      description:
        'Only requests that reached this physical Device (the one `device` reports, e.g. a vSID resolved).',
    }),
    scopes: t.field({ type: [InvalidationScopeEnum], description: 'Only these scopes.' }),
  }),
});

builder.subscriptionType({ description: 'Live events from the emulated hardware.' });

builder.subscriptionField('invalidations', (t) =>
  t.field({
    type: InvalidationEventRef,
    description: 'Invalidations as the emulated hardware carries them out.',
    args: { filter: t.arg({ type: InvalidationEventFilter, description: 'Which ones.' }) },
    subscribe: (_root, { filter }, ctx) => {
      const context = filterKey(filter?.contextId, 'contextId');
      const target = filterKey(filter?.targetId, 'targetId');
      const device = filterKey(filter?.deviceId, 'deviceId');
      const scopes = filter?.scopes ? new Set(filter.scopes) : null;
      const keep = (event: InvalidationEvent) => {
        const object = event.target as unknown as IommufdObject;
        if (filter?.hostName != null && event.host.name !== filter.hostName) return false;
        if (context !== null && contextKey(object.context) !== context) return false;
        if (target !== null && objectKey(object) !== target) return false;
        if (device !== null && (event.device === null || deviceKey(event.device) !== device)) return false;
        return scopes === null || scopes.has(event.scope);
      };
      return subscribeTo(ctx.pubsub, 'invalidation', keep, sourceEnd(ctx.fleet, { context, object: target }));
    },
    resolve: (event) => event,
  }),
);

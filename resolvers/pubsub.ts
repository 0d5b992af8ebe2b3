// Pub/sub topics fed by hw-model events: one bridge per server from the fleet's event bus, so resolvers publish
// and subscribers only ever read. Topics carry model objects (in-process; nothing is serialized here).
import { setMaxListeners } from 'node:events';
import { createPubSub, filter, pipe } from 'graphql-yoga';
import type { ModelEvent } from '../hw-model/events.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';

type EventOf<K extends ModelEvent['kind']> = Extract<ModelEvent, { kind: K }>;

export type Topics = { [K in ModelEvent['kind']]: [EventOf<K>] };

/** An EventTarget that knows how many subscribers it has, so a test can prove a departed client leaks nothing. */
export class CountingEventTarget extends EventTarget {
  listeners = 0;

  constructor() {
    super();
    setMaxListeners(0, this); // one listener per live subscription: many is normal, not a leak
  }

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }
  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }
}

export function createEventPubSub(fleet: Fleet) {
  const eventTarget = new CountingEventTarget();
  const pubsub = createPubSub<Topics>({ eventTarget });
  const unsubscribe = fleet.events.subscribe((event) => {
    (pubsub.publish as (topic: string, payload: ModelEvent) => void)(event.kind, event);
  });
  return { pubsub, eventTarget, close: unsubscribe };
}

export type EventPubSub = ReturnType<typeof createEventPubSub>['pubsub'];

/** The events of one topic that pass `keep`; the subscription ends (and unsubscribes) when the client leaves. */
export function subscribeTo<K extends ModelEvent['kind']>(
  pubsub: EventPubSub,
  topic: K,
  keep: (event: EventOf<K>) => boolean,
): AsyncIterable<EventOf<K>> {
  const source = (pubsub.subscribe as (t: K) => AsyncIterable<EventOf<K>>)(topic);
  return pipe(source, filter(keep));
}

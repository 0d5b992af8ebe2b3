// Event topics fed by hw-model events, carried by an EventTarget (the interface Yoga's pubsub takes, so a
// Redis-backed target can carry them between instances later). Each subscription reads through a
// BoundedQueue: a listener never throws and never buffers without bound, whatever its reader does.
import { setMaxListeners } from 'node:events';
import { createGraphQLError } from 'graphql-yoga';
import type { ModelEvent, ObjectEvent } from '../hw-model/events.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { BoundedQueue } from './bounded-queue.ts';
import type { SourceEnd } from './source-ends.ts';

type EventOf<K extends ModelEvent['kind']> = Extract<ModelEvent, { kind: K }>;

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

/** The error a subscriber gets, once, when it falls further behind than its buffer allows. */
export function subscriberTooSlow(limit: string) {
  return createGraphQLError(`subscriber too slow: more than ${limit} waiting; the subscription ends`, {
    extensions: { code: 'SUBSCRIBER_TOO_SLOW' },
  });
}

export class EventTopics {
  constructor(
    readonly eventTarget: EventTarget,
    /** Events one subscription may have waiting before it is ended as too slow. */
    readonly maxQueuedEvents: number,
  ) {}

  publish(event: ModelEvent): void {
    this.eventTarget.dispatchEvent(new CustomEvent(event.kind, { detail: event }));
  }

  /**
   * The events of `topic` that pass `keep`, until `endsWith` says an object event ended the source (that
   * event itself is delivered first when it is of `topic`). Leaving (return) removes the listeners.
   */
  subscribe<K extends ModelEvent['kind']>(
    topic: K,
    keep: (event: EventOf<K>) => boolean,
    endsWith?: (event: ObjectEvent) => boolean,
  ): BoundedQueue<EventOf<K>> {
    const target = this.eventTarget;
    const listeners = new Map<string, (event: Event) => void>();
    const queue = new BoundedQueue<EventOf<K>>(
      { maxItems: this.maxQueuedEvents, maxBytes: Number.POSITIVE_INFINITY },
      () => subscriberTooSlow(`${this.maxQueuedEvents} events`),
      () => {
        for (const [name, listener] of listeners) target.removeEventListener(name, listener);
      },
    );
    const listen = <D>(name: string, onDetail: (detail: D) => void) => {
      const listener = (event: Event) => onDetail((event as CustomEvent<D>).detail);
      listeners.set(name, listener);
      target.addEventListener(name, listener);
    };
    const ends = (event: ObjectEvent) => {
      if (endsWith?.(event)) queue.end();
    };
    // Every topic is dispatched in model order, so an end arrives after the events that preceded it.
    listen<EventOf<K>>(topic, (event) => {
      if (keep(event)) queue.push(event);
      if (event.kind === 'object') ends(event as ObjectEvent);
    });
    if (endsWith && topic !== 'object') listen<ObjectEvent>('object', ends);
    return queue;
  }
}

/** The fleet's events on topics, one bridge per server. */
export function createEventPubSub(fleet: Fleet, maxQueuedEvents: number) {
  const eventTarget = new CountingEventTarget();
  const pubsub = new EventTopics(eventTarget, maxQueuedEvents);
  const unsubscribe = fleet.events.subscribe((event) => pubsub.publish(event));
  return { pubsub, eventTarget, close: unsubscribe };
}

export type EventPubSub = EventTopics;

/**
 * The events of one topic that pass `keep`, ending with their source (see source-ends.ts): at once when it is
 * gone already, else at the object event that ends it.
 */
export function subscribeTo<K extends ModelEvent['kind']>(
  pubsub: EventPubSub,
  topic: K,
  keep: (event: EventOf<K>) => boolean,
  end?: SourceEnd,
): AsyncIterableIterator<EventOf<K>> {
  const queue = pubsub.subscribe(topic, keep, end?.endsWith);
  if (end?.gone) queue.end();
  return queue;
}

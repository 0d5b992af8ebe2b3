// When a subscription's source is gone: the object events that end it, and whether it is gone already.
// A stream on a dead source completes; it never stays open waiting for events that cannot come.
import type { ObjectEvent } from '../hw-model/events.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import { Context, IommufdObject } from '../hw-model/iommufd/index.ts';
import { contextKey, findContext, findObject, objectKey } from './iommufd-keys.ts';

export interface SourceEnd {
  /** The object event that ends the subscription (delivered first when it is one the subscription takes). */
  endsWith: (event: ObjectEvent) => boolean;
  /** The source was already gone when the client subscribed. */
  gone: boolean;
}

/** Ends when the context with global-ID key `key` closes, or when the object with key `objectKey` goes. */
export function sourceEnd(
  fleet: Fleet,
  keys: { context?: string | null; object?: string | null },
): SourceEnd {
  const context = keys.context ?? null;
  const object = keys.object ?? null;
  const endsWith = ({ change, subject }: ObjectEvent) => {
    if (change !== 'DESTROYED') return false;
    if (context !== null && subject instanceof Context && contextKey(subject) === context) return true;
    return object !== null && subject instanceof IommufdObject && objectKey(subject) === object;
  };
  const gone =
    (context !== null && findContext(fleet, context) === null) ||
    (object !== null && findObject(fleet, object) === null);
  return { endsWith, gone };
}

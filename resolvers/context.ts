// What every resolver receives: the fleet (the emulated hardware), its event topics, and per-request DataLoaders.
import type { Fleet } from '../hw-model/host/fleet.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { EventPubSub } from './pubsub.ts';

export interface GraphQLContext {
  fleet: Fleet;
  pubsub: EventPubSub;
  loaders: Loaders;
  /** What the client presented as Authorization (checked by the server's token guard, when one is set). */
  authorization: string | null;
}

export function createContext(
  fleet: Fleet,
  pubsub: EventPubSub,
  authorization: string | null = null,
): GraphQLContext {
  return { fleet, pubsub, loaders: createLoaders(), authorization };
}

// What every resolver receives: the fleet (the emulated hardware), its event topics, and per-request DataLoaders.
import type { Fleet } from '../hw-model/host/fleet.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { EventPubSub } from './pubsub.ts';

export interface GraphQLContext {
  fleet: Fleet;
  pubsub: EventPubSub;
  loaders: Loaders;
}

export function createContext(fleet: Fleet, pubsub: EventPubSub): GraphQLContext {
  return { fleet, pubsub, loaders: createLoaders() };
}

// What every resolver receives: the fleet (the emulated hardware), its event topics, and per-request DataLoaders.
import type { Fleet } from '../hw-model/host/fleet.ts';
import { type FleetJournal, IN_MEMORY } from '../store/fleet-records.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { EventPubSub } from './pubsub.ts';

export interface GraphQLContext {
  fleet: Fleet;
  /** Where hostCreate/deviceAdd go: the durable store when the server has one. */
  journal: FleetJournal;
  pubsub: EventPubSub;
  loaders: Loaders;
  /** What the client presented as Authorization (checked by the server's token guard, when one is set). */
  authorization: string | null;
}

export function createContext(
  fleet: Fleet,
  pubsub: EventPubSub,
  authorization: string | null = null,
  journal: FleetJournal = IN_MEMORY,
): GraphQLContext {
  return { fleet, journal, pubsub, loaders: createLoaders(), authorization };
}

// What every resolver receives: the fleet (the emulated hardware) and per-request DataLoaders.
import type { Fleet } from '../hw-model/host/fleet.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  fleet: Fleet;
  loaders: Loaders;
}

export function createContext(fleet: Fleet): GraphQLContext {
  return { fleet, loaders: createLoaders() };
}

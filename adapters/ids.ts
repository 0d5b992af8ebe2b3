// Global IDs from mutation inputs: a malformed, unknown or wrong-type ID is the kernel's ENOENT.
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { IommuUnit } from '../hw-model/drivers/iommu.ts';
import { fail } from '../hw-model/errors.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import { findDevice, findHost, findIommu } from './node-keys.ts';

export interface DecodedId {
  typename: string;
  key: string;
}

export function decodeId(globalId: string, field: string): DecodedId {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    return { typename, key: id };
  } catch {
    return fail('ENOENT', `${field} is not a valid ID`, field);
  }
}

function lookup<T>(globalId: string, field: string, typename: string, find: (key: string) => T | null): T {
  const decoded = decodeId(globalId, field);
  if (decoded.typename !== typename)
    fail('ENOENT', `${field} names a ${decoded.typename}, not a ${typename}`, field);
  return find(decoded.key) ?? fail('ENOENT', `no ${typename} with ${field} ${globalId}`, field);
}

export const hostById = (fleet: Fleet, id: string, field = 'hostId'): Host =>
  lookup(id, field, 'Host', (key) => findHost(fleet, key));

export const deviceById = (fleet: Fleet, id: string, field = 'deviceId'): PciDevice =>
  lookup(id, field, 'Device', (key) => findDevice(fleet, key));

export const iommuById = (fleet: Fleet, id: string, field = 'iommuId'): IommuUnit =>
  lookup(id, field, 'Iommu', (key) => findIommu(fleet, key));

/** A subscription filter's ID as a key; a malformed ID gets a key nothing has (the subscription then matches nothing). */
export function filterKey(id: string | null | undefined, field: string): string | null {
  if (id == null) return null;
  try {
    return decodeId(id, field).key;
  } catch {
    return '\u0000';
  }
}

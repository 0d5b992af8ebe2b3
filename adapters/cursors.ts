// Cursors of the keyset connections: "<kind>:<position>" in base64url, the position naming the item's
// place in the list's order (a device: its host's ordinal in the fleet, then its BDF), so a cursor still
// means something once its item is gone. Anything else given as a cursor is EINVAL.
import { fail } from '../hw-model/errors.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import type { IommuGroup } from '../hw-model/host/iommu-group.ts';
import type { Context, IommufdObject } from '../hw-model/iommufd/index.ts';
import { devicePositionKey, groupPositionKey, MAX_HOSTS } from '../hw-model/query/fleet-index.ts';

export interface CursorCodec<T> {
  kind: string;
  /** The item's position (what follows "<kind>:"). */
  position(item: T): string;
  /** The key a position stands for; null when this list could not have made it. */
  key(position: string): number | null;
}

export function encodeCursor<T>(codec: CursorCodec<T>, item: T): string {
  return Buffer.from(`${codec.kind}:${codec.position(item)}`).toString('base64url');
}

export function decodeCursor<T>(codec: CursorCodec<T>, cursor: string, field: string): number {
  const text = /^[A-Za-z0-9_-]{1,200}={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString() : '';
  const prefix = `${codec.kind}:`;
  const key = text.startsWith(prefix) ? codec.key(text.slice(prefix.length)) : null;
  return (
    key ??
    fail(
      'EINVAL',
      `${field} is not a cursor of this connection (its ${codec.kind} cursors come from its edges)`,
      field,
    )
  );
}

/** A decimal below `limit`, without sign or leading zeros; null otherwise. */
function smallInteger(text: string, limit: number): number | null {
  if (!/^(0|[1-9]\d{0,15})$/.test(text)) return null;
  const value = Number(text);
  return value < limit ? value : null;
}

function hostAndRest(position: string): [ordinal: number, rest: string] | null {
  const colon = position.indexOf(':');
  const ordinal = colon < 0 ? null : smallInteger(position.slice(0, colon), MAX_HOSTS);
  return ordinal === null ? null : [ordinal, position.slice(colon + 1)];
}

export const deviceCursor = (fleet: Fleet): CursorCodec<PciDevice> => ({
  kind: 'device',
  position: (d) => `${fleet.index.ordinalOf(d.host)}:${d.bdf}`,
  key: (position) => {
    const parts = hostAndRest(position);
    return parts && devicePositionKey(parts[0], parts[1]);
  },
});

export const groupCursor = (fleet: Fleet): CursorCodec<IommuGroup> => ({
  kind: 'group',
  position: (g) => `${fleet.index.ordinalOf(g.host)}:${g.number}`,
  key: (position) => {
    const parts = hostAndRest(position);
    const number = parts && smallInteger(parts[1], 2 ** 32);
    return parts && number !== null ? groupPositionKey(parts[0], number) : null;
  },
});

export const hostCursor = (fleet: Fleet): CursorCodec<Host> => ({
  kind: 'host',
  position: (h) => `${fleet.index.ordinalOf(h)}`,
  key: (position) => smallInteger(position, MAX_HOSTS),
});

/** Contexts in open order (serials only grow). */
export const contextCursor: CursorCodec<Context> = {
  kind: 'context',
  position: (c) => `${c.serial}`,
  key: (position) => smallInteger(position, 2 ** 31),
};

/** Objects in object-ID order. */
export const objectCursor: CursorCodec<IommufdObject> = {
  kind: 'object',
  position: (o) => `${o.id}`,
  key: (position) => smallInteger(position, 2 ** 31),
};

// The set-up every benchmark shares: a context on a host with one device bound and attached to a new IOAS.
import type { Fleet } from '../hw-model/host/fleet.ts';
import { openContext } from '../hw-model/iommufd/index.ts';

export const KIB = 1n << 10n;
export const GIB = 1n << 30n;
export const TIB = 1n << 40n;

/** The NVMe of the Sapphire Rapids host (VT-d, 48-bit, 4K/2M/1G pages). */
export const HOST = 'spr-01';
export const BDF = '0000:17:00.0';

export function attachedIoas(fleet: Fleet, hostName: string, bdf: string, memlockLimit: bigint) {
  const host = fleet.host(hostName);
  if (!host) throw new Error(`no host ${hostName}`);
  const device = host.device(bdf);
  if (!device) throw new Error(`no device ${bdf} on ${hostName}`);
  const ctx = openContext(host, { memlockLimit });
  const bound = ctx.deviceBind(device);
  const ioas = ctx.ioasAlloc();
  ctx.deviceAttach(bound.id, ioas.id);
  return { host, device, ctx, bound, ioas };
}

export const hex = (value: bigint): string => `0x${value.toString(16)}`;

// The keys inside global IDs, and finding the object a key names. Keys read "host/part" so IDs stay stable
// across restarts of the same fleet (host names cannot contain '/').

import type { IommuUnit } from '../hw-model/drivers/iommu.ts';
import type { PciDevice } from '../hw-model/host/device.ts';
import type { Fleet } from '../hw-model/host/fleet.ts';
import type { Host } from '../hw-model/host/host.ts';
import type { IommuGroup } from '../hw-model/host/iommu-group.ts';

export const hostKey = (host: Host) => host.name;
export const deviceKey = (device: PciDevice) => `${device.host.name}/${device.bdf}`;
export const groupKey = (group: IommuGroup) => `${group.host.name}/${group.number}`;

function split(key: string): [host: string, rest: string] {
  const slash = key.indexOf('/');
  return slash < 0 ? [key, ''] : [key.slice(0, slash), key.slice(slash + 1)];
}

export function findHost(fleet: Fleet, key: string): Host | null {
  return fleet.host(key) ?? null;
}

export function findDevice(fleet: Fleet, key: string): PciDevice | null {
  const [host, bdf] = split(key);
  return fleet.host(host)?.device(bdf) ?? null;
}

export function findGroup(fleet: Fleet, key: string): IommuGroup | null {
  const [host, number] = split(key);
  return /^\d+$/.test(number) ? (fleet.host(host)?.group(Number(number)) ?? null) : null;
}

export function findIommu(fleet: Fleet, key: string): IommuUnit | null {
  const [host, name] = split(key);
  return fleet.host(host)?.iommu(name) ?? null;
}

export function hostOfIommu(iommu: IommuUnit): Host {
  if (!iommu.host) throw new Error(`IOMMU ${iommu.name} belongs to no host`);
  return iommu.host;
}

export function iommuKey(iommu: IommuUnit): string {
  return `${hostOfIommu(iommu).name}/${iommu.name}`;
}

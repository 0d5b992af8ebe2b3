// The fleet's indexes: every device and IOMMU group filed under a key in fleet order (host order,
// then address or group number) and in a posting list per filterable attribute, kept up to date on
// every host created and device added. A filtered page is a leapfrog over the lists the filter
// names: its cost follows the page, not the fleet.

import type { IommuType } from '../drivers/iommu.ts';
import { fail } from '../errors.ts';
import { addressOrder, parseBdf } from '../host/bdf.ts';
import type { HwCapability, PciDevice } from '../host/device.ts';
import type { Host } from '../host/host.ts';
import type { IommuGroup } from '../host/iommu-group.ts';
import { numericTree } from '../iommufd/btree.ts';
import type { DeviceFilter, HostFilter } from './inventory-filter.ts';
import { EMPTY, intersect, type KeyStream, rangeStream, treeStream, where } from './key-streams.ts';
import { Postings } from './postings.ts';

/** Keys are hostOrdinal * 2^32 + position in the host: exact as doubles up to 2^21 hosts. */
const HOST_SPAN = 2 ** 32;
export const MAX_HOSTS = 2 ** 21;

export interface GroupFilter {
  hostName?: string | null;
  /** Groups with at least this many devices. */
  minDevices?: number | null;
}

export const hostKeyRange = (ordinal: number): [number, number] => [
  ordinal * HOST_SPAN,
  ordinal * HOST_SPAN + HOST_SPAN - 1,
];

/** A device's place in fleet order from its host's ordinal and its BDF; null for a malformed BDF. */
export function devicePositionKey(hostOrdinal: number, bdf: string): number | null {
  const address = parseBdf(bdf);
  if (!address || !Number.isInteger(hostOrdinal) || hostOrdinal < 0 || hostOrdinal >= MAX_HOSTS) return null;
  return hostOrdinal * HOST_SPAN + addressOrder(address);
}

export function groupPositionKey(hostOrdinal: number, number: number): number | null {
  if (!Number.isInteger(hostOrdinal) || hostOrdinal < 0 || hostOrdinal >= MAX_HOSTS) return null;
  if (!Number.isInteger(number) || number < 0 || number >= HOST_SPAN) return null;
  return hostOrdinal * HOST_SPAN + number;
}

export const hostOrdinalOfKey = (key: number): number => Math.floor(key / HOST_SPAN);

function notNegative(value: number | null | undefined, field: string): void {
  if (value != null && value < 0) fail('EINVAL', `${field} must not be negative`, field);
}

const sizeOf = (group: IommuGroup | null): number => group?.devices.length ?? 0;

export class FleetIndex {
  readonly #ordinals = new Map<Host, number>();
  readonly #hostsByName = new Map<string, Host>();
  /** By ordinal: hosts are never removed, so ordinals are 0..n-1. */
  readonly #hostList: Host[] = [];
  readonly #devices = numericTree<number, PciDevice>();
  readonly #groups = numericTree<number, IommuGroup>();
  /** The group size each group's devices are filed under, to move them when the group grows. */
  readonly #filedSize = new Map<IommuGroup, number>();

  readonly #host = new Postings<number>();
  readonly #vendor = new Postings<number>();
  readonly #deviceId = new Postings<number>();
  readonly #hwCap = new Postings<HwCapability>();
  readonly #pasidLog2 = new Postings<number>();
  readonly #pciCap = new Postings<number>();
  readonly #iommuType = new Postings<IommuType>();
  readonly #nesting = new Postings<boolean>();
  readonly #dirty = new Postings<boolean>();
  readonly #virtualFunction = new Postings<boolean>();
  readonly #groupSize = new Postings<number>();
  readonly #driver = new Postings<string>();
  readonly #groupDevices = new Postings<number>();

  get deviceCount(): number {
    return this.#devices.size;
  }

  ordinalOf(host: Host): number {
    const ordinal = this.#ordinals.get(host);
    if (ordinal === undefined) throw new Error(`host ${host.name} is not in this fleet`);
    return ordinal;
  }

  host(name: string): Host | undefined {
    return this.#hostsByName.get(name);
  }

  deviceKey(device: PciDevice): number {
    return this.ordinalOf(device.host) * HOST_SPAN + addressOrder(device.address);
  }

  groupKey(group: IommuGroup): number {
    return this.ordinalOf(group.host) * HOST_SPAN + group.number;
  }

  hostAt(ordinal: number): Host | undefined {
    return this.#hostList[ordinal];
  }

  device(key: number): PciDevice | undefined {
    return this.#devices.get(key);
  }

  group(key: number): IommuGroup | undefined {
    return this.#groups.get(key);
  }

  /** Files a new host, its groups and devices (hosts come in fleet order: each is the last). */
  addHost(host: Host): void {
    if (this.#hostsByName.has(host.name)) throw new Error(`host ${host.name} is already indexed`);
    if (this.#ordinals.size >= MAX_HOSTS) throw new RangeError(`a fleet holds at most ${MAX_HOSTS} hosts`);
    this.#ordinals.set(host, this.#ordinals.size);
    this.#hostsByName.set(host.name, host);
    this.#hostList.push(host);
    for (const group of host.groups) this.#fileGroup(group);
    for (const device of host.devices) this.#fileDevice(device);
  }

  /** Files a hot-added device; its group may be new or may have grown (its members move lists). */
  addDevice(device: PciDevice): void {
    const group = device.group;
    if (group) {
      const filed = this.#filedSize.get(group);
      if (filed === undefined) this.#fileGroup(group);
      else if (filed !== sizeOf(group)) this.#regroup(group, filed);
    }
    this.#fileDevice(device);
  }

  #fileGroup(group: IommuGroup): void {
    const key = this.groupKey(group);
    this.#groups.set(key, group);
    this.#groupDevices.add(sizeOf(group), key);
    this.#filedSize.set(group, sizeOf(group));
  }

  #regroup(group: IommuGroup, filed: number): void {
    const size = sizeOf(group);
    const groupKey = this.groupKey(group);
    this.#groupDevices.delete(filed, groupKey);
    this.#groupDevices.add(size, groupKey);
    for (const member of group.devices) {
      const key = this.deviceKey(member);
      if (!this.#devices.has(key)) continue;
      this.#groupSize.delete(filed, key);
      this.#groupSize.add(size, key);
    }
    this.#filedSize.set(group, size);
  }

  #fileDevice(device: PciDevice): void {
    const key = this.deviceKey(device);
    if (this.#devices.has(key)) throw new Error(`${device.host.name} ${device.bdf} is already indexed`);
    this.#devices.set(key, device);
    this.#host.add(this.ordinalOf(device.host), key);
    this.#vendor.add(device.vendorId, key);
    this.#deviceId.add(device.deviceId, key);
    const info = device.iommu ? device.hwInfo() : null;
    for (const cap of info?.capabilities ?? []) this.#hwCap.add(cap, key);
    this.#pasidLog2.add(info?.maxPasidLog2 ?? 0, key);
    const pciCaps = new Set(device.capabilities().map((c) => (c.extended ? 0x100 + c.capId : c.capId)));
    for (const id of pciCaps) this.#pciCap.add(id, key);
    const iommu = device.iommu;
    if (iommu) {
      this.#iommuType.add(iommu.type, key);
      this.#nesting.add(iommu.supportsNesting, key);
      this.#dirty.add(iommu.supportsDirtyTracking, key);
    }
    this.#virtualFunction.add(device.isVirtualFunction, key);
    this.#groupSize.add(sizeOf(device.group), key);
    if (device.driver !== null) this.#driver.add(device.driver, key);
  }

  /** The keys of the devices a filter matches (every field ANDed), in fleet order. */
  devices(filter: DeviceFilter = {}): KeyStream {
    notNegative(filter.minGroupSize, 'minGroupSize');
    const all = treeStream(this.#devices);
    const parts: KeyStream[] = [];
    if (filter.hostName != null) {
      const host = this.#hostsByName.get(filter.hostName);
      if (!host) return EMPTY;
      parts.push(this.#host.of(this.ordinalOf(host)));
    }
    if (filter.vendorId != null) parts.push(this.#vendor.of(filter.vendorId));
    if (filter.deviceId != null) parts.push(this.#deviceId.of(filter.deviceId));
    for (const cap of filter.hasCapabilities ?? []) parts.push(this.#hwCap.of(cap));
    if (filter.minPasidLog2 != null && filter.minPasidLog2 > 0)
      parts.push(this.#pasidLog2.atLeast(filter.minPasidLog2));
    if (filter.pciCapabilityId != null) parts.push(this.#pciCap.of(filter.pciCapabilityId));
    if (filter.iommuType != null) parts.push(this.#iommuType.of(filter.iommuType));
    if (filter.iommuSupportsNesting != null) parts.push(this.#nesting.of(filter.iommuSupportsNesting));
    if (filter.iommuSupportsDirtyTracking != null)
      parts.push(this.#dirty.of(filter.iommuSupportsDirtyTracking));
    if (filter.isVirtualFunction != null) parts.push(this.#virtualFunction.of(filter.isVirtualFunction));
    if (filter.minGroupSize != null && filter.minGroupSize > 0)
      parts.push(this.#groupSize.atLeast(filter.minGroupSize));
    if (filter.driver != null) parts.push(this.#driver.of(filter.driver));
    // Smallest first: the leapfrog then takes its long strides from the most selective list.
    parts.sort((a, b) => (a.size ?? Number.POSITIVE_INFINITY) - (b.size ?? Number.POSITIVE_INFINITY));
    return parts.length === 0 ? all : intersect(parts);
  }

  /** The ordinals of the hosts a filter matches; device capabilities are asked of the device index. */
  hosts(filter: HostFilter = {}): KeyStream {
    const count = this.#hostList.length;
    const all: KeyStream = { ...rangeStream(0, count - 1), size: count };
    const { nameContains, iommuType } = filter;
    const wanted = filter.hasCapabilities ?? [];
    if (nameContains == null && iommuType == null && wanted.length === 0) return all;
    return where(all, (ordinal) => {
      const host = this.#hostList[ordinal]!;
      if (nameContains != null && !host.name.includes(nameContains)) return false;
      if (iommuType != null && !host.iommus.some((iommu) => iommu.type === iommuType)) return false;
      if (wanted.length === 0) return true;
      return (
        this.devices({ hostName: host.name, hasCapabilities: wanted }).ceil(Number.NEGATIVE_INFINITY) !==
        undefined
      );
    });
  }

  /** The keys of the IOMMU groups a filter matches, in fleet order. */
  groups(filter: GroupFilter = {}): KeyStream {
    notNegative(filter.minDevices, 'minDevices');
    const parts: KeyStream[] = [];
    if (filter.minDevices != null && filter.minDevices > 0)
      parts.push(this.#groupDevices.atLeast(filter.minDevices));
    else parts.push(treeStream(this.#groups));
    if (filter.hostName != null) {
      const host = this.#hostsByName.get(filter.hostName);
      if (!host) return EMPTY;
      const [low, high] = hostKeyRange(this.ordinalOf(host));
      parts.push(rangeStream(low, high));
    }
    return intersect(parts);
  }
}

// The dashboard questions: which hosts and devices match a filter ("PASID with dirty tracking?").
// Every filter combines with AND. This is the reference: FleetIndex answers the same from its indexes.

import type { IommuType } from '../drivers/iommu.ts';
import type { HwCapability, PciDevice } from '../host/device.ts';
import type { Host } from '../host/host.ts';

export interface DeviceFilter {
  hostName?: string | null;
  vendorId?: number | null;
  deviceId?: number | null;
  hasCapabilities?: readonly HwCapability[] | null;
  minPasidLog2?: number | null;
  /** A standard (0x00-0xff) or extended (0x100 + id) PCI capability ID. */
  pciCapabilityId?: number | null;
  iommuType?: IommuType | null;
  /** Behind an IOMMU that supports nesting (false: behind one that does not; no IOMMU matches neither). */
  iommuSupportsNesting?: boolean | null;
  iommuSupportsDirtyTracking?: boolean | null;
  isVirtualFunction?: boolean | null;
  /** In an IOMMU group of at least this many devices (a device in no group is in a group of 0). */
  minGroupSize?: number | null;
  driver?: string | null;
}

export interface HostFilter {
  nameContains?: string | null;
  iommuType?: IommuType | null;
  hasCapabilities?: readonly HwCapability[] | null;
}

/** GET_HW_INFO of a device, or null for a device no IOMMU translates (it matches no capability filter). */
function hwInfoOf(device: PciDevice) {
  return device.iommu ? device.hwInfo() : null;
}

function hasAllCapabilities(device: PciDevice, wanted: readonly HwCapability[]): boolean {
  if (wanted.length === 0) return true;
  const info = hwInfoOf(device);
  return info !== null && wanted.every((cap) => info.capabilities.includes(cap));
}

function hasPciCapability(device: PciDevice, id: number): boolean {
  const extended = id >= 0x100;
  const capId = extended ? id - 0x100 : id;
  return device.capabilities().some((cap) => cap.extended === extended && cap.capId === capId);
}

export function deviceMatches(device: PciDevice, filter: DeviceFilter): boolean {
  if (filter.hostName != null && device.host.name !== filter.hostName) return false;
  if (filter.vendorId != null && device.vendorId !== filter.vendorId) return false;
  if (filter.deviceId != null && device.deviceId !== filter.deviceId) return false;
  if (filter.hasCapabilities && !hasAllCapabilities(device, filter.hasCapabilities)) return false;
  if (filter.minPasidLog2 != null && (hwInfoOf(device)?.maxPasidLog2 ?? 0) < filter.minPasidLog2)
    return false;
  if (filter.pciCapabilityId != null && !hasPciCapability(device, filter.pciCapabilityId)) return false;
  const iommu = device.iommu;
  if (filter.iommuType != null && iommu?.type !== filter.iommuType) return false;
  if (filter.iommuSupportsNesting != null && iommu?.supportsNesting !== filter.iommuSupportsNesting)
    return false;
  if (
    filter.iommuSupportsDirtyTracking != null &&
    iommu?.supportsDirtyTracking !== filter.iommuSupportsDirtyTracking
  )
    return false;
  if (filter.isVirtualFunction != null && device.isVirtualFunction !== filter.isVirtualFunction) return false;
  if (filter.minGroupSize != null && (device.group?.devices.length ?? 0) < filter.minGroupSize) return false;
  if (filter.driver != null && device.driver !== filter.driver) return false;
  return true;
}

export function filterDevices(hosts: readonly Host[], filter: DeviceFilter = {}): PciDevice[] {
  return hosts.flatMap((host) => host.devices.filter((device) => deviceMatches(device, filter)));
}

export function hostMatches(host: Host, filter: HostFilter): boolean {
  if (filter.nameContains != null && !host.name.includes(filter.nameContains)) return false;
  if (filter.iommuType != null && !host.iommus.some((iommu) => iommu.type === filter.iommuType)) return false;
  const wanted = filter.hasCapabilities ?? [];
  if (wanted.length > 0 && !host.devices.some((device) => hasAllCapabilities(device, wanted))) return false;
  return true;
}

export function filterHosts(hosts: readonly Host[], filter: HostFilter = {}): Host[] {
  return hosts.filter((host) => hostMatches(host, filter));
}

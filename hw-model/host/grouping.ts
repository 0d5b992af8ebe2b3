// How devices fall into IOMMU groups, following the kernel's pci_device_group(): walk up while
// the bridge above does not isolate (ACS); the topmost device reached owns the group, and
// functions of a multi-function device without ACS share one.
import type { IommuUnit } from '../iommu/iommu.ts';
import { acsEnabled, acsPathEnabled } from './acs.ts';
import type { PciDevice } from './device.ts';
import type { Host } from './host.ts';
import { IommuGroup } from './iommu-group.ts';
import { defaultGroupType, iommuReservedRegions } from './reserved-regions.ts';

/** The device whose group this device joins (itself when it is isolated). */
export function groupOwner(device: PciDevice): PciDevice {
  let owner = device;
  for (let bridge = device.upstreamBridge; bridge; bridge = bridge.upstreamBridge) {
    if (acsPathEnabled(bridge)) break;
    owner = bridge;
  }
  if (owner.isMultiFunction && !acsEnabled(owner)) {
    const { domain, bus, device: slot } = owner.address;
    const functionZero = owner.host.devices
      .filter((d) => !d.isVirtualFunction && d.address.domain === domain && d.address.bus === bus)
      .filter((d) => d.address.device === slot)
      .sort((a, b) => a.address.function - b.address.function)[0];
    if (functionZero) owner = functionZero;
  }
  return owner;
}

/** Puts a device behind an IOMMU into its group, creating the group (next number) when it is the first. */
export function assignGroup(host: Host, device: PciDevice): IommuGroup | null {
  const iommu = device.iommu;
  if (!iommu) return null;
  const owner = groupOwner(device);
  const existing = host.groups.find(
    (g) => g.iommu === iommu && g.devices.some((d) => groupOwner(d) === owner),
  );
  const group = existing ?? newGroup(host, iommu);
  group.add(device);
  return group;
}

function newGroup(host: Host, iommu: IommuUnit): IommuGroup {
  const number = host.groups.reduce((max, g) => Math.max(max, g.number + 1), 0);
  const group = new IommuGroup(host, number, iommu, iommuReservedRegions(iommu), defaultGroupType(iommu));
  host.groups.push(group);
  return group;
}

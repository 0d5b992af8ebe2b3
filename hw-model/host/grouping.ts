// How devices fall into IOMMU groups, following the kernel's pci_device_group(). Devices are
// grouped in bus order, as at boot, so a device finds the groups of everything above it already made.
import type { IommuUnit } from '../drivers/iommu.ts';
import { acsEnabled, acsPathEnabled } from './acs.ts';
import type { PciDevice } from './device.ts';
import { areDmaAliases, dmaAliasWalk, sharesSlot } from './dma-alias.ts';
import type { Host } from './host.ts';
import { IommuGroup } from './iommu-group.ts';
import { defaultGroupType, iommuReservedRegions } from './reserved-regions.ts';

/** iommu_group_get(), restricted to groups of the same IOMMU (a group never spans two units). */
function existingGroup(device: PciDevice, iommu: IommuUnit): IommuGroup | null {
  return device.group && device.group.iommu === iommu ? device.group : null;
}

/** The group pci_device_group() finds for the device, or null when it gets a new one. */
export function findPciGroup(device: PciDevice, iommu: IommuUnit): IommuGroup | null {
  // 1. pci_for_each_dma_alias + get_pci_alias_or_group: the first alias already in a group wins;
  //    otherwise continue from the last alias (the topmost aliasing bridge).
  const walk = dmaAliasWalk(device);
  for (const alias of walk) {
    const group = existingGroup(alias, iommu);
    if (group) return group;
  }
  let pdev = walk[walk.length - 1]!;

  // 2. Upstream until ACS isolates the whole path to the root (pci_acs_path_enabled).
  for (let bridge = pdev.upstreamBridge; bridge; bridge = bridge.upstreamBridge) {
    if (acsPathEnabled(bridge)) break;
    pdev = bridge;
    const group = existingGroup(pdev, iommu);
    if (group) return group;
  }

  // 3. get_pci_alias_group, then 4. get_pci_function_alias_group; one devfn set for both.
  const seen = new Set<PciDevice>();
  return aliasGroup(pdev, iommu, seen) ?? functionAliasGroup(pdev, iommu, seen);
}

/** get_pci_alias_group: a group of the device or of a device it aliases (or that aliases it). */
function aliasGroup(pdev: PciDevice, iommu: IommuUnit, seen: Set<PciDevice>): IommuGroup | null {
  if (seen.has(pdev)) return null;
  seen.add(pdev);
  const own = existingGroup(pdev, iommu);
  if (own) return own;
  for (const other of pdev.host.devices) {
    if (!areDmaAliases(pdev, other)) continue;
    const group = aliasGroup(other, iommu, seen) ?? functionAliasGroup(other, iommu, seen);
    if (group) return group;
  }
  return null;
}

/** get_pci_function_alias_group: a multi-function device without ACS joins a slot sibling also without it. */
function functionAliasGroup(pdev: PciDevice, iommu: IommuUnit, seen: Set<PciDevice>): IommuGroup | null {
  if (!sharesSlot(pdev)) return null;
  const { domain, bus, device: slot } = pdev.address;
  for (const other of pdev.host.devices) {
    if (other === pdev || other.isVirtualFunction) continue;
    if (other.address.domain !== domain || other.address.bus !== bus || other.address.device !== slot)
      continue;
    if (acsEnabled(other)) continue;
    const group = aliasGroup(other, iommu, seen);
    if (group) return group;
  }
  return null;
}

/** Puts a device behind an IOMMU into its group, creating the group (next number) when it is the first. */
export function assignGroup(host: Host, device: PciDevice): IommuGroup | null {
  const iommu = device.iommu;
  if (!iommu) return null;
  const group = findPciGroup(device, iommu) ?? newGroup(host, iommu);
  group.add(device);
  return group;
}

function newGroup(host: Host, iommu: IommuUnit): IommuGroup {
  const number = host.groups.reduce((max, g) => Math.max(max, g.number + 1), 0);
  const group = new IommuGroup(host, number, iommu, iommuReservedRegions(iommu), defaultGroupType(iommu));
  host.addGroup(group);
  return group;
}

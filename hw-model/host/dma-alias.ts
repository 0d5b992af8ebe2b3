// The requester IDs a device's DMA reaches the IOMMU with, as pci_for_each_dma_alias() walks them:
// the device itself and its quirk aliases, then each bridge up to the root that takes ownership of
// the transaction (PCIe-to-PCI/PCI-X bridges, and every conventional bridge, CardBus included).
import { acsEnabled, PCI_EXP_TYPE, pcieType } from './acs.ts';
import type { PciDevice } from './device.ts';

/**
 * The devices pci_for_each_dma_alias calls its callback with, in order: the device, then every
 * bridge on the way up whose ID (or secondary bus) its transactions carry. Root and switch ports
 * forward requests unchanged and are skipped.
 */
export function dmaAliasWalk(device: PciDevice): PciDevice[] {
  const visited = [device];
  for (let bridge = device.upstreamBridge; bridge; bridge = bridge.upstreamBridge) {
    const type = pcieType(bridge);
    if (type === PCI_EXP_TYPE.ROOT_PORT || type === PCI_EXP_TYPE.UPSTREAM || type === PCI_EXP_TYPE.DOWNSTREAM)
      continue;
    // PCIe-to-PCI/X (alias: secondary bus, devfn 0), PCI/X-to-PCIe (its own ID), and every
    // conventional bridge (its own ID, or with PCI_DEV_FLAG_PCIE_BRIDGE_ALIAS the secondary bus):
    // whichever ID, the bridge is the device grouping sees.
    visited.push(bridge);
  }
  return visited;
}

/** pci_devs_are_dma_aliases: same bus, and one's dma_alias_mask names the other's devfn. */
export function areDmaAliases(a: PciDevice, b: PciDevice): boolean {
  if (a === b || a.address.domain !== b.address.domain || a.address.bus !== b.address.bus) return false;
  return a.dmaAliases().includes(b.devfn) || b.dmaAliases().includes(a.devfn);
}

/** Whether get_pci_function_alias_group may look at this function's slot siblings. */
export function sharesSlot(device: PciDevice): boolean {
  return device.isMultiFunction && !acsEnabled(device);
}

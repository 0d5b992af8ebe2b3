// The hardware model's public API: errors, 64-bit helpers, PCI config space, IOMMU units, hosts and the fleet.

export * from './dma/index.ts';
// IOMMU drivers, the selftest mock, the iommufd uAPI and the device side of DMA.
export * from './drivers/index.ts';
export * from './errors.ts';
// The iommufd object model, its events and the inventory queries.
export * from './events.ts';
// Hosts, groups, devices, profiles and the fleet.
export { acsEnabled, acsPathEnabled, PCI_EXP_TYPE, pcieType, REQ_ACS_FLAGS } from './host/acs.ts';
export { formatBdf, type PciAddress, parseBdf, routingId, vfAddress } from './host/bdf.ts';
export {
  type DeviceHwInfo,
  type DevicePasid,
  type HwCapability,
  PciDevice,
  type PciDeviceInit,
} from './host/device.ts';
export { areDmaAliases, dmaAliasWalk } from './host/dma-alias.ts';
export {
  createDefaultFleet,
  DEFAULT_FLEET_HOSTS,
  type DeviceAddInput,
  Fleet,
  HOTPLUG_FIRST_BUS,
  type HostCreateInput,
  MAX_PASID_WIDTH,
} from './host/fleet.ts';
export { assignGroup, findPciGroup } from './host/grouping.ts';
export { Host, type HostSource } from './host/host.ts';
export { buildHost, type DeviceDefinition } from './host/host-builder.ts';
export { IommuGroup, type ReservedRegion, type ReservedRegionType } from './host/iommu-group.ts';
export { importLspciHost, LSPCI_IMPORT_PROFILE, withoutClassPrefix } from './host/lspci-import.ts';
export { hostPasidWidth, PasidAllocator } from './host/pasid-allocator.ts';
export { findProfile, type HostProfile, PROFILES, profileNames } from './host/profiles/index.ts';
export {
  AMD_HT_REGION,
  ARM_SW_MSI_REGION,
  defaultGroupType,
  iommuReservedRegions,
  X86_MSI_REGION,
} from './host/reserved-regions.ts';
export { createVirtualFunctions, virtualFunctionConfig } from './host/virtual-functions.ts';
export * from './iommufd/index.ts';
// PCI: config space, capability walk, decoders, lspci parser, quirks, gaps, placement, VFIO view.
export * from './pci/index.ts';
export {
  buildConfigSpace,
  type ConfigSpaceSpec,
  EXT_CAP_ID,
  type ExtendedCapabilitySpec,
  PCIE_PORT_TYPE,
  type PciePortType,
} from './pci/synthesize.ts';
export * from './query/inventory-filter.ts';
export * from './selftest/index.ts';
export * from './u64.ts';

// Decoded PCIe registers of a device: link, ATS, PRI, ACS, SR-IOV (fields as the capability holds them).
import { ACS_FLAGS } from '../../hw-model/pci/decoders.ts';
import { builder } from '../builder.ts';

export const PcieLinkRef = builder.simpleObject('PcieLink', {
  description: 'The PCIe link from Link Capabilities and Link Status.',
  fields: (t) => ({
    maxSpeed: t.string({ description: 'As lspci prints it, e.g. 16GT/s.' }),
    maxWidth: t.int({ description: 'Maximum Link Width (lanes).' }),
    speed: t.string({ nullable: true, description: 'Current Link Speed, as lspci prints it.' }),
    width: t.int({ nullable: true, description: 'Negotiated Link Width (lanes).' }),
  }),
});

export const AtsCapabilityRef = builder.simpleObject('AtsCapability', {
  description:
    'Register fields as the capability holds them (and lspci prints them): no decoding of 0 to 32 and the like.',
  fields: (t) => ({
    invalidateQueueDepth: t.int({ description: 'Invalidate Queue Depth (0 means 32).' }),
    pageAlignedRequest: t.boolean({ description: 'Page Aligned Request.' }),
    enabled: t.boolean({ description: 'ATS Enable.' }),
    smallestTranslationUnit: t.int({ description: 'Smallest Translation Unit (log2 of 4 KiB units).' }),
  }),
});

export const PriCapabilityRef = builder.simpleObject('PriCapability', {
  description: 'Page Request Interface.',
  fields: (t) => ({
    enabled: t.boolean({ description: 'PRI Enable.' }),
    outstandingPageRequestCapacity: t.int({ description: 'Outstanding Page Request Capacity.' }),
    outstandingPageRequestAllocation: t.int({ description: 'Outstanding Page Request Allocation.' }),
    pasidRequired: t.boolean({ description: 'PRG Response PASID Required.' }),
  }),
});

export const AcsFlagEnum = builder.enumType('AcsFlag', {
  description: 'An Access Control Services feature (PCI_ACS_* bits in order).',
  values: ACS_FLAGS,
});

export const AcsCapabilityRef = builder.simpleObject('AcsCapability', {
  description: 'Access Control Services: what the function offers and what is enabled.',
  fields: (t) => ({
    capabilities: t.field({ type: [AcsFlagEnum], description: 'ACS Capability register.' }),
    enabled: t.field({ type: [AcsFlagEnum], description: 'ACS Control register.' }),
  }),
});

export const SriovCapabilityRef = builder.simpleObject('SriovCapability', {
  description: 'Single Root I/O Virtualization.',
  fields: (t) => ({
    totalVfs: t.int({ description: 'TotalVFs.' }),
    initialVfs: t.int({ description: 'InitialVFs.' }),
    numVfs: t.int({ description: 'NumVFs.' }),
    vfOffset: t.int({ description: 'First VF Offset (routing IDs).' }),
    vfStride: t.int({ description: 'VF Stride (routing IDs).' }),
    vfDeviceId: t.int({ description: 'VF Device ID.' }),
  }),
});

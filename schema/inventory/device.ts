// PCI devices: identity, topology, config space, capabilities, GET_HW_INFO, vPASID placement.

import { configWindow, gapsOf, placementFor } from '../../adapters/inventory.ts';
import { deviceKey, findDevice } from '../../adapters/node-keys.ts';
import { PciDevice } from '../../hw-model/host/device.ts';
import { builder } from '../builder.ts';
import { totalCountField } from '../connections.ts';
import { nodesField } from '../keyset.ts';
import { DeviceRef, HostRef, IommuGroupRef, IommuRef } from '../refs.ts';
import { IommuHwInfoUnion, IommuTypeEnum } from './iommu.ts';
import {
  AcsCapabilityRef,
  AtsCapabilityRef,
  PcieLinkRef,
  PriCapabilityRef,
  SriovCapabilityRef,
} from './pci-registers.ts';

const PciCapabilityRef = builder.simpleObject('PciCapability', {
  description: 'One capability found by walking the standard (0x34) or extended (0x100) chain.',
  fields: (t) => ({
    capId: t.int({ description: 'Standard capability ID, or extended capability ID for extended ones.' }),
    extended: t.boolean({ description: 'In the extended (PCIe) chain.' }),
    offset: t.int({ description: 'Config-space offset of its header.' }),
    version: t.int({ nullable: true, description: 'Extended capabilities only.' }),
    size: t.int({
      nullable: true,
      description:
        'Bytes the capability occupies, where its ID defines the size or its header says so; null when unknown.',
    }),
    name: t.string({ description: 'As lspci names it, e.g. Process Address Space ID (PASID).' }),
  }),
});

const PasidCapabilityRef = builder.simpleObject('PasidCapability', {
  description: "A PASID extended capability: the device's own, or its PF's for a VF.",
  fields: (t) => ({
    maxPasidWidth: t.int({ description: 'Max PASID Width field (log2 of the number of PASIDs).' }),
    executePermission: t.boolean({ description: 'Execute Permission Supported.' }),
    privilegedMode: t.boolean({ description: 'Privileged Mode Supported.' }),
    enabled: t.boolean({ description: 'PASID Enable in the control register.' }),
    source: t.field({
      type: DeviceRef,
      description: 'Whose capability this is: the device itself or its PF.',
    }),
  }),
});

export const HwCapabilityEnum = builder.enumType('HwCapability', {
  description: 'IOMMU_HW_CAP_* bits of GET_HW_INFO out_capabilities.',
  values: {
    DIRTY_TRACKING: { description: 'IOMMU dirty tracking is available for this device.' },
    PCI_PASID_EXEC: { description: 'The PASID capability supports Execute permission.' },
    PCI_PASID_PRIV: { description: 'The PASID capability supports Privileged mode.' },
    PCI_ATS_NOT_SUPPORTED: {
      description: 'The device cannot use ATS (negative so that 0 from an old kernel means usable).',
    },
  } as const,
});

const DeviceHwInfoRef = builder.simpleObject('DeviceHwInfo', {
  description: 'What IOMMU_GET_HW_INFO returns for a device.',
  fields: (t) => ({
    type: t.field({
      type: IommuTypeEnum,
      description: "The IOMMU's info type: INTEL_VTD, ARM_SMMUV3, AMD or MOCK.",
    }),
    capabilities: t.field({ type: [HwCapabilityEnum], description: 'out_capabilities as a set.' }),
    maxPasidLog2: t.int({
      description:
        'ilog2 of the PASIDs usable by this device through its IOMMU; 0 when PASID is not usable (the device or the IOMMU lacks it).',
    }),
    data: t.field({ type: IommuHwInfoUnion, description: 'The vendor data.' }),
  }),
});

const ConfigSpaceRangeRef = builder.simpleObject('ConfigSpaceRange', {
  description: 'A window of config space.',
  fields: (t) => ({
    offset: t.int({ description: 'First byte.' }),
    length: t.int({ description: 'Bytes.' }),
  }),
});

const DeviceQuirkRef = builder.simpleObject('DeviceQuirk', {
  description: 'A known device quirk, e.g. registers outside the capability chain.',
  fields: (t) => ({
    description: t.string({ description: 'What the quirk is and where it was seen.' }),
    hiddenRegisters: t.field({
      type: [ConfigSpaceRangeRef],
      description: 'Config-space ranges the device uses outside its capability chain.',
    }),
  }),
});

const VirtualCapabilityPlacementRef = builder.simpleObject('VirtualCapabilityPlacement', {
  description: "Where a VMM can put a virtual capability in the guest's view of the device.",
  fields: (t) => ({
    offset: t.int({ nullable: true, description: 'Chosen (or validated) offset; null when none is safe.' }),
    reason: t.string({ description: 'Why this offset, or why none.' }),
    warnings: t.stringList({
      description: 'Risks a VMM should know, e.g. the device has registers outside its capability chain.',
    }),
    guestConfigSpace: t.string({
      nullable: true,
      description:
        "The guest's extended config space (0x100-0xfff) as hex with the new capability linked into the chain; null when offset is null.",
    }),
  }),
});

const VirtualCapabilityPlacementInput = builder.inputType('VirtualCapabilityPlacementInput', {
  description: 'What to place, and optionally where.',
  fields: (t) => ({
    capId: t.int({ defaultValue: 27, description: 'Extended capability ID to place; default 0x1b (PASID).' }),
    size: t.int({ defaultValue: 8, description: 'Bytes it needs; default 8 (the PASID capability).' }),
    offset: t.int({ description: 'An explicit offset to validate instead of choosing one.' }),
  }),
});

const ConfigSpaceViewEnum = builder.enumType('ConfigSpaceView', {
  description: 'Which view of config space to read.',
  values: {
    PHYSICAL: { description: 'The bytes the hardware holds.' },
    VFIO: { description: 'What vfio-pci shows userspace (the PASID capability is not in its chain).' },
  } as const,
});

builder.node(DeviceRef, {
  description: 'A PCI function of a host.',
  id: { resolve: (device) => deviceKey(device) },
  loadOne: (key, ctx) => findDevice(ctx.fleet, key),
  isTypeOf: (value) => value instanceof PciDevice,
  fields: (t) => ({
    bdf: t.exposeString('bdf', { description: 'Domain:bus:device.function, e.g. 0000:6a:01.0.' }),
    host: t.field({ type: HostRef, description: 'The host it belongs to.', resolve: (d) => d.host }),
    vendorId: t.exposeInt('vendorId', { description: 'PCI vendor ID.' }),
    deviceId: t.exposeInt('deviceId', { description: 'PCI device ID.' }),
    classCode: t.exposeInt('classCode', { description: '24-bit class code (class, subclass, prog-if).' }),
    name: t.exposeString('name', { nullable: true, description: 'Human name, where known.' }),
    iommu: t.field({
      type: IommuRef,
      nullable: true,
      description: 'The IOMMU it sits behind.',
      resolve: (d) => d.iommu,
    }),
    iommuGroup: t.field({
      type: IommuGroupRef,
      nullable: true,
      description: 'Its IOMMU group.',
      resolve: (d) => d.group,
    }),
    physicalFunction: t.field({
      type: DeviceRef,
      nullable: true,
      description: 'The PF of an SR-IOV virtual function.',
      resolve: (d) => d.physicalFunction,
    }),
    virtualFunctions: t.field({
      type: [DeviceRef],
      description: 'Its enabled SR-IOV virtual functions.',
      resolve: (d) => d.virtualFunctions,
    }),
    capabilities: t.field({
      type: [PciCapabilityRef],
      description: 'Standard (0x40-0xff) and extended (0x100-0xfff) capabilities, in chain order.',
      resolve: (d, _a, ctx) => ctx.loaders.capabilities.load(d),
    }),
    configSpace: t.string({
      description:
        'Raw config space as lowercase hex bytes without separators. VFIO view: what vfio-pci shows userspace (the PASID capability is not in its chain).',
      args: {
        offset: t.arg.int({ defaultValue: 0, description: 'First byte.' }),
        length: t.arg.int({ defaultValue: 4096, description: 'Bytes (clipped to the config-space size).' }),
        view: t.arg({ type: ConfigSpaceViewEnum, defaultValue: 'PHYSICAL', description: 'Which view.' }),
      },
      resolve: (d, args) => configWindow(d, args.offset ?? 0, args.length ?? 4096, args.view ?? 'PHYSICAL'),
    }),
    pasid: t.field({
      type: PasidCapabilityRef,
      nullable: true,
      description:
        "The PASID capability this device's DMA can use: its own, or its PF's for a VF. Null when it has none.",
      resolve: (d) => {
        const pasid = d.pasid();
        return pasid && { ...pasid.regs, source: pasid.source };
      },
    }),
    driver: t.exposeString('driver', {
      nullable: true,
      description: 'The kernel driver bound to it (sysfs driver link); null when unknown or none.',
    }),
    numaNode: t.exposeInt('numaNode', {
      nullable: true,
      description: 'NUMA node (sysfs numa_node); null when unknown.',
    }),
    link: t.field({
      type: PcieLinkRef,
      nullable: true,
      description:
        'The PCIe link from Link Capabilities and Link Status; null without a PCI Express capability.',
      resolve: (d) => d.link(),
    }),
    ats: t.field({
      type: AtsCapabilityRef,
      nullable: true,
      description: 'Its ATS capability.',
      resolve: (d) => d.ats(),
    }),
    pri: t.field({
      type: PriCapabilityRef,
      nullable: true,
      description: 'Its PRI capability.',
      resolve: (d) => {
        const pri = d.pri();
        return (
          pri && {
            enabled: pri.enabled,
            outstandingPageRequestCapacity: pri.outstandingCapacity,
            outstandingPageRequestAllocation: pri.outstandingAllocation,
            pasidRequired: pri.pasidRequired,
          }
        );
      },
    }),
    acs: t.field({
      type: AcsCapabilityRef,
      nullable: true,
      description: 'Its ACS capability.',
      resolve: (d) => d.acs(),
    }),
    sriov: t.field({
      type: SriovCapabilityRef,
      nullable: true,
      description: 'Its SR-IOV capability.',
      resolve: (d) => {
        const sriov = d.sriov();
        return sriov && { ...sriov, vfOffset: sriov.firstVfOffset };
      },
    }),
    hwInfo: t.field({
      type: DeviceHwInfoRef,
      nullable: true,
      description: 'What IOMMU_GET_HW_INFO returns for this device; null when the device has no IOMMU.',
      resolve: (d, _a, ctx) => ctx.loaders.hwInfo.load(d),
    }),
    configSpaceGaps: t.field({
      type: [ConfigSpaceRangeRef],
      description:
        'Dword-aligned windows of extended config space (0x100-0xfff) that no capability, quirk or known register occupies.',
      resolve: (d) => gapsOf(d),
    }),
    virtualCapabilityPlacement: t.field({
      type: VirtualCapabilityPlacementRef,
      description:
        "Where a VMM could place a virtual capability (vPASID by default) in the guest's view of this device's config space.",
      args: { input: t.arg({ type: VirtualCapabilityPlacementInput, description: 'What to place.' }) },
      resolve: (d, { input }) => placementFor(d, input ?? {}),
    }),
    quirks: t.field({
      type: [DeviceQuirkRef],
      description: 'Known hidden registers and other device quirks.',
      resolve: (d) => d.quirks(),
    }),
  }),
});

/** Shared by Host.devices and Query.devices. */
export const DeviceConnectionRef = builder.connectionObject(
  {
    type: DeviceRef,
    name: 'DeviceConnection',
    fields: (t) => ({ ...totalCountField(t), ...nodesField(DeviceRef)(t) }),
  },
  { name: 'DeviceEdge' },
);

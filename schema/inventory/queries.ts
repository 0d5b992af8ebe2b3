// Inventory root fields: hosts, host, devices, and the two inventory mutations.

import { deviceCursor, hostCursor } from '../../adapters/cursors.ts';
import { deviceAddRecord, hostCreateRecord } from '../../adapters/fleet-records.ts';
import { applyRecord } from '../../store/fleet-records.ts';
import { builder } from '../builder.ts';
import { totalCountField } from '../connections.ts';
import { keysetPage, nodesField } from '../keyset.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { DeviceRef, HostRef } from '../refs.ts';
import { DeviceConnectionRef, HwCapabilityEnum } from './device.ts';
import { IommuTypeEnum } from './iommu.ts';

const HostFilter = builder.inputType('HostFilter', {
  description: 'Which hosts to list.',
  fields: (t) => ({
    nameContains: t.string({ description: 'Substring of the host name.' }),
    iommuType: t.field({ type: IommuTypeEnum, description: 'Hosts with at least one IOMMU of this type.' }),
    hasCapabilities: t.field({
      type: [HwCapabilityEnum],
      description: 'Hosts with at least one device whose GET_HW_INFO reports all of these capabilities.',
    }),
  }),
});

const DeviceFilter = builder.inputType('DeviceFilter', {
  description: 'Which devices to list.',
  fields: (t) => ({
    hostName: t.string({ description: 'Only devices of this host.' }),
    vendorId: t.int({ description: 'PCI vendor ID.' }),
    deviceId: t.int({ description: 'PCI device ID.' }),
    hasCapabilities: t.field({
      type: [HwCapabilityEnum],
      description: 'Devices whose GET_HW_INFO reports all of these.',
    }),
    minPasidLog2: t.int({ description: 'Minimum out_max_pasid_log2.' }),
    pciCapabilityId: t.int({
      description: 'Only devices with this PCI (0x00-0xff) or extended (0x100 + id) capability present.',
    }),
    iommuType: t.field({ type: IommuTypeEnum, description: 'Behind an IOMMU of this type.' }),
    iommuSupportsNesting: t.boolean({
      description: 'Behind an IOMMU that supports nesting (false: one that does not).',
    }),
    iommuSupportsDirtyTracking: t.boolean({
      description: 'Behind an IOMMU that can track dirty IOPTEs (false: one that cannot).',
    }),
    isVirtualFunction: t.boolean({
      description: 'Only SR-IOV virtual functions (true), or none of them (false).',
    }),
    minGroupSize: t.int({ description: 'In an IOMMU group of at least this many devices.' }),
    driver: t.string({ description: 'Bound to the kernel driver of this name (vfio-pci, nvme, ...).' }),
  }),
});

builder.queryFields((t) => ({
  hosts: t.connection(
    {
      type: HostRef,
      description: 'Hosts of the fleet, filtered.',
      args: { filter: t.arg({ type: HostFilter, description: 'Which hosts.' }) },
      resolve: (_root, args, ctx) =>
        keysetPage(
          ctx.fleet.index.hosts(args.filter ?? {}),
          args,
          hostCursor(ctx.fleet),
          (ordinal) => ctx.fleet.index.hostAt(ordinal)!,
        ),
    },
    { name: 'HostConnection', fields: (t) => ({ ...totalCountField(t), ...nodesField(HostRef)(t) }) },
    { name: 'HostEdge' },
  ),
  host: t.field({
    type: HostRef,
    nullable: true,
    description: 'One host by name.',
    args: { name: t.arg.string({ required: true, description: 'The host name.' }) },
    resolve: (_root, { name }, ctx) => ctx.fleet.host(name) ?? null,
  }),
  devices: t.connection(
    {
      type: DeviceRef,
      description:
        'Devices across every host, filtered (every filter field must hold), in host order then BDF; the typical dashboard question ("which devices can do PASID with dirty tracking?").',
      args: { filter: t.arg({ type: DeviceFilter, description: 'Which devices.' }) },
      resolve: (_root, args, ctx) =>
        keysetPage(
          ctx.fleet.index.devices(args.filter ?? {}),
          args,
          deviceCursor(ctx.fleet),
          (key) => ctx.fleet.index.device(key)!,
        ),
    },
    DeviceConnectionRef,
  ),
}));

const HostIommuInput = builder.inputType('HostIommuInput', {
  description: "The IOMMU behind an lspci import's devices.",
  fields: (t) => ({
    type: t.field({ type: IommuTypeEnum, required: true, description: 'Its architecture.' }),
    registers: t.field({
      type: ['UInt64'],
      description:
        "Registers as sysfs shows them: VT-d cap and ecap (intel-iommu/cap, ecap), AMD-Vi EFR (amd-iommu/features), SMMUv3 IDR0..IDR5. Omitted: the project's typical unit of that type.",
    }),
  }),
});

const HostCreateInput = builder.inputType('HostCreateInput', {
  description: 'A new host: a profile, pasted lspci output or a snapshot, exactly one of them.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Unique host name (letters, digits, ".", "_", "-").' }),
    profile: t.string({
      description: 'intel-sapphire-rapids, arm-grace, amd-genoa, selftest-mock (README lists them).',
    }),
    lspci: t.string({
      description: 'lspci -vvv -xxxx (or -xxxx) output; every device in it becomes a device of the new host.',
    }),
    snapshot: t.string({
      description:
        "The output of the project's snapshot command run on a real machine: config spaces, IOMMU units with their registers, the kernel's IOMMU groups with reserved regions, drivers.",
    }),
    iommu: t.field({
      type: HostIommuInput,
      description:
        "The IOMMU behind an lspci import's devices (lspci does not show it). Omitted: the machine has no IOMMU, and the host reports none.",
    }),
  }),
});

const HostCreatePayload = payloadType('HostCreatePayload', 'Result of hostCreate.', (t) => ({
  host: t.field({ type: HostRef, nullable: true, description: 'The new host.' }),
}));

const DeviceAddInput = builder.inputType('DeviceAddInput', {
  description: 'A device to hot-add.',
  fields: (t) => ({
    hostId: t.id({ required: true, description: 'The host.' }),
    iommuId: t.id({ description: "Which IOMMU it sits behind; default the host's first." }),
    vendorId: t.int({ required: true, description: 'PCI vendor ID (0..0xffff).' }),
    deviceId: t.int({ required: true, description: 'PCI device ID (0..0xffff).' }),
    pasidWidth: t.int({
      defaultValue: 0,
      description: 'Max PASID width of the PASID capability to give it; 0 or omitted for none.',
    }),
    noDirtyTracking: t.boolean({
      defaultValue: false,
      description: 'The device cannot do IOMMU dirty tracking (selftest MOCK_FLAGS_DEVICE_NO_DIRTY).',
    }),
  }),
});

const DeviceAddPayload = payloadType('DeviceAddPayload', 'Result of deviceAdd.', (t) => ({
  device: t.field({ type: DeviceRef, nullable: true, description: 'The new device.' }),
}));

defineMutation('hostCreate', {
  description:
    'Build an emulated host from a profile, or from lspci -vvv -xxxx output (every device with its real config space).',
  input: HostCreateInput,
  payload: HostCreatePayload,
  resolve: (input, ctx) => {
    const record = hostCreateRecord(input);
    return { host: ctx.journal.commit(record, () => applyRecord(ctx.fleet, record)) };
  },
});

defineMutation('deviceAdd', {
  description: "Hot-add an emulated PCI device behind one of the host's IOMMUs.",
  input: DeviceAddInput,
  payload: DeviceAddPayload,
  resolve: (input, ctx) => {
    const record = deviceAddRecord(ctx.fleet, input);
    return { device: ctx.journal.commit(record, () => applyRecord(ctx.fleet, record)) };
  },
});

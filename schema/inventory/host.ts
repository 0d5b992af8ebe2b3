// Hosts: the machines of the fleet.

import { deviceCursor } from '../../adapters/cursors.ts';
import { findHost, hostKey } from '../../adapters/node-keys.ts';
import { Host } from '../../hw-model/host/host.ts';
import { builder } from '../builder.ts';
import { keysetPage } from '../keyset.ts';
import { DeviceRef, HostRef, IommuGroupRef, IommuRef } from '../refs.ts';
import { DeviceConnectionRef } from './device.ts';

export const HostSourceEnum = builder.enumType('HostSource', {
  description: "Where a host's description comes from.",
  values: {
    PROFILE: { description: 'One of the built-in profiles.' },
    LSPCI: { description: 'Pasted lspci -vvv -xxxx output.' },
    SNAPSHOT: { description: "A snapshot of a real machine taken with the project's snapshot command." },
    LIVE: { description: 'The machine the server runs on, read from its sysfs at start-up.' },
  } as const,
});

builder.node(HostRef, {
  description: 'An emulated machine: IOMMUs, IOMMU groups, PCI devices and the iommufd contexts open on it.',
  id: { resolve: (host) => hostKey(host) },
  loadOne: (key, ctx) => findHost(ctx.fleet, key),
  isTypeOf: (value) => value instanceof Host,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Unique name in the fleet.' }),
    profile: t.exposeString('profile', {
      description:
        'The profile it was built from (e.g. intel-sapphire-rapids, arm-grace, amd-genoa, selftest-mock, lspci-import).',
    }),
    source: t.field({
      type: HostSourceEnum,
      description: "Where this host's description comes from.",
      resolve: (h) => h.source,
    }),
    iommus: t.field({ type: [IommuRef], description: 'Its IOMMU units.', resolve: (h) => h.iommus }),
    iommuGroups: t.field({
      type: [IommuGroupRef],
      description: 'Its IOMMU groups.',
      resolve: (h) => h.groups,
    }),
    devices: t.connection(
      {
        type: DeviceRef,
        description: 'Its PCI functions in BDF order.',
        resolve: (h, args, ctx) =>
          keysetPage(
            ctx.fleet.index.devices({ hostName: h.name }),
            args,
            deviceCursor(ctx.fleet),
            (key) => ctx.fleet.index.device(key)!,
          ),
      },
      DeviceConnectionRef,
    ),
    device: t.field({
      type: DeviceRef,
      nullable: true,
      description: 'One device by BDF (0000:6a:01.0).',
      args: { bdf: t.arg.string({ required: true, description: 'Domain:bus:device.function.' }) },
      resolve: (h, { bdf }) => h.device(bdf.toLowerCase()) ?? null,
    }),
  }),
});

// IOMMU groups across the fleet (the lsiommu view), and the connection siblings of the inventory lists
// that can grow: Host.iommuGroupsConnection, IommuGroup.devicesConnection, Iommu.devicesConnection.

import { deviceCursor, groupCursor } from '../../adapters/cursors.ts';
import { hostOfIommu } from '../../adapters/node-keys.ts';
import type { PciDevice } from '../../hw-model/host/device.ts';
import type { Fleet } from '../../hw-model/host/fleet.ts';
import { sortedKeys } from '../../hw-model/query/key-streams.ts';
import { builder } from '../builder.ts';
import { totalCountField } from '../connections.ts';
import { keysetPage, nodesField } from '../keyset.ts';
import { DeviceRef, HostRef, IommuGroupRef, IommuRef } from '../refs.ts';
import { DeviceConnectionRef } from './device.ts';

const IommuGroupFilter = builder.inputType('IommuGroupFilter', {
  description: 'Which IOMMU groups to list.',
  fields: (t) => ({
    hostName: t.string({ description: 'Only groups of this host.' }),
    minDevices: t.int({
      description: 'Groups with at least this many devices (2: devices that cannot be assigned apart).',
    }),
  }),
});

const IommuGroupConnectionRef = builder.connectionObject(
  {
    type: IommuGroupRef,
    name: 'IommuGroupConnection',
    fields: (t) => ({ ...totalCountField(t), ...nodesField(IommuGroupRef)(t) }),
  },
  { name: 'IommuGroupEdge' },
);

builder.queryField('iommuGroups', (t) =>
  t.connection(
    {
      type: IommuGroupRef,
      description:
        'IOMMU groups across every host, filtered, in host order then group number: the lsiommu view of the fleet.',
      args: { filter: t.arg({ type: IommuGroupFilter, description: 'Which groups.' }) },
      resolve: (_root, args, ctx) =>
        keysetPage(
          ctx.fleet.index.groups(args.filter ?? {}),
          args,
          groupCursor(ctx.fleet),
          (key) => ctx.fleet.index.group(key)!,
        ),
    },
    IommuGroupConnectionRef,
  ),
);

builder.objectField(HostRef, 'iommuGroupsConnection', (t) =>
  t.connection(
    {
      type: IommuGroupRef,
      description:
        'Its IOMMU groups in number order, as a connection (iommuGroups is the same as a plain list).',
      resolve: (h, args, ctx) =>
        keysetPage(
          ctx.fleet.index.groups({ hostName: h.name }),
          args,
          groupCursor(ctx.fleet),
          (key) => ctx.fleet.index.group(key)!,
        ),
    },
    IommuGroupConnectionRef,
  ),
);

/** A page of a few devices of one host (a group's, an IOMMU's): their keys are sorted per request. */
function devicePage(fleet: Fleet, devices: readonly PciDevice[], args: Parameters<typeof keysetPage>[1]) {
  const keys = devices.map((d) => fleet.index.deviceKey(d)).sort((a, b) => a - b);
  return keysetPage(sortedKeys(keys), args, deviceCursor(fleet), (key) => fleet.index.device(key)!);
}

builder.objectField(IommuGroupRef, 'devicesConnection', (t) =>
  t.connection(
    {
      type: DeviceRef,
      description: 'Its member devices in BDF order, as a connection (devices is the same as a plain list).',
      resolve: (g, args, ctx) => devicePage(ctx.fleet, g.devices, args),
    },
    DeviceConnectionRef,
  ),
);

builder.objectField(IommuRef, 'devicesConnection', (t) =>
  t.connection(
    {
      type: DeviceRef,
      description:
        'Devices it translates for in BDF order, as a connection (devices is the same as a plain list).',
      resolve: (i, args, ctx) => devicePage(ctx.fleet, hostOfIommu(i).devicesBehind(i), args),
    },
    DeviceConnectionRef,
  ),
);

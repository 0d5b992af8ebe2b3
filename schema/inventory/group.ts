// IOMMU groups and their reserved regions.

import { findGroup, groupKey } from '../../adapters/node-keys.ts';
import { IommuGroup } from '../../hw-model/host/iommu-group.ts';
import { builder } from '../builder.ts';
import { DeviceRef, HostRef, IommuGroupRef } from '../refs.ts';

const ReservedRegionTypeEnum = builder.enumType('ReservedRegionType', {
  description: 'Kinds of reserved regions, as iommu_get_resv_regions reports them.',
  values: {
    DIRECT: { description: 'Identity-mapped for the device (e.g. an RMRR).' },
    DIRECT_RELAXABLE: { description: 'Identity-mapped, but may be relaxed when the device is assigned.' },
    RESERVED: { description: 'Must not be mapped.' },
    MSI: { description: 'Hardware MSI window (x86 0xfee00000-0xfeefffff).' },
    SW_MSI: { description: 'Software-managed MSI window (SMMUv3).' },
  } as const,
});

const ReservedRegionRef = builder.simpleObject('ReservedRegion', {
  description: 'One line of sysfs iommu_group/reserved_regions.',
  fields: (t) => ({
    start: t.field({ type: 'UInt64', description: 'First address.' }),
    last: t.field({ type: 'UInt64', description: 'Last address (inclusive).' }),
    type: t.field({ type: ReservedRegionTypeEnum, description: 'What the region is for.' }),
  }),
});

builder.node(IommuGroupRef, {
  description: 'An IOMMU group: the unit of isolation; its devices share one attachment.',
  id: { resolve: (group) => groupKey(group) },
  loadOne: (key, ctx) => findGroup(ctx.fleet, key),
  isTypeOf: (value) => value instanceof IommuGroup,
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The group number (/sys/kernel/iommu_groups/N).' }),
    host: t.field({ type: HostRef, description: 'The host it belongs to.', resolve: (g) => g.host }),
    type: t.exposeString('type', {
      description: 'DMA, DMA-FQ, identity, blocked, unmanaged (sysfs iommu_group/type).',
    }),
    devices: t.field({ type: [DeviceRef], description: 'Its member devices.', resolve: (g) => g.devices }),
    reservedRegions: t.field({
      type: [ReservedRegionRef],
      description: 'Reserved IOVA regions of its devices.',
      resolve: (g) => g.reservedRegions,
    }),
  }),
});

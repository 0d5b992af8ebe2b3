// Inventory fields that look into iommufd: a host's open contexts, a device's binding.
import { type BoundDevice, contextsOf } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { BoundDeviceRef, ContextRef, DeviceRef, HostRef } from '../refs.ts';

builder.objectField(HostRef, 'contexts', (t) =>
  t.field({
    type: [ContextRef],
    description: 'Open iommufd contexts on this host.',
    resolve: (h) => contextsOf(h),
  }),
);

builder.objectField(DeviceRef, 'binding', (t) =>
  t.field({
    type: BoundDeviceRef,
    nullable: true,
    description:
      'The iommufd context this device is bound to, if any (a device has one DMA owner at a time).',
    resolve: (d) => d.binding as BoundDevice | null,
  }),
);

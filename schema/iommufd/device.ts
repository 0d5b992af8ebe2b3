import { deviceById } from '../../adapters/ids.ts';
import { contextById, objectIdIn, objectOf, objectRefById } from '../../adapters/iommufd-keys.ts';
import { BoundDevice } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { BoundDeviceRef, DeviceRef, HwptRef } from '../refs.ts';
import { objectNode } from './context.ts';

const id = (description: string) => ({ required: true, description }) as const;

const PasidAttachmentRef = builder.simpleObject('PasidAttachment', {
  description: 'A PASID of a device attached to a page table.',
  fields: (t) => ({
    pasid: t.int({ description: 'The PASID.' }),
    hwpt: t.field({ type: HwptRef, description: 'What it is attached to.' }),
  }),
});

builder.node(BoundDeviceRef, {
  ...objectNode(BoundDevice),
  description: 'IOMMUFD_OBJ_DEVICE: a device bound to a context (VFIO_DEVICE_BIND_IOMMUFD).',
  fields: (t) => ({
    device: t.field({ type: DeviceRef, description: 'The physical device.', resolve: (b) => b.device }),
    attachedHwpt: t.field({
      type: HwptRef,
      nullable: true,
      description: "What the device's RID is attached to; null when DMA is blocked.",
      resolve: (b) => b.attachedHwpt,
    }),
    pasidAttachments: t.field({
      type: [PasidAttachmentRef],
      description: 'Its PASIDs attached to page tables, in PASID order.',
      resolve: (b) =>
        [...b.pasidAttachments.entries()].sort(([a], [z]) => a - z).map(([pasid, hwpt]) => ({ pasid, hwpt })),
    }),
  }),
});

builder.objectField(DeviceRef, 'binding', (t) =>
  t.field({
    type: BoundDeviceRef,
    nullable: true,
    description:
      'The iommufd context this device is bound to, if any (a device has one DMA owner at a time).',
    resolve: (d) => d.binding as BoundDevice | null,
  }),
);

const DeviceBindInput = builder.inputType('DeviceBindInput', {
  description: 'VFIO_DEVICE_BIND_IOMMUFD.',
  fields: (t) => ({
    contextId: t.id(id('The context.')),
    deviceId: t.id(id("A physical Device of the context's host.")),
  }),
});
const DeviceBindPayload = payloadType('DeviceBindPayload', 'Result of deviceBind.', (t) => ({
  boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
}));
const DeviceUnbindInput = builder.inputType('DeviceUnbindInput', {
  description: 'Close the VFIO device.',
  fields: (t) => ({ boundDeviceId: t.id(id('The DEVICE object.')) }),
});
const DeviceUnbindPayload = payloadType('DeviceUnbindPayload', 'Result of deviceUnbind.', (t) => ({
  device: t.field({ type: DeviceRef, nullable: true, description: 'The physical device, now unowned.' }),
}));
const DeviceAttachInput = builder.inputType('DeviceAttachInput', {
  description: 'VFIO_DEVICE_ATTACH_IOMMUFD_PT.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object.')),
    ptId: t.id(id('An IOAS, HWPT_PAGING or HWPT_NESTED of the same context.')),
    pasid: t.int({ description: 'Attach this PASID instead of the RID.' }),
  }),
});
const DeviceAttachPayload = payloadType(
  'DeviceAttachPayload',
  'Result of deviceAttach and deviceReplace.',
  (t) => ({
    hwpt: t.field({
      type: HwptRef,
      nullable: true,
      description: 'The HWPT actually attached (the auto domain when ptId is an IOAS).',
    }),
    boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
  }),
);
const DeviceDetachInput = builder.inputType('DeviceDetachInput', {
  description: 'VFIO_DEVICE_DETACH_IOMMUFD_PT.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object.')),
    pasid: t.int({ description: 'Detach this PASID instead of the RID.' }),
  }),
});
const DeviceDetachPayload = payloadType('DeviceDetachPayload', 'Result of deviceDetach.', (t) => ({
  boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
}));

defineMutation('deviceBind', {
  description: 'VFIO_DEVICE_BIND_IOMMUFD.',
  input: DeviceBindInput,
  payload: DeviceBindPayload,
  resolve: (input, ctx) => {
    const ictx = contextById(ctx.fleet, input.contextId, 'contextId');
    return { boundDevice: ictx.deviceBind(deviceById(ctx.fleet, input.deviceId)) };
  },
});

defineMutation('deviceUnbind', {
  description:
    'Closing the VFIO device: detach everything, destroy its vDEVICE (its ID stays a tombstone), destroy the DEVICE object.',
  input: DeviceUnbindInput,
  payload: DeviceUnbindPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
    return { device: ictx.deviceUnbind(objectId) };
  },
});

defineMutation('deviceAttach', {
  description: 'Attach the RID (or a PASID) to an IOAS (auto domain) or HWPT. EBUSY when already attached.',
  input: DeviceAttachInput,
  payload: DeviceAttachPayload,
  resolve: (input, ctx) => changeAttachment(ctx.fleet, input, 'attach'),
});

defineMutation('deviceReplace', {
  description: 'Replace an existing attachment, atomically; EINVAL when there is none.',
  input: DeviceAttachInput,
  payload: DeviceAttachPayload,
  resolve: (input, ctx) => changeAttachment(ctx.fleet, input, 'replace'),
});

defineMutation('deviceDetach', {
  description: 'Detach the RID (or a PASID); a no-op when not attached.',
  input: DeviceDetachInput,
  payload: DeviceDetachPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
    ictx.deviceDetach(objectId, input.pasid ?? undefined);
    return { boundDevice: objectOf(ictx, objectId, BoundDevice) };
  },
});

function changeAttachment(
  fleet: import('../../hw-model/host/fleet.ts').Fleet,
  input: { boundDeviceId: string; ptId: string; pasid?: number | null },
  how: 'attach' | 'replace',
) {
  const { ictx, objectId } = objectRefById(fleet, input.boundDeviceId, 'boundDeviceId');
  const ptId = objectIdIn(fleet, ictx, input.ptId, 'ptId');
  const pasid = input.pasid ?? undefined;
  const hwpt =
    how === 'attach' ? ictx.deviceAttach(objectId, ptId, pasid) : ictx.deviceReplace(objectId, ptId, pasid);
  return { hwpt, boundDevice: objectOf(ictx, objectId, BoundDevice) };
}

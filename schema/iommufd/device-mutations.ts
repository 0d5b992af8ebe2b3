// Context and device mutations: open/close, bind/unbind, attach/replace/detach, IOMMU_DESTROY.
import { BoundDevice, openContext } from '../../hw-model/iommufd/index.ts';
import { deviceById, hostById } from '../../resolvers/ids.ts';
import { contextById, objectIdIn, objectOf, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { userErrorsField } from '../common.ts';
import { BoundDeviceRef, ContextRef, DeviceRef, HwptRef } from '../refs.ts';

const id = (description: string) => ({ required: true, description }) as const;

// --- contexts -------------------------------------------------------------------------------------------

const ContextOpenInput = builder.inputType('ContextOpenInput', {
  description: 'Open /dev/iommu on a host.',
  fields: (t) => ({
    hostId: t.id(id('The host.')),
    memlockLimit: t.field({
      type: 'UInt64',
      description: 'RLIMIT_MEMLOCK in bytes for this context (default 64 GiB).',
    }),
  }),
});
const ContextOpenPayload = builder.simpleObject('ContextOpenPayload', {
  description: 'Result of contextOpen.',
  fields: (t) => ({
    context: t.field({ type: ContextRef, nullable: true, description: 'The new context.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const ContextCloseInput = builder.inputType('ContextCloseInput', {
  description: 'Close an iommufd.',
  fields: (t) => ({ contextId: t.id(id('The context.')) }),
});
const ContextClosePayload = builder.simpleObject('ContextClosePayload', {
  description: 'Result of contextClose.',
  fields: (t) => ({
    destroyed: t.int({ nullable: true, description: 'Objects destroyed.' }),
    userErrors: t.field(userErrorsField),
  }),
});

// --- devices --------------------------------------------------------------------------------------------

const DeviceBindInput = builder.inputType('DeviceBindInput', {
  description: 'VFIO_DEVICE_BIND_IOMMUFD.',
  fields: (t) => ({
    contextId: t.id(id('The context.')),
    deviceId: t.id(id("A physical Device of the context's host.")),
  }),
});
const DeviceBindPayload = builder.simpleObject('DeviceBindPayload', {
  description: 'Result of deviceBind.',
  fields: (t) => ({
    boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const DeviceUnbindInput = builder.inputType('DeviceUnbindInput', {
  description: 'Close the VFIO device.',
  fields: (t) => ({ boundDeviceId: t.id(id('The DEVICE object.')) }),
});
const DeviceUnbindPayload = builder.simpleObject('DeviceUnbindPayload', {
  description: 'Result of deviceUnbind.',
  fields: (t) => ({
    device: t.field({ type: DeviceRef, nullable: true, description: 'The physical device, now unowned.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const DeviceAttachInput = builder.inputType('DeviceAttachInput', {
  description: 'VFIO_DEVICE_ATTACH_IOMMUFD_PT.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object.')),
    ptId: t.id(id('An IOAS, HWPT_PAGING or HWPT_NESTED of the same context.')),
    pasid: t.int({ description: 'Attach this PASID instead of the RID.' }),
  }),
});
const DeviceAttachPayload = builder.simpleObject('DeviceAttachPayload', {
  description: 'Result of deviceAttach and deviceReplace.',
  fields: (t) => ({
    hwpt: t.field({
      type: HwptRef,
      nullable: true,
      description: 'The HWPT actually attached (the auto domain when ptId is an IOAS).',
    }),
    boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const DeviceDetachInput = builder.inputType('DeviceDetachInput', {
  description: 'VFIO_DEVICE_DETACH_IOMMUFD_PT.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object.')),
    pasid: t.int({ description: 'Detach this PASID instead of the RID.' }),
  }),
});
const DeviceDetachPayload = builder.simpleObject('DeviceDetachPayload', {
  description: 'Result of deviceDetach.',
  fields: (t) => ({
    boundDevice: t.field({ type: BoundDeviceRef, nullable: true, description: 'The DEVICE object.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const ObjectDestroyInput = builder.inputType('ObjectDestroyInput', {
  description: 'IOMMU_DESTROY.',
  fields: (t) => ({ id: t.id(id('Any iommufd object.')) }),
});
const ObjectDestroyPayload = builder.simpleObject('ObjectDestroyPayload', {
  description: 'Result of objectDestroy.',
  fields: (t) => ({
    destroyedId: t.id({ nullable: true, description: 'The ID of the object destroyed.' }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationFields((t) => ({
  contextOpen: t.field({
    type: ContextOpenPayload,
    description: 'Open an iommufd (/dev/iommu) on a host.',
    args: { input: t.arg({ type: ContextOpenInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => ({
        context: openContext(hostById(ctx.fleet, input.hostId), {
          memlockLimit: input.memlockLimit ?? undefined,
        }),
      })),
  }),
  contextClose: t.field({
    type: ContextClosePayload,
    description: 'Close the context: destroy every object in it, leaf first, and unbind its devices.',
    args: { input: t.arg({ type: ContextCloseInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => ({ destroyed: contextById(ctx.fleet, input.contextId, 'contextId').close() })),
  }),
  deviceBind: t.field({
    type: DeviceBindPayload,
    description: 'VFIO_DEVICE_BIND_IOMMUFD.',
    args: { input: t.arg({ type: DeviceBindInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const ictx = contextById(ctx.fleet, input.contextId, 'contextId');
        return { boundDevice: ictx.deviceBind(deviceById(ctx.fleet, input.deviceId)) };
      }),
  }),
  deviceUnbind: t.field({
    type: DeviceUnbindPayload,
    description:
      'Closing the VFIO device: detach everything, destroy its vDEVICE (its ID stays a tombstone), destroy the DEVICE object.',
    args: { input: t.arg({ type: DeviceUnbindInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        return { device: ictx.deviceUnbind(objectId) };
      }),
  }),
  deviceAttach: t.field({
    type: DeviceAttachPayload,
    description: 'Attach the RID (or a PASID) to an IOAS (auto domain) or HWPT. EBUSY when already attached.',
    args: { input: t.arg({ type: DeviceAttachInput, required: true }) },
    resolve: (_r, { input }, ctx) => payload(() => changeAttachment(ctx.fleet, input, 'attach')),
  }),
  deviceReplace: t.field({
    type: DeviceAttachPayload,
    description: 'Replace an existing attachment, atomically; EINVAL when there is none.',
    args: { input: t.arg({ type: DeviceAttachInput, required: true }) },
    resolve: (_r, { input }, ctx) => payload(() => changeAttachment(ctx.fleet, input, 'replace')),
  }),
  deviceDetach: t.field({
    type: DeviceDetachPayload,
    description: 'Detach the RID (or a PASID); a no-op when not attached.',
    args: { input: t.arg({ type: DeviceDetachInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        ictx.deviceDetach(objectId, input.pasid ?? undefined);
        return { boundDevice: objectOf(ictx, objectId, BoundDevice) };
      }),
  }),
  objectDestroy: t.field({
    type: ObjectDestroyPayload,
    description: 'IOMMU_DESTROY of any object by its ID.',
    args: { input: t.arg({ type: ObjectDestroyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.id, 'id');
        ictx.destroy(objectId);
        return { destroyedId: input.id };
      }),
  }),
}));

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

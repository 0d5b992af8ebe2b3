// iommufd mutations, one per ioctl: decode IDs, call the context, wrap the result.

import { BoundDevice, Ioas, openContext } from '../../hw-model/iommufd/index.ts';
import { deviceById, hostById } from '../../resolvers/ids.ts';
import { contextById, objectIdIn, objectOf, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { hwptData } from '../../resolvers/nested-input.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { IovaRangeInput, userErrorsField } from '../common.ts';
import { BoundDeviceRef, ContextRef, DeviceRef, HwptPagingRef, HwptRef, IoasRef } from '../refs.ts';

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
        const context = contextById(ctx.fleet, input.contextId, 'contextId');
        return { boundDevice: context.deviceBind(deviceById(ctx.fleet, input.deviceId)) };
      }),
  }),
  deviceUnbind: t.field({
    type: DeviceUnbindPayload,
    description:
      'Closing the VFIO device: detach everything, destroy its vDEVICE (its ID stays a tombstone), destroy the DEVICE object.',
    args: { input: t.arg({ type: DeviceUnbindInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        return { device: context.deviceUnbind(objectId) };
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
        const { context, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        context.deviceDetach(objectId, input.pasid ?? undefined);
        return { boundDevice: objectOf(context, objectId, BoundDevice) };
      }),
  }),
  objectDestroy: t.field({
    type: ObjectDestroyPayload,
    description: 'IOMMU_DESTROY of any object by its ID.',
    args: { input: t.arg({ type: ObjectDestroyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.id, 'id');
        context.destroy(objectId);
        return { destroyedId: input.id };
      }),
  }),
}));

function changeAttachment(
  fleet: import('../../hw-model/host/fleet.ts').Fleet,
  input: { boundDeviceId: string; ptId: string; pasid?: number | null },
  how: 'attach' | 'replace',
) {
  const { context, objectId } = objectRefById(fleet, input.boundDeviceId, 'boundDeviceId');
  const ptId = objectIdIn(fleet, context, input.ptId, 'ptId');
  const pasid = input.pasid ?? undefined;
  const hwpt =
    how === 'attach'
      ? context.deviceAttach(objectId, ptId, pasid)
      : context.deviceReplace(objectId, ptId, pasid);
  return { hwpt, boundDevice: objectOf(context, objectId, BoundDevice) };
}

// --- IOAS -----------------------------------------------------------------------------------------------

const IoasAllocInput = builder.inputType('IoasAllocInput', {
  description: 'IOMMU_IOAS_ALLOC.',
  fields: (t) => ({ contextId: t.id(id('The context.')) }),
});
const IoasPayload = (name: string, description: string) =>
  builder.simpleObject(name, {
    description,
    fields: (t) => ({
      ioas: t.field({ type: IoasRef, nullable: true, description: 'The IOAS.' }),
      userErrors: t.field(userErrorsField),
    }),
  });
const IoasAllocPayload = IoasPayload('IoasAllocPayload', 'Result of ioasAlloc.');
const IoasMapInput = builder.inputType('IoasMapInput', {
  description: 'IOMMU_IOAS_MAP.',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    iova: t.field({
      type: 'UInt64',
      description: 'Fixed IOVA (IOMMU_IOAS_MAP_FIXED_IOVA); omit to let the IOAS choose one.',
    }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
    userVa: t.field({
      type: 'UInt64',
      required: true,
      description: 'The process address the pages come from.',
    }),
    readable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_READABLE.' }),
    writable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_WRITEABLE.' }),
  }),
});
const IoasMapPayload = builder.simpleObject('IoasMapPayload', {
  description: 'Result of ioasMap.',
  fields: (t) => ({
    iova: t.field({ type: 'UInt64', nullable: true, description: 'Where it was mapped.' }),
    ioas: t.field({ type: IoasRef, nullable: true, description: 'The IOAS.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const IoasCopyInput = builder.inputType('IoasCopyInput', {
  description: 'IOMMU_IOAS_COPY.',
  fields: (t) => ({
    srcIoasId: t.id(id('The source IOAS.')),
    dstIoasId: t.id(id('The destination IOAS (may be the source).')),
    srcIova: t.field({ type: 'UInt64', required: true, description: 'Start of the source range.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
    dstIova: t.field({
      type: 'UInt64',
      description: 'Fixed destination IOVA; omit to let the destination IOAS choose one.',
    }),
    readable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_READABLE.' }),
    writable: t.boolean({ defaultValue: true, description: 'IOMMU_IOAS_MAP_WRITEABLE.' }),
  }),
});
const IoasCopyPayload = builder.simpleObject('IoasCopyPayload', {
  description: 'Result of ioasCopy.',
  fields: (t) => ({
    dstIova: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'Where it was mapped in the destination.',
    }),
    userErrors: t.field(userErrorsField),
  }),
});
const IoasUnmapInput = builder.inputType('IoasUnmapInput', {
  description: 'IOMMU_IOAS_UNMAP.',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    iova: t.field({
      type: 'UInt64',
      required: true,
      description: 'iova 0 with length 0xffffffffffffffff unmaps everything.',
    }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});
const IoasUnmapPayload = builder.simpleObject('IoasUnmapPayload', {
  description: 'Result of ioasUnmap. Not atomic across areas: on an error, `unmapped` says how much went.',
  fields: (t) => ({
    unmapped: t.field({ type: 'UInt64', nullable: true, description: 'Bytes unmapped.' }),
    userErrors: t.field(userErrorsField),
  }),
});
const IoasAllowIovasInput = builder.inputType('IoasAllowIovasInput', {
  description: 'IOMMU_IOAS_ALLOW_IOVAS.',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    ranges: t.field({
      type: [IovaRangeInput],
      required: true,
      description: 'Replaces the whole list; empty clears it.',
    }),
  }),
});
const IoasAllowIovasPayload = IoasPayload('IoasAllowIovasPayload', 'Result of ioasAllowIovas.');
const IoasSetHugePagesInput = builder.inputType('IoasSetHugePagesInput', {
  description: 'IOMMU_OPTION_HUGE_PAGES (SET).',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    enabled: t.boolean({ required: true, description: 'Allow pages larger than PAGE_SIZE.' }),
  }),
});
const IoasSetHugePagesPayload = IoasPayload('IoasSetHugePagesPayload', 'Result of ioasSetHugePages.');
const IoasAddReservedInput = builder.inputType('IoasAddReservedInput', {
  description: 'IOMMU_TEST_OP_ADD_RESERVED.',
  fields: (t) => ({
    ioasId: t.id(id('The IOAS.')),
    start: t.field({ type: 'UInt64', required: true, description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});
const IoasAddReservedPayload = IoasPayload('IoasAddReservedPayload', 'Result of ioasAddReserved.');

/** The IOAS an input names, in its own context. */
function ioasRef(fleet: import('../../hw-model/host/fleet.ts').Fleet, globalId: string, field = 'ioasId') {
  return objectRefById(fleet, globalId, field);
}

builder.mutationFields((t) => ({
  ioasAlloc: t.field({
    type: IoasAllocPayload,
    description: 'IOMMU_IOAS_ALLOC.',
    args: { input: t.arg({ type: IoasAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => ({ ioas: contextById(ctx.fleet, input.contextId, 'contextId').ioasAlloc() })),
  }),
  ioasMap: t.field({
    type: IoasMapPayload,
    description: 'IOMMU_IOAS_MAP.',
    args: { input: t.arg({ type: IoasMapInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = ioasRef(ctx.fleet, input.ioasId);
        const iova = context.ioasMap(objectId, {
          iova: input.iova ?? undefined,
          length: input.length,
          userVa: input.userVa,
          readable: input.readable ?? true,
          writable: input.writable ?? true,
        });
        return { iova, ioas: objectOf(context, objectId, Ioas) };
      }),
  }),
  ioasCopy: t.field({
    type: IoasCopyPayload,
    description: 'IOMMU_IOAS_COPY.',
    args: { input: t.arg({ type: IoasCopyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const dst = ioasRef(ctx.fleet, input.dstIoasId, 'dstIoasId');
        const dstIova = dst.context.ioasCopy({
          dstIoasId: dst.objectId,
          srcIoasId: objectIdIn(ctx.fleet, dst.context, input.srcIoasId, 'srcIoasId'),
          srcIova: input.srcIova,
          length: input.length,
          dstIova: input.dstIova ?? undefined,
          readable: input.readable ?? true,
          writable: input.writable ?? true,
        });
        return { dstIova };
      }),
  }),
  ioasUnmap: t.field({
    type: IoasUnmapPayload,
    description: 'IOMMU_IOAS_UNMAP.',
    args: { input: t.arg({ type: IoasUnmapInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      let unmapped: bigint | null = null;
      const result = payload(() => {
        const { context, objectId } = ioasRef(ctx.fleet, input.ioasId);
        const outcome = context.ioasUnmap(objectId, input.iova, input.length);
        unmapped = outcome.unmapped;
        if (outcome.error) throw outcome.error;
        return {};
      });
      return { ...result, unmapped };
    },
  }),
  ioasAllowIovas: t.field({
    type: IoasAllowIovasPayload,
    description: 'IOMMU_IOAS_ALLOW_IOVAS.',
    args: { input: t.arg({ type: IoasAllowIovasInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = ioasRef(ctx.fleet, input.ioasId);
        context.ioasAllowIovas(objectId, input.ranges);
        return { ioas: objectOf(context, objectId, Ioas) };
      }),
  }),
  ioasSetHugePages: t.field({
    type: IoasSetHugePagesPayload,
    description: 'IOMMU_OPTION_HUGE_PAGES.',
    args: { input: t.arg({ type: IoasSetHugePagesInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = ioasRef(ctx.fleet, input.ioasId);
        context.ioasSetHugePages(objectId, input.enabled);
        return { ioas: objectOf(context, objectId, Ioas) };
      }),
  }),
  ioasAddReserved: t.field({
    type: IoasAddReservedPayload,
    description: 'Emulator test operation (IOMMU_TEST_OP_ADD_RESERVED): reserve an IOVA range with no owner.',
    args: { input: t.arg({ type: IoasAddReservedInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = ioasRef(ctx.fleet, input.ioasId);
        context.ioasAddReserved(objectId, input.start, input.length);
        return { ioas: objectOf(context, objectId, Ioas) };
      }),
  }),
}));

// --- HWPT -----------------------------------------------------------------------------------------------

const VtdS1Input = builder.inputType('VtdS1Input', {
  description: 'struct iommu_hwpt_vtd_s1: the guest first-stage table.',
  fields: (t) => ({
    pgtblAddr: t.field({
      type: 'UInt64',
      required: true,
      description: 'Guest physical address of the table (4 KiB aligned).',
    }),
    addrWidth: t.int({ required: true, description: 'Input address width: 48 (4-level) or 57 (5-level).' }),
    flags: t.int({ defaultValue: 0, description: 'IOMMU_VTD_S1_SRE (1), _EAFE (2), _WPE (4).' }),
  }),
});

const ArmSmmuv3SteInput = builder.inputType('ArmSmmuv3SteInput', {
  description: 'struct iommu_hwpt_arm_smmuv3: a nested STE.',
  fields: (t) => ({
    ste: t.field({ type: ['UInt64'], required: true, description: "The guest's STE words 0 and 1." }),
  }),
});

const SelftestHwptInput = builder.inputType('SelftestHwptInput', {
  description: "struct iommu_hwpt_selftest: the mock's nested data.",
  fields: (t) => ({
    iotlb: t.int({ required: true, description: 'Initial value of the 4 mock IOTLB entries.' }),
  }),
});

const HwptDataInput = builder.inputType('HwptDataInput', {
  description: 'Driver-specific nested page-table data (one member).',
  fields: (t) => ({
    vtdS1: t.field({ type: VtdS1Input, description: 'IOMMU_HWPT_DATA_VTD_S1.' }),
    armSmmuv3: t.field({ type: ArmSmmuv3SteInput, description: 'IOMMU_HWPT_DATA_ARM_SMMUV3.' }),
    selftest: t.field({ type: SelftestHwptInput, description: 'IOMMU_HWPT_DATA_SELFTEST.' }),
  }),
});

const HwptAllocInput = builder.inputType('HwptAllocInput', {
  description: 'IOMMU_HWPT_ALLOC.',
  fields: (t) => ({
    boundDeviceId: t.id(id('The DEVICE object whose IOMMU builds the page table.')),
    ptId: t.id(id('IOAS (paging HWPT), nest-parent HWPT_PAGING or vIOMMU (nested HWPT).')),
    nestParent: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_NEST_PARENT.' }),
    dirtyTracking: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_DIRTY_TRACKING.' }),
    pasid: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_ALLOC_PASID.' }),
    faultQueueId: t.id({
      description: "IOMMU_HWPT_FAULT_ID_VALID: route this HWPT's I/O page faults to this FAULT object.",
    }),
    data: t.field({
      type: HwptDataInput,
      description: 'Driver data for a nested HWPT; exactly one member for a nested allocation.',
    }),
  }),
});
const HwptAllocPayload = builder.simpleObject('HwptAllocPayload', {
  description: 'Result of hwptAlloc.',
  fields: (t) => ({
    hwpt: t.field({ type: HwptRef, nullable: true, description: 'The new HWPT.' }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationField('hwptAlloc', (t) =>
  t.field({
    type: HwptAllocPayload,
    description: 'IOMMU_HWPT_ALLOC.',
    args: { input: t.arg({ type: HwptAllocInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { context, objectId } = objectRefById(ctx.fleet, input.boundDeviceId, 'boundDeviceId');
        const hwpt = context.hwptAlloc({
          devId: objectId,
          ptId: objectIdIn(ctx.fleet, context, input.ptId, 'ptId'),
          nestParent: input.nestParent ?? false,
          dirtyTracking: input.dirtyTracking ?? false,
          pasid: input.pasid ?? false,
          faultId:
            input.faultQueueId == null
              ? undefined
              : objectIdIn(ctx.fleet, context, input.faultQueueId, 'faultQueueId'),
          data: hwptData(input.data),
        });
        return { hwpt };
      }),
  }),
);

export { HwptPagingRef };

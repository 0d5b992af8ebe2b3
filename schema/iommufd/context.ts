// iommufd contexts and what every object in one shares: the Context node, the IommufdObject interface and
// its ObjectType, the Host.contexts link; contextOpen, contextClose and objectDestroy (IOMMU_DESTROY).

import { hostById } from '../../adapters/ids.ts';
import {
  contextById,
  contextKey,
  findContext,
  findObject,
  objectKey,
  objectRefById,
} from '../../adapters/iommufd-keys.ts';
import { Context, contextsOf, type IommufdObject, openContext } from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ContextRef, HostRef, IommufdObjectRef } from '../refs.ts';

const id = (description: string) => ({ required: true, description }) as const;

export const ObjectTypeEnum = builder.enumType('ObjectType', {
  description: 'enum iommufd_object_type, as far as userspace sees it.',
  values: {
    DEVICE: { description: 'A bound device (IOMMUFD_OBJ_DEVICE).' },
    IOAS: { description: 'An I/O address space.' },
    HWPT_PAGING: { description: 'A kernel-managed I/O page table.' },
    HWPT_NESTED: { description: 'A user-managed stage-1 page table nested on a paging parent.' },
    FAULT: { description: 'An I/O page fault queue.' },
    VIOMMU: { description: 'A slice of a physical IOMMU given to a VM.' },
    VDEVICE: { description: "A device's identity behind a vIOMMU." },
    VEVENTQ: { description: 'A vIOMMU event queue.' },
    HW_QUEUE: { description: 'A guest queue the hardware reads from pinned guest memory.' },
    ACCESS: { description: 'An in-kernel user of an IOAS (an mdev driver; the selftest mock creates them).' },
  } as const,
});

builder.node(ContextRef, {
  description: 'One open iommufd: the namespace of object IDs, destroyed leaf-first when closed.',
  id: { resolve: (ctx) => contextKey(ctx) },
  loadOne: (key, ctx) => findContext(ctx.fleet, key),
  isTypeOf: (value) => value instanceof Context,
  fields: (t) => ({
    host: t.field({ type: HostRef, description: 'The host it was opened on.', resolve: (c) => c.host }),
    objects: t.field({
      type: [IommufdObjectRef],
      description: 'Every live object, in object-ID order.',
      resolve: (c) => c.objects(),
    }),
    object: t.field({
      type: IommufdObjectRef,
      nullable: true,
      description: 'One object by its ID inside this context.',
      args: { objectId: t.arg.int({ required: true, description: 'The object ID.' }) },
      resolve: (c, { objectId }) => c.object(objectId) ?? null,
    }),
    pinnedPages: t.field({
      type: 'UInt64',
      description: 'Pages this context has pinned (counted against its memlock limit).',
      resolve: (c) => c.pinnedPages,
    }),
    memlockLimit: t.field({
      type: 'UInt64',
      description: 'Bytes it may pin (RLIMIT_MEMLOCK); more is ENOMEM.',
      resolve: (c) => c.memlockLimit,
    }),
  }),
});

IommufdObjectRef.implement({
  description: 'Anything with an ID in an iommufd context.',
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    objectId: t.int({
      description: "The object's ID inside its context (1..2^31-1), as the kernel's xarray gives it.",
      resolve: (o) => o.id,
    }),
    type: t.field({ type: ObjectTypeEnum, description: 'Its iommufd object type.', resolve: (o) => o.type }),
    context: t.field({
      type: ContextRef,
      description: 'The context it lives in.',
      resolve: (o) => o.context,
    }),
  }),
});

/** Node settings every iommufd object type shares. */
export function objectNode<T extends IommufdObject>(cls: abstract new (...args: never[]) => T) {
  return {
    interfaces: [IommufdObjectRef],
    id: { resolve: (obj: T) => objectKey(obj) },
    loadOne: (key: string, ctx: { fleet: import('../../hw-model/host/fleet.ts').Fleet }) => {
      const found = findObject(ctx.fleet, key);
      return found instanceof cls ? found : null;
    },
    isTypeOf: (value: unknown) => value instanceof cls,
  };
}

builder.objectField(HostRef, 'contexts', (t) =>
  t.field({
    type: [ContextRef],
    description: 'Open iommufd contexts on this host.',
    resolve: (h) => contextsOf(h),
  }),
);

const ContextOpenInput = builder.inputType('ContextOpenInput', {
  description: 'Open /dev/iommu on a host.',
  fields: (t) => ({
    hostId: t.id(id('The host.')),
    memlockLimit: t.field({
      type: 'UInt64',
      description: 'RLIMIT_MEMLOCK in bytes for this context (default 64 GiB).',
    }),
    capSysResource: t.boolean({
      description:
        'Whether the opening process has CAP_SYS_RESOURCE (default true, as the selftest runs as root).',
    }),
  }),
});
const ContextOpenPayload = payloadType('ContextOpenPayload', 'Result of contextOpen.', (t) => ({
  context: t.field({ type: ContextRef, nullable: true, description: 'The new context.' }),
}));
const ContextCloseInput = builder.inputType('ContextCloseInput', {
  description: 'Close an iommufd.',
  fields: (t) => ({ contextId: t.id(id('The context.')) }),
});
const ContextClosePayload = payloadType('ContextClosePayload', 'Result of contextClose.', (t) => ({
  destroyed: t.int({ nullable: true, description: 'Objects destroyed.' }),
}));

const ObjectDestroyInput = builder.inputType('ObjectDestroyInput', {
  description: 'IOMMU_DESTROY.',
  fields: (t) => ({ id: t.id(id('Any iommufd object.')) }),
});
const ObjectDestroyPayload = payloadType('ObjectDestroyPayload', 'Result of objectDestroy.', (t) => ({
  destroyedId: t.id({ nullable: true, description: 'The ID of the object destroyed.' }),
}));

defineMutation('contextOpen', {
  description: 'Open an iommufd (/dev/iommu) on a host.',
  input: ContextOpenInput,
  payload: ContextOpenPayload,
  resolve: (input, ctx) => ({
    context: openContext(hostById(ctx.fleet, input.hostId), {
      memlockLimit: input.memlockLimit ?? undefined,
      capSysResource: input.capSysResource ?? undefined,
    }),
  }),
});

defineMutation('contextClose', {
  description: 'Close the context: destroy every object in it, leaf first, and unbind its devices.',
  input: ContextCloseInput,
  payload: ContextClosePayload,
  resolve: (input, ctx) => ({ destroyed: contextById(ctx.fleet, input.contextId, 'contextId').close() }),
});

defineMutation('objectDestroy', {
  description: 'IOMMU_DESTROY of any object by its ID.',
  input: ObjectDestroyInput,
  payload: ObjectDestroyPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.id, 'id');
    ictx.destroy(objectId);
    return { destroyedId: input.id };
  },
});

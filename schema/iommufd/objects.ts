// iommufd contexts and their objects: DEVICE, IOAS, HWPT_PAGING (nested, fault and vIOMMU objects join later).
import { BoundDevice, Context, HwptPaging, Ioas, type IommufdObject } from '../../hw-model/iommufd/index.ts';
import { contextKey, findContext, findObject, objectKey } from '../../resolvers/iommufd-keys.ts';
import { mappingsPage } from '../../resolvers/mappings.ts';
import { builder } from '../builder.ts';
import { IovaRangeRef } from '../common.ts';
import {
  BoundDeviceRef,
  ContextRef,
  DeviceRef,
  HostRef,
  HwptPagingRef,
  HwptRef,
  IoasRef,
  IommufdObjectRef,
  IommuRef,
} from '../refs.ts';

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

HwptRef.implement({
  description: 'An I/O page table a device can attach to: paging (kernel-managed) or nested (user stage 1).',
  interfaces: [builder.nodeInterfaceRef(), IommufdObjectRef],
  fields: (t) => ({
    attachedDevices: t.field({
      type: [BoundDeviceRef],
      description: 'Devices attached to it (RID or PASID).',
      resolve: (h) => h.attachedDevices,
    }),
    pasidCompatible: t.boolean({
      description: 'Allocated with IOMMU_HWPT_ALLOC_PASID.',
      resolve: (h) => h.pasidCompatible,
    }),
  }),
});

const PasidAttachmentRef = builder.simpleObject('PasidAttachment', {
  description: 'A PASID of a device attached to a page table.',
  fields: (t) => ({
    pasid: t.int({ description: 'The PASID.' }),
    hwpt: t.field({ type: HwptRef, description: 'What it is attached to.' }),
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

const IoasMappingRef = builder.simpleObject('IoasMapping', {
  description: 'One area: what one IOAS_MAP or IOAS_COPY created. Unmap must cover whole areas.',
  fields: (t) => ({
    iova: t.field({ type: 'UInt64', description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', description: 'Bytes.' }),
    readable: t.boolean({ description: 'IOMMU_IOAS_MAP_READABLE.' }),
    writable: t.boolean({ description: 'IOMMU_IOAS_MAP_WRITEABLE.' }),
    userVa: t.field({ type: 'UInt64', description: 'The process address the pages come from.' }),
  }),
});

const IoasMappingConnectionRef = builder.connectionObject(
  {
    type: IoasMappingRef,
    name: 'IoasMappingConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'Areas in the whole IOAS.',
        resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'IoasMappingEdge' },
);

builder.node(IoasRef, {
  ...objectNode(Ioas),
  description: 'An I/O address space: the mappings devices attached to it see.',
  fields: (t) => ({
    mappings: t.connection(
      {
        type: IoasMappingRef,
        description: 'Its areas in IOVA order.',
        resolve: (ioas, args) => mappingsPage(ioas, args),
      },
      IoasMappingConnectionRef,
    ),
    iovaRanges: t.field({
      type: [IovaRangeRef],
      description:
        'IOMMU_IOAS_IOVA_RANGES: the holes of the reserved ranges, whatever the allowed list says.',
      resolve: (ioas) => ioas.context.ioasIovaRanges(ioas.id).ranges,
    }),
    iovaAlignment: t.field({
      type: 'UInt64',
      description: 'out_iova_alignment: MAP and COPY addresses and lengths must be multiples of it.',
      resolve: (ioas) => ioas.iovaAlignment,
    }),
    allowedIovas: t.field({
      type: [IovaRangeRef],
      description: 'IOMMU_IOAS_ALLOW_IOVAS list (empty: everything not reserved).',
      resolve: (ioas) => ioas.allowedIovas,
    }),
    reservedRanges: t.field({
      type: [IovaRangeRef],
      description: 'Reserved ranges (apertures, device regions, test reservations), merged.',
      resolve: (ioas) => ioas.reservedRanges,
    }),
    hugePages: t.boolean({ description: 'IOMMU_OPTION_HUGE_PAGES.', resolve: (ioas) => ioas.hugePages }),
    hwpts: t.field({
      type: [HwptPagingRef],
      description: 'Paging HWPTs mirroring it.',
      resolve: (ioas) => ioas.hwpts,
    }),
  }),
});

builder.node(HwptPagingRef, {
  ...objectNode(HwptPaging),
  interfaces: [IommufdObjectRef, HwptRef],
  description: 'IOMMUFD_OBJ_HWPT_PAGING: a kernel-managed I/O page table mirroring one IOAS.',
  fields: (t) => ({
    ioas: t.field({ type: IoasRef, description: 'The IOAS it mirrors.', resolve: (h) => h.ioas }),
    iommu: t.field({
      type: IommuRef,
      description: 'The IOMMU whose format it uses.',
      resolve: (h) => h.iommu,
    }),
    autoDomain: t.boolean({
      description: 'Created implicitly by attaching a device to an IOAS; destroyed with its last attachment.',
      resolve: (h) => h.autoDomain,
    }),
    nestParent: t.boolean({ description: 'IOMMU_HWPT_ALLOC_NEST_PARENT.', resolve: (h) => h.nestParent }),
    dirtyTrackingSupported: t.boolean({
      description: 'Allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING.',
      resolve: (h) => h.dirtyTrackingSupported,
    }),
    dirtyTrackingEnabled: t.boolean({
      description: 'Dirty tracking is on.',
      resolve: (h) => h.dirtyTrackingEnabled,
    }),
  }),
});

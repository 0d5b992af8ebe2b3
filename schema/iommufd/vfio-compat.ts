// VFIO type1 container ioctls on an iommufd context (vfio_compat.c): one mutation per ioctl, named after
// it, with the legacy ABI's integer arguments (extension and IOMMU types, flag bits, argsz) so a legacy
// VMM's calls, bad values included, map one to one. Context.vfioIoas and Context.vfioApiVersion read state.
import { contextById, objectIdIn } from '../../adapters/iommufd-keys.ts';
import { PartialResult } from '../../adapters/payload.ts';
import {
  compatIoasOf,
  VFIO_API_VERSION,
  type VfioInfoCap,
  vfioCheckExtension,
  vfioIoas,
  vfioIommuGetInfo,
  vfioIommuMapDma,
  vfioIommuUnmapDma,
  vfioSetIommu,
} from '../../hw-model/iommufd/index.ts';
import { builder } from '../builder.ts';
import { IovaRangeRef } from '../common.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { ContextRef, IoasRef } from '../refs.ts';

const id = (description: string) => ({ required: true, description }) as const;

builder.objectFields(ContextRef, (t) => ({
  vfioIoas: t.field({
    type: IoasRef,
    nullable: true,
    description: 'The VFIO compat IOAS (IOMMU_VFIO_IOAS GET without the ENODEV): null when none is set.',
    resolve: (c) => compatIoasOf(c),
  }),
  vfioApiVersion: t.int({
    description: 'VFIO_GET_API_VERSION on this iommufd: VFIO_API_VERSION (0).',
    resolve: () => VFIO_API_VERSION,
  }),
}));

const VfioIoasOpEnum = builder.enumType('VfioIoasOp', {
  description: 'enum iommufd_vfio_ioas_op.',
  values: {
    GET: { description: 'IOMMU_VFIO_IOAS_GET: the compat IOAS (ENODEV when none is set).' },
    SET: { description: 'IOMMU_VFIO_IOAS_SET: make ioasId the compat IOAS.' },
    CLEAR: { description: 'IOMMU_VFIO_IOAS_CLEAR: no compat IOAS.' },
  } as const,
});

const VfioInfoCapRef = builder.objectRef<VfioInfoCap>('VfioInfoCap').implement({
  description: 'One capability of the VFIO_IOMMU_GET_INFO chain (struct vfio_info_cap_header and its body).',
  fields: (t) => ({
    id: t.exposeInt('id', {
      description: 'VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE (1) or VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL (3).',
    }),
    version: t.exposeInt('version', { description: 'Header version (1).' }),
    offset: t.exposeInt('offset', { description: 'Byte offset inside the info buffer.' }),
    next: t.int({
      nullable: true,
      description: "The next capability's offset, 0 for the last; null where the kernel did not write it.",
      resolve: (cap) => cap.next,
    }),
    avail: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'DMA_AVAIL: mappings still allowed (U32_MAX: iommufd limits by memlock, not by count).',
      resolve: (cap) => cap.avail ?? null,
    }),
    iovaRanges: t.field({
      type: [IovaRangeRef],
      nullable: true,
      description: 'CAP_IOVA_RANGE: the usable IOVA ranges (the holes of the reserved ranges).',
      resolve: (cap) => cap.iovaRanges ?? null,
    }),
  }),
});

const contextIdField = (
  t: PothosSchemaTypes.InputFieldBuilder<typeof builder.$inferSchemaTypes, 'InputObject'>,
) => t.id(id('The context (the /dev/iommu fd a legacy VMM uses as its container).'));

const VfioIoasInput = builder.inputType('VfioIoasInput', {
  description: 'IOMMU_VFIO_IOAS.',
  fields: (t) => ({
    contextId: contextIdField(t),
    op: t.field({ type: VfioIoasOpEnum, required: true, description: 'GET, SET or CLEAR.' }),
    ioasId: t.id({ description: 'The IOAS, for SET.' }),
  }),
});
const VfioIoasPayload = payloadType('VfioIoasPayload', 'Result of vfioIoas.', (t) => ({
  ioas: t.field({
    type: IoasRef,
    nullable: true,
    description: 'The compat IOAS after the call (null after CLEAR).',
  }),
}));

const VfioCheckExtensionInput = builder.inputType('VfioCheckExtensionInput', {
  description: 'VFIO_CHECK_EXTENSION.',
  fields: (t) => ({
    contextId: contextIdField(t),
    extension: t.int({
      required: true,
      description: 'VFIO_TYPE1_IOMMU 1, VFIO_TYPE1v2_IOMMU 3, VFIO_DMA_CC_IOMMU 4, VFIO_UNMAP_ALL 9, ...',
    }),
  }),
});
const VfioCheckExtensionPayload = payloadType(
  'VfioCheckExtensionPayload',
  'Result of vfioCheckExtension.',
  (t) => ({
    result: t.int({ nullable: true, description: 'The ioctl return: 1 supported, 0 not.' }),
  }),
);

const VfioSetIommuInput = builder.inputType('VfioSetIommuInput', {
  description: 'VFIO_SET_IOMMU.',
  fields: (t) => ({
    contextId: contextIdField(t),
    type: t.int({
      required: true,
      description:
        'VFIO_TYPE1_IOMMU (1: unmap may split mappings, large pages off) or VFIO_TYPE1v2_IOMMU (3).',
    }),
  }),
});
const VfioSetIommuPayload = payloadType('VfioSetIommuPayload', 'Result of vfioSetIommu.', (t) => ({
  ioas: t.field({ type: IoasRef, nullable: true, description: 'The compat IOAS.' }),
}));

const VfioIommuGetInfoInput = builder.inputType('VfioIommuGetInfoInput', {
  description: 'VFIO_IOMMU_GET_INFO.',
  fields: (t) => ({
    contextId: contextIdField(t),
    argsz: t.int({
      defaultValue: 24,
      description:
        'Bytes the caller provides: 16 (pre-cap ABI) at least; 24 is the bare struct; the returned argsz holds every capability.',
    }),
  }),
});
const VfioIommuGetInfoPayload = payloadType(
  'VfioIommuGetInfoPayload',
  'Result of vfioIommuGetInfo: struct vfio_iommu_type1_info and the capabilities that fit in argsz.',
  (t) => ({
    argsz: t.int({ nullable: true, description: 'The size that holds the whole capability chain.' }),
    flags: t.int({ nullable: true, description: 'VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS (3).' }),
    iovaPgsizes: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'Page sizes every domain of the compat IOAS supports, at least PAGE_SIZE.',
    }),
    capOffset: t.int({
      nullable: true,
      description: 'Offset of the first capability; 0 when argsz was too small for them all; null below 24.',
    }),
    caps: t.field({
      type: [VfioInfoCapRef],
      nullable: true,
      description: 'The capabilities written wholly inside argsz, in chain order.',
    }),
  }),
);

const VfioIommuMapDmaInput = builder.inputType('VfioIommuMapDmaInput', {
  description: 'VFIO_IOMMU_MAP_DMA (struct vfio_iommu_type1_dma_map).',
  fields: (t) => ({
    contextId: contextIdField(t),
    argsz: t.int({ defaultValue: 32, description: 'sizeof the struct; below 32 is EINVAL.' }),
    flags: t.int({
      defaultValue: 3,
      description: 'VFIO_DMA_MAP_FLAG_READ 1 | WRITE 2; VADDR (4) and any other bit are EINVAL.',
    }),
    vaddr: t.field({
      type: 'UInt64',
      required: true,
      description: 'The process address the pages come from.',
    }),
    iova: t.field({ type: 'UInt64', required: true, description: 'Where to map (always fixed).' }),
    size: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});
const VfioIommuMapDmaPayload = payloadType('VfioIommuMapDmaPayload', 'Result of vfioIommuMapDma.', (t) => ({
  ioas: t.field({ type: IoasRef, nullable: true, description: 'The compat IOAS.' }),
}));

const VfioIommuUnmapDmaInput = builder.inputType('VfioIommuUnmapDmaInput', {
  description: 'VFIO_IOMMU_UNMAP_DMA (struct vfio_iommu_type1_dma_unmap).',
  fields: (t) => ({
    contextId: contextIdField(t),
    argsz: t.int({ defaultValue: 24, description: 'sizeof the struct; below 24 is EINVAL.' }),
    flags: t.int({
      defaultValue: 0,
      description:
        'VFIO_DMA_UNMAP_FLAG_ALL (2, with iova and size 0); GET_DIRTY_BITMAP (1), VADDR (4) are EINVAL.',
    }),
    iova: t.field({ type: 'UInt64', required: true, description: 'First IOVA.' }),
    size: t.field({ type: 'UInt64', required: true, description: 'Bytes.' }),
  }),
});
const VfioIommuUnmapDmaPayload = payloadType(
  'VfioIommuUnmapDmaPayload',
  'Result of vfioIommuUnmapDma. Not atomic: on an error, size still says how much went.',
  (t) => ({
    size: t.field({
      type: 'UInt64',
      nullable: true,
      description: 'Bytes unmapped (written back into size).',
    }),
  }),
);

defineMutation('vfioIoas', {
  description: 'IOMMU_VFIO_IOAS: get, set or clear the IOAS the VFIO compat ioctls act on.',
  input: VfioIoasInput,
  payload: VfioIoasPayload,
  resolve: (input, ctx) => {
    const ictx = contextById(ctx.fleet, input.contextId, 'contextId');
    const ioasId = input.ioasId ? objectIdIn(ctx.fleet, ictx, input.ioasId, 'ioasId') : 0;
    return { ioas: vfioIoas(ictx, input.op, ioasId) };
  },
});

defineMutation('vfioCheckExtension', {
  description: 'VFIO_CHECK_EXTENSION on the iommufd (iommufd_vfio_check_extension).',
  input: VfioCheckExtensionInput,
  payload: VfioCheckExtensionPayload,
  resolve: (input, ctx) => ({
    result: vfioCheckExtension(contextById(ctx.fleet, input.contextId, 'contextId'), input.extension),
  }),
});

defineMutation('vfioSetIommu', {
  description: 'VFIO_SET_IOMMU on the compat IOAS (iommufd_vfio_set_iommu).',
  input: VfioSetIommuInput,
  payload: VfioSetIommuPayload,
  resolve: (input, ctx) => ({
    ioas: vfioSetIommu(contextById(ctx.fleet, input.contextId, 'contextId'), input.type),
  }),
});

defineMutation('vfioIommuGetInfo', {
  description: 'VFIO_IOMMU_GET_INFO of the compat IOAS (iommufd_vfio_iommu_get_info).',
  input: VfioIommuGetInfoInput,
  payload: VfioIommuGetInfoPayload,
  resolve: (input, ctx) =>
    vfioIommuGetInfo(contextById(ctx.fleet, input.contextId, 'contextId'), input.argsz ?? 24),
});

defineMutation('vfioIommuMapDma', {
  description: 'VFIO_IOMMU_MAP_DMA into the compat IOAS (iommufd_vfio_map_dma).',
  input: VfioIommuMapDmaInput,
  payload: VfioIommuMapDmaPayload,
  resolve: (input, ctx) => ({
    ioas: vfioIommuMapDma(contextById(ctx.fleet, input.contextId, 'contextId'), {
      argsz: input.argsz ?? 32,
      flags: input.flags ?? 3,
      vaddr: input.vaddr,
      iova: input.iova,
      size: input.size,
    }),
  }),
});

defineMutation('vfioIommuUnmapDma', {
  description: 'VFIO_IOMMU_UNMAP_DMA from the compat IOAS (iommufd_vfio_unmap_dma).',
  input: VfioIommuUnmapDmaInput,
  payload: VfioIommuUnmapDmaPayload,
  resolve: (input, ctx) => {
    const { unmapped, error } = vfioIommuUnmapDma(contextById(ctx.fleet, input.contextId, 'contextId'), {
      argsz: input.argsz ?? 24,
      flags: input.flags ?? 0,
      iova: input.iova,
      size: input.size,
    });
    return new PartialResult({ size: unmapped }, error);
  },
});

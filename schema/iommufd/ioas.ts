import { contextById, objectIdIn, objectOf, objectRefById } from '../../adapters/iommufd-keys.ts';
import { mappingsPage } from '../../adapters/mappings.ts';
import { PartialResult } from '../../adapters/payload.ts';
import { Ioas } from '../../hw-model/iommufd/index.ts';
import { ioasAddReserved } from '../../hw-model/selftest/index.ts';
import { builder } from '../builder.ts';
import { IovaRangeInput, IovaRangeRef } from '../common.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { HwptPagingRef, IoasRef } from '../refs.ts';
import { objectNode } from './context.ts';

const IoasMappingRef = builder.simpleObject('IoasMapping', {
  description: 'One area: what one IOAS_MAP or IOAS_COPY created. Unmap must cover whole areas.',
  fields: (t) => ({
    iova: t.field({ type: 'UInt64', description: 'First IOVA.' }),
    length: t.field({ type: 'UInt64', description: 'Bytes.' }),
    readable: t.boolean({ description: 'IOMMU_IOAS_MAP_READABLE.' }),
    writable: t.boolean({ description: 'IOMMU_IOAS_MAP_WRITEABLE.' }),
    userVa: t.field({
      type: 'UInt64',
      description: 'The process address the pages come from (the file offset for ioasMapFile).',
    }),
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

const id = (description: string) => ({ required: true, description }) as const;

// --- IOAS -----------------------------------------------------------------------------------------------

const IoasAllocInput = builder.inputType('IoasAllocInput', {
  description: 'IOMMU_IOAS_ALLOC.',
  fields: (t) => ({ contextId: t.id(id('The context.')) }),
});
const IoasPayload = (name: string, description: string) =>
  payloadType(name, description, (t) => ({
    ioas: t.field({ type: IoasRef, nullable: true, description: 'The IOAS.' }),
  }));
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
const IoasMapPayload = payloadType('IoasMapPayload', 'Result of ioasMap.', (t) => ({
  iova: t.field({ type: 'UInt64', nullable: true, description: 'Where it was mapped.' }),
  ioas: t.field({ type: IoasRef, nullable: true, description: 'The IOAS.' }),
}));
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
const IoasCopyPayload = payloadType('IoasCopyPayload', 'Result of ioasCopy.', (t) => ({
  dstIova: t.field({
    type: 'UInt64',
    nullable: true,
    description: 'Where it was mapped in the destination.',
  }),
}));
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
const IoasUnmapPayload = payloadType(
  'IoasUnmapPayload',
  'Result of ioasUnmap. Not atomic across areas: on an error, `unmapped` says how much went.',
  (t) => ({
    unmapped: t.field({ type: 'UInt64', nullable: true, description: 'Bytes unmapped.' }),
  }),
);
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

defineMutation('ioasAlloc', {
  description: 'IOMMU_IOAS_ALLOC.',
  input: IoasAllocInput,
  payload: IoasAllocPayload,
  resolve: (input, ctx) => ({ ioas: contextById(ctx.fleet, input.contextId, 'contextId').ioasAlloc() }),
});

defineMutation('ioasMap', {
  description: 'IOMMU_IOAS_MAP.',
  input: IoasMapInput,
  payload: IoasMapPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    const iova = ictx.ioasMap(objectId, {
      iova: input.iova ?? undefined,
      length: input.length,
      userVa: input.userVa,
      readable: input.readable ?? true,
      writable: input.writable ?? true,
    });
    return { iova, ioas: objectOf(ictx, objectId, Ioas) };
  },
});

defineMutation('ioasCopy', {
  description: 'IOMMU_IOAS_COPY.',
  input: IoasCopyInput,
  payload: IoasCopyPayload,
  resolve: (input, ctx) => {
    const dst = objectRefById(ctx.fleet, input.dstIoasId, 'dstIoasId');
    const dstIova = dst.ictx.ioasCopy({
      dstIoasId: dst.objectId,
      srcIoasId: objectIdIn(ctx.fleet, dst.ictx, input.srcIoasId, 'srcIoasId'),
      srcIova: input.srcIova,
      length: input.length,
      dstIova: input.dstIova ?? undefined,
      readable: input.readable ?? true,
      writable: input.writable ?? true,
    });
    return { dstIova };
  },
});

defineMutation('ioasUnmap', {
  description: 'IOMMU_IOAS_UNMAP.',
  input: IoasUnmapInput,
  payload: IoasUnmapPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    const { unmapped, error } = ictx.ioasUnmap(objectId, input.iova, input.length);
    return new PartialResult({ unmapped }, error);
  },
});

defineMutation('ioasAllowIovas', {
  description: 'IOMMU_IOAS_ALLOW_IOVAS.',
  input: IoasAllowIovasInput,
  payload: IoasAllowIovasPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    ictx.ioasAllowIovas(objectId, input.ranges);
    return { ioas: objectOf(ictx, objectId, Ioas) };
  },
});

defineMutation('ioasSetHugePages', {
  description: 'IOMMU_OPTION_HUGE_PAGES.',
  input: IoasSetHugePagesInput,
  payload: IoasSetHugePagesPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    ictx.ioasSetHugePages(objectId, input.enabled);
    return { ioas: objectOf(ictx, objectId, Ioas) };
  },
});

defineMutation('ioasAddReserved', {
  description: 'Emulator test operation (IOMMU_TEST_OP_ADD_RESERVED): reserve an IOVA range with no owner.',
  input: IoasAddReservedInput,
  payload: IoasAddReservedPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
    ioasAddReserved(ictx, objectId, input.start, input.length);
    return { ioas: objectOf(ictx, objectId, Ioas) };
  },
});

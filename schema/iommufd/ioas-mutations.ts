// IOAS mutations: IOMMU_IOAS_ALLOC, MAP, COPY, UNMAP, ALLOW_IOVAS, the huge-pages option, ADD_RESERVED.
import { Ioas } from '../../hw-model/iommufd/index.ts';
import { ioasAddReserved } from '../../hw-model/selftest/index.ts';
import { contextById, objectIdIn, objectOf, objectRefById } from '../../resolvers/iommufd-keys.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { IovaRangeInput, userErrorsField } from '../common.ts';
import { IoasRef } from '../refs.ts';

const id = (description: string) => ({ required: true, description }) as const;

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
        const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
        const iova = ictx.ioasMap(objectId, {
          iova: input.iova ?? undefined,
          length: input.length,
          userVa: input.userVa,
          readable: input.readable ?? true,
          writable: input.writable ?? true,
        });
        return { iova, ioas: objectOf(ictx, objectId, Ioas) };
      }),
  }),
  ioasCopy: t.field({
    type: IoasCopyPayload,
    description: 'IOMMU_IOAS_COPY.',
    args: { input: t.arg({ type: IoasCopyInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
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
      }),
  }),
  ioasUnmap: t.field({
    type: IoasUnmapPayload,
    description: 'IOMMU_IOAS_UNMAP.',
    args: { input: t.arg({ type: IoasUnmapInput, required: true }) },
    resolve: (_r, { input }, ctx) => {
      let unmapped: bigint | null = null;
      const result = payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
        const outcome = ictx.ioasUnmap(objectId, input.iova, input.length);
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
        const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
        ictx.ioasAllowIovas(objectId, input.ranges);
        return { ioas: objectOf(ictx, objectId, Ioas) };
      }),
  }),
  ioasSetHugePages: t.field({
    type: IoasSetHugePagesPayload,
    description: 'IOMMU_OPTION_HUGE_PAGES.',
    args: { input: t.arg({ type: IoasSetHugePagesInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
        ictx.ioasSetHugePages(objectId, input.enabled);
        return { ioas: objectOf(ictx, objectId, Ioas) };
      }),
  }),
  ioasAddReserved: t.field({
    type: IoasAddReservedPayload,
    description: 'Emulator test operation (IOMMU_TEST_OP_ADD_RESERVED): reserve an IOVA range with no owner.',
    args: { input: t.arg({ type: IoasAddReservedInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.ioasId, 'ioasId');
        ioasAddReserved(ictx, objectId, input.start, input.length);
        return { ioas: objectOf(ictx, objectId, Ioas) };
      }),
  }),
}));

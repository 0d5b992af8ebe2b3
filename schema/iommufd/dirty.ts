// Dirty tracking: IOMMU_HWPT_SET_DIRTY_TRACKING and IOMMU_HWPT_GET_DIRTY_BITMAP.
import { objectRefById } from '../../resolvers/iommufd-keys.ts';
import { payload } from '../../resolvers/payload.ts';
import { builder } from '../builder.ts';
import { IovaRangeRef, userErrorsField } from '../common.ts';
import { HwptPagingRef } from '../refs.ts';

const HwptSetDirtyTrackingInput = builder.inputType('HwptSetDirtyTrackingInput', {
  description: 'IOMMU_HWPT_SET_DIRTY_TRACKING.',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A HWPT_PAGING allocated with dirtyTracking.' }),
    enabled: t.boolean({ required: true, description: 'Start (clearing stale bits) or stop tracking.' }),
  }),
});

const HwptSetDirtyTrackingPayload = builder.simpleObject('HwptSetDirtyTrackingPayload', {
  description: 'Result of hwptSetDirtyTracking.',
  fields: (t) => ({
    hwpt: t.field({ type: HwptPagingRef, nullable: true, description: 'The HWPT.' }),
    userErrors: t.field(userErrorsField),
  }),
});

const HwptGetDirtyBitmapInput = builder.inputType('HwptGetDirtyBitmapInput', {
  description: 'IOMMU_HWPT_GET_DIRTY_BITMAP.',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A HWPT_PAGING allocated with dirtyTracking.' }),
    iova: t.field({ type: 'UInt64', required: true, description: 'IOVA of bit 0.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes covered (at most 2^27 bits).' }),
    pageSize: t.field({ type: 'UInt64', required: true, description: 'Bytes per bit.' }),
    noClear: t.boolean({ defaultValue: false, description: 'IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR.' }),
  }),
});

const HwptGetDirtyBitmapPayload = builder.simpleObject('HwptGetDirtyBitmapPayload', {
  description: 'Result of hwptGetDirtyBitmap.',
  fields: (t) => ({
    bitmap: t.field({
      type: ['UInt64'],
      nullable: true,
      description:
        'Bit i is page iova + i*pageSize, packed little-endian into 64-bit words, as the kernel writes it.',
    }),
    dirtyRanges: t.field({
      type: [IovaRangeRef],
      nullable: true,
      description: 'The same information as ranges of dirty pages.',
    }),
    userErrors: t.field(userErrorsField),
  }),
});

builder.mutationFields((t) => ({
  hwptSetDirtyTracking: t.field({
    type: HwptSetDirtyTrackingPayload,
    description: 'Enable (clearing stale dirty bits) or disable IOMMU dirty tracking of a paging HWPT.',
    args: { input: t.arg({ type: HwptSetDirtyTrackingInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
        return { hwpt: ictx.hwptSetDirtyTracking(objectId, input.enabled) };
      }),
  }),
  hwptGetDirtyBitmap: t.field({
    type: HwptGetDirtyBitmapPayload,
    description: 'Read (and by default clear) the dirty bits of an IOVA range.',
    args: { input: t.arg({ type: HwptGetDirtyBitmapInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      payload(() => {
        const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
        return ictx.hwptGetDirtyBitmap(objectId, {
          iova: input.iova,
          length: input.length,
          pageSize: input.pageSize,
          noClear: input.noClear ?? false,
        });
      }),
  }),
}));

// Dirty tracking: IOMMU_HWPT_SET_DIRTY_TRACKING and IOMMU_HWPT_GET_DIRTY_BITMAP.
import { objectRefById } from '../../adapters/iommufd-keys.ts';
import { builder } from '../builder.ts';
import { IovaRangeRef } from '../common.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { HwptPagingRef } from '../refs.ts';

const HwptSetDirtyTrackingInput = builder.inputType('HwptSetDirtyTrackingInput', {
  description: 'IOMMU_HWPT_SET_DIRTY_TRACKING.',
  fields: (t) => ({
    hwptId: t.id({ required: true, description: 'A HWPT_PAGING allocated with dirtyTracking.' }),
    enabled: t.boolean({ required: true, description: 'Start (clearing stale bits) or stop tracking.' }),
  }),
});

const HwptSetDirtyTrackingPayload = payloadType(
  'HwptSetDirtyTrackingPayload',
  'Result of hwptSetDirtyTracking.',
  (t) => ({
    hwpt: t.field({ type: HwptPagingRef, nullable: true, description: 'The HWPT.' }),
  }),
);

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

const HwptGetDirtyBitmapPayload = payloadType(
  'HwptGetDirtyBitmapPayload',
  'Result of hwptGetDirtyBitmap.',
  (t) => ({
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
  }),
);

defineMutation('hwptSetDirtyTracking', {
  description: 'Enable (clearing stale dirty bits) or disable IOMMU dirty tracking of a paging HWPT.',
  input: HwptSetDirtyTrackingInput,
  payload: HwptSetDirtyTrackingPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
    return { hwpt: ictx.hwptSetDirtyTracking(objectId, input.enabled) };
  },
});

defineMutation('hwptGetDirtyBitmap', {
  description: 'Read (and by default clear) the dirty bits of an IOVA range.',
  input: HwptGetDirtyBitmapInput,
  payload: HwptGetDirtyBitmapPayload,
  resolve: (input, ctx) => {
    const { ictx, objectId } = objectRefById(ctx.fleet, input.hwptId, 'hwptId');
    return ictx.hwptGetDirtyBitmap(objectId, {
      iova: input.iova,
      length: input.length,
      pageSize: input.pageSize,
      noClear: input.noClear ?? false,
    });
  },
});

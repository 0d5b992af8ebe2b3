// The iommufd object model's public API.
export type { ContextOptions } from './context.ts';
export { Context, contextsOf, MAX_OBJECT_ID, openContext } from './context.ts';
export { BoundDevice, bindingOf, GroupAttachment, IommufdGroup, NO_PASID } from './device.ts';
export type { DirtyBitmap, DirtyBitmapArgs } from './dirty.ts';
export {
  DirtyLog,
  hwptGetDirtyBitmap,
  hwptSetDirtyTracking,
  MAX_DIRTY_BITMAP_BITS,
  testMarkDirty,
} from './dirty.ts';
export type { HwptAllocArgs, HwptAllocFlags } from './hwpt.ts';
export { Hwpt, HwptPaging } from './hwpt.ts';
/** The area type as the contract calls it: one MAP or one source area's share of a COPY. */
export type { IopArea as IoasMapping, IoptDomain, PagesSegment, UnmapResult } from './io-pagetable.ts';
export { HPAGE_SIZE, IoPagetable, IopArea } from './io-pagetable.ts';
export type { CopyArgs, MapArgs } from './ioas.ts';
export { Ioas } from './ioas.ts';
export type { IovaRange } from './iova-range.ts';
export { DEFAULT_MEMLOCK_LIMIT, IoPages, ProcessMemory, USER_VA_FIRST, USER_VA_LAST } from './memory.ts';
export type { ObjectType } from './object.ts';
export { IommufdObject } from './object.ts';
export {
  checkDevicePasid,
  checkPasidCompat,
  devicePasidWidth,
  mockSetDevPasid,
  PASID_WIDTH_LIMIT,
  pasidArg,
} from './pasid.ts';
export type {
  DmaAccess,
  Translation,
  TranslationFault,
  TranslationFaultReason,
  TranslationResult,
} from './translate.ts';
export { translate, walkPaging } from './translate.ts';

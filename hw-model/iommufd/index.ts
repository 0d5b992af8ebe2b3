// The iommufd uAPI's public API: contexts and their objects. The device side is ../dma, the drivers
// ../drivers, the selftest's mock and test ops ../selftest.

export type { AccessOps } from './access.ts';
export {
  Access,
  AccessPin,
  accessCreate,
  accessPinPages,
  accessReplaceIoas,
  accessUnpinPages,
} from './access.ts';
export type { ContextOptions, ObjectOfType } from './context.ts';
export { Context, contextsOf, MAX_OBJECT_ID, openContext } from './context.ts';
export type { UnrecoverableFault } from './device.ts';
export {
  BoundDevice,
  bindingOf,
  GroupAttachment,
  IommufdGroup,
  NO_PASID,
  UNRECOVERABLE_FAULT_LOG_SIZE,
} from './device.ts';
export type { DirtyBitmap, DirtyBitmapArgs } from './dirty.ts';
export { DirtyLog, hwptGetDirtyBitmap, hwptSetDirtyTracking, MAX_DIRTY_BITMAP_BITS } from './dirty.ts';
export { Dmabuf } from './dmabuf.ts';
export type { FaultPermission, PageFault, PageResponseCode } from './fault-queue.ts';
export {
  autoRespondFaults,
  FAULT_PERMISSIONS,
  FaultQueue,
  faultQueueAlloc,
  faultQueueRead,
  faultRespond,
  PageFaultGroup,
} from './fault-queue.ts';
export { type GetHwInfoArgs, type GetHwInfoResult, getHwInfo, HW_INFO_FLAG_INPUT_TYPE } from './hw-info.ts';
export {
  HW_QUEUE_TYPE_CODES,
  HwQueue,
  type HwQueueAllocArgs,
  type HwQueueType,
  hwQueueAlloc,
} from './hw-queue.ts';
export type { HwptAllocArgs, HwptAllocFlags } from './hwpt.ts';
export { Hwpt, HwptPaging } from './hwpt.ts';
export type { HwptData, HwptDataType, Stage1Mode, Stage1Walk } from './hwpt-nested.ts';
export { HwptNested, hwptNestedAlloc } from './hwpt-nested.ts';
export type {
  InvalidateResult,
  InvalidationDetail,
  InvalidationRequest,
  InvalidationRequestType,
} from './invalidate.ts';
export { emitInvalidation, hwptInvalidate } from './invalidate.ts';
/** The area type as the contract calls it: one MAP or one source area's share of a COPY. */
export type { IopArea as IoasMapping, IoptDomain, PagesSegment, UnmapResult } from './io-pagetable.ts';
export { HPAGE_SIZE, IoPagetable, IopArea } from './io-pagetable.ts';
export type { CopyArgs, MapArgs } from './ioas.ts';
export { Ioas } from './ioas.ts';
export { ioasChangeProcess, ioasMapFile, type MapFileArgs } from './ioas-file.ts';
export type { FaultHandler } from './iopf.ts';
export {
  deliverPageFaults,
  findFaultHandler,
  GROUP_ID_MAX,
  nextGroupId,
  PAGE_REQUEST_GROUP_MASK,
} from './iopf.ts';
export type { IovaRange } from './iova-range.ts';
export { Memfd } from './memfd.ts';
export { DEFAULT_MEMLOCK_LIMIT, IoPages, ProcessMemory, USER_VA_FIRST, USER_VA_LAST } from './memory.ts';
export type { ObjectType } from './object.ts';
export { IommufdObject } from './object.ts';
export type { AccountMode, OptionArgs } from './option.ts';
export {
  IOMMU_OPTION_HUGE_PAGES,
  IOMMU_OPTION_OP_GET,
  IOMMU_OPTION_OP_SET,
  IOMMU_OPTION_RLIMIT_MODE,
  iommuOption,
} from './option.ts';
export {
  checkDevicePasid,
  checkPasidCompat,
  devicePasidWidth,
  PASID_WIDTH_LIMIT,
  pasidArg,
} from './pasid.ts';
export type { Vevent, VeventqType } from './veventq.ts';
export {
  VEVENTQ_DEPTH_MAX,
  VEVENTQ_SEQUENCE_MAX,
  VEVENTQ_TYPE_CODES,
  Veventq,
  veventqAlloc,
  veventqRead,
  veventqTypeOf,
  viommuReportEvent,
} from './veventq.ts';
export type {
  VfioDmaMapArgs,
  VfioDmaUnmapArgs,
  VfioInfoCap,
  VfioIoasOp,
  VfioIommuInfo,
} from './vfio-compat.ts';
export {
  compatIoasOf,
  getCompatIoas,
  VFIO_API_VERSION,
  vfioCheckExtension,
  vfioIoas,
  vfioIommuGetInfo,
  vfioIommuMapDma,
  vfioIommuUnmapDma,
  vfioSetIommu,
} from './vfio-compat.ts';
export type { ViommuType } from './viommu.ts';
export { resolveVirtId, Vdevice, Viommu, vdeviceAlloc, viommuAlloc } from './viommu.ts';

// The iommufd object model's public API.
export type { ContextOptions } from './context.ts';
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
export {
  DirtyLog,
  hwptGetDirtyBitmap,
  hwptSetDirtyTracking,
  MAX_DIRTY_BITMAP_BITS,
  testMarkDirty,
} from './dirty.ts';
export type { DmaAccessArgs, DmaAccessResult, DmaPageOutcome } from './dma.ts';
export { DMA_MAX_PAGES, dmaAccess } from './dma.ts';
export type { DmaSimulateOptions, DmaSimulateResult } from './dma-simulate.ts';
export { DMA_SIMULATE_DEFAULT_TIMEOUT_MS, DMA_SIMULATE_MAX_ROUNDS, dmaSimulate } from './dma-simulate.ts';
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
export type { HwptAllocArgs, HwptAllocFlags } from './hwpt.ts';
export { Hwpt, HwptPaging } from './hwpt.ts';
export type { HwptData, HwptDataType, Stage1Mode, Stage1Walk } from './hwpt-nested.ts';
export {
  HwptNested,
  hwptNestedAlloc,
  MOCK_IOTLB_ID_MAX,
  MOCK_IOTLB_NUM,
  SMMUV3_S1_ADDRESS_WIDTH,
  STE0_NESTING_ALLOWED,
  STE1_NESTING_ALLOWED,
  VTD_S1_FLAGS,
  validateSte,
} from './hwpt-nested.ts';
export type { InvalidateResult, InvalidationRequest, InvalidationRequestType } from './invalidate.ts';
export { hwptInvalidate, TEST_INVALIDATE_FLAG_ALL } from './invalidate.ts';
export type { Smmuv3Command } from './invalidate-smmuv3.ts';
export {
  CMDQ_OP_ATC_INV,
  CMDQ_OP_CFGI_ALL,
  CMDQ_OP_CFGI_CD,
  CMDQ_OP_CFGI_CD_ALL,
  CMDQ_OP_CFGI_STE,
  CMDQ_OP_CMD_SYNC,
  CMDQ_OP_TLBI_NH_ALL,
  CMDQ_OP_TLBI_NH_ASID,
  CMDQ_OP_TLBI_NH_VA,
  CMDQ_OP_TLBI_NH_VAA,
  CMDQ_OP_TLBI_NSNH_ALL,
  decodeSmmuv3Command,
} from './invalidate-smmuv3.ts';
/** The area type as the contract calls it: one MAP or one source area's share of a COPY. */
export type { IopArea as IoasMapping, IoptDomain, PagesSegment, UnmapResult } from './io-pagetable.ts';
export { HPAGE_SIZE, IoPagetable, IopArea } from './io-pagetable.ts';
export type { CopyArgs, MapArgs } from './ioas.ts';
export { Ioas } from './ioas.ts';
export type { FaultHandler, IopfInjectArgs } from './iopf.ts';
export {
  deliverPageFaults,
  findFaultHandler,
  GROUP_ID_MAX,
  iopfInject,
  nextGroupId,
  PAGE_REQUEST_GROUP_MASK,
} from './iopf.ts';
export type { IotlbEntry, PasidKey } from './iotlb.ts';
export { Iotlb, pasidKey } from './iotlb.ts';
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
export type { Stage1MapArgs, Stage1Range, Stage1UnmapArgs } from './stage1.ts';
export { STAGE1_PAGE_SIZE, Stage1Table } from './stage1.ts';
export type {
  DmaAccess,
  IotlbView,
  Translation,
  TranslationFault,
  TranslationFaultReason,
  TranslationResult,
  TranslationStage,
} from './translate.ts';
export { iotlbView, translate, translateNested, translateStage2, walkPaging } from './translate.ts';
export type { Smmuv3EventFields, Vevent, VeventqType } from './veventq.ts';
export {
  SMMUV3_EVT,
  SMMUV3_EVT_CLASS,
  selftestEventRecord,
  smmuv3EventRecord,
  VEVENTQ_DEPTH_MAX,
  VEVENTQ_SEQUENCE_MAX,
  VEVENTQ_TYPE_CODES,
  Veventq,
  vEventInject,
  veventqAlloc,
  veventqRead,
  veventqTypeOf,
  viommuReportEvent,
} from './veventq.ts';
export type { ViommuType } from './viommu.ts';
export {
  MOCK_DEV_CACHE_DEFAULT,
  MOCK_DEV_CACHE_ID_MAX,
  MOCK_DEV_CACHE_NUM,
  mockDeviceCache,
  Vdevice,
  Viommu,
  vdeviceAlloc,
  viommuAlloc,
} from './viommu.ts';

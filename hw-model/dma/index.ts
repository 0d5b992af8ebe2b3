// The device side of DMA: page walks (stage 1 then stage 2), the emulated IOTLB, the guest's stage-1
// tables, and DMA simulation with its fault routing.
export type { DmaAccessArgs, DmaAccessResult, DmaPageOutcome } from './dma.ts';
export { DMA_MAX_PAGES, dmaAccess } from './dma.ts';
export type { DmaSimulateOptions, DmaSimulateResult } from './dma-simulate.ts';
export { DMA_SIMULATE_DEFAULT_TIMEOUT_MS, DMA_SIMULATE_MAX_ROUNDS, dmaSimulate } from './dma-simulate.ts';
export type { IotlbEntry, PasidKey } from './iotlb.ts';
export { Iotlb, pasidKey } from './iotlb.ts';
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

// What the iommufd core asks of an IOMMU driver, as Linux splits it: iommu_ops (IommuUnit's methods),
// the iommu_domain_ops of a nested domain (NestedDomainOps) and iommufd_viommu_ops (ViommuOps). The core
// calls these and never asks which vendor it talks to.

import type { DmaAccess, TranslationFault } from '../dma/translate.ts';
import { type Errno, fail } from '../errors.ts';
import type { BoundDevice } from '../iommufd/device.ts';
import type { HwQueueType } from '../iommufd/hw-queue.ts';
import type { HwptData, HwptDataType, HwptNested, Stage1Mode } from '../iommufd/hwpt-nested.ts';
import type { InvalidationRequest, InvalidationRequestType } from '../iommufd/invalidate.ts';
import type { VeventqType } from '../iommufd/veventq.ts';
import type { Viommu, ViommuType } from '../iommufd/viommu.ts';
import type { IommuUnit } from './iommu.ts';

/** HWPT_ALLOC flags a driver's domain_alloc_nested sees (FAULT_ID_VALID stays with the core). */
export interface NestedAllocFlags {
  pasid: boolean;
}

/** cache_invalidate_user / cache_invalidate: the entry type a target takes and one entry's effect. */
export interface CacheInvalidateOps<Target> {
  readonly type: InvalidationRequestType;
  /** Carries out one entry, or throws its errno (the core counts the entries before it). */
  invalidate(target: Target, request: InvalidationRequest): void;
}

/** The iommu_domain_ops and driver state of one nested domain. */
export interface NestedDomainOps {
  /** The driver data as accepted (an SMMUv3 STE with V=0 is kept zeroed, as the kernel does). */
  readonly data: HwptData;
  /** What stage 1 does with DMA: the SMMUv3 STE can bypass or abort it; every other format translates. */
  readonly stage1Mode: Stage1Mode;
  /** Bits of IOVA and GPA the guest's stage 1 can hold. */
  readonly stage1AddressWidth: number;
  /** attach_dev on a vIOMMU-backed domain: whether the device needs its vDEVICE in that vIOMMU first. */
  readonly needsVdevice: boolean;
  /** cache_invalidate_user; absent when the domain's caches go through its vIOMMU (EOPNOTSUPP). */
  readonly cacheInvalidateUser?: CacheInvalidateOps<HwptNested> | undefined;
  /**
   * The vEVENT record a stage-1 fault of this domain reports to the guest (arm_smmu_handle_evt →
   * iommufd_viommu_report_event), or null when the hardware records none.
   */
  faultEvent(fault: TranslationFault, access: DmaAccess, pasid: number, virtId: bigint): bigint[] | null;
}

/** iommufd_viommu_ops, plus the vEVENTQ type the driver reports in. */
export interface ViommuOps {
  readonly veventqType: VeventqType;
  /** alloc_domain_nested. */
  allocDomainNested(
    viommu: Viommu,
    device: BoundDevice,
    data: HwptData,
    flags: NestedAllocFlags,
  ): NestedDomainOps;
  /** cache_invalidate; absent: the vIOMMU takes no invalidations (EOPNOTSUPP). */
  readonly cacheInvalidate?: CacheInvalidateOps<Viommu> | undefined;
  /** get_hw_queue_size + hw_queue_init_phys; absent: IOMMU_HW_QUEUE_ALLOC is EOPNOTSUPP. */
  readonly hwQueue?: HwQueueOps | undefined;
}

/** A queue as hw_queue_init_phys sees it: the core has checked and pinned the range. */
export interface HwQueueRequest {
  index: number;
  iova: bigint;
  length: bigint;
  basePhys: bigint;
}

/** What a driver keeps for one HW queue; destroy is its hw_queue destroy op. */
export interface HwQueueState {
  destroy(): void;
}

/** The one HW queue type a vIOMMU type offers and its init (the driver's index, size and alignment rules). */
export interface HwQueueOps {
  readonly type: HwQueueType;
  /** hw_queue_init_phys: throws the driver's errno, or returns the queue's driver state. */
  initPhys(viommu: Viommu, request: HwQueueRequest): HwQueueState;
}

/** The vIOMMU types a driver offers, each with its ops (viommu_alloc / get_viommu_size). */
export type ViommuOpsTable = Partial<Record<ViommuType, ViommuOps>>;

/** A driver's data-type check: `wanted` or `errno` (VT-d and the mock EOPNOTSUPP, SMMUv3 EINVAL). */
export function checkDataType<K extends HwptDataType>(
  iommu: IommuUnit,
  data: HwptData,
  wanted: K,
  errno: Errno,
): asserts data is Extract<HwptData, { type: K }> {
  if (data.type !== wanted)
    fail(errno, `${iommu.name} takes ${wanted} nested data, not ${data.type}`, 'data');
}

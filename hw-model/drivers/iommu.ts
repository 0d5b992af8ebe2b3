// What every IOMMU unit offers the rest of the model, whatever its vendor: its registers and
// capabilities, and the iommu_ops the iommufd core calls (each driver module overrides what it has).
import { fail } from '../errors.ts';
import type { Host } from '../host/host.ts';
import type { BoundDevice } from '../iommufd/device.ts';
import type { Hwpt, HwptAllocFlags } from '../iommufd/hwpt.ts';
import type { HwptData } from '../iommufd/hwpt-nested.ts';
import type { ViommuType } from '../iommufd/viommu.ts';
import type { NestedAllocFlags, NestedDomainOps, ViommuOps, ViommuOpsTable } from './ops.ts';
export type IommuType = 'INTEL_VTD' | 'ARM_SMMUV3' | 'AMD' | 'MOCK';

/** Vendor registers as IOMMU_GET_HW_INFO returns them (the data behind out_data_type). */
export type IommuHwInfo =
  | { type: 'INTEL_VTD'; flags: bigint; capReg: bigint; ecapReg: bigint }
  | { type: 'ARM_SMMUV3'; flags: number; idr: number[]; iidr: number; aidr: number }
  | { type: 'AMD'; efr: bigint; efr2: bigint }
  | { type: 'MOCK'; flags: number; testReg: number };

/** Inclusive IOVA range a paging domain of this IOMMU can translate. */
export interface IommuAperture {
  start: bigint;
  last: bigint;
}

export abstract class IommuUnit {
  abstract readonly type: IommuType;
  /** The host it belongs to, set when the host is built (an IOMMU is part of exactly one machine). */
  host: Host | null = null;

  constructor(
    /** As the kernel names it: dmar0, smmu3.0x0000000016000000, ivhd0, mock0. */
    readonly name: string,
  ) {}

  /** Input address width in bits of its paging domains. */
  abstract get addressWidth(): number;
  /** Page sizes of its paging domains, ascending. */
  abstract get pageSizes(): bigint[];
  /** log2 of the PASIDs it supports; 0 without PASID support. */
  abstract get maxPasidLog2(): number;
  abstract get supportsDirtyTracking(): boolean;
  abstract get supportsNesting(): boolean;
  /** Whether endpoints behind it may use ATS (device TLBs). */
  abstract get supportsAts(): boolean;
  abstract get hwInfo(): IommuHwInfo;

  /** Whether endpoints behind it may send page requests (PRI); vendors that can override this. */
  get supportsPri(): boolean {
    return false;
  }

  /** The paging domain's aperture; vendors with a narrower one override this. */
  get aperture(): IommuAperture {
    return { start: 0n, last: (1n << BigInt(this.addressWidth)) - 1n };
  }

  /** Whether `other` is driven by the same driver (a nest parent must be this driver's domain). */
  sameDriver(other: IommuUnit): boolean {
    return other.type === this.type;
  }

  // ---- iommu_ops ---------------------------------------------------------------------------------

  /**
   * domain_alloc_paging_flags: a nest parent needs nesting; user data is refused (only the mock takes
   * any). The paging domain itself is the core's HwptPaging, built from pageSizes and aperture.
   */
  domainAllocPaging(flags: HwptAllocFlags, data: HwptData | undefined): void {
    if (flags.nestParent && !this.supportsNesting)
      fail('EOPNOTSUPP', `${this.name} cannot nest`, 'nestParent');
    if (data) this.checkPagingData(data);
  }

  /** The user data domain_alloc_paging_flags takes: none by default. */
  protected checkPagingData(data: HwptData): void {
    fail('EOPNOTSUPP', `${this.name} takes no ${data.type} data for a paging HWPT`, 'data');
  }

  /**
   * domain_alloc_nested on a nest-parent HWPT_PAGING; absent for a driver that nests only through a
   * vIOMMU (SMMUv3, AMD-Vi).
   */
  domainAllocNested?(device: BoundDevice, data: HwptData, flags: NestedAllocFlags): NestedDomainOps;

  /** The vIOMMU types this driver offers (viommu_alloc); none by default. */
  protected get viommuOps(): ViommuOpsTable {
    return {};
  }

  /** viommu_alloc's ops for `type`, or null when the driver offers no such vIOMMU. */
  viommuAlloc(type: ViommuType): ViommuOps | null {
    return this.viommuOps[type] ?? null;
  }

  /** user_pasid_table: the guest owns the PASID table, so a PASID fault may go to the RID's nested HWPT. */
  get userPasidTable(): boolean {
    return false;
  }

  /**
   * attach_dev's checks for a group's first device: a domain belongs to the IOMMU instance it was
   * allocated for, and a dirty-tracking domain refuses a device that cannot track dirty pages (EINVAL).
   */
  checkAttach(hwpt: Hwpt, device: BoundDevice): void {
    if (device.iommu !== hwpt.iommu) {
      fail(
        'EINVAL',
        `the page table belongs to ${hwpt.iommu.name}, the device sits behind ${device.iommu.name}`,
        'ptId',
      );
    }
    if (hwpt.paging === hwpt && hwpt.paging.dirtyTrackingSupported && device.device.noDirtyTracking) {
      fail('EINVAL', 'the device cannot do dirty tracking, the page table tracks dirty pages', 'ptId');
    }
  }

  /** set_dev_pasid (blocking: the blocked domain's, i.e. a detach): a hook drivers may fail. */
  setDevPasid(_device: BoundDevice, _pasid: number, _blocking: boolean): void {}
}

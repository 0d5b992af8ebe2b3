// What every IOMMU unit offers the rest of the model, whatever its vendor.
import type { Host } from '../host/host.ts';
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
}

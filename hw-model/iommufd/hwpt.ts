// Hardware page tables: the abstract HWPT every attachment points at, and HWPT_PAGING, the
// kernel-managed table mirroring one IOAS (iommufd_hwpt_alloc, iopt_table_add_domain, iommufd_hwpt_paging_alloc).

import type { IommuAperture, IommuUnit } from '../drivers/iommu.ts';
import { fail } from '../errors.ts';
import { PAGE_SIZE } from '../u64.ts';
import type { Context } from './context.ts';
import type { BoundDevice } from './device.ts';
import { DirtyLog } from './dirty.ts';
import type { FaultQueue } from './fault-queue.ts';
import type { HwptData } from './hwpt-nested.ts';
import type { IopArea, IoptDomain } from './io-pagetable.ts';
import { Ioas } from './ioas.ts';
import { IommufdObject } from './object.ts';

const PAGE_SIZE_NUMBER = Number(PAGE_SIZE);

/** IOMMU_HWPT_ALLOC flags, as booleans. */
export interface HwptAllocFlags {
  nestParent?: boolean | undefined;
  dirtyTracking?: boolean | undefined;
  /** IOMMU_HWPT_ALLOC_PASID: the HWPT may also be attached to PASIDs (iommufd_hwpt_pasid_compat). */
  pasid?: boolean | undefined;
}

export interface HwptAllocArgs extends HwptAllocFlags {
  devId: number;
  ptId: number;
  /** IOMMU_HWPT_FAULT_ID_VALID with fault_id. */
  faultId?: number | undefined;
  /** Driver data (data_type + data_uptr): required for a nested HWPT, mock-only on an IOAS. */
  data?: HwptData | undefined;
}

/** Anything a device (RID or PASID) can be attached to: HWPT_PAGING now, HWPT_NESTED later. */
export abstract class Hwpt extends IommufdObject {
  abstract override readonly type: 'HWPT_PAGING' | 'HWPT_NESTED';
  abstract readonly iommu: IommuUnit;
  abstract readonly pasidCompatible: boolean;
  /** Attached (device, PASIDs); each pair holds one user on this HWPT (iommufd_object_remove). IOMMU_NO_PASID is 0. */
  readonly attachments = new Map<BoundDevice, Set<number>>();
  /** The FAULT queue its I/O page faults go to (HWPT_ALLOC with FAULT_ID_VALID), holding a user on it. */
  faultQueue: FaultQueue | null = null;

  get attachedDevices(): BoundDevice[] {
    return [...this.attachments.keys()];
  }

  /** The paging table whose IOAS reserved regions and mappings apply (find_hwpt_paging). */
  abstract get paging(): HwptPaging;

  /** The driver's attach_dev checks for a group's first device (EINVAL when incompatible). */
  checkDriverAttach(device: BoundDevice): void {
    this.iommu.checkAttach(this, device);
  }

  addAttachment(device: BoundDevice, pasid: number): void {
    let pasids = this.attachments.get(device);
    if (!pasids) {
      pasids = new Set();
      this.attachments.set(device, pasids);
    }
    pasids.add(pasid);
    this.addUser();
  }

  removeAttachment(device: BoundDevice, pasid: number): void {
    const pasids = this.attachments.get(device);
    if (!pasids?.delete(pasid)) return;
    if (pasids.size === 0) this.attachments.delete(device);
    this.dropUser();
  }

  teardown(): void {
    this.faultQueue?.dropUser();
    this.faultQueue = null;
  }
}

export interface HwptPagingOptions extends HwptAllocFlags {
  autoDomain: boolean;
}

export class HwptPaging extends Hwpt implements IoptDomain {
  readonly type = 'HWPT_PAGING' as const;
  readonly autoDomain: boolean;
  readonly nestParent: boolean;
  /** Allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING: it has dirty ops (iommufd_hwpt_paging_alloc). */
  readonly dirtyTrackingSupported: boolean;
  /** IOMMU_HWPT_SET_DIRTY_TRACKING state. */
  dirtyTrackingEnabled = false;
  /** Its dirty IOPTEs (iopt_read_and_clear_dirty_data), as runs; set by markDirty, read by IOMMU_HWPT_GET_DIRTY_BITMAP. */
  readonly dirtyLog: DirtyLog = new DirtyLog(this);
  readonly pasidCompatible: boolean;
  /** The domain's page sizes (pgsize_bitmap), ascending. */
  readonly pageSizes: readonly bigint[];
  /** pageSizes as numbers (page sizes are far below 2^53). */
  private readonly pageSizeNumbers: readonly number[];
  readonly aperture: IommuAperture;
  private joined = false;

  constructor(
    context: Context,
    id: number,
    readonly ioas: Ioas,
    readonly iommu: IommuUnit,
    options: HwptPagingOptions,
  ) {
    super(context, id);
    this.autoDomain = options.autoDomain;
    this.nestParent = options.nestParent ?? false;
    this.dirtyTrackingSupported = options.dirtyTracking ?? false;
    this.pasidCompatible = options.pasid ?? false;
    this.pageSizes = [...iommu.pageSizes];
    this.pageSizeNumbers = this.pageSizes.map(Number);
    this.aperture = { ...iommu.aperture };
  }

  get minPageSize(): bigint {
    return this.pageSizes[0]!;
  }

  get paging(): HwptPaging {
    return this;
  }

  /**
   * A DMA write through this table (directly or as a nested HWPT's stage 2) to [iova, iova + length):
   * sets the dirty bit of every IOPTE it touches, a whole huge IOPTE included. A no-op unless dirty
   * tracking is enabled; unmapped IOVAs have no IOPTE to mark.
   */
  markDirty(iova: bigint, length: bigint): void {
    if (!this.dirtyTrackingEnabled || length <= 0n) return;
    this.dirtyLog.mark(iova, iova + length - 1n);
  }

  /**
   * The IOPTE size mapping `iova` of `area`: the largest page that lies inside the area (each area is
   * mapped on its own), maps a physically contiguous run, and has IOVA and physical address aligned to
   * its size. Without huge pages the IOAS maps in PAGE_SIZE pieces (iommufd_ioas_option). Computed from alignment, so
   * the table costs nothing per page.
   */
  pageSizeAt(area: IopArea, iova: bigint): bigint {
    const hugePages = this.ioas.iopt.hugePages;
    const base = area.physicalBaseNumber();
    if (!Number.isNaN(base) && !Number.isNaN(area.lastNumber)) {
      return this.pageSizeAtExact(area, Number(iova), base, hugePages);
    }
    for (let index = this.pageSizes.length - 1; index > 0; index--) {
      const size = this.pageSizes[index]!;
      if (!hugePages && size > PAGE_SIZE) continue;
      const block = iova - (iova % size);
      if (block < area.iova || block + size - 1n > area.last) continue;
      const physical = area.contiguousPhysicalAt(block, size);
      if (physical !== undefined && physical % size === 0n) return size;
    }
    return this.minPageSize;
  }

  /**
   * pageSizeAt for an area that is one physical run, everything below 2^53: the same probes in
   * float64 arithmetic (exact there), so translate allocates no bigint per page size.
   */
  private pageSizeAtExact(area: IopArea, iova: number, base: number, hugePages: boolean): bigint {
    const sizes = this.pageSizeNumbers;
    for (let index = sizes.length - 1; index > 0; index--) {
      const size = sizes[index]!;
      if (!hugePages && size > PAGE_SIZE_NUMBER) continue;
      const block = iova - (iova % size);
      if (block < area.iovaNumber || block + size - 1 > area.lastNumber) continue;
      if ((base + (block - area.iovaNumber)) % size === 0) return this.pageSizes[index]!;
    }
    return this.minPageSize;
  }

  /** iopt_table_add_domain, then it holds a user on the IOAS. All or nothing. */
  join(): void {
    this.ioas.iopt.addDomain(this);
    this.ioas.hwpts.push(this);
    this.ioas.addUser();
    this.joined = true;
  }

  /** Unfill, drop its aperture reservations, release the IOAS. */
  leave(): void {
    if (!this.joined) return;
    this.joined = false;
    this.ioas.iopt.removeDomain(this);
    this.ioas.hwpts.splice(this.ioas.hwpts.indexOf(this), 1);
    this.ioas.dropUser();
  }

  override teardown(): void {
    super.teardown();
    this.leave();
  }
}

/**
 * iommufd_hwpt_paging_alloc's core checks (device_iommu_capable for dirty tracking, no fault queue on a
 * nest parent), then the driver's domain_alloc_paging_flags.
 */
function checkPagingAlloc(device: BoundDevice, args: HwptAllocArgs): void {
  const iommu = device.iommu;
  if (args.dirtyTracking && (!iommu.supportsDirtyTracking || device.device.noDirtyTracking)) {
    fail('EOPNOTSUPP', 'the device or its IOMMU cannot track dirty pages', 'dirtyTracking');
  }
  if (args.faultId !== undefined && args.nestParent) {
    fail('EOPNOTSUPP', 'a nest parent cannot take a fault queue', 'faultId');
  }
  iommu.domainAllocPaging(args, args.data);
}

/** A new paging HWPT for `device` on `ioas`, joined to it. */
export function createHwptPaging(
  ctx: Context,
  id: number,
  device: BoundDevice,
  ioas: Ioas,
  options: HwptPagingOptions,
): HwptPaging {
  const hwpt = new HwptPaging(ctx, id, ioas, device.iommu, options);
  hwpt.join();
  return hwpt;
}

/** IOMMU_HWPT_ALLOC (iommufd_hwpt_alloc), checks in kernel order. */
export function hwptAlloc(ctx: Context, args: HwptAllocArgs): Hwpt {
  const device = ctx.lookup(args.devId, 'DEVICE', 'devId');
  // iommufd_hwpt_alloc: a missing pt_id or one of another type is EINVAL here, not ENOENT.
  const pt = ctx.lookupAny(args.ptId, 'EINVAL', 'ptId');
  if (pt.type === 'HWPT_PAGING') {
    // iommufd_hwpt_alloc: a nested HWPT needs driver data (data_len != 0), which this call cannot carry.
    if (args.nestParent || args.dirtyTracking)
      fail('EOPNOTSUPP', 'flags not valid for a nested HWPT', 'ptId');
    fail('EOPNOTSUPP', 'a nested HWPT needs driver data', 'ptId');
  }
  if (!(pt instanceof Ioas)) fail('EINVAL', `object ${args.ptId} is not an IOAS or HWPT_PAGING`, 'ptId');
  checkPagingAlloc(device, args);
  return ctx.createObject((id) => {
    const hwpt = createHwptPaging(ctx, id, device, pt, { ...args, autoDomain: false });
    if (args.faultId !== undefined) {
      try {
        // iommufd_hwpt_alloc: checked after the domain exists; no FAULT, no HWPT.
        const fault = ctx.lookup(args.faultId, 'FAULT', 'faultId');
        fault.addUser();
        hwpt.faultQueue = fault;
      } catch (error) {
        hwpt.leave();
        throw error;
      }
    }
    return hwpt;
  });
}

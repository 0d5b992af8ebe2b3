// VFIO type1 container ioctls on an iommufd context (vfio_compat.c, Linux 6.19): IOMMU_VFIO_IOAS picks
// the compat IOAS, then VFIO_SET_IOMMU, CHECK_EXTENSION, IOMMU_GET_INFO, MAP_DMA and UNMAP_DMA act on it.
// Checks run in the kernel's order; the argsz rules are the legacy ABI's.
import { fail, IommufdError } from '../errors.ts';
import { PAGE_SIZE, U64_MAX, ULONG_MAX } from '../u64.ts';
import type { Context } from './context.ts';
import type { UnmapResult } from './io-pagetable.ts';
import type { Ioas } from './ioas.ts';
import { type IovaRange, maxOf } from './iova-range.ts';

/** VFIO_API_VERSION: what VFIO_GET_API_VERSION returns. */
export const VFIO_API_VERSION = 0;

/** VFIO_CHECK_EXTENSION / VFIO_SET_IOMMU arguments (include/uapi/linux/vfio.h). */
export const VFIO_TYPE1_IOMMU = 1;
export const VFIO_SPAPR_TCE_IOMMU = 2;
export const VFIO_TYPE1v2_IOMMU = 3;
export const VFIO_DMA_CC_IOMMU = 4;
export const VFIO_EEH = 5;
export const VFIO_TYPE1_NESTING_IOMMU = 6;
export const VFIO_SPAPR_TCE_v2_IOMMU = 7;
export const VFIO_NOIOMMU_IOMMU = 8;
export const VFIO_UNMAP_ALL = 9;
export const VFIO_UPDATE_VADDR = 10;

export const VFIO_DMA_MAP_FLAG_READ = 1 << 0;
export const VFIO_DMA_MAP_FLAG_WRITE = 1 << 1;
export const VFIO_DMA_MAP_FLAG_VADDR = 1 << 2;
export const VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP = 1 << 0;
export const VFIO_DMA_UNMAP_FLAG_ALL = 1 << 1;
export const VFIO_DMA_UNMAP_FLAG_VADDR = 1 << 2;

export const VFIO_IOMMU_INFO_PGSIZES = 1 << 0;
export const VFIO_IOMMU_INFO_CAPS = 1 << 1;
export const VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE = 1;
export const VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL = 3;

/** offsetofend(struct vfio_iommu_type1_dma_map, size). */
export const DMA_MAP_MINSZ = 32;
/** offsetofend(struct vfio_iommu_type1_dma_unmap, size). */
export const DMA_UNMAP_MINSZ = 24;
/** offsetofend(struct vfio_iommu_type1_info, iova_pgsizes). */
export const INFO_MINSZ = 16;
/** sizeof(struct vfio_iommu_type1_info): argsz, flags, iova_pgsizes, cap_offset, pad. */
export const INFO_SIZE = 24;
/** sizeof(struct vfio_iommu_type1_info_dma_avail): header (8) + avail. */
const DMA_AVAIL_CAP_SIZE = 12;
/** struct_size(vfio_iommu_type1_info_cap_iova_range, iova_ranges, n): header, nr_iovas, reserved, ranges. */
const iovaRangeCapSize = (ranges: number) => 16 + 16 * ranges;
const U32_MAX = 0xffff_ffffn;

export type VfioIoasOp = 'GET' | 'SET' | 'CLEAR';

/** The compat IOAS while it is still a live object (iommufd_lock_obj fails on a destroyed one), else null. */
export function compatIoasOf(ctx: Context): Ioas | null {
  const ioas = ctx.vfioIoas;
  return ioas && ctx.object(ioas.id) === ioas ? ioas : null;
}

/** get_compat_ioas: the compat IOAS, else ENODEV. */
export function getCompatIoas(ctx: Context): Ioas {
  return compatIoasOf(ctx) ?? fail('ENODEV', 'no VFIO compat IOAS is set', 'contextId');
}

/** IOMMU_VFIO_IOAS (iommufd_vfio_ioas): GET returns the compat IOAS, SET takes one, CLEAR forgets it. */
export function vfioIoas(ctx: Context, op: VfioIoasOp, ioasId?: number): Ioas | null {
  ctx.assertOpen();
  switch (op) {
    case 'GET':
      return getCompatIoas(ctx);
    case 'SET': {
      const ioas = ctx.lookup(ioasId ?? 0, 'IOAS', 'ioasId');
      ctx.vfioIoas = ioas;
      return ioas;
    }
    case 'CLEAR':
      ctx.vfioIoas = null;
      return null;
    default:
      return fail('EOPNOTSUPP', `unknown IOMMU_VFIO_IOAS op ${String(op)}`, 'op');
  }
}

/** iommufd_vfio_cc_iommu: 1 when every HWPT of the compat IOAS enforces cache coherency. */
function ccIommu(ctx: Context): number {
  getCompatIoas(ctx);
  // The model has no non-snooping domain: every HWPT counts as enforcing (enforce_cache_coherency).
  return 1;
}

/** VFIO_CHECK_EXTENSION (iommufd_vfio_check_extension): 1 for what iommufd emulates, 0 for the rest. */
export function vfioCheckExtension(ctx: Context, extension: number): number {
  ctx.assertOpen();
  switch (extension) {
    case VFIO_TYPE1_IOMMU:
    case VFIO_TYPE1v2_IOMMU:
    case VFIO_UNMAP_ALL:
      return 1;
    case VFIO_DMA_CC_IOMMU:
      return ccIommu(ctx);
    // TYPE1_NESTING is obsolete; UPDATE_VADDR cannot be made safe: both 0, like every unknown value.
    default:
      return 0;
  }
}

/**
 * VFIO_SET_IOMMU (iommufd_vfio_set_iommu). TYPE1 differs from TYPE1v2 by allowing an unmap in the
 * middle of a mapping; iommufd emulates it by disabling large pages (iopt_disable_large_pages).
 */
export function vfioSetIommu(ctx: Context, type: number): Ioas {
  ctx.assertOpen();
  if (type !== VFIO_TYPE1_IOMMU && type !== VFIO_TYPE1v2_IOMMU) {
    fail('EINVAL', `VFIO_SET_IOMMU takes TYPE1 (1) or TYPE1v2 (3), not ${type}`, 'type');
  }
  const ioas = getCompatIoas(ctx);
  if (type === VFIO_TYPE1_IOMMU) ioas.iopt.setHugePages(false);
  return ioas;
}

export interface VfioInfoCap {
  id: number;
  version: number;
  /** Byte offset of the capability inside the info buffer. */
  offset: number;
  /** The next capability's offset, 0 for the last; null when the kernel did not write it. */
  next: number | null;
  /** VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL. */
  avail?: bigint;
  /** VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE (inclusive ends). */
  iovaRanges?: IovaRange[];
}

export interface VfioIommuInfo {
  /** The size that holds every capability. */
  argsz: number;
  flags: number;
  iovaPgsizes: bigint;
  /** 0 when argsz was too small for the whole chain; null when argsz did not reach the field. */
  capOffset: number | null;
  /** The capabilities written wholly inside argsz, in chain order. */
  caps: VfioInfoCap[];
}

/** iommufd_get_pagesizes: the domains' common page sizes, at least PAGE_SIZE and the IOAS alignment. */
function pageSizes(ioas: Ioas): bigint {
  let bitmap = ULONG_MAX;
  for (const hwpt of ioas.hwpts) bitmap &= hwpt.pageSizes.reduce((bits, size) => bits | size, 0n);
  const pageMask = ~(PAGE_SIZE - 1n) & U64_MAX;
  if (bitmap & ~pageMask) bitmap = (bitmap & pageMask) | PAGE_SIZE;
  return maxOf(bitmap, ioas.iovaAlignment);
}

/**
 * VFIO_IOMMU_GET_INFO (iommufd_vfio_iommu_get_info): PGSIZES, then the DMA_AVAIL and IOVA_RANGE
 * capabilities, each written only when it fits in argsz; argsz comes back as the size of the whole chain.
 */
export function vfioIommuGetInfo(ctx: Context, argsz: number): VfioIommuInfo {
  ctx.assertOpen();
  if (argsz < INFO_MINSZ) fail('EINVAL', `argsz ${argsz} is below ${INFO_MINSZ}`, 'argsz');
  const ioas = getCompatIoas(ctx);
  const ranges = ioas.iopt.iovaRanges();
  const chain: VfioInfoCap[] = [
    { id: VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL, version: 1, offset: 0, next: null, avail: U32_MAX },
    { id: VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, version: 1, offset: 0, next: null, iovaRanges: ranges },
  ];
  const sizes = [DMA_AVAIL_CAP_SIZE, iovaRangeCapSize(ranges.length)];
  const caps: VfioInfoCap[] = [];
  let total = INFO_SIZE;
  let last: VfioInfoCap | null = null;
  for (const [i, cap] of chain.entries()) {
    const size = sizes[i]!;
    cap.offset = total;
    if (argsz - total >= size) {
      cap.next = 0;
      caps.push(cap);
    }
    // The previous capability's next is written once argsz reaches where this one starts.
    if (last && argsz >= total) last.next = total;
    last = cap;
    total += size;
  }
  return {
    argsz: total,
    flags: VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS,
    iovaPgsizes: pageSizes(ioas),
    capOffset: argsz >= INFO_SIZE ? (argsz >= total ? INFO_SIZE : 0) : null,
    caps,
  };
}

export interface VfioDmaMapArgs {
  argsz: number;
  flags: number;
  vaddr: bigint;
  iova: bigint;
  size: bigint;
}

/**
 * VFIO_IOMMU_MAP_DMA (iommufd_vfio_map_dma): READ and WRITE only (VADDR and unknown flags are EINVAL),
 * always at the fixed iova, through the IOAS_MAP path (iopt_map_user_pages).
 */
export function vfioIommuMapDma(ctx: Context, args: VfioDmaMapArgs): Ioas {
  ctx.assertOpen();
  const supported = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE;
  if (args.argsz < DMA_MAP_MINSZ) fail('EINVAL', `argsz ${args.argsz} is below ${DMA_MAP_MINSZ}`, 'argsz');
  if (args.flags & ~supported) fail('EINVAL', `unsupported VFIO_DMA_MAP flags ${args.flags}`, 'flags');
  const ioas = getCompatIoas(ctx);
  try {
    ctx.ioasMap(ioas.id, {
      iova: args.iova,
      length: args.size,
      userVa: args.vaddr,
      readable: (args.flags & VFIO_DMA_MAP_FLAG_READ) !== 0,
      writable: (args.flags & VFIO_DMA_MAP_FLAG_WRITE) !== 0,
    });
  } catch (error) {
    throw inDmaStructTerms(error);
  }
  return ioas;
}

/** The IOAS path names its arguments as iommu_ioas_map does; vfio_iommu_type1_dma_map says size, vaddr, flags. */
const DMA_STRUCT_FIELD: Readonly<Record<string, string>> = {
  length: 'size',
  userVa: 'vaddr',
  readable: 'flags',
  writable: 'flags',
};

function inDmaStructTerms(error: unknown): unknown {
  if (!(error instanceof IommufdError) || !error.field || !DMA_STRUCT_FIELD[error.field]) return error;
  return new IommufdError(error.errno, error.message, DMA_STRUCT_FIELD[error.field]);
}

export interface VfioDmaUnmapArgs {
  argsz: number;
  flags: number;
  iova: bigint;
  size: bigint;
}

/**
 * VFIO_IOMMU_UNMAP_DMA (iommufd_vfio_unmap_dma): UNMAP_ALL needs iova and size 0; under TYPE1 (large
 * pages off) the areas are cut at both ends first (iopt_cut_iova), so any page-aligned range can go.
 * Not atomic, like IOAS_UNMAP: the result carries the bytes unmapped (written back into size) and the error.
 */
export function vfioIommuUnmapDma(ctx: Context, args: VfioDmaUnmapArgs): UnmapResult {
  try {
    ctx.assertOpen();
    if (args.argsz < DMA_UNMAP_MINSZ) {
      fail('EINVAL', `argsz ${args.argsz} is below ${DMA_UNMAP_MINSZ}`, 'argsz');
    }
    // GET_DIRTY_BITMAP is obsoleted by IOMMU_HWPT_GET_DIRTY_BITMAP, VADDR unsafe: EINVAL as unknown flags.
    if (args.flags & ~VFIO_DMA_UNMAP_FLAG_ALL) {
      fail('EINVAL', `unsupported VFIO_DMA_UNMAP flags ${args.flags}`, 'flags');
    }
    const ioas = getCompatIoas(ctx);
    if (args.flags & VFIO_DMA_UNMAP_FLAG_ALL) {
      if (args.iova !== 0n || args.size !== 0n) fail('EINVAL', 'UNMAP_ALL takes iova 0 and size 0', 'iova');
      return ctx.ioasUnmap(ioas.id, 0n, U64_MAX);
    }
    if (!ioas.hugePages) {
      const last = (args.iova + args.size - 1n) & U64_MAX;
      ioas.iopt.cutIova(args.iova ? [last, args.iova - 1n] : [last]);
    }
    const result = ctx.ioasUnmap(ioas.id, args.iova, args.size);
    return {
      unmapped: result.unmapped,
      error: result.error && (inDmaStructTerms(result.error) as IommufdError),
    };
  } catch (error) {
    if (error instanceof IommufdError) return { unmapped: 0n, error };
    throw error;
  }
}

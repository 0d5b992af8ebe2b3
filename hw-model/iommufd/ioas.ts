// IOAS objects and their ioctls (ioas.c): ALLOC, MAP, COPY, UNMAP, ALLOW_IOVAS, IOVA_RANGES and the
// HUGE_PAGES option. The selftest's ADD_RESERVED lives in ../selftest.
import { fail, IommufdError } from '../errors.ts';
import { PAGE_SIZE, U64_MAX, ULONG_MAX } from '../u64.ts';
import { checkU64 } from './args.ts';
import type { Context } from './context.ts';
import type { HwptPaging } from './hwpt.ts';
import { IoPagetable, type IopArea, type UnmapResult } from './io-pagetable.ts';
import type { IovaRange } from './iova-range.ts';
import { IoPages } from './memory.ts';
import { IommufdObject } from './object.ts';
import { IOMMU_OPTION_HUGE_PAGES, IOMMU_OPTION_OP_SET, ioasHugePages } from './option.ts';

/** SIZE_MAX on a 64-bit host. */
const SIZE_MAX = U64_MAX;

export class Ioas extends IommufdObject {
  readonly type = 'IOAS' as const;
  readonly iopt: IoPagetable;
  /** Paging HWPTs mirroring it, oldest first (ioas->hwpt_list); each holds a user on the IOAS. */
  readonly hwpts: HwptPaging[] = [];

  constructor(context: Context, id: number) {
    super(context, id);
    this.iopt = new IoPagetable(context.memory);
  }

  /** Its areas (mappings) in IOVA order. */
  areas(): IterableIterator<IopArea> {
    return this.iopt.areas();
  }

  get areaCount(): number {
    return this.iopt.areaCount;
  }

  /** Up to `limit` areas above `afterIova` (from the start when null): cursor pagination. */
  areasFrom(afterIova: bigint | null, limit: number): IopArea[] {
    return this.iopt.areasFrom(afterIova, limit);
  }

  get iovaAlignment(): bigint {
    return this.iopt.iovaAlignment;
  }

  get allowedIovas(): IovaRange[] {
    return this.iopt.allowedIovas;
  }

  get reservedRanges(): IovaRange[] {
    return this.iopt.reservedRanges;
  }

  get hugePages(): boolean {
    return this.iopt.hugePages;
  }

  /** IOMMU_IOAS_IOVA_RANGES: the holes of the reserved ranges (iommufd_ioas_iova_ranges). */
  iovaRanges(): IovaRange[] {
    return this.iopt.iovaRanges();
  }

  /** IOMMU_DESTROY of an IOAS holding only areas unmaps them (iommufd_object_remove). */
  teardown(): void {
    this.iopt.destroy();
  }
}

export interface MapArgs {
  /** FIXED_IOVA when given. */
  iova?: bigint | undefined;
  length: bigint;
  userVa: bigint;
  readable: boolean;
  writable: boolean;
}

export interface CopyArgs {
  dstIoasId: number;
  srcIoasId: number;
  srcIova: bigint;
  length: bigint;
  dstIova?: bigint | undefined;
  readable: boolean;
  writable: boolean;
}

/** IOMMU_IOAS_MAP, checks in iopt_map_user_pages order. Returns the IOVA. */
export function ioasMap(ctx: Context, ioasId: number, args: MapArgs): bigint {
  if (args.iova !== undefined) checkU64(args.iova, 'iova');
  checkU64(args.length, 'length');
  checkU64(args.userVa, 'userVa');
  if ((args.iova ?? 0n) >= ULONG_MAX) fail('EOVERFLOW', 'iova must be below ULONG_MAX', 'iova');
  if (args.length >= ULONG_MAX) fail('EOVERFLOW', 'length must be below ULONG_MAX', 'length');
  if (!args.readable && !args.writable) fail('EINVAL', 'a mapping must be readable or writable', 'readable');
  const ioas = ctx.lookup(ioasId, 'IOAS', 'ioasId');
  // iopt_alloc_user_pages
  if (args.length === 0n || args.length > SIZE_MAX - PAGE_SIZE)
    fail('EINVAL', 'length is 0 or too large', 'length');
  if (args.userVa + args.length > U64_MAX) fail('EOVERFLOW', 'userVa + length overflows', 'userVa');
  const pages = new IoPages(ctx.memory, args.userVa, args.length, args.writable);
  return ioas.iopt.mapPages([{ pages, startByte: 0n, length: args.length }], args.length, args.iova, args);
}

/** IOMMU_IOAS_COPY (iommufd_ioas_copy): the source's pages are shared, not pinned again. Returns the destination IOVA. */
export function ioasCopy(ctx: Context, args: CopyArgs): bigint {
  checkU64(args.length, 'length');
  checkU64(args.srcIova, 'srcIova');
  if (args.dstIova !== undefined) checkU64(args.dstIova, 'dstIova');
  if (args.length >= ULONG_MAX) fail('EOVERFLOW', 'length must be below ULONG_MAX', 'length');
  if (args.srcIova >= ULONG_MAX) fail('EOVERFLOW', 'srcIova must be below ULONG_MAX', 'srcIova');
  if ((args.dstIova ?? 0n) >= ULONG_MAX) fail('EOVERFLOW', 'dstIova must be below ULONG_MAX', 'dstIova');
  if (!args.readable && !args.writable) fail('EINVAL', 'a mapping must be readable or writable', 'readable');
  const src = ctx.lookup(args.srcIoasId, 'IOAS', 'srcIoasId');
  const segments = src.iopt.getPages(args.srcIova, args.length);
  const dst = ctx.lookup(args.dstIoasId, 'IOAS', 'dstIoasId');
  // One destination area per source area crossed, as iopt_map_pages inserts one per pages element.
  return dst.iopt.mapPages(segments, args.length, args.dstIova, args);
}

/**
 * IOMMU_IOAS_UNMAP (iopt_unmap_iova). Never throws an IommufdError: UNMAP is not atomic across areas, so the
 * result carries what was unmapped together with the error that stopped it.
 */
export function ioasUnmap(ctx: Context, ioasId: number, iova: bigint, length: bigint): UnmapResult {
  try {
    checkU64(iova, 'iova');
    checkU64(length, 'length');
    const ioas = ctx.lookup(ioasId, 'IOAS', 'ioasId');
    if (iova === 0n && length === U64_MAX) {
      // iopt_unmap_all walks the same range: a HW queue's locked area stops it with EBUSY.
      if (ioas.iopt.hasLockedArea()) return ioas.iopt.unmapRange(0n, ULONG_MAX);
      return { unmapped: ioas.iopt.unmapAll(), error: null };
    }
    if (iova >= ULONG_MAX) fail('EOVERFLOW', 'iova must be below ULONG_MAX', 'iova');
    if (length >= ULONG_MAX) fail('EOVERFLOW', 'length must be below ULONG_MAX', 'length');
    if (length === 0n) fail('EINVAL', 'length is 0', 'length');
    if (iova + length - 1n > ULONG_MAX) fail('EOVERFLOW', 'iova + length overflows', 'length');
    return ioas.iopt.unmapRange(iova, iova + length - 1n);
  } catch (error) {
    if (error instanceof IommufdError) return { unmapped: 0n, error };
    throw error;
  }
}

/** IOMMU_IOAS_ALLOW_IOVAS (iopt_set_allow_iova): replaces the whole list; empty clears it. */
export function ioasAllowIovas(ctx: Context, ioasId: number, ranges: readonly IovaRange[]): void {
  const ioas = ctx.lookup(ioasId, 'IOAS', 'ioasId');
  const accepted: IovaRange[] = [];
  for (const range of ranges) {
    checkU64(range.start, 'ranges');
    checkU64(range.last, 'ranges');
    // A single-address range (start == last) is rejected too.
    if (range.start >= range.last) fail('EINVAL', 'an allowed range needs start < last', 'ranges');
    if (accepted.some((other) => range.start <= other.last && other.start <= range.last)) {
      fail('EINVAL', 'allowed ranges overlap each other', 'ranges');
    }
    accepted.push({ start: range.start, last: range.last });
  }
  ioas.iopt.setAllowed(accepted);
}

/** IOMMU_IOAS_IOVA_RANGES (iommufd_ioas_iova_ranges): the usable ranges and the alignment MAP needs. */
export function ioasIovaRanges(ctx: Context, ioasId: number): { ranges: IovaRange[]; alignment: bigint } {
  const ioas = ctx.lookup(ioasId, 'IOAS', 'ioasId');
  return { ranges: ioas.iopt.iovaRanges(), alignment: ioas.iopt.iovaAlignment };
}

/** IOMMU_OPTION_HUGE_PAGES SET (iommufd_ioas_option) as a boolean: the object must be an IOAS (ENOENT). */
export function ioasSetHugePages(ctx: Context, ioasId: number, enabled: boolean): void {
  const args = { optionId: IOMMU_OPTION_HUGE_PAGES, op: IOMMU_OPTION_OP_SET, objectId: ioasId };
  ioasHugePages(ctx, { ...args, val64: enabled ? 1n : 0n }, 'ioasId');
}

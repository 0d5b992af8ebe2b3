// Dirty tracking on paging HWPTs: IOMMU_HWPT_SET_DIRTY_TRACKING and IOMMU_HWPT_GET_DIRTY_BITMAP
// (iommufd_hwpt_set_dirty_tracking, iopt_read_and_clear_dirty_data). Dirty bits live per
// IOPTE: a write anywhere in a huge IOPTE dirties all of it, and a read reports every page inside it.
import { fail } from '../errors.ts';
import { lowestSetBit, toHex, U64_MAX, ULONG_MAX } from '../u64.ts';
import { checkU64 } from './args.ts';
import { type BTree, numericTree } from './btree.ts';
import type { Context } from './context.ts';
import type { HwptPaging } from './hwpt.ts';
import type { IopArea } from './io-pagetable.ts';
import type { IovaRange } from './iova-range.ts';

/** The most bits one GET_DIRTY_BITMAP call returns here (2^27 bits = 16 MiB of bitmap): more is E2BIG. */
export const MAX_DIRTY_BITMAP_BITS = 2 ** 27;

export interface DirtyBitmapArgs {
  /** IOVA of bit 0. */
  iova: bigint;
  length: bigint;
  /** Bytes per bit. */
  pageSize: bigint;
  /** IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR: report without clearing. */
  noClear?: boolean | undefined;
}

export interface DirtyBitmap {
  /** Bit i is iova + i * pageSize, in 64-bit words, least significant bit first (as the kernel writes it). */
  bitmap: bigint[];
  /** The set bits as IOVA ranges, merged, ascending. */
  dirtyRanges: IovaRange[];
}

/** A run of dirty IOPTEs inside one area, at IOPTE boundaries. */
interface DirtyRun {
  last: bigint;
  area: IopArea;
}

const WORD_ALL = (1n << 64n) - 1n;

/**
 * The dirty IOPTEs of one paging HWPT, as runs in a B+ tree keyed by start: marking, reading and clearing
 * cost O(runs touched · log runs), never O(pages). A run belongs to the area it was written in; once that
 * area is unmapped its IOPTEs are gone, so a run whose area is no longer mapped is dropped when met.
 */
export class DirtyLog {
  private readonly runs: BTree<bigint, DirtyRun> = numericTree();

  constructor(private readonly hwpt: HwptPaging) {}

  /** Runs currently held (stale ones included until met). */
  get runCount(): number {
    return this.runs.size;
  }

  /** Sets the dirty bit of every IOPTE mapping a byte of [first, last]. Unmapped IOVAs have no IOPTE. */
  mark(first: bigint, last: bigint): void {
    for (const span of this.iopteSpans(first, last)) this.addRun(span.start, span.last, span.area);
  }

  /** Every dirty bit goes (SET_DIRTY_TRACKING enable: iopt_clear_dirty_data). */
  clearAll(): void {
    this.runs.clear();
  }

  /** Reads the bits of [first, last] at `pageSize` per bit; clears the IOPTEs read unless noClear. */
  read(first: bigint, last: bigint, pageSize: bigint, noClear: boolean): DirtyBitmap {
    const bits = Number((last - first) / pageSize) + 1;
    const bitmap = new Array<bigint>(Math.ceil(bits / 64)).fill(0n);
    const dirtyRanges: IovaRange[] = [];
    let previousBit = -2;
    const stale: bigint[] = [];
    // Runs of one area come together; once its area is found live, the rest of its runs are too (a run lies
    // inside its area, so the area lookup would find the same area again).
    let liveArea: IopArea | null = null;
    for (const [start, run] of this.overlapping(first, last)) {
      if (run.area !== liveArea) {
        if (!this.isLive(start, run)) {
          stale.push(start);
          continue;
        }
        liveArea = run.area;
      }
      const from = start > first ? start : first;
      const to = run.last < last ? run.last : last;
      const firstBit = Number((from - first) / pageSize);
      const lastBit = Number((to - first) / pageSize);
      setBits(bitmap, firstBit, lastBit);
      const range = dirtyRanges[dirtyRanges.length - 1];
      const rangeLast = first + BigInt(lastBit + 1) * pageSize - 1n;
      if (range && firstBit <= previousBit + 1) {
        if (rangeLast > range.last) range.last = rangeLast;
      } else {
        dirtyRanges.push({ start: first + BigInt(firstBit) * pageSize, last: rangeLast });
      }
      if (lastBit > previousBit) previousBit = lastBit;
    }
    for (const start of stale) this.runs.delete(start);
    // Clearing works on whole IOPTEs: a huge IOPTE only partly read loses its one dirty bit.
    if (!noClear) this.clearRange(this.iopteStart(first), this.iopteLast(last));
    return { bitmap, dirtyRanges };
  }

  /** The IOPTE-granular pieces of [first, last] that are mapped: one per area met. */
  private *iopteSpans(
    first: bigint,
    last: bigint,
  ): Generator<{ area: IopArea; start: bigint; last: bigint }> {
    const iopt = this.hwpt.ioas.iopt;
    for (let area = iopt.firstAreaIn(first, last); area; ) {
      const from = area.iova > first ? area.iova : first;
      const to = area.last < last ? area.last : last;
      yield { area, start: this.iopteStartIn(area, from), last: this.iopteLastIn(area, to) };
      if (area.last >= last) return;
      area = iopt.firstAreaIn(area.last + 1n, last);
    }
  }

  private iopteStartIn(area: IopArea, iova: bigint): bigint {
    const size = this.hwpt.pageSizeAt(area, iova);
    const start = iova - (iova % size);
    // biome-ignore lint/complexity/useMathMinMax: bigint operands
    return start > area.iova ? start : area.iova;
  }

  private iopteLastIn(area: IopArea, iova: bigint): bigint {
    const size = this.hwpt.pageSizeAt(area, iova);
    const last = iova - (iova % size) + size - 1n;
    return last < area.last ? last : area.last;
  }

  private iopteStart(iova: bigint): bigint {
    const area = this.hwpt.ioas.iopt.areaContaining(iova);
    return area ? this.iopteStartIn(area, iova) : iova;
  }

  private iopteLast(iova: bigint): bigint {
    const area = this.hwpt.ioas.iopt.areaContaining(iova);
    return area ? this.iopteLastIn(area, iova) : iova;
  }

  private isLive(start: bigint, run: DirtyRun): boolean {
    return this.hwpt.ioas.iopt.areaContaining(start) === run.area;
  }

  /** Runs meeting [first, last], ascending (collected, so callers may change the tree). */
  private overlapping(first: bigint, last: bigint): [bigint, DirtyRun][] {
    const found: [bigint, DirtyRun][] = [];
    const below = this.runs.getPairOrNextLower(first);
    if (below && below[0] < first && below[1].last >= first) found.push(below);
    for (const pair of this.runs.entries(first)) {
      if (pair[0] > last) break;
      found.push(pair);
    }
    return found;
  }

  /** Adds [start, last] of `area`, merging with its runs that touch it; overlapped runs of dead areas go. */
  private addRun(start: bigint, last: bigint, area: IopArea): void {
    let from = start;
    let to = last;
    const touching = this.overlapping(start > 0n ? start - 1n : 0n, last < U64_MAX ? last + 1n : last);
    for (const [key, run] of touching) {
      if (run.area === area) {
        if (key < from) from = key;
        if (run.last > to) to = run.last;
        this.runs.delete(key);
      } else if (key <= last && run.last >= start) {
        // Live areas never overlap, so a run of another area overlapping this one is of an unmapped area.
        this.runs.delete(key);
      }
    }
    this.runs.set(from, { last: to, area });
  }

  /** Removes [first, last] from every run, splitting the runs sticking out. */
  private clearRange(first: bigint, last: bigint): void {
    // Only the two edge runs can stick out of [first, last]; everything starting inside goes in one B-tree range
    // delete rather than a delete per run.
    const below = this.runs.getPairOrNextLower(first);
    const lowEdge = below && below[0] < first && below[1].last >= first ? below : undefined;
    const atLast = this.runs.getPairOrNextLower(last);
    const highEdge = atLast && atLast[1].last > last ? atLast : undefined;
    this.runs.deleteRange(first, last, true);
    if (lowEdge) this.runs.set(lowEdge[0], { last: first - 1n, area: lowEdge[1].area });
    if (highEdge) this.runs.set(last + 1n, { last: highEdge[1].last, area: highEdge[1].area });
  }
}

/** ORs ones into bits [firstBit, lastBit] of 64-bit words: O(words touched). */
function setBits(words: bigint[], firstBit: number, lastBit: number): void {
  const firstWord = Math.floor(firstBit / 64);
  const lastWord = Math.floor(lastBit / 64);
  const low = BigInt(firstBit % 64);
  const high = BigInt(lastBit % 64);
  if (firstWord === lastWord) {
    words[firstWord]! |= ((1n << (high - low + 1n)) - 1n) << low;
    return;
  }
  words[firstWord]! |= (WORD_ALL << low) & WORD_ALL;
  for (let word = firstWord + 1; word < lastWord; word++) words[word] = WORD_ALL;
  words[lastWord]! |= (1n << (high + 1n)) - 1n;
}

// ---- ioctls --------------------------------------------------------------------------------------

/**
 * IOMMU_HWPT_SET_DIRTY_TRACKING (iommufd_hwpt_set_dirty_tracking): not a HWPT_PAGING (nested too) → ENOENT; allocated without
 * DIRTY_TRACKING (no dirty ops) → EOPNOTSUPP. Enabling first clears every dirty bit. Disabling keeps
 * the bits already set (a later read still sees them); no new ones are set.
 */
export function hwptSetDirtyTracking(ctx: Context, hwptId: number, enabled: boolean): HwptPaging {
  const hwpt = ctx.lookup(hwptId, 'HWPT_PAGING', 'hwptId');
  if (!hwpt.dirtyTrackingSupported) {
    fail('EOPNOTSUPP', `HWPT ${hwptId} was not allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING`, 'hwptId');
  }
  if (enabled) hwpt.dirtyLog.clearAll();
  hwpt.dirtyTrackingEnabled = enabled;
  return hwpt;
}

/**
 * IOMMU_HWPT_GET_DIRTY_BITMAP (iommufd_hwpt_get_dirty_bitmap), checks in the kernel's order: ENOENT; iova + length - 1
 * overflows → EOVERFLOW; iova or iova + length off the IOAS alignment → EINVAL; page size 0 → EINVAL;
 * iova or iova + length off the page size → EINVAL; no dirty ops → EOPNOTSUPP; more than
 * MAX_DIRTY_BITMAP_BITS bits → E2BIG (a bound of this model: the kernel walks any length in chunks).
 * As the kernel does, the page-size checks mask with pageSize - 1 and a bit covers the lowest set bit
 * of pageSize (__ffs): for a power of two, exactly pageSize. Holes read as clean, not as errors.
 */
export function hwptGetDirtyBitmap(ctx: Context, hwptId: number, args: DirtyBitmapArgs): DirtyBitmap {
  checkU64(args.iova, 'iova');
  checkU64(args.length, 'length');
  checkU64(args.pageSize, 'pageSize');
  const hwpt = ctx.lookup(hwptId, 'HWPT_PAGING', 'hwptId');
  const { iova, length, pageSize } = args;
  // check_add_overflow(iova, length - 1) in u64 (length 0 wraps to U64_MAX).
  const last = iova + ((length - 1n) & U64_MAX);
  if (last > U64_MAX || iova > ULONG_MAX || last > ULONG_MAX) {
    fail('EOVERFLOW', `iova ${toHex(iova)} + length ${toHex(length)} overflows`, 'length');
  }
  const end = (last + 1n) & U64_MAX;
  const alignment = hwpt.ioas.iopt.iovaAlignment;
  if ((iova & (alignment - 1n)) !== 0n || (end & (alignment - 1n)) !== 0n) {
    fail('EINVAL', `iova and iova + length must be multiples of the IOAS alignment ${alignment}`, 'iova');
  }
  if (pageSize === 0n) fail('EINVAL', 'pageSize is 0', 'pageSize');
  if ((iova & (pageSize - 1n)) !== 0n || (end & (pageSize - 1n)) !== 0n) {
    fail('EINVAL', `iova and iova + length must be multiples of pageSize ${pageSize}`, 'pageSize');
  }
  if (!hwpt.dirtyTrackingSupported) {
    fail('EOPNOTSUPP', `HWPT ${hwptId} was not allocated with IOMMU_HWPT_ALLOC_DIRTY_TRACKING`, 'hwptId');
  }
  if (length === 0n) return { bitmap: [], dirtyRanges: [] };
  const bitSize = 1n << BigInt(lowestSetBit(pageSize));
  const bits = (last - iova) / bitSize + 1n;
  if (bits > BigInt(MAX_DIRTY_BITMAP_BITS)) {
    fail('E2BIG', `${bits} bits: at most ${MAX_DIRTY_BITMAP_BITS} per call, split the range`, 'length');
  }
  return hwpt.dirtyLog.read(iova, last, bitSize, args.noClear ?? false);
}

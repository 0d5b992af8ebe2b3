// The guest's stage-1 page table of a nested HWPT (IOVA → GPA), one per PASID. Guest software writes
// it in its own memory; the model keeps it as ranges so a map or unmap costs the same whatever its
// length. The granule is 4 KiB (VT-d first stage, SMMUv3 with a 4K TG): unmapping part of a range
// splits it, as clearing some of its PTEs would.
import { fail } from '../errors.ts';
import { checkU64 } from '../iommufd/args.ts';
import { type BTree, numericTree } from '../iommufd/btree.ts';
import { toHex, U64_MAX } from '../u64.ts';

/** The stage-1 granule. */
export const STAGE1_PAGE_SIZE = 4096n;

/** One run of stage-1 PTEs: IOVA [iova, last] → GPA gpa + (IOVA - iova). */
export interface Stage1Range {
  iova: bigint;
  last: bigint;
  gpa: bigint;
  readable: boolean;
  writable: boolean;
}

export interface Stage1MapArgs {
  /** Omit (or 0, IOMMU_NO_PASID) for the table the RID uses. */
  pasid?: number | undefined;
  iova: bigint;
  gpa: bigint;
  length: bigint;
  readable: boolean;
  writable: boolean;
}

export interface Stage1UnmapArgs {
  pasid?: number | undefined;
  iova: bigint;
  length: bigint;
}

/** The range [start, start + length - 1] after the checks every stage-1 write shares. */
export function checkStage1Range(
  start: bigint,
  length: bigint,
  addressWidth: number,
  field: 'iova' | 'gpa',
): bigint {
  checkU64(start, field);
  checkU64(length, 'length');
  if (length === 0n) fail('EINVAL', 'length is 0', 'length');
  const last = start + length - 1n;
  if (last > U64_MAX) fail('EOVERFLOW', `${field} + length overflows 64 bits`, 'length');
  if (start % STAGE1_PAGE_SIZE !== 0n) fail('EINVAL', `${field} is not 4 KiB aligned`, field);
  if (length % STAGE1_PAGE_SIZE !== 0n) fail('EINVAL', 'length is not a multiple of 4 KiB', 'length');
  if (last >> BigInt(addressWidth) !== 0n) {
    fail('EINVAL', `${toHex(last)} is beyond the ${addressWidth}-bit stage-1 address width`, field);
  }
  return last;
}

/** A stage-1 table: non-overlapping ranges keyed by first IOVA. */
export class Stage1Table {
  private readonly ranges: BTree<bigint, Stage1Range> = numericTree();

  get size(): number {
    return this.ranges.size;
  }

  entries(): Stage1Range[] {
    return [...this.ranges.values()].map((range) => ({ ...range }));
  }

  /** The range translating `iova`, if any. O(log ranges). */
  lookup(iova: bigint): Stage1Range | undefined {
    const pair = this.ranges.getPairOrNextLower(iova);
    if (!pair || pair[1].last < iova) return undefined;
    return pair[1];
  }

  /** Whether any range intersects [start, last]. */
  intersects(start: bigint, last: bigint): boolean {
    if (this.lookup(start)) return true;
    const next = this.ranges.getPairOrNextHigher(start);
    return next !== undefined && next[0] <= last;
  }

  /** Adds a range; EEXIST when any of it is mapped already. */
  map(range: Stage1Range): void {
    if (this.intersects(range.iova, range.last)) {
      fail('EEXIST', `stage 1 already maps part of ${toHex(range.iova)}..${toHex(range.last)}`, 'iova');
    }
    this.ranges.set(range.iova, { ...range });
  }

  /** Clears [start, last], splitting ranges that straddle its ends; ENOENT when nothing was mapped. */
  unmap(start: bigint, last: bigint): bigint {
    if (!this.intersects(start, last))
      fail('ENOENT', `stage 1 maps nothing in ${toHex(start)}..${toHex(last)}`, 'iova');
    const hit: Stage1Range[] = [];
    const first = this.lookup(start);
    if (first) hit.push(first);
    for (let pair = this.ranges.getPairOrNextHigher(start); pair && pair[0] <= last; ) {
      if (pair[1] !== first) hit.push(pair[1]);
      pair = this.ranges.getPairOrNextHigher(pair[0] + 1n);
    }
    let cleared = 0n;
    for (const range of hit) {
      this.ranges.delete(range.iova);
      const from = range.iova > start ? range.iova : start;
      const to = range.last < last ? range.last : last;
      cleared += to - from + 1n;
      if (range.iova < start) this.ranges.set(range.iova, { ...range, last: start - 1n });
      if (range.last > last) {
        this.ranges.set(last + 1n, { ...range, iova: last + 1n, gpa: range.gpa + (last + 1n - range.iova) });
      }
    }
    return cleared;
  }
}

// The host-wide PASID space (the VFIO_IOMMU_PASID_REQUEST design: alloc from [min, max], free), shared
// by every context on the host. Linux has no uAPI for this today, so the errnos of free are ours.
import { fail } from '../errors.ts';
import { type BTree, numericTree } from '../iommufd/btree.ts';

/**
 * Allocated PASIDs kept as maximal runs [start, last] in a B+ tree keyed by start: alloc, free and the
 * "lowest free at or above min" search are O(log runs), whatever the range (2^20 PASIDs).
 *
 * The range is [1, 2^w - 1] where w is the largest maxPasidLog2 of the host's IOMMUs, read at each
 * call (a host's IOMMUs are known once it is built). PASID 0 (IOMMU_NO_PASID, "the RID") is never
 * handed out. A host without PASID-capable IOMMUs has the empty range min 1, max 0: every alloc is
 * EINVAL (the bounds are outside what the host supports).
 */
export class PasidAllocator {
  private readonly runs: BTree<number, number> = numericTree();
  private count = 0;

  constructor(
    /** log2 of the host's PASID space: the largest maxPasidLog2 of its IOMMUs (0: none). */
    private readonly width: () => number,
  ) {}

  get min(): number {
    return 1;
  }

  get max(): number {
    return 2 ** this.width() - 1;
  }

  /** How many PASIDs are allocated. */
  get size(): number {
    return this.count;
  }

  /** Allocated PASIDs, ascending. */
  allocated(): number[] {
    const found: number[] = [];
    for (const [start, last] of this.runs.entries()) for (let p = start; p <= last; p++) found.push(p);
    return found;
  }

  isAllocated(pasid: number): boolean {
    return this.runContaining(pasid) !== undefined;
  }

  /**
   * The lowest free PASID in [min, max]. min > max, a bound that is not an integer or lies outside
   * [this.min, this.max] → EINVAL; nothing free in the range → ENOSPC.
   */
  alloc(min: number, max: number): number {
    if (!Number.isInteger(min) || min < this.min || min > this.max) {
      fail('EINVAL', `min ${min} is outside the host's PASID range ${this.min}..${this.max}`, 'min');
    }
    if (!Number.isInteger(max) || max < this.min || max > this.max) {
      fail('EINVAL', `max ${max} is outside the host's PASID range ${this.min}..${this.max}`, 'max');
    }
    if (min > max) fail('EINVAL', `min ${min} is above max ${max}`, 'min');
    // Runs are maximal, so the PASID right after the run holding `min` is free.
    const holding = this.runContaining(min);
    const pasid = holding ? holding[1] + 1 : min;
    if (pasid > max) fail('ENOSPC', `every PASID in ${min}..${max} is allocated`, 'max');
    this.insert(pasid);
    return pasid;
  }

  /** Releases `pasid`; one that is not allocated → ENOENT (no Linux errno to copy; documented). */
  free(pasid: number): void {
    const run =
      (Number.isInteger(pasid) ? this.runContaining(pasid) : undefined) ??
      fail('ENOENT', `PASID ${pasid} is not allocated`, 'pasid');
    const [start, last] = run;
    this.runs.delete(start);
    if (start < pasid) this.runs.set(start, pasid - 1);
    if (pasid < last) this.runs.set(pasid + 1, last);
    this.count--;
  }

  private runContaining(pasid: number): [number, number] | undefined {
    const pair = this.runs.getPairOrNextLower(pasid);
    return pair && pair[1] >= pasid ? pair : undefined;
  }

  /** Adds a free PASID, joining the runs that end right below or start right above it. */
  private insert(pasid: number): void {
    const below = this.runs.getPairOrNextLower(pasid);
    const above = this.runs.get(pasid + 1);
    let start = pasid;
    let last = pasid;
    if (below && below[1] === pasid - 1) start = below[0];
    if (above !== undefined) {
      last = above;
      this.runs.delete(pasid + 1);
    }
    this.runs.set(start, last);
    this.count++;
  }
}

/** The PASID width of a host: the largest maxPasidLog2 of its IOMMUs. */
export function hostPasidWidth(iommus: readonly { maxPasidLog2: number }[]): number {
  let width = 0;
  for (const iommu of iommus) if (iommu.maxPasidLog2 > width) width = iommu.maxPasidLog2;
  return width;
}

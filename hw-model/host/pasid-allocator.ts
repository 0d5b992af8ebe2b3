// The host-wide PASID space (the VFIO_IOMMU_PASID_REQUEST design: alloc from [min, max], free), shared
// by every context on the host, with owners: that design gives each VM an ioasid_set with a quota, so a
// PASID allocated for a context belongs to it (only it may free it, closing it frees them all) and a
// context past its quota gets ENOSPC. A PASID allocated for no context belongs to the host until freed.
// Linux has no uAPI for this today, so the errnos of free are ours.
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
/** Per-context quota by default: a VM's worth (a guest with a few hundred PASID-using queues). */
export const DEFAULT_PASID_QUOTA_PER_CONTEXT = 1024;

/** Who holds a PASID: a context (any object standing for one), or null for the host itself. */
export type PasidOwner = object | null;

export class PasidAllocator {
  private readonly runs: BTree<number, number> = numericTree();
  private count = 0;
  /** Context-owned PASIDs → owner; a PASID absent here is the host's. */
  private readonly owners = new Map<number, object>();
  /** The PASIDs each owning context holds (its ioasid_set). */
  private readonly held = new Map<object, Set<number>>();
  /** Most PASIDs one context may hold (the ioasid_set quota); configurable per fleet. */
  quotaPerContext = DEFAULT_PASID_QUOTA_PER_CONTEXT;

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

  /** Who owns an allocated PASID (null: the host); undefined when it is not allocated. */
  ownerOf(pasid: number): PasidOwner | undefined {
    if (!this.isAllocated(pasid)) return undefined;
    return this.owners.get(pasid) ?? null;
  }

  /** How many PASIDs `owner` holds. */
  heldBy(owner: object): number {
    return this.held.get(owner)?.size ?? 0;
  }

  /**
   * The lowest free PASID in [min, max], owned by `owner`. min > max, a bound that is not an integer or
   * lies outside [this.min, this.max] → EINVAL; the owner at its quota → ENOSPC (ioasid_alloc checks the
   * set's quota before searching); nothing free in the range → ENOSPC.
   */
  alloc(min: number, max: number, owner: PasidOwner = null): number {
    if (!Number.isInteger(min) || min < this.min || min > this.max) {
      fail('EINVAL', `min ${min} is outside the host's PASID range ${this.min}..${this.max}`, 'min');
    }
    if (!Number.isInteger(max) || max < this.min || max > this.max) {
      fail('EINVAL', `max ${max} is outside the host's PASID range ${this.min}..${this.max}`, 'max');
    }
    if (min > max) fail('EINVAL', `min ${min} is above max ${max}`, 'min');
    if (owner && this.heldBy(owner) >= this.quotaPerContext) {
      fail('ENOSPC', `the context holds its quota of ${this.quotaPerContext} PASIDs`, 'contextId');
    }
    // Runs are maximal, so the PASID right after the run holding `min` is free.
    const holding = this.runContaining(min);
    const pasid = holding ? holding[1] + 1 : min;
    if (pasid > max) fail('ENOSPC', `every PASID in ${min}..${max} is allocated`, 'max');
    this.insert(pasid);
    if (owner) {
      this.owners.set(pasid, owner);
      const set = this.held.get(owner) ?? new Set<number>();
      set.add(pasid);
      this.held.set(owner, set);
    }
    return pasid;
  }

  /**
   * Releases `pasid` on behalf of `owner`; one that is not allocated → ENOENT (no Linux errno to copy;
   * documented); one another owner holds (another context, or the host when `owner` is a context and the
   * other way round) → EPERM.
   */
  free(pasid: number, owner: PasidOwner = null): void {
    const run =
      (Number.isInteger(pasid) ? this.runContaining(pasid) : undefined) ??
      fail('ENOENT', `PASID ${pasid} is not allocated`, 'pasid');
    const holder = this.owners.get(pasid) ?? null;
    if (holder !== owner) {
      const whose = holder ? 'another context' : 'the host (allocated without a context)';
      fail('EPERM', `PASID ${pasid} belongs to ${whose}`, 'contextId');
    }
    this.release(pasid, run);
  }

  /** Frees every PASID `owner` holds (its context closed, as a VM's ioasid_set goes with it). Returns how many. */
  freeAllOf(owner: object): number {
    const mine = [...(this.held.get(owner) ?? [])];
    for (const pasid of mine) this.release(pasid, this.runContaining(pasid)!);
    return mine.length;
  }

  private release(pasid: number, run: [number, number]): void {
    const owner = this.owners.get(pasid);
    if (owner) {
      this.owners.delete(pasid);
      const set = this.held.get(owner)!;
      set.delete(pasid);
      if (set.size === 0) this.held.delete(owner);
    }
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

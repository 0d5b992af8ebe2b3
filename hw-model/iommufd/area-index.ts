// A read-optimised snapshot of an IOAS's areas: their starts as float64 in a sorted typed array,
// searched without a comparison callback. The B+ tree stays the source of truth; the snapshot is
// rebuilt lazily, and only once enough lookups have run since the last change to pay for the O(n)
// rebuild, so interleaved map/lookup workloads keep the tree's O(log n) (amortised).

/** Numbers hold every integer below 2^53 exactly. */
const EXACT_LIMIT = 1n << 53n;

export interface IovaSpan {
  readonly iova: bigint;
  readonly last: bigint;
}

export class AreaIndex<T extends IovaSpan> {
  private starts = new Float64Array(0);
  private items: T[] = [];
  private stale = true;
  private lookupsSinceChange = 0;

  constructor(
    /** The areas in IOVA order, from the tree. */
    private readonly source: () => Iterable<T>,
    private readonly size: () => number,
  ) {}

  /** Any insert or delete in the tree. */
  invalidate(): void {
    this.stale = true;
    this.lookupsSinceChange = 0;
  }

  /**
   * The span containing `iova`, or null when the snapshot cannot answer (stale, or an IOVA at or
   * above 2^53) and the caller must ask the tree. Undefined: no span contains it.
   */
  find(iova: bigint): T | undefined | null {
    if (iova >= EXACT_LIMIT) return null;
    if (this.stale) {
      // Rebuilding costs ~n; wait for n/16 lookups so the rebuild is amortised over them.
      if (++this.lookupsSinceChange < this.size() >>> 4) return null;
      this.rebuild();
    }
    // Rounding is monotone and every start at or above 2^53 rounds to at least 2^53 > iova, so the
    // float comparison below is exact for the question "start <= iova".
    const at = Number(iova);
    const starts = this.starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! <= at) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    const item = this.items[low - 1]!;
    return item.last >= iova ? item : undefined;
  }

  private rebuild(): void {
    const items = [...this.source()];
    const starts = new Float64Array(items.length);
    for (let i = 0; i < items.length; i++) starts[i] = Number(items[i]!.iova);
    this.items = items;
    this.starts = starts;
    this.stale = false;
  }
}

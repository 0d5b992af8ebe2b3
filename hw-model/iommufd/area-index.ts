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
  private guide = new Uint32Array(0);
  private buckets = 0;
  private bucketWidth = 1;
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
    if (starts.length === 0 || at < starts[0]!) return undefined;
    // The guide narrows the search to the areas starting in at's bucket (about one when evenly spread).
    let bucket = Math.min(Math.floor((at - starts[0]!) / this.bucketWidth), this.buckets);
    while (bucket > 0 && this.edge(bucket) > at) bucket--;
    while (bucket < this.buckets && this.edge(bucket + 1) <= at) bucket++;
    let low = this.guide[bucket]!;
    let high = bucket < this.buckets ? this.guide[bucket + 1]! : starts.length;
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
    this.buildGuide();
    this.stale = false;
  }

  /** Bucket b covers [edge(b), edge(b+1)); the same float expression at build and lookup. */
  private edge(bucket: number): number {
    return this.starts[0]! + bucket * this.bucketWidth;
  }

  /** guide[b]: how many starts lie below edge(b), so the answer for an IOVA in bucket b is in [guide[b], guide[b+1]]. */
  private buildGuide(): void {
    const starts = this.starts;
    const count = starts.length;
    this.buckets = count;
    this.guide = new Uint32Array(count + 1);
    if (count === 0) return;
    this.bucketWidth = Math.max(1, Math.ceil((starts[count - 1]! - starts[0]! + 1) / count));
    let below = 0;
    for (let bucket = 0; bucket <= count; bucket++) {
      const edge = this.edge(bucket);
      while (below < count && starts[below]! < edge) below++;
      this.guide[bucket] = below;
    }
  }
}

// The free IOVA space of an IOAS (holes between areas and reserved ranges) as a treap ordered by start,
// each node knowing the largest hole below it, so first-fit allocation is O(log n) rather than a walk
// over every area (iopt_alloc_iova asks for first fit in ascending order).
import type { IovaRange } from './iova-range.ts';

interface HoleNode {
  start: bigint;
  last: bigint;
  priority: number;
  left: HoleNode | null;
  right: HoleNode | null;
  /** Largest hole size (last - start + 1) in this subtree. */
  maxSize: bigint;
}

const sizeOf = (node: HoleNode) => node.last - node.start + 1n;

function update(node: HoleNode): HoleNode {
  let max = sizeOf(node);
  if (node.left && node.left.maxSize > max) max = node.left.maxSize;
  if (node.right && node.right.maxSize > max) max = node.right.maxSize;
  node.maxSize = max;
  return node;
}

/** Splits into holes starting below `key` and holes starting at or above it. */
function split(node: HoleNode | null, key: bigint): [HoleNode | null, HoleNode | null] {
  if (!node) return [null, null];
  if (node.start < key) {
    const [low, high] = split(node.right, key);
    node.right = low;
    return [update(node), high];
  }
  const [low, high] = split(node.left, key);
  node.left = high;
  return [low, update(node)];
}

function merge(low: HoleNode | null, high: HoleNode | null): HoleNode | null {
  if (!low) return high;
  if (!high) return low;
  if (low.priority > high.priority) {
    low.right = merge(low.right, high);
    return update(low);
  }
  high.left = merge(low, high.left);
  return update(high);
}

/** Leftmost hole starting at or after `from` whose size is at least `minSize`. */
function firstFit(node: HoleNode | null, from: bigint, minSize: bigint): HoleNode | null {
  if (!node || node.maxSize < minSize) return null;
  if (node.start < from) return firstFit(node.right, from, minSize);
  const left = firstFit(node.left, from, minSize);
  if (left) return left;
  if (sizeOf(node) >= minSize) return node;
  return firstFit(node.right, from, minSize);
}

export class HoleTree {
  private root: HoleNode | null = null;
  // Deterministic priorities: the model gives the same results for the same calls.
  private seed = 0x2545f491;

  constructor(initial: IovaRange) {
    this.insert(initial.start, initial.last);
  }

  /** The hole containing `iova`, if it is free. */
  containing(iova: bigint): IovaRange | undefined {
    let node = this.root;
    let best: HoleNode | null = null;
    while (node) {
      if (node.start <= iova) {
        best = node;
        node = node.right;
      } else {
        node = node.left;
      }
    }
    return best && best.last >= iova ? { start: best.start, last: best.last } : undefined;
  }

  /** Leftmost hole starting at or after `from` with at least `minSize` bytes. */
  firstFitFrom(from: bigint, minSize: bigint): IovaRange | undefined {
    const node = firstFit(this.root, from, minSize);
    return node ? { start: node.start, last: node.last } : undefined;
  }

  /** Holes meeting [first, last], ascending. */
  overlapping(first: bigint, last: bigint): IovaRange[] {
    const found: IovaRange[] = [];
    let hole = this.containing(first) ?? this.firstFitFrom(first, 1n);
    while (hole && hole.start <= last) {
      found.push(hole);
      hole = this.firstFitFrom(hole.last + 1n, 1n);
    }
    return found;
  }

  /** [first, last] stops being free (an area or a reservation took it). */
  markUsed(first: bigint, last: bigint): void {
    for (const hole of this.overlapping(first, last)) {
      this.remove(hole.start);
      if (hole.start < first) this.insert(hole.start, first - 1n);
      if (hole.last > last) this.insert(last + 1n, hole.last);
    }
  }

  /** [first, last], wholly used until now, becomes free and joins the holes beside it. */
  markFree(first: bigint, last: bigint): void {
    const before = first > 0n ? this.containing(first - 1n) : undefined;
    const after = this.containing(last + 1n);
    if (before) this.remove(before.start);
    if (after) this.remove(after.start);
    this.insert(before?.start ?? first, after?.last ?? last);
  }

  *[Symbol.iterator](): Generator<IovaRange> {
    let hole = this.firstFitFrom(0n, 1n);
    while (hole) {
      yield hole;
      hole = this.firstFitFrom(hole.last + 1n, 1n);
    }
  }

  private insert(start: bigint, last: bigint): void {
    this.seed = (Math.imul(this.seed, 1103515245) + 12345) >>> 0;
    const node: HoleNode = {
      start,
      last,
      priority: this.seed,
      left: null,
      right: null,
      maxSize: last - start + 1n,
    };
    const [low, high] = split(this.root, start);
    this.root = merge(merge(low, node), high);
  }

  private remove(start: bigint): void {
    const [low, rest] = split(this.root, start);
    const [, high] = split(rest, start + 1n);
    this.root = merge(low, high);
  }
}

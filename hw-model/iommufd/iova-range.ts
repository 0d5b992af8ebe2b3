// Inclusive IOVA ranges {start, last}, as the kernel's interval trees hold them.
export interface IovaRange {
  start: bigint;
  last: bigint;
}

export function rangesIntersect(a: IovaRange, b: IovaRange): boolean {
  return a.start <= b.last && b.start <= a.last;
}

/** Sorted, with overlapping and adjacent ranges joined. */
export function mergeRanges(ranges: Iterable<IovaRange>): IovaRange[] {
  const sorted = [...ranges].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const merged: IovaRange[] = [];
  for (const range of sorted) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.last + 1n) {
      if (range.last > previous.last) previous.last = range.last;
    } else {
      merged.push({ start: range.start, last: range.last });
    }
  }
  return merged;
}

/** The parts of [first, last] that no range of `merged` (sorted, disjoint) covers. */
export function gapsWithin(merged: readonly IovaRange[], first: bigint, last: bigint): IovaRange[] {
  const gaps: IovaRange[] = [];
  let cursor = first;
  for (const range of merged) {
    if (range.last < cursor) continue;
    if (range.start > last) break;
    if (range.start > cursor) gaps.push({ start: cursor, last: range.start - 1n });
    if (range.last >= last) return gaps;
    cursor = range.last + 1n;
  }
  gaps.push({ start: cursor, last });
  return gaps;
}

/** Whether [start, last] meets any range of `merged` (sorted, disjoint): a binary search. */
export function intersectsAny(merged: readonly IovaRange[], start: bigint, last: bigint): boolean {
  let low = 0;
  let high = merged.length;
  // The first range whose last >= start.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (merged[middle]!.last < start) low = middle + 1;
    else high = middle;
  }
  const candidate = merged[low];
  return candidate !== undefined && candidate.start <= last;
}

/** Math.max/min do not take bigints. */
export const maxOf = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const minOf = (a: bigint, b: bigint): bigint => (a < b ? a : b);

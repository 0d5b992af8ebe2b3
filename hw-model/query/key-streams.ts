// Sorted sets of numeric keys that can be searched from any point, and their unions and intersections
// (a leapfrog join), so that a filtered page costs about one search per page item per filter, however
// large the fleet is.
import type { BTree } from '../iommufd/btree.ts';

export interface KeyStream {
  /** The smallest key >= from, or undefined. */
  ceil(from: number): number | undefined;
  /** The largest key <= from, or undefined. */
  floor(from: number): number | undefined;
  /** How many keys, when known without walking; null when only a walk can tell. */
  readonly size: number | null;
}

export const EMPTY: KeyStream = { ceil: () => undefined, floor: () => undefined, size: 0 };

/** The keys of a B-tree (its values are ignored). */
export function treeStream(tree: BTree<number, unknown>): KeyStream {
  return {
    ceil: (from) => tree.getPairOrNextHigher(from)?.[0],
    floor: (from) => tree.getPairOrNextLower(from)?.[0],
    get size() {
      return tree.size;
    },
  };
}

/** Every number in [low, high]: a bound to intersect with, not a set of its own (size unknown). */
export function rangeStream(low: number, high: number): KeyStream {
  return {
    ceil: (from) => (from > high ? undefined : Math.max(from, low)),
    floor: (from) => (from < low ? undefined : Math.min(from, high)),
    size: null,
  };
}

/** Keys in any of the streams; they must be disjoint for the size to be right. */
export function union(streams: readonly KeyStream[]): KeyStream {
  if (streams.length === 0) return EMPTY;
  if (streams.length === 1) return streams[0]!;
  const pick = (keys: (number | undefined)[], better: (a: number, b: number) => boolean) => {
    let best: number | undefined;
    for (const key of keys) if (key !== undefined && (best === undefined || better(key, best))) best = key;
    return best;
  };
  const sizes = streams.map((s) => s.size);
  return {
    ceil: (from) =>
      pick(
        streams.map((s) => s.ceil(from)),
        (a, b) => a < b,
      ),
    floor: (from) =>
      pick(
        streams.map((s) => s.floor(from)),
        (a, b) => a > b,
      ),
    size: sizes.every((n) => n !== null) ? (sizes as number[]).reduce((a, b) => a + b, 0) : null,
  };
}

/** Keys in every stream: each search leapfrogs the streams to a key they all hold. */
export function intersect(streams: readonly KeyStream[]): KeyStream {
  if (streams.length === 1) return streams[0]!;
  const seek = (
    from: number,
    step: (s: KeyStream, k: number) => number | undefined,
    ahead: (a: number, b: number) => boolean,
  ) => {
    let key = from;
    let agreed = 0;
    for (let i = 0; agreed < streams.length; i = (i + 1) % streams.length) {
      const found = step(streams[i]!, key);
      if (found === undefined) return undefined;
      if (found === key) agreed++;
      else if (ahead(found, key)) {
        key = found;
        agreed = 1;
      }
    }
    return key;
  };
  return {
    ceil: (from) =>
      seek(
        from,
        (s, k) => s.ceil(k),
        (a, b) => a > b,
      ),
    floor: (from) =>
      seek(
        from,
        (s, k) => s.floor(k),
        (a, b) => a < b,
      ),
    size: null,
  };
}

/** Up to `limit` keys after `start` (exclusive; null: from the first), ascending. */
export function keysAfter(stream: KeyStream, start: number | null, limit: number): number[] {
  const keys: number[] = [];
  let next = start === null ? stream.ceil(Number.NEGATIVE_INFINITY) : stream.ceil(start + 1);
  while (next !== undefined && keys.length < limit) {
    keys.push(next);
    next = stream.ceil(next + 1);
  }
  return keys;
}

/** Up to `limit` keys before `end` (exclusive; null: from the last), descending. */
export function keysBefore(stream: KeyStream, end: number | null, limit: number): number[] {
  const keys: number[] = [];
  let next = end === null ? stream.floor(Number.POSITIVE_INFINITY) : stream.floor(end - 1);
  while (next !== undefined && keys.length < limit) {
    keys.push(next);
    next = stream.floor(next - 1);
  }
  return keys;
}

/** How many keys: the known size, or a walk (an intersection costs about its smallest member). */
export function countKeys(stream: KeyStream): number {
  if (stream.size !== null) return stream.size;
  let count = 0;
  for (let key = stream.ceil(Number.NEGATIVE_INFINITY); key !== undefined; key = stream.ceil(key + 1))
    count++;
  return count;
}

/** The keys of an ascending array, searched by bisection. */
export function sortedKeys(keys: readonly number[]): KeyStream {
  const lowestAtLeast = (from: number) => {
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return {
    ceil: (from) => keys[lowestAtLeast(from)],
    floor: (from) => {
      const i = lowestAtLeast(from);
      return keys[i] === from ? from : keys[i - 1];
    },
    size: keys.length,
  };
}

/** The keys of a stream that pass a test: each search skips the ones that fail. */
export function where(stream: KeyStream, test: (key: number) => boolean): KeyStream {
  return {
    ceil: (from) => {
      let key = stream.ceil(from);
      while (key !== undefined && !test(key)) key = stream.ceil(key + 1);
      return key;
    },
    floor: (from) => {
      let key = stream.floor(from);
      while (key !== undefined && !test(key)) key = stream.floor(key - 1);
      return key;
    },
    size: null,
  };
}

// Long lists computed a chunk per macrotask: each item is its own promise, so graphql-js completes (and the
// event loop serves other requests) between chunks instead of walking 10,000 items in one go.
import { setImmediate as nextMacrotask } from 'node:timers/promises';

export const CHUNK = 250;

/**
 * `fn` over `items`; the first chunk runs now (a bad argument still fails the field at once), the rest one
 * chunk per macrotask. An error in a later chunk fails the items from there on.
 */
export function mapInChunks<T, R>(
  items: readonly T[],
  fn: (item: T) => R,
  chunk = CHUNK,
): (R | Promise<R>)[] {
  const out: (R | Promise<R>)[] = items.slice(0, chunk).map(fn);
  if (items.length <= chunk) return out;
  const settle: { resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  for (let i = chunk; i < items.length; i++) {
    out.push(new Promise<R>((resolve, reject) => settle.push({ resolve, reject })));
  }
  void (async () => {
    let i = chunk;
    try {
      for (; i < items.length; i++) {
        if ((i - chunk) % chunk === 0) await nextMacrotask();
        settle[i - chunk]!.resolve(fn(items[i]!));
      }
    } catch (error) {
      for (; i < items.length; i++) settle[i - chunk]!.reject(error);
    }
  })();
  return out;
}

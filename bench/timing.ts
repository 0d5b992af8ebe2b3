// The shared timing helper: process.hrtime.bigint, warm-up runs that are thrown away, median of N.

export interface Timing {
  /** Median nanoseconds per operation. */
  medianNs: number;
  /** Every measured sample, nanoseconds per operation. */
  samplesNs: number[];
}

export interface MeasureOptions {
  /** Runs before measuring (JIT, caches, connections); their times are dropped. */
  warmup: number;
  /** Measured runs; the median is reported. */
  samples: number;
  /** Operations one call of fn performs, so that times come out per operation. */
  opsPerCall?: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Nanoseconds one call of fn takes. */
export function timeOnce(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start);
}

export async function timeOnceAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start);
}

export function measure(fn: () => void, { warmup, samples, opsPerCall = 1 }: MeasureOptions): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samplesNs: number[] = [];
  for (let i = 0; i < samples; i++) samplesNs.push(timeOnce(fn) / opsPerCall);
  return { medianNs: median(samplesNs), samplesNs };
}

export async function measureAsync(
  fn: () => Promise<unknown>,
  { warmup, samples, opsPerCall = 1 }: MeasureOptions,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samplesNs: number[] = [];
  for (let i = 0; i < samples; i++) samplesNs.push((await timeOnceAsync(fn)) / opsPerCall);
  return { medianNs: median(samplesNs), samplesNs };
}

/** A small seeded PRNG (mulberry32): the same seed gives the same addresses on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Full collection, twice (weak references and finalizers need a second pass), then heapUsed. */
export function heapUsedAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('global.gc is missing: run through bench/run.ts (it passes --expose-gc)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

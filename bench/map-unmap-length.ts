// map+unmap of 1 TiB against 4 KiB in an IOAS with a device attached: the cost of a mapping must not
// grow with its length (DESIGN.md, page tables). Baseline: the 4 KiB map+unmap, in the same run.

import { translate } from '../hw-model/dma/index.ts';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { attachedIoas, BDF, GIB, HOST, hex, KIB, TIB } from './setup.ts';
import { median, quantile } from './timing.ts';

/** 1 TiB aligned, inside VT-d's 48-bit aperture. */
const IOVA = 4n * TIB;
/** Page aligned (and 1 TiB aligned, so the emulated backing can use 1 GiB frames). */
const USER_VA = 16n * TIB;
const WARMUP_PAIRS = 1000;
const MEASURED_PAIRS = 10_000;

export const benchmark: Benchmark = {
  name: 'map-unmap-length',
  description: 'IOAS map+unmap of 1 TiB vs 4 KiB (spr-01 NVMe attached)',
  async run() {
    const { device, ctx, ioas } = attachedIoas(createDefaultFleet(), HOST, BDF, 2n * TIB);

    const lengths = { '4KiB': 4n * KIB, '1TiB': TIB } as const;
    type Size = keyof typeof lengths;
    const samples: Record<Size, { map: number[]; unmap: number[]; pair: number[] }> = {
      '4KiB': { map: [], unmap: [], pair: [] },
      '1TiB': { map: [], unmap: [], pair: [] },
    };

    const pair = (size: Size, keep: boolean) => {
      const length = lengths[size];
      const t0 = process.hrtime.bigint();
      ctx.ioasMap(ioas.id, { iova: IOVA, length, userVa: USER_VA, readable: true, writable: true });
      const t1 = process.hrtime.bigint();
      const { unmapped, error } = ctx.ioasUnmap(ioas.id, IOVA, length);
      const t2 = process.hrtime.bigint();
      if (error) throw error;
      if (unmapped !== length) throw new Error(`unmapped ${unmapped} of ${length} bytes`);
      if (keep) {
        samples[size].map.push(Number(t1 - t0));
        samples[size].unmap.push(Number(t2 - t1));
        samples[size].pair.push(Number(t2 - t0));
      }
    };

    // Interleaved, so drift (turbo, GC, the other core's load) hits both sizes alike.
    for (let i = 0; i < WARMUP_PAIRS; i++) for (const size of ['4KiB', '1TiB'] as const) pair(size, false);
    for (let i = 0; i < MEASURED_PAIRS; i++) for (const size of ['4KiB', '1TiB'] as const) pair(size, true);

    // The 1 TiB mapping really is one: the device sees it, through 1 GiB IOPTEs.
    ctx.ioasMap(ioas.id, { iova: IOVA, length: TIB, userVa: USER_VA, readable: true, writable: true });
    const probe = translate(device, IOVA + TIB / 2n + 123n, 'READ');
    if (probe.kind !== 'translation') throw new Error(`1 TiB mapping does not translate: ${probe.message}`);
    if (probe.pageSize !== GIB) throw new Error(`1 TiB mapping uses ${probe.pageSize}-byte pages`);
    ctx.ioasUnmap(ioas.id, IOVA, TIB);
    if (ctx.pinnedPages !== 0n) throw new Error(`${ctx.pinnedPages} pages still pinned`);
    ctx.close();

    const us = (ns: number[]) => median(ns) / 1000;
    const pairRatio = us(samples['1TiB'].pair) / us(samples['4KiB'].pair);
    const metrics = [
      metric(
        'map+unmap 1TiB',
        us(samples['1TiB'].pair),
        'µs',
        'time',
        'map+unmap 4KiB',
        us(samples['4KiB'].pair),
        {
          text: 'ratio <= 2',
          met: pairRatio <= 2,
        },
      ),
      metric('map 1TiB', us(samples['1TiB'].map), 'µs', 'time', 'map 4KiB', us(samples['4KiB'].map)),
      metric('unmap 1TiB', us(samples['1TiB'].unmap), 'µs', 'time', 'unmap 4KiB', us(samples['4KiB'].unmap)),
      metric(
        'map+unmap 1TiB p90',
        quantile(samples['1TiB'].pair, 0.9) / 1000,
        'µs',
        'time',
        'map+unmap 4KiB p90',
        quantile(samples['4KiB'].pair, 0.9) / 1000,
      ),
    ];
    return resultOf(this, metrics, {
      host: HOST,
      device: BDF,
      iova: hex(IOVA),
      userVa: hex(USER_VA),
      warmupPairs: WARMUP_PAIRS,
      measuredPairs: MEASURED_PAIRS,
      pageSize1TiB: hex(probe.pageSize),
    });
  },
};

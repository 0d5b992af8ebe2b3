// 100,000 areas in one IOAS with a device attached: map them, translate 1,000,000 random IOVAs, unmap
// them one by one, and weigh them. Baseline: a plain JS Map doing the same number of set/get/delete in
// the same run (how far a translation is from a hash lookup), and a Map of 100,000 plain records for heap.

import { translate } from '../hw-model/dma/index.ts';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { attachedIoas, BDF, HOST, hex, KIB, TIB } from './setup.ts';
import { heapUsedAfterGc, median, seededRandom, timeOnce } from './timing.ts';

const AREAS = 100_000;
const AREA_LENGTH = 64n * KIB;
/** Fixed IOVAs from 4 GiB up, back to back: [4 GiB, 4 GiB + 6.1 GiB), clear of the MSI window. */
const IOVA_BASE = 1n << 32n;
const USER_VA_BASE = 32n * TIB;
const LOOKUPS = 1_000_000;
const SEED = 0x10_0f_d0;
/** Measured rounds, each in a fresh context; a whole warm-up round runs first. */
const ROUNDS = 3;
const WARMUP_LOOKUPS = 200_000;
const MB = 1e6;
const HEAP_TARGET_MB = 50;

interface AreaRecord {
  iova: bigint;
  last: bigint;
  userVa: bigint;
  readable: boolean;
  writable: boolean;
}

export const benchmark: Benchmark = {
  name: 'areas-100k',
  description: `${AREAS} areas of ${AREA_LENGTH / KIB} KiB: map, ${LOOKUPS} random translations, unmap, heap`,
  async run() {
    const fleet = createDefaultFleet();
    const areaIovas = Array.from({ length: AREAS }, (_, i) => IOVA_BASE + BigInt(i) * AREA_LENGTH);
    const random = seededRandom(SEED);
    const span = AREAS * Number(AREA_LENGTH);
    const offsets = Array.from({ length: LOOKUPS }, () => Math.floor(random() * span));
    const lookupIovas = offsets.map((offset) => IOVA_BASE + BigInt(offset));
    // The baseline's keys: the start of the area each IOVA falls in, precomputed.
    const lookupKeys = offsets.map((offset) => areaIovas[Math.floor(offset / Number(AREA_LENGTH))]!);

    const model = { map: [] as number[], translate: [] as number[], unmap: [] as number[] };
    const heap = { areas: [] as number[], afterUnmap: [] as number[], records: [] as number[] };
    const plain = { set: [] as number[], get: [] as number[], delete: [] as number[] };

    for (let round = 0; round <= ROUNDS; round++) {
      const warmup = round === 0;
      const lookups = warmup ? WARMUP_LOOKUPS : LOOKUPS;

      // The model, in a fresh context each round (contexts keep their process memory until closed).
      const { device, ctx, ioas } = attachedIoas(fleet, HOST, BDF, 2n * TIB);
      const before = heapUsedAfterGc();
      const mapNs = timeOnce(() => {
        for (let i = 0; i < AREAS; i++) {
          const iova = areaIovas[i]!;
          const userVa = USER_VA_BASE + (iova - IOVA_BASE);
          ctx.ioasMap(ioas.id, { iova, length: AREA_LENGTH, userVa, readable: true, writable: true });
        }
      });
      const withAreas = heapUsedAfterGc();
      if (ioas.areaCount !== AREAS) throw new Error(`${ioas.areaCount} areas, expected ${AREAS}`);
      let translated = 0;
      const translateNs = timeOnce(() => {
        for (let i = 0; i < lookups; i++) {
          if (translate(device, lookupIovas[i]!, 'READ').kind === 'translation') translated++;
        }
      });
      if (translated !== lookups)
        throw new Error(`${lookups - translated} of ${lookups} IOVAs did not translate`);
      const unmapNs = timeOnce(() => {
        for (let i = 0; i < AREAS; i++) {
          const { unmapped, error } = ctx.ioasUnmap(ioas.id, areaIovas[i]!, AREA_LENGTH);
          if (error || unmapped !== AREA_LENGTH) throw error ?? new Error(`unmapped ${unmapped} bytes`);
        }
      });
      const areasLeft: number = ioas.areaCount;
      if (areasLeft !== 0 || ctx.pinnedPages !== 0n) throw new Error('areas or pins left after unmap');
      const afterUnmap = heapUsedAfterGc();
      ctx.close();

      // The baseline: a Map keyed by the area's IOVA holding a plain record per area.
      const heapBefore = heapUsedAfterGc();
      const table = new Map<bigint, AreaRecord>();
      const setNs = timeOnce(() => {
        for (let i = 0; i < AREAS; i++) {
          const iova = areaIovas[i]!;
          const userVa = USER_VA_BASE + (iova - IOVA_BASE);
          table.set(iova, { iova, last: iova + AREA_LENGTH - 1n, userVa, readable: true, writable: true });
        }
      });
      const heapRecords = heapUsedAfterGc() - heapBefore;
      let found = 0;
      const getNs = timeOnce(() => {
        for (let i = 0; i < lookups; i++) if (table.get(lookupKeys[i]!)?.readable) found++;
      });
      if (found !== lookups) throw new Error(`${lookups - found} Map lookups missed`);
      const deleteNs = timeOnce(() => {
        for (let i = 0; i < AREAS; i++) table.delete(areaIovas[i]!);
      });

      if (warmup) continue;
      model.map.push(mapNs);
      model.translate.push(translateNs);
      model.unmap.push(unmapNs);
      heap.areas.push(withAreas - before);
      heap.afterUnmap.push(afterUnmap - before);
      heap.records.push(heapRecords);
      plain.set.push(setNs);
      plain.get.push(getNs);
      plain.delete.push(deleteNs);
    }

    const opsPerSecond = (ops: number, ns: number[]) => ops / (median(ns) / 1e9);
    const heapMb = median(heap.areas) / MB;
    const metrics = [
      metric(
        'translate',
        opsPerSecond(LOOKUPS, model.translate),
        'ops/s',
        'throughput',
        'Map.get',
        opsPerSecond(LOOKUPS, plain.get),
      ),
      metric(
        'map',
        opsPerSecond(AREAS, model.map),
        'ops/s',
        'throughput',
        'Map.set',
        opsPerSecond(AREAS, plain.set),
      ),
      metric(
        'unmap',
        opsPerSecond(AREAS, model.unmap),
        'ops/s',
        'throughput',
        'Map.delete',
        opsPerSecond(AREAS, plain.delete),
      ),
      metric('heap with areas', heapMb, 'MB', 'size', 'Map of plain records', median(heap.records) / MB, {
        text: `<= ${HEAP_TARGET_MB} MB`,
        met: heapMb <= HEAP_TARGET_MB,
      }),
      metric('heap after unmap', median(heap.afterUnmap) / MB, 'MB', 'size', 'heap with areas', heapMb),
    ];
    return resultOf(this, metrics, {
      host: HOST,
      device: BDF,
      areas: AREAS,
      areaLength: hex(AREA_LENGTH),
      iovaBase: hex(IOVA_BASE),
      lookups: LOOKUPS,
      seed: SEED,
      rounds: ROUNDS,
      heapBytesPerArea: Math.round(median(heap.areas) / AREAS),
      baselineHeapBytesPerArea: Math.round(median(heap.records) / AREAS),
    });
  },
};

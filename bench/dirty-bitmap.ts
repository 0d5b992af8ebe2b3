// Read-and-clear of the dirty bitmap of a 64 GiB mapping at 4 KiB pages (16M bits), in the model and through
// GraphQL, with 1% of pages dirty. Baseline: the same bits set in a plain BigUint64Array and packed into the
// same 262,144 bigint words, the least any implementation has to do to hand that bitmap out.
import { objectKey } from '../adapters/iommufd-keys.ts';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { testMarkDirty } from '../hw-model/selftest/index.ts';
import { createYogaServer } from '../server/yoga.ts';
import { type Benchmark, metric, resultOf } from './report.ts';
import { attachedIoas, BDF, GIB, HOST, hex } from './setup.ts';
import { median } from './timing.ts';

const LENGTH = 64n * GIB;
/** Above 4 GiB, clear of the x86 MSI window the device reserves. */
const BASE = 64n * GIB;
const PAGE = 4096n;
const PAGES = Number(LENGTH / PAGE);
const DIRTY_FRACTION = 0.01;
const ROUNDS = 5;

/** Deterministic page choice (xorshift), so every run dirties the same pages. */
function dirtyPages(count: number): number[] {
  let x = 0x9e3779b9;
  const pages = new Set<number>();
  while (pages.size < count) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    pages.add((x >>> 0) % PAGES);
  }
  return [...pages];
}

export const benchmark: Benchmark = {
  name: 'dirty-bitmap',
  description: 'read-and-clear of a 64 GiB mapping at 4 KiB pages (16M bits, 1% dirty)',
  async run() {
    const fleet = createDefaultFleet();
    const { ctx, bound, ioas } = attachedIoas(fleet, HOST, BDF, 128n * GIB);
    ctx.deviceDetach(bound.id);
    ctx.ioasSetHugePages(ioas.id, false); // 4 KiB IOPTEs: one bit per page really is one IOPTE
    const hwpt = ctx.hwptAlloc({ devId: bound.id, ptId: ioas.id, dirtyTracking: true });
    ctx.deviceAttach(bound.id, hwpt.id);
    ctx.ioasMap(ioas.id, {
      iova: BASE,
      length: LENGTH,
      userVa: 0x7000_0000_0000n,
      readable: true,
      writable: true,
    });
    ctx.hwptSetDirtyTracking(hwpt.id, true);
    const pages = dirtyPages(Math.round(PAGES * DIRTY_FRACTION));
    const dirty = () => {
      for (const page of pages) testMarkDirty(ctx, hwpt.id, BASE + BigInt(page) * PAGE, PAGE);
    };
    const args = { iova: BASE, length: LENGTH, pageSize: PAGE };

    const model: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      dirty();
      const t0 = process.hrtime.bigint();
      const result = ctx.hwptGetDirtyBitmap(hwpt.id, args);
      model.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (result.bitmap.length !== PAGES / 64) throw new Error(`bitmap has ${result.bitmap.length} words`);
      const set = result.bitmap.reduce((n, word) => n + word.toString(2).replaceAll('0', '').length, 0);
      if (set !== pages.length) throw new Error(`read ${set} dirty bits, wrote ${pages.length}`);
      if (ctx.hwptGetDirtyBitmap(hwpt.id, args).dirtyRanges.length !== 0)
        throw new Error('read did not clear');
    }

    const baseline: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = process.hrtime.bigint();
      const bits = new BigUint64Array(PAGES / 64);
      for (const page of pages) bits[page >> 6]! |= 1n << BigInt(page & 63);
      const words = Array.from(bits);
      baseline.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (words.length !== PAGES / 64) throw new Error('baseline size');
    }

    // Through GraphQL: the mutation a VMM would send, JSON and all (in-process, no socket).
    const yoga = createYogaServer({ fleet });
    const hwptId = Buffer.from(`HwptPaging:${objectKey(hwpt)}`).toString('base64');
    const query = `mutation($input: HwptGetDirtyBitmapInput!) { hwptGetDirtyBitmap(input: $input) { bitmap userErrors { code message } } }`;
    const graphql: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      dirty();
      const t0 = process.hrtime.bigint();
      const response = await yoga.fetch('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query,
          variables: { input: { hwptId, iova: hex(BASE), length: hex(LENGTH), pageSize: hex(PAGE) } },
        }),
      });
      const body = (await response.json()) as {
        data: { hwptGetDirtyBitmap: { bitmap: string[] | null; userErrors: unknown[] } };
      };
      graphql.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const payload = body.data.hwptGetDirtyBitmap;
      if (payload.userErrors.length || payload.bitmap?.length !== PAGES / 64)
        throw new Error(JSON.stringify(payload.userErrors));
    }

    const modelMs = median(model);
    const baselineMs = median(baseline);
    const graphqlMs = median(graphql);
    return resultOf(
      this,
      [
        metric('read-and-clear (model)', modelMs, 'ms', 'time', 'BigUint64Array set + pack', baselineMs),
        metric('read-and-clear (GraphQL)', graphqlMs, 'ms', 'time', 'BigUint64Array set + pack', baselineMs),
      ],
      { length: hex(LENGTH), pageSize: hex(PAGE), bits: PAGES, dirtyPages: pages.length, rounds: ROUNDS },
    );
  },
};

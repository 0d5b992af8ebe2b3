// The sorted-array snapshot behind IoPagetable.areaContaining answers exactly what a scan of the
// areas answers, after any sequence of map/copy/unmap (it is rebuilt lazily, so staleness would show).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AreaIndex, type IovaSpan } from '../../hw-model/iommufd/area-index.ts';
import type { IoPagetable, IopArea } from '../../hw-model/iommufd/index.ts';
import { BUFFER, MOCK_APERTURE_START, MOCK_PAGE_SIZE, mockContext } from './iommufd-helpers.ts';

const K = MOCK_PAGE_SIZE;
const TWO_53 = 1n << 53n;

function naiveContaining<T extends IovaSpan>(spans: Iterable<T>, iova: bigint): T | undefined {
  for (const span of spans) if (span.iova <= iova && iova <= span.last) return span;
  return undefined;
}

/** Disjoint spans in order, from (gap, length) pairs starting at `base`. */
function spansFrom(base: bigint, pieces: [number, number][]): IovaSpan[] {
  const spans: IovaSpan[] = [];
  let cursor = base;
  for (const [gap, length] of pieces) {
    const iova = cursor + BigInt(gap);
    const last = iova + BigInt(length);
    spans.push({ iova, last });
    cursor = last + 1n;
  }
  return spans;
}

describe('AreaIndex', () => {
  it('finds the same span as a scan, around and beyond 2^53', () => {
    const base = fc.constantFrom(0n, 1n << 32n, TWO_53 - 5000n, TWO_53 + 7n);
    const pieces = fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 })), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        base,
        pieces,
        fc.array(fc.bigInt({ min: 0n, max: 200_000n }), { minLength: 1 }),
        (b, p, probes) => {
          const spans = spansFrom(b, p);
          const index = new AreaIndex(
            () => spans,
            () => spans.length,
          );
          for (const offset of probes) {
            for (const iova of [
              b + offset,
              b > offset ? b - offset : 0n,
              ...spans.flatMap((s) => [s.iova, s.last, s.last + 1n]),
            ]) {
              const found = index.find(iova);
              // null: the caller asks the tree, which is only allowed at or above 2^53 once rebuilt.
              if (found === null) expect(iova >= TWO_53).toBe(true);
              else expect(found).toBe(naiveContaining(spans, iova));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers null while stale until enough lookups pay for a rebuild, then sees the change', () => {
    const spans: IovaSpan[] = Array.from({ length: 64 }, (_, i) => ({
      iova: BigInt(i) * 0x1000n,
      last: BigInt(i) * 0x1000n + 0xfffn,
    }));
    const index = new AreaIndex(
      () => spans,
      () => spans.length,
    );
    const answers = Array.from({ length: 4 }, () => index.find(0x5000n));
    expect(answers.slice(0, 3)).toEqual([null, null, null]);
    expect(answers[3]).toBe(spans[5]);
    spans.splice(5, 1);
    index.invalidate();
    // 63 spans: a rebuild waits for 63 >>> 4 = 3 lookups.
    for (let i = 0; i < 2; i++) expect(index.find(0x5000n)).toBeNull();
    expect(index.find(0x5000n)).toBeUndefined();
  });
});

describe('IoPagetable.areaContaining', () => {
  const op = fc.oneof(
    fc.record({
      op: fc.constant('map' as const),
      iova: fc.integer({ min: 0, max: 40 }),
      pages: fc.integer({ min: 1, max: 6 }),
      user: fc.integer({ min: 0, max: 10 }),
    }),
    fc.record({
      op: fc.constant('copy' as const),
      src: fc.integer({ min: 0, max: 40 }),
      pages: fc.integer({ min: 1, max: 4 }),
      dst: fc.integer({ min: 0, max: 40 }),
    }),
    fc.record({
      op: fc.constant('unmap' as const),
      iova: fc.integer({ min: 0, max: 40 }),
      pages: fc.integer({ min: 1, max: 8 }),
    }),
  );

  it('matches a scan of the areas after random map/copy/unmap', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 40 }), (ops) => {
        const { ctx } = mockContext(1);
        const ioas = ctx.ioasAlloc();
        const iopt: IoPagetable = ioas.iopt;
        const at = (k: number) => MOCK_APERTURE_START + BigInt(k) * K;
        for (const step of ops) {
          try {
            if (step.op === 'map') {
              ctx.ioasMap(ioas.id, {
                iova: at(step.iova),
                length: BigInt(step.pages) * K,
                userVa: BUFFER + BigInt(step.user) * K,
                readable: true,
                writable: true,
              });
            } else if (step.op === 'copy') {
              ctx.ioasCopy({
                srcIoasId: ioas.id,
                dstIoasId: ioas.id,
                srcIova: at(step.src),
                length: BigInt(step.pages) * K,
                dstIova: at(step.dst),
                readable: true,
                writable: false,
              });
            } else {
              ctx.ioasUnmap(ioas.id, at(step.iova), BigInt(step.pages) * K);
            }
          } catch {
            // Refused calls change nothing; the lookup must still agree.
          }
          const areas: IopArea[] = [...iopt.areas()];
          for (let k = 0; k <= 48; k++) {
            for (const iova of [at(k), at(k) + K / 2n, at(k) - 1n]) {
              expect(iopt.areaContaining(iova)).toBe(naiveContaining(areas, iova));
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

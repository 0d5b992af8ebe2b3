// fast-check: random guest stage-1 writes, invalidations and DMA on a VT-d nested HWPT keep the IOTLB
// honest: DMA uses the cached stage-1 result when there is one and the walk otherwise, translate
// never changes the cache, and after invalidating everything DMA agrees with translate.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dmaAccess, type TranslationResult, translate, walkPaging } from '../../hw-model/dma/index.ts';
import { IommufdError } from '../../hw-model/errors.ts';
import type { PciDevice } from '../../hw-model/host/device.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type Context,
  type HwptNested,
  type HwptPaging,
  type InvalidationRequest,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';

const PAGE = 0x1000n;
const GPA_BASE = 0x1_0000_0000n;
/** Guest RAM is 16 pages; stage 1 may also point past it (stage-2 faults). */
const GPA_PAGES = 20;
const IOVA_PAGES = 12;

type Op =
  | { op: 'map'; page: number; pages: number; gpaPage: number; writable: boolean }
  | { op: 'unmap'; page: number; pages: number }
  | { op: 'invalidate'; page: number; pages: number }
  | { op: 'invalidateAll' }
  | { op: 'dma'; page: number; pages: number; write: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    op: fc.constant('map' as const),
    page: fc.nat(IOVA_PAGES - 1),
    pages: fc.integer({ min: 1, max: 3 }),
    gpaPage: fc.nat(GPA_PAGES - 1),
    writable: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('unmap' as const),
    page: fc.nat(IOVA_PAGES - 1),
    pages: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({
    op: fc.constant('invalidate' as const),
    page: fc.nat(IOVA_PAGES - 1),
    pages: fc.integer({ min: 0, max: 3 }),
  }),
  fc.constant({ op: 'invalidateAll' as const }),
  fc.record({
    op: fc.constant('dma' as const),
    page: fc.nat(IOVA_PAGES - 1),
    pages: fc.integer({ min: 1, max: 4 }),
    write: fc.boolean(),
  }),
);

const fleet = createDefaultFleet();
const host = fleet.host('spr-01')!;
const device = host.device('0000:6a:01.0')!;

function setUp(): { ctx: Context; devId: number; parent: HwptPaging; nested: HwptNested } {
  const ctx = openContext(host);
  const ioasId = ctx.ioasAlloc().id;
  ctx.ioasMap(ioasId, {
    iova: GPA_BASE,
    length: 16n * PAGE,
    userVa: 0x7f00_0000_0000n,
    readable: true,
    writable: true,
  });
  const devId = ctx.deviceBind(device).id;
  const parent = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }) as HwptPaging;
  const nested = ctx.hwptAlloc({
    devId,
    ptId: parent.id,
    data: { type: 'VTD_S1', pgtblAddr: GPA_BASE, addrWidth: 48, flags: 0 },
  }) as HwptNested;
  ctx.deviceAttach(devId, nested.id);
  return { ctx, devId, parent, nested };
}

/** What a page's DMA must give: the IOTLB entry's GPA through stage 2 if cached, else the walk. */
function expected(parent: HwptPaging, dev: PciDevice, iova: bigint, write: boolean) {
  const access = write ? 'WRITE' : 'READ';
  const walk = translate(dev, iova, access);
  const cached = walk.iotlb ?? null;
  if (!cached) return { fromIotlb: false, result: outcome(walk) };
  if ((write && !cached.writable) || (!write && !cached.readable)) {
    return { fromIotlb: true, result: { kind: 'fault', reason: 'PERMISSION', stage: 'STAGE1' } };
  }
  const second = walkPaging(parent, cached.intermediateAddress, access);
  return {
    fromIotlb: true,
    result:
      second.kind === 'translation'
        ? {
            kind: 'translation',
            physicalAddress: second.physicalAddress,
            intermediateAddress: cached.intermediateAddress,
          }
        : { kind: 'fault', reason: second.reason, stage: 'STAGE2' },
  };
}

function outcome(result: TranslationResult) {
  return result.kind === 'translation'
    ? {
        kind: 'translation',
        physicalAddress: result.physicalAddress,
        intermediateAddress: result.intermediateAddress,
      }
    : { kind: 'fault', reason: result.reason, stage: result.stage };
}

function run(ctx: Context, parent: HwptPaging, nested: HwptNested, op: Op): void {
  const tolerate = (fn: () => unknown, errnos: string[]) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof IommufdError) || !errnos.includes(error.errno)) throw error;
    }
  };
  switch (op.op) {
    case 'map':
      tolerate(
        () =>
          ctx.stage1Map(nested.id, {
            iova: BigInt(op.page) * PAGE,
            gpa: GPA_BASE + BigInt(op.gpaPage) * PAGE,
            length: BigInt(op.pages) * PAGE,
            readable: true,
            writable: op.writable,
          }),
        ['EEXIST'],
      );
      return;
    case 'unmap':
      tolerate(
        () => ctx.stage1Unmap(nested.id, { iova: BigInt(op.page) * PAGE, length: BigInt(op.pages) * PAGE }),
        ['ENOENT'],
      );
      return;
    case 'invalidate':
    case 'invalidateAll': {
      const request: InvalidationRequest =
        op.op === 'invalidateAll'
          ? { type: 'VTD_S1', addr: 0n, npages: U64_MAX, leaf: false }
          : { type: 'VTD_S1', addr: BigInt(op.page) * PAGE, npages: BigInt(op.pages), leaf: false };
      expect(ctx.hwptInvalidate(nested.id, [request])).toEqual({ entriesHandled: 1, error: null });
      return;
    }
    case 'dma': {
      const iova = BigInt(op.page) * PAGE;
      const wanted = Array.from({ length: op.pages }, (_, i) =>
        expected(parent, device, iova + BigInt(i) * PAGE, op.write),
      );
      const sizeBefore = nested.iotlb.size;
      const dma = dmaAccess(device, {
        iova,
        length: BigInt(op.pages) * PAGE,
        access: op.write ? 'WRITE' : 'READ',
      });
      expect(dma.pages.map((page) => ({ fromIotlb: page.fromIotlb, result: outcome(page.result) }))).toEqual(
        wanted,
      );
      // Bytes count up to the first fault; every fault is reported.
      const firstFault = dma.pages.findIndex((page) => page.result.kind === 'fault');
      expect(dma.completedBytes).toBe(BigInt(firstFault === -1 ? op.pages : firstFault) * PAGE);
      expect(dma.faults).toHaveLength(dma.pages.filter((page) => page.result.kind === 'fault').length);
      // Walks that reached a GPA were cached.
      expect(nested.iotlb.size).toBeGreaterThanOrEqual(sizeBefore);
      return;
    }
  }
}

describe('nested IOTLB properties (VT-d x-flts on spr-01)', () => {
  it('DMA = IOTLB entry if cached else the walk; translate changes nothing; after ALL, DMA agrees with translate', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40 }), (ops) => {
        const { ctx, parent, nested } = setUp();
        try {
          for (const op of ops) {
            const before = nested.iotlb.size;
            for (let page = 0; page < IOVA_PAGES; page++) translate(device, BigInt(page) * PAGE, 'READ');
            expect(nested.iotlb.size).toBe(before);
            run(ctx, parent, nested, op);
          }
          run(ctx, parent, nested, { op: 'invalidateAll' });
          expect(nested.iotlb.size).toBe(0);
          for (let page = 0; page < IOVA_PAGES; page++) {
            for (const write of [false, true]) {
              const iova = BigInt(page) * PAGE;
              const walk = outcome(translate(device, iova, write ? 'WRITE' : 'READ'));
              const dma = dmaAccess(device, { iova, length: PAGE, access: write ? 'WRITE' : 'READ' });
              expect(outcome(dma.pages[0]!.result)).toEqual(walk);
              expect(translate(device, iova, 'READ').iotlbStale).toBe(false);
            }
          }
        } finally {
          ctx.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});

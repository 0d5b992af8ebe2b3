// Random sequences of map/copy/unmap/attach/replace/detach/destroy on one context keep the model's
// invariants, and every failed call leaves the context exactly as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import { IommufdError } from '../../hw-model/errors.ts';
import {
  BoundDevice,
  type Context,
  HwptPaging,
  Ioas,
  type IoasMapping,
  USER_VA_LAST,
} from '../../hw-model/iommufd/index.ts';
import { ioasAddReserved } from '../../hw-model/selftest/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import {
  BUFFER,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockContext,
  PAGE_SIZE,
  snapshot,
} from './iommufd-helpers.ts';

const K = MOCK_PAGE_SIZE;

const iovaArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 48 }).map((k) => MOCK_APERTURE_START + BigInt(k) * K) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0n, PAGE_SIZE, 1n << 31n, MOCK_APERTURE_START + 100n, U64_MAX - K),
  },
);
const lengthArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 1, max: 12 }).map((k) => BigInt(k) * K) },
  { weight: 1, arbitrary: fc.constantFrom(0n, 1000n, U64_MAX) },
);
const userVaArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 24 }).map((k) => BUFFER + BigInt(k) * K) },
  { weight: 1, arbitrary: fc.constantFrom(0n, USER_VA_LAST + 1n - PAGE_SIZE, BUFFER + 7n) },
);
const slot = fc.integer({ min: 0, max: 3 });
/** Object IDs: mostly live ones, sometimes missing. */
const idArb = fc.integer({ min: 0, max: 14 });

const opArb = fc.oneof(
  fc.record({
    op: fc.constant('map' as const),
    ioas: slot,
    iova: fc.option(iovaArb, { nil: undefined }),
    length: lengthArb,
    userVa: userVaArb,
    readable: fc.boolean(),
    writable: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('copy' as const),
    src: slot,
    dst: slot,
    srcIova: iovaArb,
    /** Copy from inside an existing area (index, offset in 2 KiB units) rather than from srcIova. */
    fromArea: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 })), { nil: undefined }),
    length: lengthArb,
    dstIova: fc.option(iovaArb, { nil: undefined }),
    readable: fc.boolean(),
    writable: fc.boolean(),
  }),
  fc.record({ op: fc.constant('unmap' as const), ioas: slot, iova: iovaArb, length: lengthArb }),
  /** Unmap `count` whole areas from the n-th one on. */
  fc.record({
    op: fc.constant('unmapAreas' as const),
    ioas: slot,
    area: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ op: fc.constant('unmapAll' as const), ioas: slot }),
  fc.record({ op: fc.constant('attach' as const), dev: slot, pt: idArb }),
  fc.record({ op: fc.constant('attachIoas' as const), dev: slot, ioas: slot }),
  fc.record({ op: fc.constant('replace' as const), dev: slot, pt: idArb }),
  fc.record({ op: fc.constant('detach' as const), dev: slot }),
  fc.record({ op: fc.constant('destroy' as const), id: idArb }),
  fc.record({ op: fc.constant('ioasAlloc' as const) }),
  fc.record({ op: fc.constant('hwptAlloc' as const), dev: slot, pt: idArb, dirty: fc.boolean() }),
  fc.record({ op: fc.constant('addReserved' as const), ioas: slot, start: iovaArb, length: lengthArb }),
  fc.record({
    op: fc.constant('allow' as const),
    ioas: slot,
    ranges: fc.array(fc.tuple(iovaArb, lengthArb), { maxLength: 2 }),
  }),
  fc.record({ op: fc.constant('hugePages' as const), ioas: slot, enabled: fc.boolean() }),
  fc.record({ op: fc.constant('memlock' as const), pages: fc.constantFrom(4n, 16n, 1n << 20n) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

interface World {
  ctx: Context;
  devices: number[];
  ioases: () => number[];
}

function setUp(): World {
  const env = mockContext(3);
  const { ctx } = env;
  ctx.ioasAlloc();
  ctx.ioasAlloc();
  // Three plain mock devices and the no-dirty one, each in its own group.
  const devices = [...env.devices, env.noDirtyDevice].map((d) => ctx.deviceBind(d).id);
  const ioases = () =>
    ctx
      .objects()
      .filter((o) => o.type === 'IOAS')
      .map((o) => o.id);
  return { ctx, devices, ioases };
}

/** The n-th live IOAS (wrapping), or a missing ID. */
const ioasAt = (world: World, index: number) =>
  world.ioases()[index % Math.max(1, world.ioases().length)] ?? 999;

function run(world: World, op: Op): unknown {
  const { ctx, devices } = world;
  switch (op.op) {
    case 'map':
      return ctx.ioasMap(ioasAt(world, op.ioas), op);
    case 'copy': {
      const srcIoasId = ioasAt(world, op.src);
      const source = op.fromArea && areasIn(world, srcIoasId)[op.fromArea[0] % 8];
      const srcIova = source ? source.iova + BigInt(op.fromArea![1]) * K : op.srcIova;
      return ctx.ioasCopy({ ...op, srcIova, srcIoasId, dstIoasId: ioasAt(world, op.dst) });
    }
    case 'unmap':
      return ctx.ioasUnmap(ioasAt(world, op.ioas), op.iova, op.length);
    case 'unmapAreas': {
      const ioasId = ioasAt(world, op.ioas);
      const areas = areasIn(world, ioasId);
      const first = areas[op.area % Math.max(1, areas.length)];
      const last = areas[Math.min(areas.length - 1, (op.area % Math.max(1, areas.length)) + op.count - 1)];
      if (!first || !last) return ctx.ioasUnmap(ioasId, MOCK_APERTURE_START, K);
      return ctx.ioasUnmap(ioasId, first.iova, last.last - first.iova + 1n);
    }
    case 'unmapAll':
      return ctx.ioasUnmap(ioasAt(world, op.ioas), 0n, U64_MAX);
    case 'attach':
      return ctx.deviceAttach(devices[op.dev]!, op.pt);
    case 'attachIoas':
      return ctx.deviceAttach(devices[op.dev]!, ioasAt(world, op.ioas));
    case 'replace':
      return ctx.deviceReplace(devices[op.dev]!, op.pt);
    case 'detach':
      return ctx.deviceDetach(devices[op.dev]!);
    case 'destroy':
      return ctx.destroy(op.id);
    case 'ioasAlloc':
      return ctx.ioasAlloc();
    case 'hwptAlloc':
      return ctx.hwptAlloc({ devId: devices[op.dev]!, ptId: op.pt, dirtyTracking: op.dirty });
    case 'addReserved':
      return ioasAddReserved(ctx, ioasAt(world, op.ioas), op.start, op.length);
    case 'allow':
      return ctx.ioasAllowIovas(
        ioasAt(world, op.ioas),
        op.ranges.map(([start, length]) => ({ start, last: start + length - 1n })),
      );
    case 'hugePages':
      return ctx.ioasSetHugePages(ioasAt(world, op.ioas), op.enabled);
    case 'memlock':
      ctx.memlockLimit = op.pages * PAGE_SIZE;
      return undefined;
  }
}

const areasOf = (ioas: Ioas): IoasMapping[] => [...ioas.areas()];

function checkInvariants(ctx: Context): void {
  const objects = ctx.objects();
  const hwpts = objects.filter((o): o is HwptPaging => o instanceof HwptPaging);
  const bound = objects.filter((o): o is BoundDevice => o instanceof BoundDevice);
  const expectedPinned = new Map<unknown, { first: bigint; end: bigint }[]>();
  for (const ioas of objects.filter((o): o is Ioas => o instanceof Ioas)) {
    const areas = areasOf(ioas);
    const reserved = ioas.reservedRanges;
    for (const [index, area] of areas.entries()) {
      // Areas never overlap and come in IOVA order.
      if (index > 0) expect(area.iova).toBeGreaterThan(areas[index - 1]!.last);
      // Nothing maps into a reserved range.
      for (const range of reserved) expect(area.iova > range.last || area.last < range.start).toBe(true);
      expect(area.iova % ioas.iovaAlignment).toBe(0n);
      if (ioas.hwpts.length) {
        const spans = expectedPinned.get(area.pages) ?? [];
        spans.push({ first: area.userVa - (area.userVa % PAGE_SIZE), end: area.userVa + area.length });
        expectedPinned.set(area.pages, spans);
      }
    }
    expect(ioas.areaCount).toBe(areas.length);
    // users: the table + each paging HWPT on it.
    expect(ioas.users).toBe(1 + hwpts.filter((h) => h.ioas === ioas).length);
    expect(ioas.hwpts.map((h) => h.id).sort()).toEqual(
      hwpts
        .filter((h) => h.ioas === ioas)
        .map((h) => h.id)
        .sort(),
    );
    // Every domain's aperture is reserved.
    for (const hwpt of ioas.hwpts) {
      const outside = ioas
        .iovaRanges()
        .filter((r) => r.start < hwpt.aperture.start || r.last > hwpt.aperture.last);
      expect(outside).toEqual([]);
    }
  }
  for (const hwpt of hwpts) {
    const attached = bound.filter((d) => d.attachedHwpt === hwpt);
    expect(hwpt.attachedDevices.map((d) => d.id).sort()).toEqual(attached.map((d) => d.id).sort());
    expect(hwpt.users).toBe(1 + attached.length);
    // An auto domain lives exactly as long as it has attachments.
    if (hwpt.autoDomain) expect(attached.length).toBeGreaterThan(0);
  }
  for (const device of bound) expect(device.users).toBe(2);
  // Pinned pages: each iopt_pages counts the union of the page spans its domain-mapped areas use.
  let pinned = 0n;
  for (const spans of expectedPinned.values()) {
    spans.sort((a, b) => (a.first < b.first ? -1 : 1));
    let coveredTo = 0n;
    for (const span of spans) {
      const end = span.end + ((PAGE_SIZE - (span.end % PAGE_SIZE)) % PAGE_SIZE);
      const from = span.first > coveredTo ? span.first : coveredTo;
      if (end > from) {
        pinned += (end - from) / PAGE_SIZE;
        coveredTo = end;
      }
    }
  }
  expect(ctx.pinnedPages).toBe(pinned);
  // Translation agrees with the areas.
  for (const device of bound) {
    const hwpt = device.attachedHwpt;
    if (!hwpt) {
      expect(translate(device.device, MOCK_APERTURE_START, 'READ')).toMatchObject({
        kind: 'fault',
        reason: 'BLOCKED',
      });
      continue;
    }
    const ioas = (hwpt as HwptPaging).ioas;
    for (const area of areasOf(ioas)) {
      for (const offset of [0n, area.length / 2n, area.length - 1n]) {
        const iova = area.iova + offset;
        const read = translate(device.device, iova, 'READ');
        const write = translate(device.device, iova, 'WRITE');
        const physical = ctx.memory.physicalAddress(area.userVa + offset);
        for (const [result, allowed] of [
          [read, area.readable],
          [write, area.writable],
        ] as const) {
          if (!allowed) {
            expect(result).toMatchObject({ kind: 'fault', reason: 'PERMISSION' });
            continue;
          }
          if (result.kind !== 'translation') throw new Error(`${result.reason}: ${result.message}`);
          expect(result.physicalAddress).toBe(physical);
          expect(result.hwpt).toBe(hwpt);
          // The IOPTE lies inside the area and maps IOVA and physical address at the same offset.
          const block = iova - (iova % result.pageSize);
          expect(block >= area.iova && block + result.pageSize - 1n <= area.last).toBe(true);
          expect((iova - result.physicalAddress) % result.pageSize).toBe(0n);
        }
      }
    }
    const last = areasOf(ioas).at(-1);
    const unmapped = last ? last.last + 1n : MOCK_APERTURE_START;
    if (!ioas.iopt.areaContaining(unmapped)) {
      expect(translate(device.device, unmapped, 'READ')).toMatchObject({ kind: 'fault' });
    }
  }
}

describe('iommufd model under random call sequences', () => {
  it('keeps its invariants, and a failed call changes nothing', () => {
    let failures = 0;
    let successes = 0;
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 40, size: 'max' }), (ops) => {
        const world = setUp();
        for (const op of ops) {
          const before = snapshot(world.ctx);
          const ioasBefore = op.op === 'unmap' || op.op === 'unmapAreas' ? areaKeys(world, op.ioas) : [];
          try {
            const result = run(world, op);
            if (op.op === 'unmap' || op.op === 'unmapAll' || op.op === 'unmapAreas') {
              const { unmapped, error } = result as { unmapped: bigint; error: IommufdError | null };
              if (error) {
                failures++;
                // UNMAP's only partial progress: whole areas inside the range, from the lowest up.
                if (unmapped === 0n) expect(snapshot(world.ctx)).toEqual(before);
                else
                  expect(areaKeys(world, (op as { ioas: number }).ioas).length).toBeLessThan(
                    ioasBefore.length,
                  );
              } else {
                successes++;
              }
            } else {
              successes++;
            }
            // iopt_alloc_iova: IOVA 0 is never returned by automatic allocation.
            if (
              (op.op === 'map' && op.iova === undefined) ||
              (op.op === 'copy' && op.dstIova === undefined)
            ) {
              expect(result).not.toBe(0n);
            }
          } catch (error) {
            if (!(error instanceof IommufdError)) throw error;
            failures++;
            expect(snapshot(world.ctx)).toEqual(before);
          }
          checkInvariants(world.ctx);
        }
        const count = world.ctx.objects().length;
        expect(world.ctx.close()).toBe(count);
        expect(world.ctx.pinnedPages).toBe(0n);
      }),
      { numRuns: 250, seed: 20240601 },
    );
    expect(successes).toBeGreaterThan(1000);
    expect(failures).toBeGreaterThan(500);
  });

  it('auto IOVAs are never 0, keep the user page offset, and stay inside the allowed ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 4095 })), {
          maxLength: 30,
        }),
        fc.boolean(),
        (maps, restrict) => {
          const { ctx } = mockContext(1);
          const ioas = ctx.ioasAlloc().id;
          const allowed = { start: 0x40000n, last: 0x7ffffffn };
          if (restrict) ctx.ioasAllowIovas(ioas, [allowed]);
          for (const [pages, offset] of maps) {
            const userVa = BUFFER + BigInt(offset);
            const length = BigInt(pages) * PAGE_SIZE - BigInt(offset);
            const iova = ctx.ioasMap(ioas, { length, userVa, readable: true, writable: false });
            expect(iova).not.toBe(0n);
            expect(iova % PAGE_SIZE).toBe(userVa % PAGE_SIZE);
            if (restrict) expect(iova >= allowed.start && iova + length - 1n <= allowed.last).toBe(true);
          }
          checkInvariants(ctx);
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });
});

function areasIn(world: World, ioasId: number): IoasMapping[] {
  const ioas = world.ctx.object(ioasId);
  return ioas instanceof Ioas ? areasOf(ioas) : [];
}

function areaKeys(world: World, index: number): string[] {
  const ioas = world.ctx.object(ioasAt(world, index));
  return ioas instanceof Ioas ? areasOf(ioas).map((a) => `${a.iova}+${a.length}`) : [];
}

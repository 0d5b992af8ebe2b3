// Dirty tracking: the kernel selftest's iommufd_dirty_tracking fixture (tools/testing/selftests/iommu/
// iommufd.c) on mock-01, the kernel's check order for GET_DIRTY_BITMAP, huge IOPTEs, unmap, scale.
import { describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import {
  type Context,
  type HwptPaging,
  MAX_DIRTY_BITMAP_BITS,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import { testMarkDirty } from '../../hw-model/selftest/index.ts';
import { MOCK_HUGE_PAGE_SIZE } from '../../hw-model/selftest/mock-iommu.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import {
  BUFFER,
  errnoOf,
  expectErrnoNoChange,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockDomain,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };
const MIB = 1n << 20n;
const GIB = 1n << 30n;

/** mock-01 of the default fleet: 00:01.0 plain, 00:02.0 PASID width 20, 00:03.0 no dirty tracking. */
function mock01() {
  const fleet = createDefaultFleet();
  const host = fleet.host('mock-01')!;
  return {
    fleet,
    host,
    ctx: openContext(host),
    plain: host.device('0000:00:01.0')!,
    pasidDevice: host.device('0000:00:02.0')!,
    noDirty: host.device('0000:00:03.0')!,
  };
}

/**
 * FIXTURE_SETUP(iommufd_dirty_tracking): an IOAS with the buffer mapped at MOCK_APERTURE_START and a
 * mock domain on it. `huge` maps a 1 MiB-aligned buffer, so the mock table uses 1 MiB IOPTEs (the
 * selftest's MOCK_IOMMUPT_HUGE variants); otherwise the buffer sits 4 KiB off a 1 MiB boundary and
 * every IOPTE is MOCK_PAGE_SIZE.
 */
function dirtyFixture(bufferSize: bigint, huge = false) {
  const env = mock01();
  const { ctx } = env;
  const ioasId = ctx.ioasAlloc().id;
  const userVa = huge ? BUFFER : BUFFER + PAGE_SIZE;
  ctx.ioasMap(ioasId, { iova: MOCK_APERTURE_START, length: bufferSize, userVa, ...rw });
  const domain = mockDomain(ctx, ioasId, env.plain);
  return { ...env, ioasId, idevId: domain.idevId, bufferSize };
}

/** A dirty-tracking HWPT with a second mock device attached, tracking enabled. */
function dirtyHwpt(self: ReturnType<typeof dirtyFixture>): HwptPaging {
  const hwpt = self.ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId, dirtyTracking: true });
  mockDomain(self.ctx, hwpt.id, self.pasidDevice);
  self.ctx.hwptSetDirtyTracking(hwpt.id, true);
  return hwpt as HwptPaging;
}

/** The bitmap with bits [first, last] of each entry set, in 64-bit words LSB first. */
function expectedWords(nbits: number, isSet: (bit: number) => boolean): bigint[] {
  const words = new Array<bigint>(Math.ceil(nbits / 64)).fill(0n);
  for (let bit = 0; bit < nbits; bit++) if (isSet(bit)) words[bit >> 6]! |= 1n << BigInt(bit & 63);
  return words;
}

/**
 * _test_mock_dirty_bitmaps: mark the first page of every other IOPTE dirty, read: every page of those
 * IOPTEs is dirty and nothing else; read again: empty, or the same with NO_CLEAR.
 */
function testMockDirtyBitmaps(
  ctx: Context,
  hwptId: number,
  length: bigint,
  iova: bigint,
  pageSize: bigint,
  ptePageSize: bigint,
  noClear: boolean,
) {
  const nbits = Number(length / pageSize);
  const npte = Number(ptePageSize / pageSize);
  const pteset = 2 * npte;
  let marked = 0;
  for (let i = 0; i < nbits; i += pteset) {
    testMarkDirty(ctx, hwptId, iova + BigInt(i) * pageSize, pageSize);
    marked++;
  }
  expect(marked).toBe(Math.max(1, Math.floor(nbits / pteset)));
  const dirty = (bit: number) => bit % pteset < npte;
  const first = ctx.hwptGetDirtyBitmap(hwptId, { iova, length, pageSize, noClear });
  expect(first.bitmap).toEqual(expectedWords(nbits, dirty));
  expect(first.dirtyRanges[0]).toEqual({ start: iova, last: iova + ptePageSize - 1n });
  expect(first.dirtyRanges.length).toBe(Math.ceil(nbits / pteset));
  const second = ctx.hwptGetDirtyBitmap(hwptId, { iova, length, pageSize, noClear });
  expect(second.bitmap).toEqual(expectedWords(nbits, (bit) => noClear && dirty(bit)));
}

const VARIANTS = [
  { name: 'domain_dirty128k', size: 128n << 10n, huge: false },
  { name: 'domain_dirty640k', size: 640n << 10n, huge: false },
  { name: 'domain_dirty128M', size: 128n * MIB, huge: false },
  { name: 'domain_dirty128M_huge', size: 128n * MIB, huge: true },
  { name: 'domain_dirty256M_huge', size: 256n * MIB, huge: true },
];

describe.each(VARIANTS)('iommufd_dirty_tracking/$name', ({ size, huge }) => {
  const ptePageSize = huge ? MOCK_HUGE_PAGE_SIZE : MOCK_PAGE_SIZE;

  it('C: iommufd_dirty_tracking.enforce_dirty', () => {
    const self = dirtyFixture(size, huge);
    const { ctx } = self;
    const hwpt = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId, dirtyTracking: true });
    const ok = mockDomain(ctx, hwpt.id, self.pasidDevice);
    // A MOCK_FLAGS_DEVICE_NO_DIRTY device cannot join a dirty-tracking domain: EINVAL at attach.
    const noDirty = ctx.deviceBind(self.noDirty).id;
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.deviceAttach(noDirty, hwpt.id));
    ctx.deviceUnbind(ok.idevId);
    ctx.destroy(hwpt.id);
    // ... and cannot allocate one: EOPNOTSUPP at HWPT_ALLOC.
    const ioas = ctx.ioasAlloc().id;
    ctx.deviceAttach(noDirty, ioas);
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.hwptAlloc({ devId: noDirty, ptId: ioas, dirtyTracking: true }),
    );
  });

  it('C: iommufd_dirty_tracking.set_dirty_tracking', () => {
    const self = dirtyFixture(size, huge);
    const { ctx } = self;
    const hwpt = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId, dirtyTracking: true }) as HwptPaging;
    const stdev = mockDomain(ctx, hwpt.id, self.pasidDevice);
    expect(ctx.hwptSetDirtyTracking(hwpt.id, true).dirtyTrackingEnabled).toBe(true);
    expect(ctx.hwptSetDirtyTracking(hwpt.id, false).dirtyTrackingEnabled).toBe(false);
    ctx.deviceUnbind(stdev.idevId);
    ctx.destroy(hwpt.id);
    expect(ctx.object(hwpt.id)).toBeUndefined();
  });

  it('C: iommufd_dirty_tracking.device_dirty_capability', () => {
    const self = dirtyFixture(size, huge);
    expect(self.plain.hwInfo().capabilities).toContain('DIRTY_TRACKING');
    expect(self.noDirty.hwInfo().capabilities).not.toContain('DIRTY_TRACKING');
  });

  it('C: iommufd_dirty_tracking.get_dirty_bitmap', () => {
    const self = dirtyFixture(size, huge);
    const hwpt = dirtyHwpt(self);
    const iova = MOCK_APERTURE_START;
    // The fixture's mapping uses the IOPTE size the variant is about.
    expect(hwpt.pageSizeAt([...hwpt.ioas.areas()][0]!, iova)).toBe(ptePageSize);
    testMockDirtyBitmaps(self.ctx, hwpt.id, size, iova, MOCK_PAGE_SIZE, ptePageSize, false);
  });

  it('C: iommufd_dirty_tracking.get_dirty_bitmap_no_clear', () => {
    const self = dirtyFixture(size, huge);
    const hwpt = dirtyHwpt(self);
    testMockDirtyBitmaps(self.ctx, hwpt.id, size, MOCK_APERTURE_START, MOCK_PAGE_SIZE, ptePageSize, true);
  });
});

describe('dirty tracking: errors in the kernel order', () => {
  it('SET_DIRTY_TRACKING: not a HWPT_PAGING → ENOENT, no DIRTY_TRACKING → EOPNOTSUPP', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const plainHwpt = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId });
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptSetDirtyTracking(self.ioasId, true));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.hwptSetDirtyTracking(999, true));
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.hwptSetDirtyTracking(plainHwpt.id, true));
  });

  it('GET_DIRTY_BITMAP: ENOENT, EOVERFLOW, alignment EINVAL, page size EINVAL, EOPNOTSUPP, E2BIG', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const hwpt = dirtyHwpt(self);
    const plainHwpt = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId });
    const iova = MOCK_APERTURE_START;
    const read = (id: number, args: Partial<Parameters<Context['hwptGetDirtyBitmap']>[1]>) => () =>
      ctx.hwptGetDirtyBitmap(id, { iova, length: MIB, pageSize: MOCK_PAGE_SIZE, ...args });
    expect(errnoOf(read(self.ioasId, {}))).toBe('ENOENT');
    // ENOENT comes before the range checks.
    expect(errnoOf(read(self.ioasId, { iova: U64_MAX }))).toBe('ENOENT');
    expect(errnoOf(read(hwpt.id, { iova: U64_MAX - 0x7ffn }))).toBe('EOVERFLOW');
    expect(errnoOf(read(hwpt.id, { iova: 1n << 40n, length: 0n }))).toBe('EOVERFLOW');
    // The IOAS alignment is the mock's 2 KiB page.
    expect(errnoOf(read(hwpt.id, { iova: iova + 0x400n }))).toBe('EINVAL');
    expect(errnoOf(read(hwpt.id, { length: MIB + 0x400n }))).toBe('EINVAL');
    expect(errnoOf(read(hwpt.id, { pageSize: 0n }))).toBe('EINVAL');
    // iova + length off the page size (2 MiB pages over 1 MiB; 4 KiB pages over 1 MiB - 2 KiB).
    expect(errnoOf(read(hwpt.id, { pageSize: 2n * MIB }))).toBe('EINVAL');
    expect(errnoOf(read(hwpt.id, { length: MIB - MOCK_PAGE_SIZE, pageSize: PAGE_SIZE }))).toBe('EINVAL');
    // Range checks before the dirty-ops check: EINVAL wins on a non-dirty HWPT.
    expect(errnoOf(read(plainHwpt.id, { pageSize: 0n }))).toBe('EINVAL');
    expect(errnoOf(read(plainHwpt.id, {}))).toBe('EOPNOTSUPP');
    expect(errnoOf(read(hwpt.id, { length: BigInt(MAX_DIRTY_BITMAP_BITS + 1) * MOCK_PAGE_SIZE }))).toBe(
      'E2BIG',
    );
    expect(
      ctx.hwptGetDirtyBitmap(hwpt.id, {
        iova: 0n,
        length: BigInt(MAX_DIRTY_BITMAP_BITS) * MOCK_PAGE_SIZE,
        pageSize: 1n << 20n,
      }).bitmap.length,
    ).toBe(Math.ceil((MAX_DIRTY_BITMAP_BITS * 2048) / 2 ** 20 / 64));
    // Non-u64 numbers are refused before any lookup.
    expect(errnoOf(read(999, { iova: -1n }))).toBe('EINVAL');
  });

  it('IOMMU_TEST_OP_DIRTY: EINVAL without tracking, ENOENT for a non-paging ID', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const hwpt = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId, dirtyTracking: true });
    expect(errnoOf(() => testMarkDirty(ctx, hwpt.id, MOCK_APERTURE_START, MOCK_PAGE_SIZE))).toBe('EINVAL');
    expect(errnoOf(() => testMarkDirty(ctx, self.ioasId, MOCK_APERTURE_START, MOCK_PAGE_SIZE))).toBe(
      'ENOENT',
    );
    expect(errnoOf(() => testMarkDirty(ctx, hwpt.id, MOCK_APERTURE_START, 0n))).toBe('EINVAL');
    ctx.hwptSetDirtyTracking(hwpt.id, true);
    testMarkDirty(ctx, hwpt.id, MOCK_APERTURE_START, MOCK_PAGE_SIZE);
    expect(
      ctx.hwptGetDirtyBitmap(hwpt.id, { iova: MOCK_APERTURE_START, length: MIB, pageSize: MOCK_PAGE_SIZE })
        .dirtyRanges,
    ).toEqual([{ start: MOCK_APERTURE_START, last: MOCK_APERTURE_START + MOCK_PAGE_SIZE - 1n }]);
  });
});

describe('dirty tracking: semantics', () => {
  it('markDirty is a no-op unless enabled; enabling clears stale bits; disabling keeps them', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const hwpt = dirtyHwpt(self);
    const args = { iova: MOCK_APERTURE_START, length: MIB, pageSize: MOCK_PAGE_SIZE, noClear: true };
    hwpt.markDirty(MOCK_APERTURE_START + 3n * MOCK_PAGE_SIZE, 1n);
    ctx.hwptSetDirtyTracking(hwpt.id, false);
    hwpt.markDirty(MOCK_APERTURE_START, MOCK_PAGE_SIZE);
    expect(ctx.hwptGetDirtyBitmap(hwpt.id, args).bitmap[0]).toBe(0b1000n);
    ctx.hwptSetDirtyTracking(hwpt.id, true);
    expect(ctx.hwptGetDirtyBitmap(hwpt.id, args).dirtyRanges).toEqual([]);
  });

  it('a write to part of a huge IOPTE dirties all of it; a partial read clears the whole IOPTE', () => {
    const self = dirtyFixture(4n * MIB, true);
    const { ctx } = self;
    const hwpt = dirtyHwpt(self);
    const base = MOCK_APERTURE_START;
    hwpt.markDirty(base + MIB + 12345n, 1n);
    // Read only the first half of the second huge page at 4 KiB per bit.
    const half = ctx.hwptGetDirtyBitmap(hwpt.id, { iova: base + MIB, length: MIB / 2n, pageSize: PAGE_SIZE });
    expect(half.dirtyRanges).toEqual([{ start: base + MIB, last: base + MIB + MIB / 2n - 1n }]);
    expect(half.bitmap).toEqual([WORD, WORD]);
    // The one dirty bit of the IOPTE is gone: the other half reads clean.
    const rest = ctx.hwptGetDirtyBitmap(hwpt.id, { iova: base, length: 4n * MIB, pageSize: MIB });
    expect(rest.bitmap).toEqual([0n]);
  });

  it('bits are reported per page size: a 2 KiB dirty IOPTE sets the 1 MiB bit that holds it', () => {
    const self = dirtyFixture(4n * MIB);
    const { ctx } = self;
    const hwpt = dirtyHwpt(self);
    hwpt.markDirty(MOCK_APERTURE_START + 2n * MIB + 4096n, 2048n);
    const read = ctx.hwptGetDirtyBitmap(hwpt.id, {
      iova: MOCK_APERTURE_START,
      length: 4n * MIB,
      pageSize: MIB,
    });
    expect(read.bitmap).toEqual([0b100n]);
    expect(read.dirtyRanges).toEqual([
      { start: MOCK_APERTURE_START + 2n * MIB, last: MOCK_APERTURE_START + 3n * MIB - 1n },
    ]);
  });

  it('unmapped IOVAs have no IOPTE: unmap drops the bits, a remap at the same IOVA starts clean', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const hwpt = dirtyHwpt(self);
    const iova = MOCK_APERTURE_START + 16n * MIB;
    const args = { iova, length: MIB, pageSize: MOCK_PAGE_SIZE, noClear: true };
    hwpt.markDirty(iova, MIB); // nothing is mapped there yet
    expect(ctx.hwptGetDirtyBitmap(hwpt.id, args).dirtyRanges).toEqual([]);
    ctx.ioasMap(self.ioasId, { iova, length: MIB, userVa: BUFFER + 64n * MIB, ...rw });
    hwpt.markDirty(iova, MOCK_PAGE_SIZE);
    expect(ctx.hwptGetDirtyBitmap(hwpt.id, args).dirtyRanges).toHaveLength(1);
    expect(ctx.ioasUnmap(self.ioasId, iova, MIB).error).toBeNull();
    ctx.ioasMap(self.ioasId, { iova, length: MIB, userVa: BUFFER + 64n * MIB, ...rw });
    expect(ctx.hwptGetDirtyBitmap(hwpt.id, args).dirtyRanges).toEqual([]);
    // Holes inside the range are clean, not errors.
    expect(
      ctx.hwptGetDirtyBitmap(hwpt.id, { iova: 0n, length: 1n << 32n, pageSize: MIB }).dirtyRanges,
    ).toEqual([]);
  });

  it('every HWPT of the IOAS keeps its own bits', () => {
    const self = dirtyFixture(MIB);
    const { ctx } = self;
    const a = dirtyHwpt(self);
    const b = ctx.hwptAlloc({ devId: self.idevId, ptId: self.ioasId, dirtyTracking: true });
    ctx.hwptSetDirtyTracking(b.id, true);
    a.markDirty(MOCK_APERTURE_START, MOCK_PAGE_SIZE);
    const args = { iova: MOCK_APERTURE_START, length: MIB, pageSize: MOCK_PAGE_SIZE };
    expect(ctx.hwptGetDirtyBitmap(b.id, args).dirtyRanges).toEqual([]);
    expect(ctx.hwptGetDirtyBitmap(a.id, args).dirtyRanges).toHaveLength(1);
  });
});

const WORD = (1n << 64n) - 1n;

describe('dirty tracking: scale', () => {
  it('a 64 GiB mapping at 4 KiB pages (16M bits): read-and-clear, read again empty, NO_CLEAR keeps', () => {
    const fleet = createDefaultFleet();
    const host = fleet.host('spr-01')!;
    const ctx = openContext(host, { memlockLimit: 128n * GIB });
    const dsa = host.device('0000:6a:01.0')!;
    expect(dsa.hwInfo().capabilities).toContain('DIRTY_TRACKING');
    const dev = ctx.deviceBind(dsa).id;
    const ioas = ctx.ioasAlloc().id;
    const length = 64n * GIB;
    const iova = 64n * GIB;
    ctx.ioasMap(ioas, { iova, length, userVa: 1n << 40n, ...rw });
    const hwpt = ctx.hwptAlloc({ devId: dev, ptId: ioas, dirtyTracking: true }) as HwptPaging;
    ctx.deviceAttach(dev, hwpt.id);
    ctx.hwptSetDirtyTracking(hwpt.id, true);
    // A guest writes the first 32 GiB and one 4 KiB page of the 34th GiB: that page's 1 GiB IOPTE
    // reports dirty as a whole.
    expect(hwpt.pageSizeAt([...hwpt.ioas.areas()][0]!, iova)).toBe(GIB);
    hwpt.markDirty(iova, 32n * GIB);
    hwpt.markDirty(iova + 33n * GIB + 4096n, 4096n);
    const args = { iova, length, pageSize: PAGE_SIZE };
    const first = ctx.hwptGetDirtyBitmap(hwpt.id, { ...args, noClear: true });
    expect(first.bitmap.length).toBe(2 ** 24 / 64);
    expect(first.dirtyRanges).toEqual([
      { start: iova, last: iova + 32n * GIB - 1n },
      { start: iova + 33n * GIB, last: iova + 34n * GIB - 1n },
    ]);
    const wordsPerGib = 2 ** 18 / 64;
    const dirtyWord = (i: number) => i < 32 * wordsPerGib || (i >= 33 * wordsPerGib && i < 34 * wordsPerGib);
    expect(first.bitmap.every((word, i) => word === (dirtyWord(i) ? WORD : 0n))).toBe(true);
    const cleared = ctx.hwptGetDirtyBitmap(hwpt.id, args);
    expect(cleared.dirtyRanges).toEqual(first.dirtyRanges);
    const again = ctx.hwptGetDirtyBitmap(hwpt.id, args);
    expect(again.dirtyRanges).toEqual([]);
    expect(again.bitmap.some((word) => word !== 0n)).toBe(false);
    expect(hwpt.dirtyLog.runCount).toBe(0);
  });
});

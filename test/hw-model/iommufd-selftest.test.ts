// The kernel selftest's iommufd_ioas and iommufd_mock_domain fixtures
// (tools/testing/selftests/iommu/iommufd.c), case by case against the model.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import type { PciDevice } from '../../hw-model/host/device.ts';
import { type Context, HwptPaging, USER_VA_LAST } from '../../hw-model/iommufd/index.ts';
import { ioasAddReserved } from '../../hw-model/selftest/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import {
  BUFFER,
  BUFFER_SIZE,
  errnoOf,
  expectErrnoNoChange,
  MOCK_APERTURE_LAST,
  MOCK_APERTURE_START,
  MOCK_PAGE_SIZE,
  mockContext,
  mockDomain,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };

/** The lowest set bit of n: 1 << (ffs(n) - 1). */
const lowBit = (n: bigint) => n & -n;

interface Fixture {
  ctx: Context;
  ioasId: number;
  devices: PciDevice[];
  stdevIds: number[];
  hwptIds: number[];
  baseIova: bigint;
}

function setUp(mockDomains: number): Fixture {
  const { ctx, devices } = mockContext(6);
  const ioasId = ctx.ioasAlloc().id;
  const stdevIds: number[] = [];
  const hwptIds: number[] = [];
  for (let i = 0; i < mockDomains; i++) {
    const domain = mockDomain(ctx, ioasId, devices[i]!);
    stdevIds.push(domain.idevId);
    hwptIds.push(domain.hwptId);
  }
  return { ctx, ioasId, devices, stdevIds, hwptIds, baseIova: MOCK_APERTURE_START };
}

/** FIXTURE_TEARDOWN: closing the fd destroys everything. */
function tearDown(self: Fixture) {
  const count = self.ctx.objects().length;
  expect(self.ctx.close()).toBe(count);
  expect(self.ctx.objects()).toEqual([]);
  expect(self.ctx.pinnedPages).toBe(0n);
  for (const device of self.devices) expect(device.binding).toBeNull();
}

const mapFixed = (self: Fixture, userVa: bigint, length: bigint, iova: bigint, ioasId = self.ioasId) =>
  self.ctx.ioasMap(ioasId, { iova, length, userVa, ...rw });
const mapAuto = (self: Fixture, userVa: bigint, length: bigint, access = rw) =>
  self.ctx.ioasMap(self.ioasId, { length, userVa, ...access });
const unmap = (self: Fixture, iova: bigint, length: bigint, ioasId = self.ioasId) => {
  const result = self.ctx.ioasUnmap(ioasId, iova, length);
  expect(result.error).toBeNull();
  return result.unmapped;
};
const unmapErrno = (self: Fixture, iova: bigint, length: bigint) =>
  self.ctx.ioasUnmap(self.ioasId, iova, length).error?.errno;

const IOAS_VARIANTS = [
  { name: 'no_domain', mockDomains: 0 },
  { name: 'mock_domain', mockDomains: 1 },
  { name: 'two_mock_domain', mockDomains: 2 },
];

describe.each(IOAS_VARIANTS)('iommufd_ioas/$name', ({ mockDomains }) => {
  let self: Fixture;
  beforeEach(() => {
    self = setUp(mockDomains);
  });
  afterEach(() => {
    if (!self.ctx.closed) tearDown(self);
  });

  it('C: iommufd_ioas.ioas_auto_destroy', () => {
    expect(self.ctx.object(self.ioasId)?.type).toBe('IOAS');
    tearDown(self);
  });

  it('C: iommufd_ioas.ioas_destroy', () => {
    if (self.stdevIds.length) {
      // IOAS cannot be freed while a device has a HWPT using it.
      expectErrnoNoChange(self.ctx, 'EBUSY', () => self.ctx.destroy(self.ioasId));
    } else {
      self.ctx.destroy(self.ioasId);
      expect(self.ctx.object(self.ioasId)).toBeUndefined();
    }
  });

  it('C: iommufd_ioas.hwpt_attach', () => {
    const extra = self.devices[4]!;
    if (self.stdevIds.length) {
      // A device attached directly to the HWPT.
      const domain = mockDomain(self.ctx, self.hwptIds[0]!, extra);
      expect(domain.hwptId).toBe(self.hwptIds[0]);
      expect(self.ctx.object(self.hwptIds[0]!)!.users).toBe(2 + self.stdevIds.length);
    } else {
      expectErrnoNoChange(self.ctx, 'ENOENT', () => mockDomain(self.ctx, 0, extra));
    }
  });

  it('C: iommufd_ioas.ioas_area_destroy', () => {
    // Adding an area does not change the ability to destroy.
    mapFixed(self, BUFFER, PAGE_SIZE, self.baseIova);
    if (self.stdevIds.length) {
      expectErrnoNoChange(self.ctx, 'EBUSY', () => self.ctx.destroy(self.ioasId));
    } else {
      self.ctx.destroy(self.ioasId);
    }
  });

  it('C: iommufd_ioas.ioas_area_auto_destroy', () => {
    // Can allocate and automatically free an IOAS table with many areas.
    for (let i = 0n; i < 10n; i++) mapFixed(self, BUFFER, PAGE_SIZE, self.baseIova + i * PAGE_SIZE);
    const ioas = self.ctx.object(self.ioasId) as import('../../hw-model/iommufd/index.ts').Ioas;
    expect(ioas.areaCount).toBe(10);
    expect(self.ctx.pinnedPages).toBe(self.stdevIds.length ? 10n : 0n);
    tearDown(self);
  });

  it('C: iommufd_ioas.area', () => {
    // Unmap fails if nothing is mapped.
    for (let i = 0n; i < 10n; i++) expect(unmapErrno(self, i * PAGE_SIZE, PAGE_SIZE)).toBe('ENOENT');
    // Unmap works.
    for (let i = 0n; i < 10n; i++) mapFixed(self, BUFFER, PAGE_SIZE, self.baseIova + i * PAGE_SIZE);
    for (let i = 0n; i < 10n; i++)
      expect(unmap(self, self.baseIova + i * PAGE_SIZE, PAGE_SIZE)).toBe(PAGE_SIZE);
    // Split fails.
    mapFixed(self, BUFFER, PAGE_SIZE * 2n, self.baseIova + 16n * PAGE_SIZE);
    expect(unmapErrno(self, self.baseIova + 16n * PAGE_SIZE, PAGE_SIZE)).toBe('ENOENT');
    expect(unmapErrno(self, self.baseIova + 17n * PAGE_SIZE, PAGE_SIZE)).toBe('ENOENT');
    // Over map fails.
    const overMaps: [bigint, bigint][] = [
      [2n, 16n],
      [1n, 16n],
      [1n, 17n],
      [2n, 15n],
      [3n, 15n],
    ];
    for (const [pages, at] of overMaps) {
      expectErrnoNoChange(self.ctx, 'EEXIST', () =>
        mapFixed(self, BUFFER, PAGE_SIZE * pages, self.baseIova + at * PAGE_SIZE),
      );
    }
    // Unmap all works, and succeeds on an empty IOAS.
    expect(unmap(self, 0n, U64_MAX)).toBe(2n * PAGE_SIZE);
    expect(unmap(self, 0n, U64_MAX)).toBe(0n);
  });

  it('C: iommufd_ioas.area (ENOENT partial unmaps across a sweep)', () => {
    // Every window that cuts the 2-page area at base+16 pages fails and leaves it mapped.
    mapFixed(self, BUFFER, PAGE_SIZE * 2n, self.baseIova + 16n * PAGE_SIZE);
    const areaStart = self.baseIova + 16n * PAGE_SIZE;
    for (
      let start = areaStart - 2n * PAGE_SIZE;
      start <= areaStart + 2n * PAGE_SIZE;
      start += MOCK_PAGE_SIZE
    ) {
      for (let length = MOCK_PAGE_SIZE; length <= 6n * PAGE_SIZE; length += MOCK_PAGE_SIZE) {
        const last = start + length - 1n;
        const meets = start <= areaStart + 2n * PAGE_SIZE - 1n && last >= areaStart;
        const covers = start <= areaStart && last >= areaStart + 2n * PAGE_SIZE - 1n;
        if (covers) continue;
        expect(unmapErrno(self, start, length)).toBe('ENOENT');
        if (meets) expect((self.ctx.object(self.ioasId) as never as { areaCount: number }).areaCount).toBe(1);
      }
    }
  });

  it('C: iommufd_ioas.unmap_fully_contained_areas', () => {
    // Give no_domain some space to rewind base_iova.
    self.baseIova += 4n * PAGE_SIZE;
    for (let i = 0n; i < 4n; i++) mapFixed(self, BUFFER, 8n * PAGE_SIZE, self.baseIova + i * 16n * PAGE_SIZE);
    // Unmap not fully contained area doesn't work.
    expect(unmapErrno(self, self.baseIova - 4n * PAGE_SIZE, 8n * PAGE_SIZE)).toBe('ENOENT');
    expect(
      unmapErrno(
        self,
        self.baseIova + 3n * 16n * PAGE_SIZE + 8n * PAGE_SIZE - 4n * PAGE_SIZE,
        8n * PAGE_SIZE,
      ),
    ).toBe('ENOENT');
    // Unmap fully contained areas works.
    const length = 3n * 16n * PAGE_SIZE + 8n * PAGE_SIZE + 4n * PAGE_SIZE;
    expect(unmap(self, self.baseIova - 4n * PAGE_SIZE, length)).toBe(32n * PAGE_SIZE);
  });

  it('C: iommufd_ioas.area_auto_iova', () => {
    const reserved = { start: PAGE_SIZE * 4n, length: PAGE_SIZE * 100n };
    const iovas: bigint[] = [];
    // Simple 4k pages.
    for (let i = 0; i < 10; i++) iovas[i] = mapAuto(self, BUFFER, PAGE_SIZE);
    expect(new Set(iovas).size).toBe(10);
    for (let i = 0; i < 10; i++) unmap(self, iovas[i]!, PAGE_SIZE);

    // The kernel aligns IOVAs properly.
    for (let i = 0; i < 10; i++) {
      const length = PAGE_SIZE * BigInt(i + 1);
      // Without a domain nothing is pinned, so even an address nothing backs maps.
      iovas[i] = mapAuto(self, self.stdevIds.length ? BUFFER : 1n << 31n, length);
      expect(iovas[i]! % lowBit(length)).toBe(0n);
    }
    for (let i = 0; i < 10; i++) unmap(self, iovas[i]!, PAGE_SIZE * BigInt(i + 1));

    // Avoids a reserved region.
    ioasAddReserved(self.ctx, self.ioasId, reserved.start, reserved.length);
    for (let i = 0; i < 10; i++) {
      const length = PAGE_SIZE * BigInt(i + 1);
      iovas[i] = mapAuto(self, BUFFER, length);
      expect(iovas[i]! % lowBit(length)).toBe(0n);
      expect(iovas[i]! > reserved.start && iovas[i]! < reserved.start + reserved.length).toBe(false);
    }
    for (let i = 0; i < 10; i++) unmap(self, iovas[i]!, PAGE_SIZE * BigInt(i + 1));

    // Allowed region intersects with a reserved region.
    expectErrnoNoChange(self.ctx, 'EADDRINUSE', () =>
      self.ctx.ioasAllowIovas(self.ioasId, [{ start: PAGE_SIZE, last: PAGE_SIZE * 600n }]),
    );

    // Allocate from an allowed region.
    const range = self.stdevIds.length
      ? { start: MOCK_APERTURE_START + PAGE_SIZE, last: MOCK_APERTURE_START + PAGE_SIZE * 600n - 1n }
      : { start: PAGE_SIZE * 200n, last: PAGE_SIZE * 600n - 1n };
    self.ctx.ioasAllowIovas(self.ioasId, [range]);
    for (let i = 0; i < 10; i++) {
      const length = PAGE_SIZE * BigInt(i + 1);
      iovas[i] = mapAuto(self, BUFFER, length);
      const iova = iovas[i]!;
      expect(iova % lowBit(length)).toBe(0n);
      expect(iova >= range.start).toBe(true);
      expect(iova <= range.last).toBe(true);
      expect(iova + length > range.start).toBe(true);
      expect(iova + length <= range.last + 1n).toBe(true);
    }
    for (let i = 0; i < 10; i++) unmap(self, iovas[i]!, PAGE_SIZE * BigInt(i + 1));
  });

  it('C: iommufd_ioas.area_allowed', () => {
    // Reserved intersects an allowed.
    const allowed = { start: self.baseIova, last: self.baseIova + PAGE_SIZE * 600n };
    self.ctx.ioasAllowIovas(self.ioasId, [allowed]);
    expectErrnoNoChange(self.ctx, 'EADDRINUSE', () =>
      ioasAddReserved(self.ctx, self.ioasId, allowed.start + PAGE_SIZE, PAGE_SIZE),
    );
    self.ctx.ioasAllowIovas(self.ioasId, []);
    // Allowed intersects a reserved.
    ioasAddReserved(self.ctx, self.ioasId, allowed.start + PAGE_SIZE, PAGE_SIZE);
    expectErrnoNoChange(self.ctx, 'EADDRINUSE', () => self.ctx.ioasAllowIovas(self.ioasId, [allowed]));
  });

  it('C: iommufd_ioas.copy_area', () => {
    mapFixed(self, BUFFER, PAGE_SIZE, self.baseIova);
    const pinned = self.ctx.pinnedPages;
    // Copy inside a single IOAS.
    const copy = {
      srcIoasId: self.ioasId,
      dstIoasId: self.ioasId,
      length: PAGE_SIZE,
      readable: false,
      writable: true,
    };
    expect(self.ctx.ioasCopy({ ...copy, srcIova: self.baseIova, dstIova: self.baseIova + PAGE_SIZE })).toBe(
      self.baseIova + PAGE_SIZE,
    );
    // Copy between IOASes.
    const dst = self.ctx.ioasAlloc().id;
    expect(self.ctx.ioasCopy({ ...copy, dstIoasId: dst, srcIova: self.baseIova, dstIova: 0n })).toBe(0n);
    // The pages are shared, not pinned again.
    expect(self.ctx.pinnedPages).toBe(pinned);
  });

  it('C: iommufd_ioas.iova_ranges', () => {
    let result = self.ctx.ioasIovaRanges(self.ioasId);
    if (!self.stdevIds.length) {
      expect(result.ranges).toEqual([{ start: 0n, last: U64_MAX }]);
      expect(result.alignment).toBe(1n);
    } else {
      expect(result.ranges).toEqual([{ start: MOCK_APERTURE_START, last: MOCK_APERTURE_LAST }]);
      expect(result.alignment).toBe(MOCK_PAGE_SIZE);
    }
    // 2 ranges.
    ioasAddReserved(self.ctx, self.ioasId, PAGE_SIZE, PAGE_SIZE);
    result = self.ctx.ioasIovaRanges(self.ioasId);
    if (!self.stdevIds.length) {
      expect(result.ranges).toEqual([
        { start: 0n, last: PAGE_SIZE - 1n },
        { start: PAGE_SIZE * 2n, last: U64_MAX },
      ]);
    } else {
      expect(result.ranges).toEqual([{ start: MOCK_APERTURE_START, last: MOCK_APERTURE_LAST }]);
    }
  });

  it('C: iommufd_ioas.ioas_option_huge_pages', () => {
    const ioas = self.ctx.object(self.ioasId) as import('../../hw-model/iommufd/index.ts').Ioas;
    expect(ioas.hugePages).toBe(true);
    self.ctx.ioasSetHugePages(self.ioasId, false);
    expect(ioas.hugePages).toBe(false);
    self.ctx.ioasSetHugePages(self.ioasId, true);
    expect(ioas.hugePages).toBe(true);
  });

  it('C: iommufd_ioas.ioas_iova_alloc', () => {
    for (let length = 1n; length !== PAGE_SIZE * 2n; length++) {
      if (self.stdevIds.length && length % MOCK_PAGE_SIZE) {
        expect(errnoOf(() => mapAuto(self, BUFFER, length))).toBe('EINVAL');
      } else {
        const iova = mapAuto(self, BUFFER, length);
        unmap(self, iova, length);
      }
    }
  });

  it('C: iommufd_ioas.ioas_align_change', () => {
    // The alignment cannot be raised through HUGE_PAGES while a domain and a map are present.
    if (self.stdevIds.length) {
      mapFixed(self, BUFFER, PAGE_SIZE, MOCK_APERTURE_START);
      expectErrnoNoChange(self.ctx, 'EINVAL', () => self.ctx.ioasSetHugePages(self.ioasId, false));
      return;
    }
    // It can be raised to PAGE_SIZE when things are aligned right.
    mapFixed(self, BUFFER, PAGE_SIZE, MOCK_APERTURE_START);
    self.ctx.ioasSetHugePages(self.ioasId, false);
    expect(self.ctx.ioasIovaRanges(self.ioasId).alignment).toBe(PAGE_SIZE);
    // Misalignment is rejected at map time.
    expectErrnoNoChange(self.ctx, 'EINVAL', () =>
      mapFixed(self, BUFFER + MOCK_PAGE_SIZE, PAGE_SIZE, MOCK_APERTURE_START + PAGE_SIZE),
    );
    expectErrnoNoChange(self.ctx, 'EINVAL', () =>
      mapFixed(self, BUFFER, MOCK_PAGE_SIZE, MOCK_APERTURE_START + PAGE_SIZE),
    );
    // Reduce alignment.
    self.ctx.ioasSetHugePages(self.ioasId, true);
    // Misalignment is rejected during alignment upgrade.
    mapFixed(self, BUFFER + MOCK_PAGE_SIZE, MOCK_PAGE_SIZE, MOCK_APERTURE_START + PAGE_SIZE);
    expectErrnoNoChange(self.ctx, 'EADDRINUSE', () => self.ctx.ioasSetHugePages(self.ioasId, false));
    unmap(self, MOCK_APERTURE_START + PAGE_SIZE, MOCK_PAGE_SIZE);
    unmap(self, MOCK_APERTURE_START, PAGE_SIZE);
  });

  it('C: iommufd_ioas.copy_sweep', () => {
    const dst = self.ctx.ioasAlloc().id;
    const lastIova = self.stdevIds.length
      ? MOCK_APERTURE_START + BUFFER_SIZE - 1n
      : MOCK_APERTURE_START + BUFFER_SIZE - 2n;
    mapFixed(self, BUFFER, lastIova - MOCK_APERTURE_START + 1n, MOCK_APERTURE_START);
    let copies = 0;
    for (let iova = MOCK_APERTURE_START - PAGE_SIZE; iova <= lastIova; iova += 511n) {
      const copy = () =>
        self.ctx.ioasCopy({
          srcIoasId: self.ioasId,
          dstIoasId: dst,
          srcIova: iova,
          length: MOCK_PAGE_SIZE,
          dstIova: MOCK_APERTURE_START,
          readable: false,
          writable: true,
        });
      if (iova < MOCK_APERTURE_START || iova + MOCK_PAGE_SIZE - 1n > lastIova) {
        expectErrnoNoChange(self.ctx, 'ENOENT', copy);
      } else {
        expect(copy()).toBe(MOCK_APERTURE_START);
        unmap(self, MOCK_APERTURE_START, MOCK_PAGE_SIZE, dst);
        copies++;
      }
    }
    expect(copies).toBeGreaterThan(100);
    self.ctx.destroy(dst);
  });
});

// ---- iommufd_mock_domain ----------------------------------------------------------------------------

const MOCK_DOMAIN_VARIANTS = [
  { name: 'one_domain', mockDomains: 1 },
  { name: 'two_domains', mockDomains: 2 },
];

describe.each(MOCK_DOMAIN_VARIANTS)('iommufd_mock_domain/$name', ({ mockDomains }) => {
  let self: Fixture;
  const mmapBufSize = PAGE_SIZE * 8n;
  beforeEach(() => {
    self = setUp(mockDomains);
  });
  afterEach(() => {
    if (!self.ctx.closed) tearDown(self);
  });

  /** check_mock_iova: every MOCK_PAGE_SIZE page of the range reaches the frame backing the user page. */
  function checkMockIova(userVa: bigint, iova: bigint, length: bigint, access: 'READ' | 'WRITE' = 'READ') {
    for (let offset = 0n; offset < length; offset += MOCK_PAGE_SIZE) {
      const result = translate(self.devices[0]!, iova + offset, access);
      if (result.kind !== 'translation') throw new Error(`${result.reason}: ${result.message}`);
      expect(result.physicalAddress).toBe(self.ctx.memory.physicalAddress(userVa + offset));
      expect(result.hwpt.id).toBe(self.hwptIds[0]);
    }
  }

  it('C: iommufd_mock_domain.basic', () => {
    // Simple one page map.
    const iova = mapAuto(self, BUFFER, PAGE_SIZE);
    checkMockIova(BUFFER, iova, PAGE_SIZE);
    expect(self.ctx.pinnedPages).toBe(1n);
    // EFAULT half way through mapping: the second half lies past the user address space.
    const buf = USER_VA_LAST + 1n - mmapBufSize / 2n;
    expectErrnoNoChange(self.ctx, 'EFAULT', () => mapAuto(self, buf, mmapBufSize));
    // EFAULT on the first page.
    expectErrnoNoChange(self.ctx, 'EFAULT', () => mapAuto(self, buf + mmapBufSize / 2n, mmapBufSize));
  });

  it('C: iommufd_mock_domain.ro_unshare', () => {
    const buf = BUFFER + HUGE_OFFSET;
    const iova = mapAuto(self, buf, PAGE_SIZE, { readable: true, writable: false });
    checkMockIova(buf, iova, PAGE_SIZE);
    const before = translate(self.devices[0]!, iova, 'READ');
    expect(translate(self.devices[0]!, iova, 'WRITE')).toMatchObject({ kind: 'fault', reason: 'PERMISSION' });
    // Writing the page later (a second, writable mapping of it) must not change the frame.
    const again = mapAuto(self, buf, PAGE_SIZE);
    checkMockIova(buf, again, PAGE_SIZE, 'WRITE');
    expect(translate(self.devices[0]!, iova, 'READ')).toEqual(before);
  });

  it('C: iommufd_mock_domain.all_aligns (light)', () => {
    const buf = BUFFER + 2n * HUGE_OFFSET;
    expect(self.ctx.pinnedPages).toBe(0n);
    let maps = 0;
    for (let start = 0n; start < mmapBufSize; start += MOCK_PAGE_SIZE) {
      for (let end = start + MOCK_PAGE_SIZE; end < mmapBufSize; end += MOCK_PAGE_SIZE) {
        const length = end - start;
        const iova = mapAuto(self, buf + start, length);
        checkMockIova(buf + start, iova, length);
        // check_refs: every user page the range touches is pinned once.
        const pages = (end + PAGE_SIZE - 1n) / PAGE_SIZE - start / PAGE_SIZE;
        expect(self.ctx.pinnedPages).toBe(pages);
        unmap(self, iova, length);
        maps++;
      }
    }
    expect(maps).toBe(120);
    expect(self.ctx.pinnedPages).toBe(0n);
  });

  it('C: iommufd_mock_domain.replace', () => {
    const ioasId = self.ctx.ioasAlloc().id;
    const stdev = self.stdevIds[0]!;
    self.ctx.deviceReplace(stdev, ioasId);
    // Replacing the IOAS deallocates the prior HWPT, so it is ENOENT now.
    if (mockDomains === 1) {
      expectErrnoNoChange(self.ctx, 'ENOENT', () => self.ctx.deviceReplace(stdev, self.hwptIds[0]!));
    }
    const current = self.ctx.deviceReplace(stdev, ioasId);
    expect(self.ctx.deviceReplace(stdev, ioasId)).toBe(current);
    if (mockDomains >= 2) {
      self.ctx.deviceReplace(stdev, self.hwptIds[1]!);
      self.ctx.deviceReplace(stdev, self.hwptIds[1]!);
      self.ctx.deviceReplace(stdev, self.hwptIds[0]!);
    }
    const back = self.ctx.deviceReplace(stdev, self.ioasId);
    expect(back).toBeInstanceOf(HwptPaging);
    expect((back as HwptPaging).ioas.id).toBe(self.ioasId);
    // The auto domain of the second IOAS went with its last attachment, so the IOAS can go.
    self.ctx.destroy(ioasId);
  });
});

/** Different 2 MiB-aligned buffers per case, like separate mmap()s. */
const HUGE_OFFSET = 1n << 30n;

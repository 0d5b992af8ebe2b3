// VFIO type1 compatibility on an iommufd context (vfio_compat.c), the model alone. Titles keep the
// selftest's names (tools/testing/selftests/iommu/iommufd.c: fixtures iommufd and vfio_compat_mock_domain).
import { describe, expect, it } from 'vitest';
import {
  DMA_MAP_MINSZ,
  DMA_UNMAP_MINSZ,
  INFO_SIZE,
  VFIO_API_VERSION,
  VFIO_DMA_CC_IOMMU,
  VFIO_DMA_MAP_FLAG_READ,
  VFIO_DMA_MAP_FLAG_VADDR,
  VFIO_DMA_MAP_FLAG_WRITE,
  VFIO_DMA_UNMAP_FLAG_ALL,
  VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP,
  VFIO_DMA_UNMAP_FLAG_VADDR,
  VFIO_IOMMU_INFO_CAPS,
  VFIO_IOMMU_INFO_PGSIZES,
  VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE,
  VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL,
  VFIO_TYPE1_IOMMU,
  VFIO_TYPE1_NESTING_IOMMU,
  VFIO_TYPE1v2_IOMMU,
  VFIO_UNMAP_ALL,
  VFIO_UPDATE_VADDR,
  type VfioIoasOp,
  vfioCheckExtension,
  vfioIoas,
  vfioIommuGetInfo,
  vfioIommuMapDma,
  vfioIommuUnmapDma,
  vfioSetIommu,
} from '../../hw-model/iommufd/vfio-compat.ts';
import {
  BUFFER,
  BUFFER_SIZE,
  errnoOf,
  expectErrnoNoChange,
  HUGEPAGE_SIZE,
  MOCK_APERTURE_LAST,
  MOCK_APERTURE_START,
  mockContext,
  mockDomain,
  PAGE_SIZE,
} from './iommufd-helpers.ts';

const RW = VFIO_DMA_MAP_FLAG_READ | VFIO_DMA_MAP_FLAG_WRITE;
const map = (iova: bigint, vaddr: bigint, size: bigint, flags = RW, argsz = DMA_MAP_MINSZ) => ({
  argsz,
  flags,
  vaddr,
  iova,
  size,
});
const unmap = (iova: bigint, size: bigint, flags = 0, argsz = DMA_UNMAP_MINSZ) => ({
  argsz,
  flags,
  iova,
  size,
});

/** FIXTURE_SETUP(vfio_compat_mock_domain): an IOAS with a mock domain, set as compat IOAS, then SET_IOMMU. */
function compatFixture(version: number) {
  const env = mockContext();
  const ioas = env.ctx.ioasAlloc();
  mockDomain(env.ctx, ioas.id, env.devices[0]!);
  vfioIoas(env.ctx, 'SET', ioas.id);
  vfioSetIommu(env.ctx, version);
  return { ...env, ioas };
}

describe('VFIO compat without a compat IOAS (fixture iommufd)', () => {
  it('C: iommufd.simple_ioctls', () => {
    const { ctx } = mockContext();
    expect(VFIO_API_VERSION).toBe(0);
    expect(vfioCheckExtension(ctx, VFIO_TYPE1v2_IOMMU)).toBe(1);
  });

  it('C: iommufd.unmap_cmd', () => {
    const { ctx } = mockContext();
    expect(vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, PAGE_SIZE, 0, 1)).error?.errno).toBe('EINVAL');
    expect(vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, PAGE_SIZE, 1 << 31)).error?.errno).toBe(
      'EINVAL',
    );
    expect(vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, PAGE_SIZE)).error?.errno).toBe('ENODEV');
  });

  it('C: iommufd.map_cmd', () => {
    const { ctx } = mockContext();
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE, 0, 1)),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE, 1 << 31)),
    );
    expectErrnoNoChange(ctx, 'ENODEV', () =>
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE)),
    );
  });

  it('C: iommufd.info_cmd', () => {
    const { ctx } = mockContext();
    expect(errnoOf(() => vfioIommuGetInfo(ctx, 1))).toBe('EINVAL');
    expect(errnoOf(() => vfioIommuGetInfo(ctx, INFO_SIZE))).toBe('ENODEV');
  });

  it('C: iommufd.set_iommu_cmd', () => {
    const { ctx } = mockContext();
    expect(errnoOf(() => vfioSetIommu(ctx, VFIO_TYPE1v2_IOMMU))).toBe('ENODEV');
    expect(errnoOf(() => vfioSetIommu(ctx, VFIO_TYPE1_IOMMU))).toBe('ENODEV');
  });

  it('C: iommufd.vfio_ioas', () => {
    const { ctx } = mockContext();
    expect(errnoOf(() => vfioIoas(ctx, 'GET'))).toBe('ENODEV');
    expect(errnoOf(() => vfioIoas(ctx, 'SET', 0))).toBe('ENOENT');
    expect(ctx.vfioIoas).toBeNull();
    const ioas = ctx.ioasAlloc();
    vfioIoas(ctx, 'SET', ioas.id);
    expect(vfioIoas(ctx, 'GET')).toBe(ioas);
    vfioIoas(ctx, 'CLEAR');
    expect(errnoOf(() => vfioIoas(ctx, 'GET'))).toBe('ENODEV');
  });

  it('IOMMU_VFIO_IOAS with an unknown op is EOPNOTSUPP and changes nothing', () => {
    const { ctx } = mockContext();
    const ioas = ctx.ioasAlloc();
    vfioIoas(ctx, 'SET', ioas.id);
    expect(errnoOf(() => vfioIoas(ctx, 'BOGUS' as VfioIoasOp, ioas.id))).toBe('EOPNOTSUPP');
    expect(ctx.vfioIoas).toBe(ioas);
  });

  it('a destroyed compat IOAS is gone for the compat ioctls (get_compat_ioas: ENODEV)', () => {
    const { ctx } = mockContext();
    const ioas = ctx.ioasAlloc();
    vfioIoas(ctx, 'SET', ioas.id);
    ctx.destroy(ioas.id);
    expect(errnoOf(() => vfioIoas(ctx, 'GET'))).toBe('ENODEV');
  });

  it('VFIO_SET_IOMMU takes only TYPE1 and TYPE1v2 (EINVAL before the IOAS is looked up)', () => {
    const { ctx } = mockContext();
    expect(errnoOf(() => vfioSetIommu(ctx, 2))).toBe('EINVAL');
    expect(errnoOf(() => vfioSetIommu(ctx, 0))).toBe('EINVAL');
  });
});

describe('VFIO_CHECK_EXTENSION (iommufd_vfio_check_extension)', () => {
  it('answers 1 for TYPE1, TYPE1v2 and UNMAP_ALL, 0 for NESTING, UPDATE_VADDR and unknown values', () => {
    const { ctx } = mockContext();
    expect(vfioCheckExtension(ctx, VFIO_TYPE1_IOMMU)).toBe(1);
    expect(vfioCheckExtension(ctx, VFIO_TYPE1v2_IOMMU)).toBe(1);
    expect(vfioCheckExtension(ctx, VFIO_UNMAP_ALL)).toBe(1);
    expect(vfioCheckExtension(ctx, VFIO_TYPE1_NESTING_IOMMU)).toBe(0);
    expect(vfioCheckExtension(ctx, VFIO_UPDATE_VADDR)).toBe(0);
    expect(vfioCheckExtension(ctx, 1234)).toBe(0);
  });

  it('DMA_CC_IOMMU needs the compat IOAS (ENODEV), then is 1: every model domain enforces coherency', () => {
    const { ctx } = mockContext();
    expect(errnoOf(() => vfioCheckExtension(ctx, VFIO_DMA_CC_IOMMU))).toBe('ENODEV');
    vfioIoas(ctx, 'SET', ctx.ioasAlloc().id);
    expect(vfioCheckExtension(ctx, VFIO_DMA_CC_IOMMU)).toBe(1);
  });
});

for (const [variant, version] of [
  ['Ver1v2', VFIO_TYPE1v2_IOMMU],
  ['Ver1v0', VFIO_TYPE1_IOMMU],
] as const) {
  describe(`vfio_compat_mock_domain ${variant}`, () => {
    it('C: vfio_compat_mock_domain.option_huge_pages', () => {
      const { ioas } = compatFixture(version);
      expect(ioas.hugePages).toBe(version === VFIO_TYPE1v2_IOMMU);
    });

    it('C: vfio_compat_mock_domain.get_info', () => {
      const { ctx } = compatFixture(version);
      // Pre-cap ABI: argsz up to iova_pgsizes; cap_offset is not written back.
      const preCap = vfioIommuGetInfo(ctx, 16);
      expect(preCap.iovaPgsizes).not.toBe(0n);
      expect(preCap.flags).toBe(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS);
      expect(preCap.capOffset).toBeNull();
      // Read the cap chain size.
      const sized = vfioIommuGetInfo(ctx, INFO_SIZE);
      expect(sized.capOffset).toBe(0);
      expect(sized.argsz).toBeGreaterThan(INFO_SIZE);
      expect(sized.caps).toEqual([]);
      // Every argsz below the chain's size: never a capability cut short, cap_offset 0.
      for (let argsz = INFO_SIZE; argsz < sized.argsz; argsz++) {
        const info = vfioIommuGetInfo(ctx, argsz);
        expect(info.flags).toBe(VFIO_IOMMU_INFO_PGSIZES | VFIO_IOMMU_INFO_CAPS);
        expect(info.capOffset).toBe(0);
        for (const cap of info.caps) expect(cap.offset).toBeGreaterThanOrEqual(INFO_SIZE);
      }
      // The whole chain.
      const full = vfioIommuGetInfo(ctx, sized.argsz);
      expect(full.capOffset).toBe(INFO_SIZE);
      expect(full.caps.map((c) => [c.id, c.version, c.offset, c.next])).toEqual([
        [VFIO_IOMMU_TYPE1_INFO_DMA_AVAIL, 1, 24, 36],
        [VFIO_IOMMU_TYPE1_INFO_CAP_IOVA_RANGE, 1, 36, 0],
      ]);
      expect(full.caps[0]!.avail).toBe(0xffff_ffffn);
      expect(full.caps[1]!.iovaRanges).toEqual([{ start: MOCK_APERTURE_START, last: MOCK_APERTURE_LAST }]);
      expect(full.argsz).toBe(36 + 16 + 16);
    });

    it('C: vfio_compat_mock_domain.map', () => {
      const { ctx, ioas } = compatFixture(version);
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, BUFFER_SIZE));
      let result = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, BUFFER_SIZE));
      expect(result).toEqual({ unmapped: BUFFER_SIZE, error: null });
      // UNMAP_FLAG_ALL requires 0 iova/size.
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, BUFFER_SIZE));
      result = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, BUFFER_SIZE, VFIO_DMA_UNMAP_FLAG_ALL));
      expect(result.error?.errno).toBe('EINVAL');
      expect(ioas.areaCount).toBe(1);
      expect(vfioIommuUnmapDma(ctx, unmap(0n, 0n, VFIO_DMA_UNMAP_FLAG_ALL))).toEqual({
        unmapped: BUFFER_SIZE,
        error: null,
      });
      // Small pages, unmapped in shuffled order.
      const pages: bigint[] = [];
      for (let i = 0n; i < BUFFER_SIZE / PAGE_SIZE; i++) {
        pages.push(MOCK_APERTURE_START + i * PAGE_SIZE);
        vfioIommuMapDma(ctx, map(MOCK_APERTURE_START + i * PAGE_SIZE, BUFFER + i * PAGE_SIZE, PAGE_SIZE));
      }
      for (const iova of [...pages]
        .reverse()
        .sort((a, b) => Number((a * 7n) % 13n) - Number((b * 7n) % 13n))) {
        expect(vfioIommuUnmapDma(ctx, unmap(iova, PAGE_SIZE))).toEqual({ unmapped: PAGE_SIZE, error: null });
      }
      expect(ioas.areaCount).toBe(0);
      expect(ctx.pinnedPages).toBe(0n);
    });

    it('C: vfio_compat_mock_domain.huge_map', () => {
      const { ctx, ioas } = compatFixture(version);
      const bufSize = HUGEPAGE_SIZE * 2n;
      const huge = BUFFER + HUGEPAGE_SIZE * 8n;
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, huge, bufSize));
      const piece = bufSize / 16n;
      const order = [5, 0, 15, 9, 2, 11, 7, 13, 1, 4, 14, 3, 8, 12, 6, 10];
      for (const i of order) {
        const result = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START + BigInt(i) * piece, piece));
        // type1 mode can cut up larger mappings, type1v2 always fails.
        if (version === VFIO_TYPE1_IOMMU) expect(result).toEqual({ unmapped: piece, error: null });
        else expect(result).toEqual({ unmapped: 0n, error: expect.objectContaining({ errno: 'ENOENT' }) });
      }
      expect(ioas.areaCount).toBe(version === VFIO_TYPE1_IOMMU ? 0 : 1);
      expect(ctx.pinnedPages).toBe(version === VFIO_TYPE1_IOMMU ? 0n : bufSize / PAGE_SIZE);
    });

    it('MAP_DMA flags: VADDR and unknown bits are EINVAL and map nothing; READ alone maps read-only', () => {
      const { ctx, ioas } = compatFixture(version);
      for (const flags of [RW | VFIO_DMA_MAP_FLAG_VADDR, 1 << 3]) {
        expectErrnoNoChange(ctx, 'EINVAL', () =>
          vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE, flags)),
        );
      }
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE, VFIO_DMA_MAP_FLAG_READ));
      const [area] = [...ioas.areas()];
      expect([area!.readable, area!.writable]).toEqual([true, false]);
      // Neither READ nor WRITE: the IOAS_MAP path's EINVAL.
      expectErrnoNoChange(ctx, 'EINVAL', () =>
        vfioIommuMapDma(ctx, map(MOCK_APERTURE_START + PAGE_SIZE, BUFFER, PAGE_SIZE, 0)),
      );
    });

    it('UNMAP_DMA: GET_DIRTY_BITMAP and VADDR are EINVAL; nothing mapped is ENOENT with size 0', () => {
      const { ctx, ioas } = compatFixture(version);
      vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, PAGE_SIZE));
      for (const flags of [VFIO_DMA_UNMAP_FLAG_GET_DIRTY_BITMAP, VFIO_DMA_UNMAP_FLAG_VADDR]) {
        expect(vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START, PAGE_SIZE, flags)).error?.errno).toBe(
          'EINVAL',
        );
      }
      expect(ioas.areaCount).toBe(1);
      const empty = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START + PAGE_SIZE * 4n, PAGE_SIZE));
      expect(empty).toEqual({ unmapped: 0n, error: expect.objectContaining({ errno: 'ENOENT' }) });
      expect(vfioIommuUnmapDma(ctx, unmap(0n, 0n, VFIO_DMA_UNMAP_FLAG_ALL)).unmapped).toBe(PAGE_SIZE);
      // UNMAP_ALL of an empty IOAS succeeds with 0 bytes (iopt_unmap_all).
      expect(vfioIommuUnmapDma(ctx, unmap(0n, 0n, VFIO_DMA_UNMAP_FLAG_ALL))).toEqual({
        unmapped: 0n,
        error: null,
      });
    });
  });
}

describe('TYPE1 unmap cuts areas (iopt_cut_iova, iopt_area_split)', () => {
  it('a middle piece leaves two areas sharing the pages, pinned minus the piece; an unaligned cut is EINVAL', () => {
    const { ctx, ioas } = compatFixture(VFIO_TYPE1_IOMMU);
    vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, BUFFER_SIZE));
    const pinned = ctx.pinnedPages;
    const middle = MOCK_APERTURE_START + PAGE_SIZE * 4n;
    expect(vfioIommuUnmapDma(ctx, unmap(middle, PAGE_SIZE * 2n))).toEqual({
      unmapped: PAGE_SIZE * 2n,
      error: null,
    });
    expect([...ioas.areas()].map((a) => [a.iova, a.length, a.userVa])).toEqual([
      [MOCK_APERTURE_START, PAGE_SIZE * 4n, BUFFER],
      [middle + PAGE_SIZE * 2n, BUFFER_SIZE - PAGE_SIZE * 6n, BUFFER + PAGE_SIZE * 6n],
    ]);
    expect(ctx.pinnedPages).toBe(pinned - 2n);
    const result = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START + 0x800n, PAGE_SIZE));
    expect(result).toEqual({ unmapped: 0n, error: expect.objectContaining({ errno: 'EINVAL' }) });
    expect(ioas.areaCount).toBe(2);
  });

  it('TYPE1v2 does not cut: the same middle piece is ENOENT and the area stays whole', () => {
    const { ctx, ioas } = compatFixture(VFIO_TYPE1v2_IOMMU);
    vfioIommuMapDma(ctx, map(MOCK_APERTURE_START, BUFFER, BUFFER_SIZE));
    const result = vfioIommuUnmapDma(ctx, unmap(MOCK_APERTURE_START + PAGE_SIZE * 4n, PAGE_SIZE * 2n));
    expect(result).toEqual({ unmapped: 0n, error: expect.objectContaining({ errno: 'ENOENT' }) });
    expect(ioas.areaCount).toBe(1);
  });
});

// VFIO type1 compatibility (vfio_compat.c) through GraphQL on the selftest-mock host, as a legacy VMM
// drives it. Titles keep the selftest's names (tools/testing/selftests/iommu/iommufd.c, fixtures iommufd
// and vfio_compat_mock_domain); every errno the kernel test asserts is asserted here.
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  VfioCheckExtensionDocument,
  VfioContextStateDocument,
  VfioIoasDocument,
  type VfioIoasOp,
  VfioIommuGetInfoDocument,
  VfioIommuMapDmaDocument,
  VfioIommuUnmapDmaDocument,
  VfioSetIommuDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, ok, openContext } from './iommufd-helpers.ts';

const PAGE = 4096n;
const APERTURE_START = 1n << 24n;
const APERTURE_LAST = (1n << 31n) - 1n;
const BUFFER = 0x7f12_3440_0000n;
const BUFFER_SIZE = PAGE * 16n;
const HUGEPAGE = 2n << 20n;
const TYPE1 = 1;
const TYPE1V2 = 3;
const UNMAP_ALL = 2;

async function bare() {
  const client = new TestClient();
  const contextId = await openContext(client, 'mock-01');
  return { client, contextId };
}

/** FIXTURE_SETUP(vfio_compat_mock_domain): IOAS + mock domain, IOMMU_VFIO_IOAS SET, VFIO_SET_IOMMU. */
async function compat(version: number) {
  const { client, contextId } = await bare();
  const ioasId = await allocIoas(client, contextId);
  const dev = await bind(client, contextId, [...(await deviceIds(client, 'mock-01')).values()][0]!);
  ok(await attach(client, dev, ioasId));
  ok(await vfioIoas(client, contextId, 'SET', ioasId));
  ok((await client.data(VfioSetIommuDocument, { input: { contextId, type: version } })).vfioSetIommu);
  return { client, contextId, ioasId };
}

async function vfioIoas(client: TestClient, contextId: string, op: VfioIoasOp, ioasId?: string) {
  return (await client.data(VfioIoasDocument, { input: { contextId, op, ioasId } })).vfioIoas;
}

type Client = { client: TestClient; contextId: string };
const mapDma = async (
  f: Client,
  input: { iova: bigint; vaddr: bigint; size: bigint; flags?: number; argsz?: number },
) =>
  (
    await f.client.data(VfioIommuMapDmaDocument, {
      input: {
        ...input,
        contextId: f.contextId,
        iova: hex(input.iova),
        vaddr: hex(input.vaddr),
        size: hex(input.size),
      },
    })
  ).vfioIommuMapDma;
const unmapDma = async (f: Client, input: { iova: bigint; size: bigint; flags?: number; argsz?: number }) =>
  (
    await f.client.data(VfioIommuUnmapDmaDocument, {
      input: { ...input, contextId: f.contextId, iova: hex(input.iova), size: hex(input.size) },
    })
  ).vfioIommuUnmapDma;
const getInfo = async (f: Client, argsz: number) =>
  (await f.client.data(VfioIommuGetInfoDocument, { input: { contextId: f.contextId, argsz } }))
    .vfioIommuGetInfo;
const state = async (f: Client) => {
  const node = (await f.client.data(VfioContextStateDocument, { id: f.contextId })).node;
  return node && 'vfioApiVersion' in node ? node : null;
};

describe('fixture iommufd: the compat ioctls without a compat IOAS', () => {
  it('C: iommufd.simple_ioctls', async () => {
    const f = await bare();
    expect((await state(f))?.vfioApiVersion).toBe(0);
    const check = await f.client.data(VfioCheckExtensionDocument, {
      input: { contextId: f.contextId, extension: TYPE1V2 },
    });
    expect(ok(check.vfioCheckExtension).result).toBe(1);
  });

  it('C: iommufd.unmap_cmd', async () => {
    const f = await bare();
    const base = { iova: APERTURE_START, size: PAGE };
    const tooSmall = await unmapDma(f, { ...base, argsz: 1 });
    expect([errno(tooSmall), tooSmall.userErrors[0]?.field]).toEqual(['EINVAL', ['input', 'argsz']]);
    expect(errno(await unmapDma(f, { ...base, flags: 1 << 30 }))).toBe('EINVAL');
    expect(errno(await unmapDma(f, base))).toBe('ENODEV');
  });

  it('C: iommufd.map_cmd', async () => {
    const f = await bare();
    const base = { iova: APERTURE_START, vaddr: BUFFER, size: PAGE };
    expect(errno(await mapDma(f, { ...base, argsz: 1, flags: 0 }))).toBe('EINVAL');
    const badFlags = await mapDma(f, { ...base, flags: 1 << 30 });
    expect([errno(badFlags), badFlags.userErrors[0]?.field]).toEqual(['EINVAL', ['input', 'flags']]);
    // Requires a domain to be attached (a compat IOAS).
    expect(errno(await mapDma(f, { ...base, flags: 3 }))).toBe('ENODEV');
  });

  it('C: iommufd.info_cmd', async () => {
    const f = await bare();
    expect(errno(await getInfo(f, 1))).toBe('EINVAL');
    expect(errno(await getInfo(f, 24))).toBe('ENODEV');
  });

  it('C: iommufd.set_iommu_cmd', async () => {
    const f = await bare();
    for (const type of [TYPE1V2, TYPE1]) {
      const payload = (await f.client.data(VfioSetIommuDocument, { input: { contextId: f.contextId, type } }))
        .vfioSetIommu;
      expect(errno(payload)).toBe('ENODEV');
    }
  });

  it('C: iommufd.vfio_ioas', async () => {
    const f = await bare();
    expect(errno(await vfioIoas(f.client, f.contextId, 'GET'))).toBe('ENODEV');
    // Invalid id for set (the kernel test passes ioas_id 0).
    expect(errno(await vfioIoas(f.client, f.contextId, 'SET'))).toBe('ENOENT');
    expect((await state(f))?.vfioIoas).toBeNull();
    const ioasId = await allocIoas(f.client, f.contextId);
    ok(await vfioIoas(f.client, f.contextId, 'SET', ioasId));
    expect(ok(await vfioIoas(f.client, f.contextId, 'GET')).ioas?.id).toBe(ioasId);
    expect((await state(f))?.vfioIoas?.id).toBe(ioasId);
    ok(await vfioIoas(f.client, f.contextId, 'CLEAR'));
    expect(errno(await vfioIoas(f.client, f.contextId, 'GET'))).toBe('ENODEV');
  });

  it('SET_IOMMU with a type that is neither TYPE1 nor TYPE1v2 is EINVAL', async () => {
    const f = await bare();
    const payload = (
      await f.client.data(VfioSetIommuDocument, { input: { contextId: f.contextId, type: 2 } })
    ).vfioSetIommu;
    expect([errno(payload), payload.userErrors[0]?.field]).toEqual(['EINVAL', ['input', 'type']]);
  });
});

for (const [variant, version] of [
  ['Ver1v2', TYPE1V2],
  ['Ver1v0', TYPE1],
] as const) {
  describe(`vfio_compat_mock_domain ${variant}`, () => {
    it('C: vfio_compat_mock_domain.option_huge_pages', async () => {
      const f = await compat(version);
      expect((await state(f))?.vfioIoas?.hugePages).toBe(version === TYPE1V2);
    });

    it('C: vfio_compat_mock_domain.get_info', async () => {
      const f = await compat(version);
      const preCap = ok(await getInfo(f, 16));
      expect(preCap.iovaPgsizes).not.toBe('0x0');
      expect([preCap.flags, preCap.capOffset]).toEqual([3, null]);
      const sized = ok(await getInfo(f, 24));
      expect([sized.flags, sized.capOffset]).toEqual([3, 0]);
      expect(sized.argsz).toBeGreaterThan(24);
      for (let argsz = 24; argsz < sized.argsz!; argsz += 4) {
        const info = ok(await getInfo(f, argsz));
        expect([info.flags, info.capOffset]).toEqual([3, 0]);
      }
      const full = ok(await getInfo(f, sized.argsz!));
      expect(full.capOffset).toBe(24);
      expect(full.caps).toEqual([
        { id: 3, version: 1, offset: 24, next: 36, avail: '0xffffffff', iovaRanges: null },
        {
          id: 1,
          version: 1,
          offset: 36,
          next: 0,
          avail: null,
          iovaRanges: [{ start: hex(APERTURE_START), last: hex(APERTURE_LAST) }],
        },
      ]);
    });

    it('C: vfio_compat_mock_domain.map', async () => {
      const f = await compat(version);
      const whole = { iova: APERTURE_START, vaddr: BUFFER, size: BUFFER_SIZE };
      ok(await mapDma(f, whole));
      expect(ok(await unmapDma(f, { iova: APERTURE_START, size: BUFFER_SIZE })).size).toBe(hex(BUFFER_SIZE));
      // UNMAP_FLAG_ALL requires 0 iova/size.
      ok(await mapDma(f, whole));
      expect(errno(await unmapDma(f, { iova: APERTURE_START, size: BUFFER_SIZE, flags: UNMAP_ALL }))).toBe(
        'EINVAL',
      );
      expect((await state(f))?.vfioIoas?.mappings.totalCount).toBe(1);
      expect(ok(await unmapDma(f, { iova: 0n, size: 0n, flags: UNMAP_ALL })).size).toBe(hex(BUFFER_SIZE));
      // Small pages, unmapped out of order.
      const pages = Array.from({ length: 16 }, (_, i) => BigInt(i));
      for (const i of pages)
        ok(await mapDma(f, { iova: APERTURE_START + i * PAGE, vaddr: BUFFER + i * PAGE, size: PAGE }));
      for (const i of [7n, 0n, 15n, 3n, 9n, 12n, 1n, 5n, 14n, 2n, 10n, 6n, 13n, 4n, 11n, 8n]) {
        expect(ok(await unmapDma(f, { iova: APERTURE_START + i * PAGE, size: PAGE })).size).toBe(hex(PAGE));
      }
      expect((await state(f))?.vfioIoas?.mappings.totalCount).toBe(0);
    });

    it('C: vfio_compat_mock_domain.huge_map', async () => {
      const f = await compat(version);
      const bufSize = HUGEPAGE * 2n;
      ok(await mapDma(f, { iova: APERTURE_START, vaddr: BUFFER + HUGEPAGE * 8n, size: bufSize }));
      const piece = bufSize / 16n;
      for (const i of [5n, 0n, 15n, 9n, 2n, 11n, 7n, 13n, 1n, 4n, 14n, 3n, 8n, 12n, 6n, 10n]) {
        const payload = await unmapDma(f, { iova: APERTURE_START + i * piece, size: piece });
        // type1 mode can cut up larger mappings, type1v2 always fails.
        if (version === TYPE1) expect(ok(payload).size).toBe(hex(piece));
        else expect([errno(payload), payload.size]).toEqual(['ENOENT', '0x0']);
      }
      expect((await state(f))?.vfioIoas?.mappings.totalCount).toBe(version === TYPE1 ? 0 : 1);
    });

    it('MAP_DMA with VADDR is EINVAL; UNMAP_DMA with GET_DIRTY_BITMAP or VADDR is EINVAL; both change nothing', async () => {
      const f = await compat(version);
      const vaddrMap = await mapDma(f, { iova: APERTURE_START, vaddr: BUFFER, size: PAGE, flags: 3 | 4 });
      expect(errno(vaddrMap)).toBe('EINVAL');
      expect((await state(f))?.vfioIoas?.mappings.totalCount).toBe(0);
      ok(await mapDma(f, { iova: APERTURE_START, vaddr: BUFFER, size: PAGE, flags: 1 }));
      for (const flags of [1, 4]) {
        expect(errno(await unmapDma(f, { iova: APERTURE_START, size: PAGE, flags }))).toBe('EINVAL');
      }
      const after = await state(f);
      expect(after?.vfioIoas?.mappings.edges.map((e) => [e.node.readable, e.node.writable])).toEqual([
        [true, false],
      ]);
      // Nothing mapped there: ENOENT, size 0 written back.
      const empty = await unmapDma(f, { iova: APERTURE_START + PAGE * 8n, size: PAGE });
      expect([errno(empty), empty.size]).toEqual(['ENOENT', '0x0']);
    });
  });
}

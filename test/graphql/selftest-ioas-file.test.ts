// IOMMU_IOAS_MAP_FILE and IOMMU_IOAS_CHANGE_PROCESS through GraphQL on the selftest-mock host, titled after
// tools/testing/selftests/iommu/iommufd.c (Linux 6.19): change_process.basic and the memfd mapping checks.
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  ContextProcessDocument,
  DmabufGetDocument,
  DmabufRevokeDocument,
  HwptAllocDocument,
  IoasChangeProcessDocument,
  IoasMapFileDocument,
  IoasUnmapDocument,
  MemfdCreateDocument,
  TranslateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

const PAGE = 4096n;
const BUFFER_SIZE = 16n * PAGE;
const APERTURE_START = 1n << 24n;
const BUFFER = 0x7f12_3400_0000n;
const U64_MAX = '0xffffffffffffffff';

async function setUp(domains = 1) {
  const client = new TestClient();
  const devices = [...(await deviceIds(client, 'mock-01')).values()];
  const ctx = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, ctx);
  const bound: string[] = [];
  for (let i = 0; i < domains; i++) {
    bound.push(await bind(client, ctx, devices[i]!));
    ok(await attach(client, bound[i]!, ioas));
  }
  const memfd = ok(
    (await client.data(MemfdCreateDocument, { input: { contextId: ctx, size: hex(BUFFER_SIZE) } }))
      .memfdCreate,
  ).memfd!;
  const mapFile = async (input: {
    start: bigint;
    length: bigint | string;
    iova?: bigint | string;
    fd?: number;
  }) =>
    (
      await client.data(IoasMapFileDocument, {
        input: {
          ioasId: ioas,
          fd: input.fd ?? memfd.fd,
          start: hex(input.start),
          length: typeof input.length === 'string' ? input.length : hex(input.length),
          ...(input.iova === undefined
            ? {}
            : { iova: typeof input.iova === 'string' ? input.iova : hex(input.iova) }),
        },
      })
    ).ioasMapFile;
  const changeProcess = async (memlockLimit?: bigint) =>
    (
      await client.data(IoasChangeProcessDocument, {
        input: { contextId: ctx, ...(memlockLimit === undefined ? {} : { memlockLimit: hex(memlockLimit) }) },
      })
    ).ioasChangeProcess;
  const state = async () => {
    const data = await client.data(ContextProcessDocument, { id: ctx });
    return data.node as Extract<typeof data.node, { process: number }>;
  };
  const dmabuf = async (length: bigint) =>
    ok((await client.data(DmabufGetDocument, { input: { contextId: ctx, length: hex(length) } })).dmabufGet)
      .fd!;
  const revoke = async (fd: number, revoked: boolean) =>
    ok((await client.data(DmabufRevokeDocument, { input: { contextId: ctx, fd, revoked } })).dmabufRevoke);
  const unmap = async (iova: string, length: bigint) =>
    (await client.data(IoasUnmapDocument, { input: { ioasId: ioas, iova, length: hex(length) } })).ioasUnmap;
  return { client, ctx, ioas, devices, bound, memfd, mapFile, changeProcess, state, dmabuf, revoke, unmap };
}

describe('memfds', () => {
  it('memfdCreate: fds from 3, size and seals as asked', async () => {
    const f = await setUp(0);
    const sealed = ok(
      (
        await f.client.data(MemfdCreateDocument, {
          input: { contextId: f.ctx, size: '0x1000', sealed: true },
        })
      ).memfdCreate,
    ).memfd!;
    expect(f.memfd).toEqual({ fd: 3, size: hex(BUFFER_SIZE), sealed: false });
    expect(sealed).toEqual({ fd: 4, size: '0x1000', sealed: true });
    expect((await f.state()).memfds.map((m) => m.fd)).toEqual([3, 4]);
  });
});

describe.each([
  { variant: 'no_domain', domains: 0 },
  { variant: 'mock_domain', domains: 1 },
])('iommufd_ioas/$variant', ({ domains }) => {
  const base = domains ? APERTURE_START : PAGE;

  it('C: iommufd_ioas.map_file: checks in iommufd_ioas_map_file order', async () => {
    const f = await setUp(domains);
    expect(errno(await f.mapFile({ start: 0n, length: PAGE, iova: U64_MAX }))).toBe('EOVERFLOW');
    expect(errno(await f.mapFile({ start: 0n, length: U64_MAX }))).toBe('EOVERFLOW');
    expect(errno(await f.mapFile({ start: 0n, length: PAGE, fd: 99 }))).toBe('EBADF');
    expect(errno(await f.mapFile({ start: 2n ** 64n - PAGE, length: 2n * PAGE }))).toBe('EOVERFLOW');
    expect(errno(await f.mapFile({ start: 0n, length: 0n }))).toBe('EINVAL');
    // Past EOF fails only where pages are pinned at map time: with a domain (memfd_pin_folios: EINVAL).
    const pastEof = await f.mapFile({ start: 0n, length: 2n * BUFFER_SIZE, iova: base });
    if (domains) expect(errno(pastEof)).toBe('EINVAL');
    else ok(pastEof);
    const state = await f.state();
    expect(state.pinnedPages).toBe('0x0');
  });

  it('C: iommufd_ioas.map_file: map, translate to the memfd page, unmap', async () => {
    const f = await setUp(domains);
    const iova = ok(await f.mapFile({ start: PAGE, length: 4n * PAGE, iova: base })).iova!;
    expect(iova).toBe(hex(base));
    expect((await f.state()).pinnedPages).toBe(domains ? '0x4' : '0x0');
    if (domains) {
      const t = await f.client.data(TranslateDocument, { input: { deviceId: f.devices[0]!, iova } });
      expect(t.translate.__typename).toBe('Translation');
    }
    const unmapped = (
      await f.client.data(IoasUnmapDocument, { input: { ioasId: f.ioas, iova, length: hex(4n * PAGE) } })
    ).ioasUnmap;
    expect(ok(unmapped).unmapped).toBe(hex(4n * PAGE));
    expect((await f.state()).pinnedPages).toBe('0x0');
  });
});

describe.each([
  { variant: 'no_domain', domains: 0 },
  { variant: 'mock_domain', domains: 1 },
])('iommufd_ioas/$variant', ({ domains }) => {
  it('C: iommufd_ioas.dmabuf_simple', async () => {
    const f = await setUp(domains);
    const size = 4n * PAGE;
    const dfd = await f.dmabuf(size);
    expect(errno(await f.mapFile({ fd: dfd, start: 0n, length: 0n }))).toBe('EINVAL');
    expect(errno(await f.mapFile({ fd: dfd, start: size, length: size }))).toBe('EINVAL');
    expect(errno(await f.mapFile({ fd: dfd, start: 0n, length: size + 1n }))).toBe('EINVAL');
    ok(await f.mapFile({ fd: dfd, start: 0n, length: size }));
    // MMIO is not pinned memory: nothing is charged to the process.
    expect((await f.state()).pinnedPages).toBe('0x0');
  });

  it('C: iommufd_ioas.dmabuf_revoke', async () => {
    const f = await setUp(domains);
    const size = 4n * PAGE;
    const dfd = await f.dmabuf(size);
    const iova = ok(await f.mapFile({ fd: dfd, start: 0n, length: size })).iova!;
    await f.revoke(dfd, true);
    if (domains) {
      const hwpt = (
        await f.client.data(HwptAllocDocument, { input: { boundDeviceId: f.bound[0]!, ptId: f.ioas } })
      ).hwptAlloc;
      ok(hwpt);
      // Revoked: DMA to it faults instead of reaching the BAR.
      const t = await f.client.data(TranslateDocument, { input: { deviceId: f.devices[0]!, iova } });
      expect(t.translate.__typename).toBe('TranslationFault');
    }
    expect(errno(await f.mapFile({ fd: dfd, start: 0n, length: size }))).toBe('ENODEV');
    await f.revoke(dfd, false);
    ok(await f.mapFile({ fd: dfd, start: 0n, length: size }));
    // Restore the iova back.
    ok(await f.unmap(iova, size));
    expect(ok(await f.mapFile({ fd: dfd, start: 0n, length: size, iova })).iova).toBe(iova);
    if (domains) {
      const t = await f.client.data(TranslateDocument, { input: { deviceId: f.devices[0]!, iova } });
      expect(t.translate.__typename).toBe('Translation');
    }
  });
});

describe('change_process', () => {
  it('C: change_process.basic (fork-free parts)', async () => {
    const f = await setUp(1);
    ok(await f.mapFile({ start: 0n, length: BUFFER_SIZE, iova: APERTURE_START }));
    // Not allowed while user memory is mapped.
    const user = ok(await map(f.client, f.ioas, { length: hex(PAGE), userVa: hex(BUFFER) })).iova!;
    expect(errno(await f.changeProcess())).toBe('EINVAL');
    expect(await f.state()).toMatchObject({ process: 1, pinnedPages: '0x11' });
    ok(
      (await f.client.data(IoasUnmapDocument, { input: { ioasId: f.ioas, iova: user, length: hex(PAGE) } }))
        .ioasUnmap,
    );
    // A new process whose RLIMIT_MEMLOCK cannot hold the pins: ENOMEM, nothing moves.
    expect(errno(await f.changeProcess(BUFFER_SIZE - PAGE))).toBe('ENOMEM');
    expect(await f.state()).toMatchObject({ process: 1, pinnedPages: '0x10' });
    const moved = ok(await f.changeProcess()).context!;
    expect(moved).toMatchObject({ process: 2, pinnedPages: '0x10' });
    // The mapping is kept: DMA still lands.
    const t = await f.client.data(TranslateDocument, {
      input: { deviceId: f.devices[0]!, iova: hex(APERTURE_START) },
    });
    expect(t.translate.__typename).toBe('Translation');
  });
});

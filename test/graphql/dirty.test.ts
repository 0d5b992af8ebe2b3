// Dirty tracking through GraphQL: the selftest's iommufd_dirty_tracking cases on the mock host, and a live-migration
// script on the Intel host (enable, guest DMA writes, read-and-clear, read again, NO_CLEAR before an unmap).
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  DmaSimulateDocument,
  GetDirtyBitmapDocument,
  HwptAllocDocument,
  IoasSetHugePagesDocument,
  IoasUnmapDocument,
  SetDirtyTrackingDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

async function setUp(host: string, bdf: string, dirtyTracking = true) {
  const client = new TestClient();
  const devices = await deviceIds(client, host);
  const deviceId = devices.get(bdf)!;
  const ctx = await openContext(client, host);
  const ioas = await allocIoas(client, ctx);
  const dev = await bind(client, ctx, deviceId);
  const alloc = await client.data(HwptAllocDocument, {
    input: { boundDeviceId: dev, ptId: ioas, dirtyTracking },
  });
  return { client, devices, ctx, ioas, dev, deviceId, alloc: alloc.hwptAlloc };
}

const setTracking = async (client: TestClient, hwptId: string, enabled: boolean) =>
  (await client.data(SetDirtyTrackingDocument, { input: { hwptId, enabled } })).hwptSetDirtyTracking;
const bitmap = async (
  client: TestClient,
  hwptId: string,
  iova: bigint,
  length: bigint,
  pageSize: bigint,
  noClear = false,
) =>
  (
    await client.data(GetDirtyBitmapDocument, {
      input: { hwptId, iova: hex(iova), length: hex(length), pageSize: hex(pageSize), noClear },
    })
  ).hwptGetDirtyBitmap;
const write = async (client: TestClient, deviceId: string, iova: bigint, length: bigint) =>
  ok(
    (
      await client.data(DmaSimulateDocument, {
        input: { deviceId, iova: hex(iova), length: hex(length), access: 'WRITE' },
      })
    ).dmaSimulate,
  );

describe('iommufd_dirty_tracking (mock host)', () => {
  const BASE = 1n << 24n;

  it('C: iommufd_dirty_tracking.enforce_dirty', async () => {
    // The NO_DIRTY device cannot get a dirty-tracking HWPT (EOPNOTSUPP) ...
    const noDirty = await setUp('mock-01', '0000:00:03.0');
    expect(errno(noDirty.alloc)).toBe('EOPNOTSUPP');
    // ... nor attach to one allocated by another device (EINVAL from the mock driver).
    const plain = await setUp('mock-01', '0000:00:01.0');
    const hwpt = ok(plain.alloc).hwpt!;
    const other = await bind(plain.client, plain.ctx, plain.devices.get('0000:00:03.0')!);
    expect(errno(await attach(plain.client, other, hwpt.id))).toBe('EINVAL');
  });

  it('C: iommufd_dirty_tracking.set_dirty_tracking', async () => {
    const { client, alloc } = await setUp('mock-01', '0000:00:01.0');
    const hwpt = ok(alloc).hwpt!;
    expect(ok(await setTracking(client, hwpt.id, true)).hwpt).toMatchObject({ dirtyTrackingEnabled: true });
    expect(ok(await setTracking(client, hwpt.id, false)).hwpt).toMatchObject({ dirtyTrackingEnabled: false });
    // A HWPT allocated without DIRTY_TRACKING has no dirty ops.
    const { client: c2, alloc: a2 } = await setUp('mock-01', '0000:00:01.0', false);
    expect(errno(await setTracking(c2, ok(a2).hwpt!.id, true))).toBe('EOPNOTSUPP');
  });

  it.each([
    { name: 'small pages', length: 0x20000n },
    { name: 'huge pages (1 MiB mock IOPTEs)', length: 0x200000n },
  ])('C: iommufd_dirty_tracking.get_dirty_bitmap ($name), with and without NO_CLEAR', async ({ length }) => {
    const { client, ioas, dev, deviceId, alloc } = await setUp('mock-01', '0000:00:01.0');
    const hwpt = ok(alloc).hwpt!;
    ok(await attach(client, dev, hwpt.id));
    ok(await map(client, ioas, { iova: hex(BASE), length: hex(length), userVa: '0x7f0000000000' }));
    ok(await setTracking(client, hwpt.id, true));
    await write(client, deviceId, BASE + 0x800n, 0x10n);
    const page = 0x800n; // the mock's PAGE_SIZE
    const noClear = ok(await bitmap(client, hwpt.id, BASE, length, page, true));
    const bits = noClear.bitmap!.reduce((sum, w, i) => sum | (BigInt(w) << (64n * BigInt(i))), 0n);
    if (length >= 0x100000n) {
      // a dirty 1 MiB IOPTE reports every 2 KiB page inside it
      expect(noClear.dirtyRanges).toEqual([{ start: hex(BASE), last: hex(BASE + 0x100000n - 1n) }]);
      expect(bits).toBe((1n << 512n) - 1n);
    } else {
      expect(noClear.dirtyRanges).toEqual([{ start: hex(BASE + 0x800n), last: hex(BASE + 0xfffn) }]);
      expect(bits).toBe(0b10n);
    }
    // NO_CLEAR left the bits: the next read still sees them, and clears them.
    expect(ok(await bitmap(client, hwpt.id, BASE, length, page)).dirtyRanges).toEqual(noClear.dirtyRanges);
    expect(ok(await bitmap(client, hwpt.id, BASE, length, page)).dirtyRanges).toEqual([]);
  });

  it('checks the bitmap arguments in the kernel order', async () => {
    const { client, alloc } = await setUp('mock-01', '0000:00:01.0');
    const hwpt = ok(alloc).hwpt!;
    expect(errno(await bitmap(client, hwpt.id, BASE, 0x1000n, 0n))).toBe('EINVAL');
    expect(errno(await bitmap(client, hwpt.id, BASE + 0x10n, 0x1000n, 0x800n))).toBe('EINVAL');
    expect(errno(await bitmap(client, hwpt.id, 0xffff_ffff_ffff_f000n, 0x2000n, 0x1000n))).toBe('EOVERFLOW');
  });
});

describe('live migration on spr-01 (how QEMU reads dirty bitmaps)', () => {
  it('enable, DMA writes, read-and-clear, read again (empty), NO_CLEAR before an unmap', async () => {
    const GiB = 1n << 30n;
    const { client, ioas, dev, deviceId, alloc } = await setUp('spr-01', '0000:17:00.0');
    const hwpt = ok(alloc).hwpt!;
    expect(hwpt).toMatchObject({ dirtyTrackingSupported: true });
    // 4 KiB IOPTEs so dirty bits have page granularity (with huge IOPTEs a write dirties the whole 2M/1G page).
    ok(
      (await client.data(IoasSetHugePagesDocument, { input: { ioasId: ioas, enabled: false } }))
        .ioasSetHugePages,
    );
    ok(await attach(client, dev, hwpt.id));
    ok(await map(client, ioas, { iova: '0x0', length: hex(2n * GiB), userVa: '0x7f0000000000' }));
    ok(await map(client, ioas, { iova: hex(4n * GiB), length: hex(GiB), userVa: '0x7f4000000000' }));

    ok(await setTracking(client, hwpt.id, true));
    await write(client, deviceId, 0x1000n, 0x2000n); // two pages
    await write(client, deviceId, 4n * GiB + 0x10_0000n, 0x1000n);
    await (async () => {
      // a read does not dirty anything
      const read = await client.data(DmaSimulateDocument, {
        input: { deviceId, iova: '0x800000', length: '0x1000', access: 'READ' },
      });
      ok(read.dmaSimulate);
    })();

    // QEMU reads with the host page size over each RAM block.
    const low = ok(await bitmap(client, hwpt.id, 0n, 2n * GiB, 0x1000n));
    expect(low.dirtyRanges).toEqual([{ start: '0x1000', last: '0x2fff' }]);
    expect(low.bitmap![0]).toBe('0x6');
    expect(low.bitmap).toHaveLength(Number((2n * GiB) / 0x1000n / 64n));
    expect(ok(await bitmap(client, hwpt.id, 0n, 2n * GiB, 0x1000n)).dirtyRanges).toEqual([]);

    // Before unmapping a range that may be dirty, read it without clearing, then unmap.
    const high = ok(await bitmap(client, hwpt.id, 4n * GiB, GiB, 0x1000n, true));
    expect(high.dirtyRanges).toEqual([
      { start: hex(4n * GiB + 0x10_0000n), last: hex(4n * GiB + 0x10_0fffn) },
    ]);
    const unmap = await client.data(IoasUnmapDocument, {
      input: { ioasId: ioas, iova: hex(4n * GiB), length: hex(GiB) },
    });
    expect(ok(unmap.ioasUnmap).unmapped).toBe(hex(GiB));

    ok(await setTracking(client, hwpt.id, false));
    await write(client, deviceId, 0x5000n, 0x1000n);
    expect(ok(await bitmap(client, hwpt.id, 0n, 2n * GiB, 0x1000n)).dirtyRanges).toEqual([]);
  });
});

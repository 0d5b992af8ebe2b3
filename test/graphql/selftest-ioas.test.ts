// The kernel selftest's iommufd_ioas / iommufd_mock_domain behaviours, through GraphQL on the selftest-mock host.
// Titles keep the kernel's names (tools/testing/selftests/iommu/iommufd.c) so each can be held against it.
import { describe, expect, it } from 'vitest';
import { toHex as hex } from '../../hw-model/u64.ts';
import {
  DeviceReplaceDocument,
  HwptAllocDocument,
  IoasAddReservedDocument,
  IoasAllowIovasDocument,
  IoasCopyDocument,
  IoasSetHugePagesDocument,
  IoasStateDocument,
  IoasUnmapDocument,
  ObjectDestroyDocument,
  TranslateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

const PAGE = 4096n;
const APERTURE_START = 1n << 24n;
const APERTURE_LAST = (1n << 31n) - 1n;
const BUFFER = 0x7f12_3400_0000n;
const U64_MAX = '0xffffffffffffffff';

interface Fixture {
  client: TestClient;
  ioas: string;
  devices: string[];
  bound: string[];
  hwpts: string[];
}

/** FIXTURE_SETUP(iommufd_ioas) with `domains` mock domains: bind and attach that many mock devices. */
async function setUp(domains: number): Promise<Fixture> {
  const client = new TestClient();
  const ids = await deviceIds(client, 'mock-01');
  const devices = [...ids.values()];
  const ctx = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, ctx);
  const bound: string[] = [];
  const hwpts: string[] = [];
  for (let i = 0; i < domains; i++) {
    const dev = await bind(client, ctx, devices[i]!);
    bound.push(dev);
    hwpts.push(ok(await attach(client, dev, ioas)).hwpt!.id);
  }
  return { client, ioas, devices, bound, hwpts };
}

async function unmap(f: Fixture, iova: bigint | string, length: bigint | string) {
  const input = {
    ioasId: f.ioas,
    iova: typeof iova === 'string' ? iova : hex(iova),
    length: typeof length === 'string' ? length : hex(length),
  };
  return (await f.client.data(IoasUnmapDocument, { input })).ioasUnmap;
}

async function ioasState(f: Fixture) {
  const data = await f.client.data(IoasStateDocument, { id: f.ioas, first: 1000 });
  return data.node as Extract<typeof data.node, { objectId: number }>;
}

const destroy = async (f: Fixture, id: string) =>
  (await f.client.data(ObjectDestroyDocument, { input: { id } })).objectDestroy;

describe.each([
  { variant: 'no_domain', domains: 0 },
  { variant: 'mock_domain', domains: 1 },
])('iommufd_ioas/$variant', ({ domains }) => {
  const base = domains ? APERTURE_START : 0n;

  it('C: iommufd_ioas.ioas_destroy', async () => {
    const f = await setUp(domains);
    const result = await destroy(f, f.ioas);
    if (domains) {
      expect(errno(result)).toBe('EBUSY');
      expect((await ioasState(f)).objectId).toBeTypeOf('number');
    } else {
      ok(result);
      expect((await f.client.data(IoasStateDocument, { id: f.ioas })).node).toBeNull();
    }
  });

  it('C: iommufd_ioas.area', async () => {
    const f = await setUp(domains);
    for (let i = 0n; i < 10n; i++) expect(errno(await unmap(f, i * PAGE, PAGE))).toBe('ENOENT');
    for (let i = 0n; i < 10n; i++)
      ok(await map(f.client, f.ioas, { iova: hex(base + i * PAGE), length: hex(PAGE), userVa: hex(BUFFER) }));
    for (let i = 0n; i < 10n; i++) expect(ok(await unmap(f, base + i * PAGE, PAGE)).unmapped).toBe(hex(PAGE));
    // Split fails.
    ok(
      await map(f.client, f.ioas, {
        iova: hex(base + 16n * PAGE),
        length: hex(2n * PAGE),
        userVa: hex(BUFFER),
      }),
    );
    expect(errno(await unmap(f, base + 16n * PAGE, PAGE))).toBe('ENOENT');
    expect(errno(await unmap(f, base + 17n * PAGE, PAGE))).toBe('ENOENT');
    // Over map fails, and changes nothing.
    for (const [pages, at] of [
      [2n, 16n],
      [1n, 16n],
      [1n, 17n],
      [2n, 15n],
      [3n, 15n],
    ] as const) {
      const over = await map(f.client, f.ioas, {
        iova: hex(base + at * PAGE),
        length: hex(pages * PAGE),
        userVa: hex(BUFFER),
      });
      expect(errno(over)).toBe('EEXIST');
    }
    expect((await ioasState(f)).mappings.totalCount).toBe(1);
    // Unmap all works, also on an empty IOAS.
    expect(ok(await unmap(f, '0', U64_MAX)).unmapped).toBe(hex(2n * PAGE));
    expect(ok(await unmap(f, '0', U64_MAX)).unmapped).toBe('0x0');
  });

  it('C: iommufd_ioas.unmap_fully_contained_areas', async () => {
    const f = await setUp(domains);
    const start = base + 4n * PAGE;
    for (let i = 0n; i < 4n; i++)
      ok(
        await map(f.client, f.ioas, {
          iova: hex(start + i * 16n * PAGE),
          length: hex(8n * PAGE),
          userVa: hex(BUFFER),
        }),
      );
    expect(errno(await unmap(f, start - 4n * PAGE, 8n * PAGE))).toBe('ENOENT');
    expect(errno(await unmap(f, start + 3n * 16n * PAGE + 4n * PAGE, 8n * PAGE))).toBe('ENOENT');
    const covering = await unmap(f, start - 4n * PAGE, 3n * 16n * PAGE + 12n * PAGE);
    expect(ok(covering).unmapped).toBe(hex(32n * PAGE));
  });

  it('C: iommufd_ioas.area_auto_iova', async () => {
    const f = await setUp(domains);
    const iovas: bigint[] = [];
    for (let i = 0; i < 10; i++) {
      const m = ok(await map(f.client, f.ioas, { length: hex(PAGE), userVa: hex(BUFFER) }));
      iovas.push(BigInt(m.iova!));
    }
    expect(new Set(iovas).size).toBe(10);
    for (const iova of iovas) {
      expect(iova % PAGE).toBe(0n);
      expect(iova).toBeGreaterThan(0n);
      if (domains) expect(iova >= APERTURE_START && iova <= APERTURE_LAST).toBe(true);
    }
    for (const iova of iovas) ok(await unmap(f, iova, PAGE));
    // Naturally aligned: a 2^n length lands on a 2^n boundary (user_va aligned as well).
    for (let shift = 13n; shift <= 20n; shift++) {
      const length = 1n << shift;
      const m = ok(await map(f.client, f.ioas, { length: hex(length), userVa: hex(BUFFER) }));
      expect(BigInt(m.iova!) % length).toBe(0n);
    }
  });

  it('C: iommufd_ioas.area_allowed', async () => {
    const f = await setUp(domains);
    const allowed = { start: hex(base + 16n * PAGE), last: hex(base + 32n * PAGE - 1n) };
    ok(
      (await f.client.data(IoasAllowIovasDocument, { input: { ioasId: f.ioas, ranges: [allowed] } }))
        .ioasAllowIovas,
    );
    const m = ok(await map(f.client, f.ioas, { length: hex(PAGE), userVa: hex(BUFFER) }));
    expect(BigInt(m.iova!) >= base + 16n * PAGE && BigInt(m.iova!) < base + 32n * PAGE).toBe(true);
    // A reservation inside an allowed range is EADDRINUSE, and so is an allowed range over a reservation.
    const res = await f.client.data(IoasAddReservedDocument, {
      input: { ioasId: f.ioas, start: hex(base + 20n * PAGE), length: hex(PAGE) },
    });
    expect(errno(res.ioasAddReserved)).toBe('EADDRINUSE');
    ok(
      (await f.client.data(IoasAllowIovasDocument, { input: { ioasId: f.ioas, ranges: [] } })).ioasAllowIovas,
    );
    ok(
      (
        await f.client.data(IoasAddReservedDocument, {
          input: { ioasId: f.ioas, start: hex(base + 20n * PAGE), length: hex(PAGE) },
        })
      ).ioasAddReserved,
    );
    const over = await f.client.data(IoasAllowIovasDocument, {
      input: { ioasId: f.ioas, ranges: [allowed] },
    });
    expect(errno(over.ioasAllowIovas)).toBe('EADDRINUSE');
    // start == last is not a range.
    const point = await f.client.data(IoasAllowIovasDocument, {
      input: { ioasId: f.ioas, ranges: [{ start: hex(base), last: hex(base) }] },
    });
    expect(errno(point.ioasAllowIovas)).toBe('EINVAL');
  });

  it('C: iommufd_ioas.copy_area', async () => {
    const f = await setUp(domains);
    ok(await map(f.client, f.ioas, { iova: hex(base), length: hex(PAGE), userVa: hex(BUFFER) }));
    const copy = await f.client.data(IoasCopyDocument, {
      input: {
        srcIoasId: f.ioas,
        dstIoasId: f.ioas,
        srcIova: hex(base),
        length: hex(PAGE),
        dstIova: hex(base + 16n * PAGE),
      },
    });
    expect(ok(copy.ioasCopy).dstIova).toBe(hex(base + 16n * PAGE));
    // Copying what is not mapped is ENOENT.
    const missing = await f.client.data(IoasCopyDocument, {
      input: { srcIoasId: f.ioas, dstIoasId: f.ioas, srcIova: hex(base + 64n * PAGE), length: hex(PAGE) },
    });
    expect(errno(missing.ioasCopy)).toBe('ENOENT');
  });

  it('C: iommufd_ioas.iova_ranges', async () => {
    const f = await setUp(domains);
    const state = await ioasState(f);
    if (domains) {
      expect(state.iovaRanges).toEqual([{ start: hex(APERTURE_START), last: hex(APERTURE_LAST) }]);
    } else {
      expect(state.iovaRanges).toEqual([{ start: '0x0', last: U64_MAX }]);
    }
    ok(
      (
        await f.client.data(IoasAddReservedDocument, {
          input: { ioasId: f.ioas, start: hex(base + PAGE), length: hex(PAGE) },
        })
      ).ioasAddReserved,
    );
    const after = await ioasState(f);
    expect(after.iovaRanges[0]).toEqual({
      start: hex(base ? APERTURE_START : 0n),
      last: hex(base + PAGE - 1n),
    });
    expect(after.iovaRanges[1]?.start).toBe(hex(base + 2n * PAGE));
  });

  it('C: iommufd_ioas.ioas_option_huge_pages', async () => {
    const f = await setUp(domains);
    expect((await ioasState(f)).hugePages).toBe(true);
    const off = (await f.client.data(IoasSetHugePagesDocument, { input: { ioasId: f.ioas, enabled: false } }))
      .ioasSetHugePages;
    expect(ok(off).ioas).toMatchObject({ hugePages: false, iovaAlignment: hex(PAGE) });
    const on = (await f.client.data(IoasSetHugePagesDocument, { input: { ioasId: f.ioas, enabled: true } }))
      .ioasSetHugePages;
    expect(ok(on).ioas?.hugePages).toBe(true);
  });
});

describe('iommufd_mock_domain', () => {
  it('C: iommufd_mock_domain.basic (MD_CHECK_MAP via translate)', async () => {
    const f = await setUp(1);
    const m = ok(await map(f.client, f.ioas, { length: hex(PAGE * 4n), userVa: hex(BUFFER) }));
    const t = await f.client.data(TranslateDocument, { input: { deviceId: f.devices[0]!, iova: m.iova! } });
    expect(t.translate.__typename).toBe('Translation');
    // An unbacked user address faults when pinned into the domain: EFAULT.
    const bad = await map(f.client, f.ioas, { length: hex(PAGE), userVa: '0x0' });
    expect(errno(bad)).toBe('EFAULT');
  });

  it('C: iommufd_mock_domain.replace', async () => {
    const f = await setUp(1);
    const ctx = f; // second IOAS in the same context
    const ioas2 = await allocIoas(ctx.client, (await ioasContext(f)).id);
    const replaced = (
      await f.client.data(DeviceReplaceDocument, { input: { boundDeviceId: f.bound[0]!, ptId: ioas2 } })
    ).deviceReplace;
    expect(ok(replaced).hwpt?.type).toBe('HWPT_PAGING');
    // The old auto domain went with its last attachment.
    const old = await destroy(f, f.hwpts[0]!);
    expect(errno(old)).toBe('ENOENT');
    // Replace to the same HWPT is a no-op; replace of an unattached device is EINVAL.
    ok(
      (
        await f.client.data(DeviceReplaceDocument, {
          input: { boundDeviceId: f.bound[0]!, ptId: replaced.hwpt!.id },
        })
      ).deviceReplace,
    );
    const idle = await bind(f.client, (await ioasContext(f)).id, f.devices[1]!);
    const notAttached = await f.client.data(DeviceReplaceDocument, {
      input: { boundDeviceId: idle, ptId: ioas2 },
    });
    expect(errno(notAttached.deviceReplace)).toBe('EINVAL');
  });
});

describe('destroy ordering (IOMMU_DESTROY and EBUSY)', () => {
  it('an attached HWPT and its IOAS are busy; a detached manual HWPT is not', async () => {
    const f = await setUp(0);
    const ctxId = (await ioasContext(f)).id;
    const dev = await bind(f.client, ctxId, f.devices[0]!);
    const hwpt = ok(
      (await f.client.data(HwptAllocDocument, { input: { boundDeviceId: dev, ptId: f.ioas } })).hwptAlloc,
    );
    expect(hwpt.hwpt).toMatchObject({ type: 'HWPT_PAGING', autoDomain: false });
    expect(errno(await destroy(f, f.ioas))).toBe('EBUSY');
    ok(await attach(f.client, dev, hwpt.hwpt!.id));
    expect(errno(await destroy(f, hwpt.hwpt!.id))).toBe('EBUSY');
    // A bound device cannot be destroyed with IOMMU_DESTROY.
    expect(errno(await destroy(f, dev))).toBe('EBUSY');
    const detach = await f.client.data(DeviceReplaceDocument, {
      input: { boundDeviceId: dev, ptId: f.ioas },
    });
    ok(detach.deviceReplace);
    // The manual HWPT is not auto-destroyed when its last device leaves.
    ok(await destroy(f, hwpt.hwpt!.id));
    expect(errno(await destroy(f, hwpt.hwpt!.id))).toBe('ENOENT');
  });
});

async function ioasContext(f: Fixture) {
  const data = await f.client.data(
    `query($id: ID!) { node(id: $id) { ... on Ioas { context { id } } } }` as never,
    { id: f.ioas } as never,
  );
  return (data as { node: { context: { id: string } } }).node.context;
}

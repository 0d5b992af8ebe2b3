// PASID through GraphQL: the host-wide allocator, the kernel's PASID attach rules (selftest iommufd_device_pasid),
// and a DSA-style flow where one IOVA reaches two different pages through two PASIDs.
import { describe, expect, it } from 'vitest';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { createYogaServer } from '../../server/yoga.ts';
import {
  BoundDeviceStateDocument,
  DeviceAttachDocument,
  DeviceDetachDocument,
  DeviceReplaceDocument,
  HwptAllocDocument,
  NestedHwptAllocDocument,
  NestedTranslateDocument,
  PasidAllocatorStateDocument,
  PasidAllocDocument,
  PasidFreeDocument,
  Stage1MapDocument,
  TranslateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

async function hostId(client: TestClient, name: string) {
  return (await client.data(PasidAllocatorStateDocument, { name })).host!.id;
}

async function alloc(client: TestClient, host: string, min: number, max: number) {
  return (await client.data(PasidAllocDocument, { input: { hostId: host, min, max } })).pasidAlloc;
}

describe('host-wide PASID allocator', () => {
  it('spans the PASID width of the host and starts empty', async () => {
    const client = new TestClient();
    const spr = (await client.data(PasidAllocatorStateDocument, { name: 'spr-01' })).host!;
    expect(spr.pasidAllocator).toEqual({ min: 1, max: 2 ** 20 - 1, allocated: [], quotaPerContext: 1024 });
  });

  it('hands out the lowest free PASID, runs out with ENOSPC, and reuses freed ones', async () => {
    const client = new TestClient();
    const host = await hostId(client, 'spr-01');
    const got = [];
    for (let i = 0; i < 4; i++) got.push(ok(await alloc(client, host, 100, 103)).pasid);
    expect(got).toEqual([100, 101, 102, 103]);
    expect(errno(await alloc(client, host, 100, 103))).toBe('ENOSPC');
    ok((await client.data(PasidFreeDocument, { input: { hostId: host, pasid: 101 } })).pasidFree);
    expect(ok(await alloc(client, host, 100, 103)).pasid).toBe(101);
    const state = await client.data(PasidAllocatorStateDocument, { name: 'spr-01' });
    expect(state.host!.pasidAllocator.allocated).toEqual([100, 101, 102, 103]);
  });

  it.each([
    ['min > max', 10, 5, 'EINVAL'],
    ['PASID 0 (it means "no PASID")', 0, 5, 'EINVAL'],
    ['max beyond the host width', 1, 2 ** 20, 'EINVAL'],
    ['negative bounds', -4, 5, 'EINVAL'],
  ])('rejects %s and allocates nothing', async (_what, min, max, code) => {
    const client = new TestClient();
    const host = await hostId(client, 'spr-01');
    expect(errno(await alloc(client, host, min, max))).toBe(code);
    expect(
      (await client.data(PasidAllocatorStateDocument, { name: 'spr-01' })).host!.pasidAllocator.allocated,
    ).toEqual([]);
  });

  it('freeing a PASID that is not allocated is ENOENT', async () => {
    const client = new TestClient();
    const host = await hostId(client, 'spr-01');
    const free = (await client.data(PasidFreeDocument, { input: { hostId: host, pasid: 77 } })).pasidFree;
    expect(free.userErrors[0]).toMatchObject({ code: 'ENOENT', field: ['input', 'pasid'] });
  });

  it('never gives the same PASID twice to clients allocating at the same time', async () => {
    const fleet = createDefaultFleet();
    const a = new TestClient(createYogaServer({ fleet }));
    const b = new TestClient(createYogaServer({ fleet }));
    const host = await hostId(a, 'grace-01');
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => alloc(i % 2 ? a : b, host, 1, 1000)),
    );
    const pasids = results.map((r) => ok(r).pasid);
    expect(new Set(pasids).size).toBe(60);
    expect([...pasids].sort((x, y) => x! - y!)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // the other host's space is separate
    expect(
      (await a.data(PasidAllocatorStateDocument, { name: 'spr-01' })).host!.pasidAllocator.allocated,
    ).toEqual([]);
  });
});

describe('iommufd_device_pasid (mock host)', () => {
  async function setUp() {
    const client = new TestClient();
    const devices = await deviceIds(client, 'mock-01');
    const ctx = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, ctx);
    const pasidDev = await bind(client, ctx, devices.get('0000:00:02.0')!);
    const plainDev = await bind(client, ctx, devices.get('0000:00:01.0')!);
    const hwpt = async (dev: string, pasid: boolean) =>
      ok(
        (await client.data(HwptAllocDocument, { input: { boundDeviceId: dev, ptId: ioas, pasid } }))
          .hwptAlloc,
      ).hwpt!;
    return { client, ioas, pasidDev, plainDev, hwpt };
  }
  const attachPasid = async (client: TestClient, dev: string, ptId: string, pasid: number) =>
    (await client.data(DeviceAttachDocument, { input: { boundDeviceId: dev, ptId, pasid } })).deviceAttach;
  const replacePasid = async (client: TestClient, dev: string, ptId: string, pasid: number) =>
    (await client.data(DeviceReplaceDocument, { input: { boundDeviceId: dev, ptId, pasid } })).deviceReplace;

  it('C: iommufd_device_pasid.pasid_attach', async () => {
    const { client, ioas, pasidDev, plainDev, hwpt } = await setUp();
    const plainHwpt = await hwpt(pasidDev, false);
    const pasidHwpt = await hwpt(pasidDev, true);
    const pasidHwpt2 = await hwpt(pasidDev, true);
    expect(pasidHwpt.pasidCompatible).toBe(true);
    expect(plainHwpt.pasidCompatible).toBe(false);

    // A PASID needs a PASID-compatible HWPT; an IOAS (auto domain) is not one.
    expect(errno(await attachPasid(client, pasidDev, plainHwpt.id, 100))).toBe('EINVAL');
    expect(errno(await attachPasid(client, pasidDev, ioas, 100))).toBe('EINVAL');
    // A device without PASID support cannot attach a PASID at all.
    expect(errno(await attachPasid(client, plainDev, pasidHwpt.id, 100))).toBe('EINVAL');
    // The PASID must fit the device's width (20 bits).
    expect(errno(await attachPasid(client, pasidDev, pasidHwpt.id, 1 << 20))).toBe('EINVAL');

    // RID on a non-PASID-compatible HWPT blocks PASID attaches.
    ok(
      (await client.data(DeviceAttachDocument, { input: { boundDeviceId: pasidDev, ptId: plainHwpt.id } }))
        .deviceAttach,
    );
    expect(errno(await attachPasid(client, pasidDev, pasidHwpt.id, 100))).toBe('EINVAL');
    ok((await client.data(DeviceDetachDocument, { input: { boundDeviceId: pasidDev } })).deviceDetach);

    // Attach, attach again (EBUSY), replace, replace of an unattached PASID (EINVAL), detach twice.
    ok(await attachPasid(client, pasidDev, pasidHwpt.id, 100));
    expect(errno(await attachPasid(client, pasidDev, pasidHwpt2.id, 100))).toBe('EBUSY');
    // While a PASID is attached the RID cannot go on a non-compatible HWPT, but can on a compatible one.
    const ridPlain = await client.data(DeviceAttachDocument, {
      input: { boundDeviceId: pasidDev, ptId: plainHwpt.id },
    });
    expect(errno(ridPlain.deviceAttach)).toBe('EINVAL');
    ok(
      (await client.data(DeviceAttachDocument, { input: { boundDeviceId: pasidDev, ptId: pasidHwpt2.id } }))
        .deviceAttach,
    );

    ok(await replacePasid(client, pasidDev, pasidHwpt2.id, 100));
    expect(errno(await replacePasid(client, pasidDev, pasidHwpt.id, 200))).toBe('EINVAL');
    const state = await client.data(BoundDeviceStateDocument, { id: pasidDev });
    const node = state.node as Extract<typeof state.node, { pasidAttachments: unknown }>;
    expect(node.pasidAttachments).toEqual([
      { pasid: 100, hwpt: { objectId: pasidHwpt2.objectId, pasidCompatible: true } },
    ]);
    expect(node.attachedHwpt?.objectId).toBe(pasidHwpt2.objectId);

    // A HWPT attached on a PASID is busy.
    const busy = await client.data(
      /* GraphQL */ `mutation($id: ID!) { objectDestroy(input: { id: $id }) { userErrors { code } } }` as never,
      { id: pasidHwpt2.id } as never,
    );
    expect(
      (busy as { objectDestroy: { userErrors: { code: string }[] } }).objectDestroy.userErrors[0]?.code,
    ).toBe('EBUSY');

    ok(
      (await client.data(DeviceDetachDocument, { input: { boundDeviceId: pasidDev, pasid: 100 } }))
        .deviceDetach,
    );
    ok(
      (await client.data(DeviceDetachDocument, { input: { boundDeviceId: pasidDev, pasid: 100 } }))
        .deviceDetach,
    );
    const after = await client.data(BoundDeviceStateDocument, { id: pasidDev });
    expect((after.node as { pasidAttachments: unknown[] }).pasidAttachments).toEqual([]);
  });
});

describe('DSA-style flow on spr-01: two processes, two PASIDs, one IOVA', () => {
  it('translates the same IOVA through two PASIDs to two physical addresses', async () => {
    const client = new TestClient();
    const devices = await deviceIds(client, 'spr-01');
    const dsa = devices.get('0000:6a:01.0')!;
    const host = await hostId(client, 'spr-01');
    const pasidA = ok(await alloc(client, host, 1, 2 ** 20 - 1)).pasid!;
    const pasidB = ok(await alloc(client, host, 1, 2 ** 20 - 1)).pasid!;
    expect([pasidA, pasidB]).toEqual([1, 2]);

    const ctx = await openContext(client, 'spr-01');
    const dev = await bind(client, ctx, dsa);
    const processes = [
      { pasid: pasidA, userVa: '0x7f1000000000' },
      { pasid: pasidB, userVa: '0x7f2000000000' },
    ];
    for (const proc of processes) {
      const ioas = await allocIoas(client, ctx);
      ok(await map(client, ioas, { iova: '0x400000', length: '0x200000', userVa: proc.userVa }));
      const hwpt = ok(
        (await client.data(HwptAllocDocument, { input: { boundDeviceId: dev, ptId: ioas, pasid: true } }))
          .hwptAlloc,
      ).hwpt!;
      ok(
        (
          await client.data(DeviceAttachDocument, {
            input: { boundDeviceId: dev, ptId: hwpt.id, pasid: proc.pasid },
          })
        ).deviceAttach,
      );
    }
    const through = async (pasid?: number) =>
      (await client.data(TranslateDocument, { input: { deviceId: dsa, iova: '0x400010', pasid } })).translate;
    const a = await through(pasidA);
    const b = await through(pasidB);
    expect(a.__typename).toBe('Translation');
    expect(b.__typename).toBe('Translation');
    const pa = (r: typeof a) => BigInt((r as { physicalAddress: string }).physicalAddress);
    expect(pa(a)).not.toBe(pa(b));
    expect(pa(a) % 0x1000n).toBe(0x10n);
    // The RID is attached to nothing, and an unattached PASID is blocked too.
    expect(await through()).toMatchObject({ __typename: 'TranslationFault', reason: 'BLOCKED' });
    expect(await through(3)).toMatchObject({ __typename: 'TranslationFault', reason: 'BLOCKED' });
  });
});

describe('nested HWPTs on PASIDs', () => {
  it('attaches a PASID-compatible nested HWPT to a PASID and walks that PASID stage-1 table', async () => {
    const client = new TestClient();
    const devices = await deviceIds(client, 'mock-01');
    const deviceId = devices.get('0000:00:02.0')!;
    const ctx = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, ctx);
    const dev = await bind(client, ctx, deviceId);
    ok(await map(client, ioas, { iova: '0x1000000', length: '0x100000', userVa: '0x7f0000000000' }));
    const alloc = async (input: Record<string, unknown>) =>
      ok(
        (await client.data(NestedHwptAllocDocument, { input: { boundDeviceId: dev, ...input } as never }))
          .hwptAlloc,
      ).hwpt!;
    const parent = await alloc({ ptId: ioas, nestParent: true });
    const nested = await alloc({ ptId: parent.id, pasid: true, data: { selftest: { iotlb: 0 } } });
    ok(
      (
        await client.data(DeviceAttachDocument, {
          input: { boundDeviceId: dev, ptId: nested.id, pasid: 100 },
        })
      ).deviceAttach,
    );
    // Stage 1 of PASID 100 maps IOVA 0x4000 to GPA 0x1002000; the RID's table stays empty.
    ok(
      (
        await client.data(Stage1MapDocument, {
          input: { hwptId: nested.id, pasid: 100, iova: '0x4000', gpa: '0x1002000', length: '0x1000' },
        })
      ).stage1Map,
    );
    const viaPasid = await client.data(NestedTranslateDocument, {
      input: { deviceId, iova: '0x4010', pasid: 100 },
    });
    expect(viaPasid.translate).toMatchObject({ __typename: 'Translation', intermediateAddress: '0x1002010' });
    const viaRid = await client.data(NestedTranslateDocument, { input: { deviceId, iova: '0x4010' } });
    expect(viaRid.translate).toMatchObject({ __typename: 'TranslationFault', reason: 'BLOCKED' });
    // A nested HWPT allocated without the PASID flag cannot go on a PASID.
    const ridOnly = await alloc({ ptId: parent.id, data: { selftest: { iotlb: 0 } } });
    const refused = await client.data(DeviceAttachDocument, {
      input: { boundDeviceId: dev, ptId: ridOnly.id, pasid: 200 },
    });
    expect(errno(refused.deviceAttach)).toBe('EINVAL');
  });
});

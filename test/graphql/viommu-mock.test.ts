// The kernel selftest's iommufd_viommu cases through GraphQL on the mock host: vIOMMU and vDEVICE allocation,
// EEXIST rules, the vDEVICE tombstone on unbind, vIOMMU-targeted invalidation of device caches, destroy ordering.
import { describe, expect, it } from 'vitest';
import {
  ContextStateDocument,
  DeviceUnbindDocument,
  HwptInvalidateDocument,
  NestedHwptAllocDocument,
  ObjectDestroyDocument,
  VdeviceAllocDocument,
  ViommuAllocDocument,
  ViommuStateDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, ok, openContext } from './iommufd-helpers.ts';

async function setUp() {
  const client = new TestClient();
  const devices = await deviceIds(client, 'mock-01');
  const ctx = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, ctx);
  const dev = await bind(client, ctx, devices.get('0000:00:01.0')!);
  const dev2 = await bind(client, ctx, devices.get('0000:00:02.0')!);
  const parent = ok(
    (
      await client.data(NestedHwptAllocDocument, {
        input: { boundDeviceId: dev, ptId: ioas, nestParent: true },
      })
    ).hwptAlloc,
  ).hwpt!;
  const viommuAlloc = async (hwptId: string, viommuType: 'MOCK' | 'ARM_SMMUV3' = 'MOCK') =>
    (await client.data(ViommuAllocDocument, { input: { boundDeviceId: dev, hwptId, viommuType } }))
      .viommuAlloc;
  const vdeviceAlloc = async (viommuId: string, boundDeviceId: string, virtId: string) =>
    (await client.data(VdeviceAllocDocument, { input: { viommuId, boundDeviceId, virtId } })).vdeviceAlloc;
  const destroy = async (id: string) =>
    (await client.data(ObjectDestroyDocument, { input: { id } })).objectDestroy;
  return { client, ctx, ioas, dev, dev2, parent, viommuAlloc, vdeviceAlloc, destroy };
}

describe('iommufd_viommu (mock host)', () => {
  it('C: iommufd_viommu.viommu_alloc: type and parent checks', async () => {
    const { ioas, parent, viommuAlloc, client, dev } = await setUp();
    expect(errno(await viommuAlloc(parent.id, 'ARM_SMMUV3'))).toBe('EOPNOTSUPP');
    expect(errno(await viommuAlloc(ioas))).toBe('ENOENT'); // not a HWPT_PAGING
    const plain = ok(
      (await client.data(NestedHwptAllocDocument, { input: { boundDeviceId: dev, ptId: ioas } })).hwptAlloc,
    ).hwpt!;
    expect(errno(await viommuAlloc(plain.id))).toBe('EINVAL'); // not a nest parent
    const viommu = ok(await viommuAlloc(parent.id)).viommu!;
    expect(viommu).toMatchObject({
      viommuType: 'MOCK',
      iommu: { name: 'mock0' },
      parent: { objectId: parent.objectId },
    });
  });

  it('C: iommufd_viommu.vdevice_alloc: one vDEVICE per device, one device per virtual ID', async () => {
    const { parent, viommuAlloc, vdeviceAlloc, dev, dev2, client } = await setUp();
    const viommu = ok(await viommuAlloc(parent.id)).viommu!;
    ok(await vdeviceAlloc(viommu.id, dev, '0x99'));
    expect(errno(await vdeviceAlloc(viommu.id, dev, '0x88'))).toBe('EEXIST');
    expect(errno(await vdeviceAlloc(viommu.id, dev2, '0x99'))).toBe('EEXIST');
    ok(await vdeviceAlloc(viommu.id, dev2, '0x88'));
    const state = await client.data(ViommuStateDocument, { id: viommu.id });
    const vdevices = (state.node as { vdevices: { virtId: string; device: { device: { bdf: string } } }[] })
      .vdevices;
    expect(vdevices.map((v) => [v.virtId, v.device.device.bdf])).toEqual([
      ['0x88', '0000:00:02.0'],
      ['0x99', '0000:00:01.0'],
    ]);
  });

  it('C: iommufd_viommu.vdevice_tombstone: unbinding leaves the vDEVICE ID dead until close', async () => {
    const { parent, viommuAlloc, vdeviceAlloc, dev2, client, destroy, ctx } = await setUp();
    const viommu = ok(await viommuAlloc(parent.id)).viommu!;
    const vdevice = ok(await vdeviceAlloc(viommu.id, dev2, '0x7')).vdevice!;
    ok((await client.data(DeviceUnbindDocument, { input: { boundDeviceId: dev2 } })).deviceUnbind);
    expect(errno(await destroy(vdevice.id))).toBe('ENOENT');
    // The next object does not get the tombstoned ID.
    const next = ok(await viommuAlloc(parent.id)).viommu!;
    expect(next.objectId).not.toBe(vdevice.objectId);
    const objects = (await client.data(ContextStateDocument, { id: ctx })).node as {
      objects: { objectId: number }[];
    };
    expect(objects.objects.map((o) => o.objectId)).not.toContain(vdevice.objectId);
  });

  it('C: iommufd_viommu.vdevice_cache: invalidation through the vIOMMU by virtual ID, partial progress', async () => {
    const { parent, viommuAlloc, vdeviceAlloc, dev, client } = await setUp();
    const viommu = ok(await viommuAlloc(parent.id)).viommu!;
    ok(await vdeviceAlloc(viommu.id, dev, '0x99'));
    const nested = ok(
      (
        await client.data(NestedHwptAllocDocument, {
          input: { boundDeviceId: dev, ptId: viommu.id, data: { selftest: { iotlb: 0xbadbeef } } },
        })
      ).hwptAlloc,
    ).hwpt!;
    ok(await attach(client, dev, nested.id));
    const invalidate = async (requests: unknown[]) =>
      (
        await client.data(HwptInvalidateDocument, {
          input: { hwptId: viommu.id, requests: requests as never },
        })
      ).hwptInvalidate;
    expect(await invalidate([])).toEqual({ entriesHandled: 0, userErrors: [] });
    expect(await invalidate([{ selftest: { vdevId: '0x99', id: 0 } }])).toEqual({
      entriesHandled: 1,
      userErrors: [],
    });
    const partial = await invalidate([
      { selftest: { vdevId: '0x99', id: 1 } },
      { selftest: { vdevId: '0x99', flags: 1 } },
      { selftest: { vdevId: '0x55', id: 0 } },
    ]);
    expect(partial).toMatchObject({ entriesHandled: 2, userErrors: [{ code: 'EINVAL' }] });
    expect((await invalidate([{ selftest: { vdevId: '0x99', id: 4 } }])).userErrors[0]?.code).toBe('EINVAL');
  });

  it('destroy ordering: parent held by its vIOMMU, vIOMMU by its vDEVICEs and nested HWPTs', async () => {
    const { parent, viommuAlloc, vdeviceAlloc, dev, destroy } = await setUp();
    const viommu = ok(await viommuAlloc(parent.id)).viommu!;
    const vdevice = ok(await vdeviceAlloc(viommu.id, dev, '0x1')).vdevice!;
    expect(errno(await destroy(parent.id))).toBe('EBUSY');
    expect(errno(await destroy(viommu.id))).toBe('EBUSY');
    ok(await destroy(vdevice.id));
    ok(await destroy(viommu.id));
    ok(await destroy(parent.id));
  });
});

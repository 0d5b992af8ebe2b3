// IOMMU_HW_QUEUE_ALLOC through GraphQL on mock-01: the selftest's iommufd_viommu.hw_queue, errno for errno,
// with the queue visible under its vIOMMU and in Context.objects.
import { describe, expect, it } from 'vitest';
import {
  ContextStateDocument,
  HwQueueAllocDocument,
  IoasUnmapDocument,
  NestedHwptAllocDocument,
  ObjectDestroyDocument,
  ViommuAllocDocument,
  ViommuHwQueuesDocument,
} from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, bind, deviceIds, errno, map, ok, openContext } from './iommufd-helpers.ts';

const PAGE = 4096n;
const hex = (value: bigint) => `0x${value.toString(16)}`;

async function setUp() {
  const client = new TestClient();
  const devices = await deviceIds(client, 'mock-01');
  const ctx = await openContext(client, 'mock-01');
  const ioas = await allocIoas(client, ctx);
  const dev = await bind(client, ctx, devices.get('0000:00:01.0')!);
  const parent = ok(
    (
      await client.data(NestedHwptAllocDocument, {
        input: { boundDeviceId: dev, ptId: ioas, nestParent: true },
      })
    ).hwptAlloc,
  ).hwpt!;
  const viommu = ok(
    (
      await client.data(ViommuAllocDocument, {
        input: { boundDeviceId: dev, hwptId: parent.id, viommuType: 'MOCK' },
      })
    ).viommuAlloc,
  ).viommu!;
  const alloc = async (
    index: number,
    iova: bigint,
    length: bigint,
    queueType: 'SELFTEST' | 'DEFAULT' = 'SELFTEST',
  ) =>
    (
      await client.data(HwQueueAllocDocument, {
        input: { viommuId: viommu.id, queueType, index, nestingParentIova: hex(iova), length: hex(length) },
      })
    ).hwQueueAlloc;
  const unmap = async (iova: string, length: bigint) =>
    (await client.data(IoasUnmapDocument, { input: { ioasId: ioas, iova, length: hex(length) } })).ioasUnmap;
  const destroy = async (id: string) =>
    (await client.data(ObjectDestroyDocument, { input: { id } })).objectDestroy;
  const objectTypes = async () =>
    (await client.data(ContextStateDocument, { id: ctx })).node as { objects: { type: string }[] };
  return { client, ioas, viommu, alloc, unmap, destroy, objectTypes };
}

describe('IOMMU_HW_QUEUE_ALLOC (mock host)', () => {
  it('C: iommufd_viommu.hw_queue', async () => {
    const { client, ioas, viommu, alloc, unmap, destroy } = await setUp();
    const start = 0x1000000n; // MOCK_APERTURE_START
    expect(errno(await alloc(0, start, PAGE, 'DEFAULT'))).toBe('EOPNOTSUPP');
    expect(errno(await alloc(0, start, 0n))).toBe('EINVAL');
    expect(errno(await alloc(0, 2n ** 64n - 1n, PAGE))).toBe('EOVERFLOW');
    expect(errno(await alloc(0, start, PAGE))).toBe('ENOENT');

    const rw = { readable: true, writable: true, length: hex(PAGE) };
    const iova = ok(await map(client, ioas, { ...rw, userVa: '0x7f1234400000' })).iova!;
    const iova2 = ok(await map(client, ioas, { ...rw, userVa: '0x7f1234401000' })).iova!;
    expect(errno(await alloc(1, BigInt(iova), PAGE))).toBe('EIO');
    expect(errno(await alloc(2, BigInt(iova), PAGE))).toBe('EINVAL');

    const first = ok(await alloc(0, BigInt(iova), PAGE)).hwQueue!;
    expect(first).toMatchObject({
      queueType: 'SELFTEST',
      index: 0,
      nestingParentIova: iova,
      length: '0x1000',
    });
    expect(errno(await alloc(0, BigInt(iova), PAGE))).toBe('EEXIST');
    expect(errno(await unmap(iova, PAGE))).toBe('EBUSY');
    expect(ok(await unmap(iova2, PAGE)).unmapped).toBe('0x1000');

    const second = ok(await alloc(1, BigInt(iova) + PAGE / 2n, PAGE / 2n)).hwQueue!;
    const state = await client.data(ViommuHwQueuesDocument, { id: viommu.id });
    expect((state.node as { hwQueues: { index: number }[] }).hwQueues.map((q) => q.index)).toEqual([0, 1]);
    expect(errno(await destroy(first.id))).toBe('EBUSY');
    ok(await destroy(second.id));
    ok(await destroy(first.id));
    expect(ok(await unmap(iova, PAGE)).unmapped).toBe('0x1000');
  });

  it('a HW queue is a context object', async () => {
    const { client, ioas, alloc, objectTypes } = await setUp();
    const rw = { readable: true, writable: true, length: hex(PAGE) };
    const iova = ok(await map(client, ioas, { ...rw, userVa: '0x7f1234400000' })).iova!;
    ok(await alloc(0, BigInt(iova), PAGE));
    expect((await objectTypes()).objects.map((o) => o.type)).toContain('HW_QUEUE');
  });
});

// Nesting end to end through GraphQL: QEMU-like VT-d x-flts and accel SMMUv3 flows, and nesting errors.
import { describe, expect, it } from 'vitest';
import { HwptInvalidateDocument, NestedHwptAllocDocument } from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, bind, deviceIds, errno, ok, openContext } from './iommufd-helpers.ts';
import { smmuv3AccelFlow, vtdXfltsFlow } from './nesting-flows.ts';

describe('nesting flows', () => {
  it('QEMU intel_iommu x-flts on spr-01: stale IOTLB until a VT-d S1 invalidation', async () => {
    await vtdXfltsFlow(new TestClient());
  });

  it('QEMU arm-smmuv3 accel on grace-01: vIOMMU, vDEVICE, nested STE, TLBI and ATC_INV', async () => {
    await smmuv3AccelFlow(new TestClient());
  });
});

describe('nested HWPT allocation errors', () => {
  async function setUp() {
    const client = new TestClient();
    const devices = await deviceIds(client, 'mock-01');
    const ctx = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, ctx);
    const dev = await bind(client, ctx, devices.get('0000:00:01.0')!);
    const alloc = async (input: Record<string, unknown>) =>
      (
        await client.data(NestedHwptAllocDocument, {
          input: { boundDeviceId: dev, ptId: ioas, ...input } as never,
        })
      ).hwptAlloc;
    return { client, ioas, dev, alloc };
  }

  it('rejects a nested HWPT on a parent that is not a nest parent, nested on nested, and bad data', async () => {
    const { client, alloc } = await setUp();
    const plain = ok(await alloc({})).hwpt!;
    const parent = ok(await alloc({ nestParent: true })).hwpt!;
    expect(errno(await alloc({ ptId: plain.id, data: { selftest: { iotlb: 0xbadbeef } } }))).toBe('EINVAL');
    const nested = ok(await alloc({ ptId: parent.id, data: { selftest: { iotlb: 0xbadbeef } } })).hwpt!;
    expect(nested).toMatchObject({ type: 'HWPT_NESTED', dataType: 'SELFTEST' });
    expect(errno(await alloc({ ptId: nested.id, data: { selftest: { iotlb: 1 } } }))).toBe('EINVAL');
    // no data for a nested allocation; two members at once; the wrong driver's data
    expect(errno(await alloc({ ptId: parent.id }))).toBe('EOPNOTSUPP');
    const both = await alloc({
      ptId: parent.id,
      data: { selftest: { iotlb: 1 }, armSmmuv3: { ste: ['0x0', '0x0'] } },
    });
    expect(both.userErrors[0]).toMatchObject({ code: 'EINVAL', field: ['input', 'data'] });
    expect(
      errno(await alloc({ ptId: parent.id, data: { vtdS1: { pgtblAddr: '0x1000', addrWidth: 48 } } })),
    ).toBe('EOPNOTSUPP');
    // The parent is held by its nested HWPT.
    const destroy = await client.request(
      'mutation($id: ID!) { objectDestroy(input: { id: $id }) { userErrors { code } } }',
      { id: parent.id },
    );
    expect(JSON.stringify(destroy.data)).toContain('EBUSY');
  });

  it('invalidation: a paging HWPT is EINVAL, an empty list probes, mixed entry types are EINVAL', async () => {
    const { client, alloc } = await setUp();
    const parent = ok(await alloc({ nestParent: true })).hwpt!;
    const nested = ok(await alloc({ ptId: parent.id, data: { selftest: { iotlb: 0xbadbeef } } })).hwpt!;
    const invalidate = async (hwptId: string, requests: unknown[]) =>
      (await client.data(HwptInvalidateDocument, { input: { hwptId, requests: requests as never } }))
        .hwptInvalidate;
    expect(await invalidate(parent.id, [])).toMatchObject({
      entriesHandled: 0,
      userErrors: [{ code: 'EINVAL' }],
    });
    expect(await invalidate(nested.id, [])).toEqual({ entriesHandled: 0, userErrors: [] });
    const mixed = await invalidate(nested.id, [
      { selftest: { id: 0 } },
      { vtdS1: { addr: '0', npages: '1' } },
    ]);
    expect(mixed).toMatchObject({
      entriesHandled: 0,
      userErrors: [{ code: 'EINVAL', field: ['input', 'requests'] }],
    });
    // Partial progress: the bad IOTLB id is the third entry.
    const partial = await invalidate(nested.id, [
      { selftest: { id: 0 } },
      { selftest: { id: 3 } },
      { selftest: { id: 4 } },
    ]);
    expect(partial).toMatchObject({ entriesHandled: 2, userErrors: [{ code: 'EINVAL' }] });
  });
});

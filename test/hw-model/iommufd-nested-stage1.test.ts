// Stage-1 writes (stage1Map/stage1Unmap): errno per mistake, ranges not pages, PASID tables apart.
import { describe, expect, it } from 'vitest';
import { translate } from '../../hw-model/dma/index.ts';
import type { HwptNested } from '../../hw-model/iommufd/index.ts';
import { U64_MAX } from '../../hw-model/u64.ts';
import { expectErrnoNoChange, mockContext, mockDomain } from './iommufd-helpers.ts';

const rw = { readable: true, writable: true };

function setUp() {
  const env = mockContext(1);
  const { ctx, devices } = env;
  const ioasId = ctx.ioasAlloc().id;
  const { idevId: devId, hwptId } = mockDomain(ctx, ioasId, devices[0]!);
  const parentId = ctx.hwptAlloc({ devId, ptId: ioasId, nestParent: true }).id;
  const nested = ctx.hwptAlloc({ devId, ptId: parentId, data: { type: 'SELFTEST', iotlb: 0 } }) as HwptNested;
  return { ...env, ioasId, devId, autoId: hwptId, parentId, nested };
}

describe('stage1Map / stage1Unmap', () => {
  it('errno per mistake, in order, and nothing changes on failure', () => {
    const { ctx, autoId, nested } = setUp();
    const map = (over: Partial<{ iova: bigint; gpa: bigint; length: bigint; pasid: number }>) => () =>
      ctx.stage1Map(nested.id, { iova: 0x1000n, gpa: 0x2000n, length: 0x1000n, ...rw, ...over });
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.stage1Map(autoId, { iova: 0n, gpa: 0n, length: 0x1000n, ...rw }),
    );
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.stage1Map(99, { iova: 0n, gpa: 0n, length: 0x1000n, ...rw }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', map({ length: 0n }));
    expectErrnoNoChange(ctx, 'EOVERFLOW', map({ iova: U64_MAX - 0xfffn, length: 0x2000n }));
    expectErrnoNoChange(ctx, 'EINVAL', map({ iova: 0x1800n }));
    expectErrnoNoChange(ctx, 'EINVAL', map({ gpa: 0x2800n }));
    expectErrnoNoChange(ctx, 'EINVAL', map({ length: 0x1800n }));
    // The mock's stage 1 is 31 bits wide, for IOVA and GPA alike.
    expectErrnoNoChange(ctx, 'EINVAL', map({ iova: 1n << 31n }));
    expectErrnoNoChange(ctx, 'EINVAL', map({ gpa: (1n << 31n) - 0x1000n, length: 0x2000n }));
    expectErrnoNoChange(ctx, 'EINVAL', map({ pasid: 1 << 20 }));
    expectErrnoNoChange(ctx, 'EINVAL', () =>
      ctx.stage1Map(nested.id, { iova: 0n, gpa: 0n, length: 0x1000n, readable: false, writable: false }),
    );
    map({})();
    expect(() => map({ iova: 0n, length: 0x2000n })()).toThrow(expect.objectContaining({ errno: 'EEXIST' }));
    expect(nested.stage1Table()!.entries()).toHaveLength(1);
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.stage1Unmap(nested.id, { iova: 0x4000n, length: 0x1000n }));
    expectErrnoNoChange(ctx, 'ENOENT', () =>
      ctx.stage1Unmap(nested.id, { pasid: 5, iova: 0x1000n, length: 0x1000n }),
    );
    expectErrnoNoChange(ctx, 'EINVAL', () => ctx.stage1Unmap(nested.id, { iova: 0x1001n, length: 0x1000n }));
  });

  it('ranges, not pages: 1 TiB maps as one range, a hole splits it, PASID tables are separate', () => {
    const { ctx, nested } = setUp();
    // A VT-d-wide table would take 1 TiB; the mock's 31 bits take 1 GiB: still one range.
    ctx.stage1Map(nested.id, { iova: 0n, gpa: 0x4000_0000n, length: 0x4000_0000n, ...rw });
    expect(nested.stage1Table()!.size).toBe(1);
    ctx.stage1Unmap(nested.id, { iova: 0x1000_0000n, length: 0x1000n });
    expect(
      nested
        .stage1Table()!
        .entries()
        .map((r) => [r.iova, r.last, r.gpa]),
    ).toEqual([
      [0n, 0x0fff_ffffn, 0x4000_0000n],
      [0x1000_1000n, 0x3fff_ffffn, 0x5000_1000n],
    ]);
    ctx.stage1Map(nested.id, { pasid: 7, iova: 0x1000_0000n, gpa: 0x10_0000n, length: 0x1000n, ...rw });
    expect(nested.stage1Table(7)!.size).toBe(1);
    expect(nested.walkStage1(null, 0x1000_0000n)).toMatchObject({ kind: 'fault', reason: 'NOT_MAPPED' });
    expect(nested.walkStage1(7, 0x1000_0008n)).toMatchObject({ kind: 'ok', intermediateAddress: 0x10_0008n });
    // PASID 0 is the RID's table.
    expect(nested.stage1Table(0)).toBe(nested.stage1Table());
    // Unmapping across both pieces and the hole clears what was there.
    ctx.stage1Unmap(nested.id, { iova: 0x0fff_f000n, length: 0x3000n });
    expect(nested.stage1Table()!.size).toBe(2);
    expect(nested.walkStage1(null, 0x1000_1000n)).toMatchObject({ kind: 'fault' });
    expect(nested.walkStage1(null, 0x1000_2000n)).toMatchObject({
      kind: 'ok',
      intermediateAddress: 0x5000_2000n,
    });
  });

  it('a device attached to a nested HWPT holds it; faults name the stage that failed', () => {
    const { ctx, devId, parentId, nested, devices } = setUp();
    ctx.deviceReplace(devId, nested.id);
    expect(nested.attachedDevices.map((d) => d.id)).toEqual([devId]);
    expect(ctx.object(parentId)!.users).toBe(2);
    // No mapping in stage 1: a stage-1 fault; mapped to a GPA the parent IOAS lacks: a stage-2 fault.
    expect(translate(devices[0]!, 0x1000n, 'READ')).toMatchObject({ stage: 'STAGE1', reason: 'NOT_MAPPED' });
    ctx.stage1Map(nested.id, { iova: 0x1000n, gpa: 0x200_0000n, length: 0x1000n, ...rw });
    expect(translate(devices[0]!, 0x1000n, 'READ')).toMatchObject({ stage: 'STAGE2', reason: 'NOT_MAPPED' });
  });
});

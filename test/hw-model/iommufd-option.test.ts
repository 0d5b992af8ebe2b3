// IOMMU_OPTION in the model: the checks no GraphQL enum lets through (unknown option or op, __reserved),
// in iommufd_option / iommufd_ioas_option order (drivers/iommu/iommufd/main.c, ioas.c; Linux 6.19).
import { describe, expect, it } from 'vitest';
import {
  IOMMU_OPTION_HUGE_PAGES,
  IOMMU_OPTION_OP_GET,
  IOMMU_OPTION_OP_SET,
  IOMMU_OPTION_RLIMIT_MODE,
  openContext,
} from '../../hw-model/iommufd/index.ts';
import { expectErrnoNoChange, mockHost } from './iommufd-helpers.ts';

describe('IOMMU_OPTION (model)', () => {
  it('__reserved and an unknown option are EOPNOTSUPP before any lookup', () => {
    const ctx = openContext(mockHost().host);
    const get = { op: IOMMU_OPTION_OP_GET, objectId: 12345, val64: 0n };
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () =>
      ctx.option({ ...get, optionId: IOMMU_OPTION_HUGE_PAGES, reserved: 1 }),
    );
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.option({ ...get, optionId: 2 }));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.option({ ...get, optionId: IOMMU_OPTION_HUGE_PAGES }));
  });

  it('an unknown op is EOPNOTSUPP, after the IOAS lookup for HUGE_PAGES', () => {
    const ctx = openContext(mockHost().host);
    const ioas = ctx.ioasAlloc();
    const huge = { optionId: IOMMU_OPTION_HUGE_PAGES, objectId: ioas.id, val64: 0n };
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.option({ ...huge, op: 2 }));
    expectErrnoNoChange(ctx, 'ENOENT', () => ctx.option({ ...huge, objectId: ioas.id + 1, op: 2 }));
    expect(ioas.hugePages).toBe(true);
    const rlimit = { optionId: IOMMU_OPTION_RLIMIT_MODE, objectId: 0, val64: 1n };
    expectErrnoNoChange(ctx, 'EOPNOTSUPP', () => ctx.option({ ...rlimit, op: 2 }));
  });

  it('RLIMIT_MODE SET on an empty table switches the account mode; after an ID was freed it works again', () => {
    const ctx = openContext(mockHost().host);
    const set = { optionId: IOMMU_OPTION_RLIMIT_MODE, objectId: 0, op: IOMMU_OPTION_OP_SET };
    const ioas = ctx.ioasAlloc();
    expectErrnoNoChange(ctx, 'EBUSY', () => ctx.option({ ...set, val64: 1n }));
    expect(ctx.accountMode).toBe('USER');
    ctx.destroy(ioas.id);
    expect(ctx.option({ ...set, val64: 1n })).toBe(1n);
    expect(ctx.accountMode).toBe('MM');
  });

  it('the selftest ioctl is EBADF once the context is closed', () => {
    const ctx = openContext(mockHost().host);
    ctx.close();
    expect(() =>
      ctx.option({ optionId: IOMMU_OPTION_RLIMIT_MODE, objectId: 0, op: IOMMU_OPTION_OP_GET, val64: 0n }),
    ).toThrow(/closed/);
  });
});

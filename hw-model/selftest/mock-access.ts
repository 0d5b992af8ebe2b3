// The selftest's access objects (IOMMU_TEST_OP_CREATE_ACCESS, ACCESS_PAGES, DESTROY_ACCESS_PAGES,
// ACCESS_REPLACE_IOAS in drivers/iommu/iommufd/selftest.c): a mock driver over the core's iommufd_access
// API. Its unmap op (iommufd_test_access_unmap) unpins every item meeting the range, as a driver must.
import { fail } from '../errors.ts';
import {
  type Access,
  type AccessPin,
  accessCreate,
  accessPinPages,
  accessReplaceIoas,
  accessUnpinPages,
} from '../iommufd/access.ts';
import type { Context } from '../iommufd/context.ts';

/** The mock's 16 MiB cap on one ACCESS_PAGES (ENOMEM), kept from syzkaller tripping allocation warnings. */
export const MOCK_ACCESS_PAGES_MAX = 16n << 20n;

export interface MockAccessOptions {
  /**
   * Emulator-only: a misbehaving driver whose unmap op unpins nothing, so an unmap meeting its pins
   * ends in the core's EDEADLK (the selftest's mock always unpins).
   */
  ignoresUnmap?: boolean;
}

/** staccess: the mock driver's state for one access — its pinned items by ID. */
export class MockAccessDriver {
  readonly items = new Map<number, AccessPin>();
  private nextItemId = 1;
  /** Unmap notifications received (iova, length). */
  readonly notified: { iova: bigint; length: bigint }[] = [];

  constructor(readonly ignoresUnmap: boolean) {}

  add(pin: AccessPin): number {
    const itemId = this.nextItemId++;
    this.items.set(itemId, pin);
    return itemId;
  }

  /** iommufd_test_access_unmap: unpins each item meeting [iova, iova + length). */
  unmap(access: Access, iova: bigint, length: bigint): void {
    this.notified.push({ iova, length });
    if (this.ignoresUnmap) return;
    const last = iova + length - 1n;
    for (const [itemId, pin] of this.items) {
      if (pin.iova <= last && iova <= pin.last) {
        accessUnpinPages(access, pin);
        this.items.delete(itemId);
      }
    }
  }
}

const drivers = new WeakMap<Access, MockAccessDriver>();

/** The mock driver behind an access the test op created (EINVAL for any other). */
export function mockAccessDriver(access: Access): MockAccessDriver {
  return drivers.get(access) ?? fail('EINVAL', `access ${access.id} is not a mock access`, 'accessId');
}

/** IOMMU_TEST_OP_CREATE_ACCESS on an IOAS (ENOENT if it is not one). */
export function testCreateAccess(ictx: Context, ioasId: number, options: MockAccessOptions = {}): Access {
  const driver = new MockAccessDriver(options.ignoresUnmap ?? false);
  const access = accessCreate(ictx, ioasId, { unmap: (a, iova, length) => driver.unmap(a, iova, length) });
  drivers.set(access, driver);
  return access;
}

/** IOMMU_TEST_OP_ACCESS_REPLACE_IOAS. */
export function testAccessReplaceIoas(ictx: Context, accessId: number, ioasId: number): Access {
  ictx.assertOpen();
  const access = ictx.lookup(accessId, 'ACCESS', 'accessId');
  accessReplaceIoas(access, ioasId);
  return access;
}

/** IOMMU_TEST_OP_ACCESS_PAGES: over 16 MiB → ENOMEM, then the core's checks. Returns the item ID. */
export function testAccessPages(
  ictx: Context,
  accessId: number,
  iova: bigint,
  length: bigint,
  write: boolean,
): number {
  ictx.assertOpen();
  const access = ictx.lookup(accessId, 'ACCESS', 'accessId');
  const driver = mockAccessDriver(access);
  if (length > MOCK_ACCESS_PAGES_MAX) fail('ENOMEM', 'the mock pins at most 16 MiB at once', 'length');
  return driver.add(accessPinPages(access, iova, length, write));
}

/** IOMMU_TEST_OP_DESTROY_ACCESS_PAGES: ENOENT for an item already unpinned (by an unmap, say). */
export function testDestroyAccessPages(ictx: Context, accessId: number, itemId: number): void {
  ictx.assertOpen();
  const access = ictx.lookup(accessId, 'ACCESS', 'accessId');
  const driver = mockAccessDriver(access);
  const pin =
    driver.items.get(itemId) ?? fail('ENOENT', `access ${accessId} has no item ${itemId}`, 'itemId');
  accessUnpinPages(access, pin);
  driver.items.delete(itemId);
}

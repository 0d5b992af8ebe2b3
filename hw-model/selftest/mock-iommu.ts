// The kernel selftest's mock IOMMU driver (drivers/iommu/iommufd/selftest.c: mock_ops,
// mock_viommu_ops, the mock nested domain), so results can be held against
// tools/testing/selftests/iommu. Its state lives on its own objects: the IOMMU (per-device caches and
// the PASID-1024 hook) and each nested domain (its IOTLB values).

import { type IommuAperture, type IommuHwInfo, IommuUnit } from '../drivers/iommu.ts';
import {
  type CacheInvalidateOps,
  checkDataType,
  type HwQueueOps,
  type HwQueueState,
  type NestedDomainOps,
  type ViommuOps,
  type ViommuOpsTable,
} from '../drivers/ops.ts';
import { fail } from '../errors.ts';
import type { PciDevice } from '../host/device.ts';
import { checkU32, checkWord } from '../iommufd/args.ts';
import type { BoundDevice } from '../iommufd/device.ts';
import type { HwptData, HwptNested } from '../iommufd/hwpt-nested.ts';
import { emitInvalidation, type InvalidationRequest } from '../iommufd/invalidate.ts';
import { resolveVirtId, type Viommu } from '../iommufd/viommu.ts';
import { toHex } from '../u64.ts';

/** MOCK_APERTURE_START / MOCK_APERTURE_LAST. */
export const MOCK_APERTURE_START = 1n << 24n;
export const MOCK_APERTURE_LAST = (1n << 31n) - 1n;
/** MOCK_PAGE_SIZE and MOCK_HUGE_PAGE_SIZE (the huge page-table type, 512 * 2 KiB). */
export const MOCK_PAGE_SIZE = 2048n;
export const MOCK_HUGE_PAGE_SIZE = 512n * MOCK_PAGE_SIZE;
/** MOCK_PASID_WIDTH: what a MOCK_FLAGS_DEVICE_PASID device reports. */
export const MOCK_PASID_WIDTH = 20;
/** iommu_test_hw_info.test_reg. */
export const IOMMU_HW_INFO_SELFTEST_REGVAL = 0xdeadbeef;
/** MOCK_NESTED_DOMAIN_IOTLB_NUM, and the ID bound an invalidation may name. */
export const MOCK_IOTLB_NUM = 4;
export const MOCK_IOTLB_ID_MAX = MOCK_IOTLB_NUM - 1;
/** MOCK_DEV_CACHE_NUM and IOMMU_TEST_DEV_CACHE_DEFAULT: the selftest mock device's cache. */
export const MOCK_DEV_CACHE_NUM = 4;
export const MOCK_DEV_CACHE_ID_MAX = MOCK_DEV_CACHE_NUM - 1;
export const MOCK_DEV_CACHE_DEFAULT = 0xbaddad;
/** IOMMU_TEST_HW_QUEUE_MAX: the mock vIOMMU's HW queue slots. */
export const MOCK_HW_QUEUE_MAX = 2;

/** A mock HW queue (struct mock_hw_queue): it holds a user on the queue before it, so they go in reverse order. */
interface MockHwQueue extends HwQueueState {
  index: number;
}

/**
 * mock_hw_queue_init_phys: index below IOMMU_TEST_HW_QUEUE_MAX (EINVAL), a free slot (EEXIST), and the slot before
 * it taken (EIO), so queues are allocated in ascending and destroyed in descending order.
 */
function mockHwQueueOps(): HwQueueOps {
  const slots = new WeakMap<Viommu, (MockHwQueue | undefined)[]>();
  return {
    type: 'SELFTEST',
    initPhys(viommu, { index }) {
      const taken = slots.get(viommu) ?? new Array<MockHwQueue | undefined>(MOCK_HW_QUEUE_MAX);
      if (index >= MOCK_HW_QUEUE_MAX)
        fail('EINVAL', `index ${index} is not below ${MOCK_HW_QUEUE_MAX}`, 'index');
      if (taken[index]) fail('EEXIST', `HW queue index ${index} is taken`, 'index');
      const previous = index > 0 ? taken[index - 1] : undefined;
      if (index > 0 && !previous) fail('EIO', `HW queue index ${index - 1} is not allocated`, 'index');
      const previousObject = previous && [...viommu.hwQueues].find((q) => q.index === previous.index);
      previousObject?.addUser();
      const queue: MockHwQueue = {
        index,
        destroy: () => {
          taken[index] = undefined;
          previousObject?.dropUser();
        },
      };
      taken[index] = queue;
      slots.set(viommu, taken);
      return queue;
    },
  };
}
/** IOMMU_TEST_INVALIDATE_FLAG_ALL. */
export const TEST_INVALIDATE_FLAG_ALL = 1;

/** struct iommu_viommu_event_selftest {u32 virt_id}, as one word. */
export function selftestEventRecord(virtId: bigint): bigint[] {
  return [virtId & 0xffff_ffffn];
}

/** An entry's flags and id: unknown flags EOPNOTSUPP, an id beyond `idMax` EINVAL (even with ALL). */
function checkFlagsAndId(request: Extract<InvalidationRequest, { type: 'SELFTEST' }>, idMax: number) {
  const flags = checkU32(request.flags, 'flags');
  const id = checkU32(request.id, 'id');
  if ((flags & ~TEST_INVALIDATE_FLAG_ALL) !== 0) fail('EOPNOTSUPP', `flags ${toHex(flags)} unknown`, 'flags');
  if (id > idMax) fail('EINVAL', `cache id ${id} is beyond ${idMax}`, 'id');
  return { id, all: (flags & TEST_INVALIDATE_FLAG_ALL) !== 0 };
}

/** mock_hwpt_invalidate_user on a nested domain. */
function mockNestedInvalidate(hwpt: HwptNested, request: InvalidationRequest): void {
  if (request.type !== 'SELFTEST' || !(hwpt.domain instanceof MockNestedDomain)) return;
  const { id, all } = checkFlagsAndId(request, MOCK_IOTLB_ID_MAX);
  if (all) hwpt.domain.iotlb.fill(0);
  else hwpt.domain.iotlb[id] = 0;
  // The emulated IOTLB has no mock ids: one entry flushes it whole, which is always allowed.
  hwpt.iotlb.flushAll();
  emitInvalidation(hwpt, { scope: all ? 'ALL' : 'DOMAIN' });
}

const MOCK_NESTED_INVALIDATE: CacheInvalidateOps<HwptNested> = {
  type: 'SELFTEST',
  invalidate: mockNestedInvalidate,
};

/** mock_iommu_domain_nested: its four IOTLB values start at the data's iotlb (MD_CHECK_IOTLB reads them). */
export class MockNestedDomain implements NestedDomainOps {
  readonly data: HwptData;
  readonly stage1Mode = 'TRANSLATE' as const;
  /** mock_nested_domain_ops: the mock always wants the vDEVICE (mock_domain_nop_attach, ENOENT). */
  readonly needsVdevice = true;
  readonly cacheInvalidateUser = MOCK_NESTED_INVALIDATE;
  readonly iotlb: number[];

  constructor(
    readonly stage1AddressWidth: number,
    iotlb: number,
  ) {
    this.data = { type: 'SELFTEST', iotlb };
    this.iotlb = new Array(MOCK_IOTLB_NUM).fill(iotlb);
  }

  faultEvent(_fault: unknown, _access: unknown, _pasid: number, virtId: bigint): bigint[] {
    return selftestEventRecord(virtId);
  }
}

export class MockIommu extends IommuUnit {
  readonly type = 'MOCK' as const;
  /** Test hook, off by default: the mock's set_dev_pasid fault injection on PASID 1024. */
  failPasid1024 = false;
  /** mdev->pasid_1024_fake_error, per mock device. */
  private readonly pasid1024Armed = new WeakMap<PciDevice, boolean>();
  /** mdev->cache, per binding (a new MOCK_DOMAIN device starts at the default). */
  private readonly deviceCaches = new WeakMap<BoundDevice, number[]>();
  private readonly viommu: ViommuOps = {
    veventqType: 'SELFTEST',
    allocDomainNested: (_viommu, device, data) => this.domainAllocNested(device, data),
    cacheInvalidate: {
      type: 'SELFTEST',
      invalidate: (viommu, request) => this.viommuInvalidate(viommu, request),
    },
    hwQueue: mockHwQueueOps(),
  };

  constructor(name = 'mock0') {
    super(name);
  }

  /** The aperture's last address is 2^31 - 1. */
  get addressWidth(): number {
    return 31;
  }

  get pageSizes(): bigint[] {
    return [MOCK_PAGE_SIZE, MOCK_HUGE_PAGE_SIZE];
  }

  get maxPasidLog2(): number {
    return MOCK_PASID_WIDTH;
  }

  /** The mock domain tracks dirty bits unless the device is MOCK_FLAGS_DEVICE_NO_DIRTY. */
  get supportsDirtyTracking(): boolean {
    return true;
  }

  get supportsNesting(): boolean {
    return true;
  }

  /** The mock never reports IOMMU_CAP_PCI_ATS_SUPPORTED. */
  get supportsAts(): boolean {
    return false;
  }

  override get aperture(): IommuAperture {
    return { start: MOCK_APERTURE_START, last: MOCK_APERTURE_LAST };
  }

  get hwInfo(): IommuHwInfo {
    return { type: 'MOCK', flags: 0, testReg: IOMMU_HW_INFO_SELFTEST_REGVAL };
  }

  /** mock_domain_alloc_paging_flags takes its SELFTEST data. */
  protected override checkPagingData(data: HwptData): void {
    if (data.type !== 'SELFTEST') super.checkPagingData(data);
  }

  /** mock_domain_alloc_nested: the data type first (EOPNOTSUPP), then iotlb is a u32. */
  override domainAllocNested(_device: BoundDevice, data: HwptData): MockNestedDomain {
    checkDataType(this, data, 'SELFTEST', 'EOPNOTSUPP');
    if (!Number.isInteger(data.iotlb) || data.iotlb < 0 || data.iotlb > 0xffffffff) {
      fail('EINVAL', 'iotlb is a 32-bit value', 'data.iotlb');
    }
    return new MockNestedDomain(this.addressWidth, data.iotlb);
  }

  protected override get viommuOps(): ViommuOpsTable {
    return { MOCK: this.viommu };
  }

  override get userPasidTable(): boolean {
    return true;
  }

  /**
   * mock_domain_set_dev_pasid's fault injection, only while failPasid1024 is on: the first
   * non-blocking set on PASID 1024 arms it, the second fails with ENOMEM and disarms it, a blocking set
   * (detach) disarms it.
   */
  override setDevPasid(bound: BoundDevice, pasid: number, blocking: boolean): void {
    if (pasid !== 1024 || !this.failPasid1024) return;
    const device = bound.device;
    if (blocking) {
      this.pasid1024Armed.set(device, false);
    } else if (this.pasid1024Armed.get(device)) {
      this.pasid1024Armed.set(device, false);
      fail('ENOMEM', 'mock: injected failure of the second set_dev_pasid on PASID 1024', 'pasid');
    } else {
      this.pasid1024Armed.set(device, true);
    }
  }

  /** The mock device cache of a binding (IOMMU_TEST_OP_DEV_CHECK_CACHE reads it). */
  deviceCache(bound: BoundDevice): number[] {
    let cache = this.deviceCaches.get(bound);
    if (!cache) {
      cache = new Array(MOCK_DEV_CACHE_NUM).fill(MOCK_DEV_CACHE_DEFAULT);
      this.deviceCaches.set(bound, cache);
    }
    return cache;
  }

  /** mock_viommu_cache_invalidate: flags EOPNOTSUPP, cache_id > 3 EINVAL, unknown vdev_id EINVAL. */
  private viommuInvalidate(viommu: Viommu, request: InvalidationRequest): void {
    if (request.type !== 'SELFTEST') return;
    const { id, all } = checkFlagsAndId(request, MOCK_DEV_CACHE_ID_MAX);
    const virtId = checkWord(request.vdevId ?? 0n, 'vdevId');
    const device = resolveVirtId(viommu, virtId, 'EINVAL', 'vdevId');
    const cache = this.deviceCache(device);
    if (all) cache.fill(0);
    else cache[id] = 0;
    emitInvalidation(viommu, { scope: 'DEVICE_TLB', virtId, device: device.device });
  }
}

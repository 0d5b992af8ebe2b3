// The kernel selftest's mock IOMMU (drivers/iommu/iommufd/selftest.c, reference/iommufd-uapi.md §10),
// so results can be held against tools/testing/selftests/iommu.
import { type IommuAperture, type IommuHwInfo, IommuUnit } from './iommu.ts';

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

export class MockIommu extends IommuUnit {
  readonly type = 'MOCK' as const;
  /** Test hook, off by default: the selftest mock's fault injection on PASID 1024 (§10, iommufd/pasid.ts). */
  failPasid1024 = false;

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
}

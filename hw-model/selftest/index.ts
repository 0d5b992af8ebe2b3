// The kernel selftest's mock driver and its IOMMU_TEST_OP_* (selftest.c), for tests and the GraphQL
// test mutations.

export type { MockAccessOptions } from './mock-access.ts';
export {
  MOCK_ACCESS_PAGES_MAX,
  MockAccessDriver,
  mockAccessDriver,
  testAccessPages,
  testAccessReplaceIoas,
  testCreateAccess,
  testDestroyAccessPages,
} from './mock-access.ts';
export {
  IOMMU_HW_INFO_SELFTEST_REGVAL,
  MOCK_APERTURE_LAST,
  MOCK_APERTURE_START,
  MOCK_DEV_CACHE_DEFAULT,
  MOCK_DEV_CACHE_ID_MAX,
  MOCK_DEV_CACHE_NUM,
  MOCK_HUGE_PAGE_SIZE,
  MOCK_IOTLB_ID_MAX,
  MOCK_IOTLB_NUM,
  MOCK_PAGE_SIZE,
  MOCK_PASID_WIDTH,
  MockIommu,
  MockNestedDomain,
  selftestEventRecord,
  TEST_INVALIDATE_FLAG_ALL,
} from './mock-iommu.ts';
export type { IopfInjectArgs } from './selftest.ts';
export {
  dmabufGet,
  dmabufRevoke,
  ioasAddReserved,
  iopfInject,
  mockDeviceCache,
  mockIotlb,
  testMarkDirty,
  vEventInject,
} from './selftest.ts';

// A host whose only IOMMU is the kernel selftest's mock (mock0), with devices like the ones
// IOMMU_TEST_OP_MOCK_DOMAIN_FLAGS creates, so results compare with tools/testing/selftests/iommu.

import type { ConfigSpaceSpec } from '../../pci/synthesize.ts';
import { MOCK_PASID_WIDTH, MockIommu } from '../../selftest/mock-iommu.ts';
import { buildHost } from '../host-builder.ts';
import type { HostProfile } from './profile.ts';

/**
 * The selftest's mock devices have no PCI identity; these use vendor 0x1b36 (Red Hat, the vendor of
 * QEMU's emulated devices) and device IDs 0x0f00-0x0f02, chosen here:
 * - 0000:00:01.0 1b36:0f00 plain mock device (flags 0)
 * - 0000:00:02.0 1b36:0f01 MOCK_FLAGS_DEVICE_PASID: PASID capability of width MOCK_PASID_WIDTH (20)
 * - 0000:00:03.0 1b36:0f02 MOCK_FLAGS_DEVICE_NO_DIRTY: no dirty tracking
 */
export const MOCK_VENDOR_ID = 0x1b36;

function mockDevice(deviceId: number, pasidWidth = 0): ConfigSpaceSpec {
  return {
    vendorId: MOCK_VENDOR_ID,
    deviceId,
    classCode: 0x00ff00, // unclassified device
    portType: 'rcIntegratedEndpoint',
    powerManagement: false,
    extended: pasidWidth > 0 ? [{ kind: 'pasid', width: pasidWidth, enabled: true }] : [],
  };
}

export const selftestMock: HostProfile = {
  name: 'selftest-mock',
  description:
    'The iommufd selftest mock IOMMU: aperture 0x1000000-0x7fffffff, 2 KiB/1 MiB pages, PASID width 20',
  build(hostName) {
    const mock0 = new MockIommu('mock0');
    return buildHost(
      hostName,
      'selftest-mock',
      [mock0],
      [
        { bdf: '0000:00:01.0', name: 'mock device', iommu: mock0, config: mockDevice(0x0f00) },
        {
          bdf: '0000:00:02.0',
          name: 'mock device (MOCK_FLAGS_DEVICE_PASID)',
          iommu: mock0,
          config: mockDevice(0x0f01, MOCK_PASID_WIDTH),
        },
        {
          bdf: '0000:00:03.0',
          name: 'mock device (MOCK_FLAGS_DEVICE_NO_DIRTY)',
          iommu: mock0,
          config: mockDevice(0x0f02),
          noDirtyTracking: true,
        },
      ],
    );
  },
};

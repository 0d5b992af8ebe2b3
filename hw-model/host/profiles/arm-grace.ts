// An NVIDIA Grace (Neoverse V2) server: SMMUv3 with both stages (nesting) and HTTU dirty
// tracking; a GPU that needs PASID, an NVMe SSD and a ConnectX-7 NIC with SR-IOV.
import { ArmSmmuv3, GRACE_SMMUV3 } from '../../drivers/arm-smmuv3.ts';
import { buildHost } from '../host-builder.ts';
import { rootPort, samsungPm9a3 } from './common-devices.ts';
import type { HostProfile } from './profile.ts';

/**
 * Devices (all behind smmu3.0x0000000016000000 unless noted):
 * - 0000:00:00.0 root port 10de:22b2 (ACS) → 0000:01:00.0 GH100 GPU 10de:2342: ATS, PASID width 20
 * - 0008:00:00.0 root port 10de:22b8 (ACS), behind smmu3.0x0000000011000000
 *   → 0008:01:00.0 Samsung PM9A3 NVMe 144d:a80a
 * - 0009:00:00.0 root port 10de:22b8 (ACS), behind smmu3.0x0000000011000000
 *   → 0009:01:00.0 ConnectX-7 15b3:1021: ATS, PASID width 20, SR-IOV 2 of 16 VFs (15b3:101e,
 *     First VF Offset 1, Stride 1 → 0009:01:00.1, 0009:01:00.2)
 */
export const armGrace: HostProfile = {
  name: 'arm-grace',
  description:
    'NVIDIA Grace: SMMUv3 with nesting and dirty tracking; GPU needing PASID, NVMe, ConnectX-7 with VFs',
  build(hostName) {
    const gpuSmmu = new ArmSmmuv3(GRACE_SMMUV3);
    const ioSmmu = new ArmSmmuv3({ ...GRACE_SMMUV3, base: 0x11000000n });
    return buildHost(
      hostName,
      'arm-grace',
      [gpuSmmu, ioSmmu],
      [
        {
          bdf: '0000:00:00.0',
          name: 'Grace PCIe root port',
          iommu: gpuSmmu,
          config: rootPort(0x10de, 0x22b2, 0x01),
        },
        {
          bdf: '0000:01:00.0',
          name: 'NVIDIA GH100 [GH200]',
          iommu: gpuSmmu,
          config: {
            vendorId: 0x10de,
            deviceId: 0x2342,
            classCode: 0x030200,
            msixVectors: 9,
            link: { speed: 5, width: 16 },
            extended: [
              { kind: 'aer' },
              { kind: 'ari' },
              { kind: 'ats', enabled: true },
              { kind: 'pasid', width: 20, exec: false, priv: false, enabled: true },
              { kind: 'dsn', serial: 0x48b02d0000005678n },
            ],
          },
        },
        {
          bdf: '0008:00:00.0',
          name: 'Grace PCIe root port',
          iommu: ioSmmu,
          config: rootPort(0x10de, 0x22b8, 0x01),
        },
        {
          bdf: '0008:01:00.0',
          name: 'Samsung PM9A3 NVMe SSD',
          iommu: ioSmmu,
          config: samsungPm9a3(0x0025_3841_aaaa_0001n),
        },
        {
          bdf: '0009:00:00.0',
          name: 'Grace PCIe root port',
          iommu: ioSmmu,
          config: rootPort(0x10de, 0x22b8, 0x01),
        },
        {
          bdf: '0009:01:00.0',
          name: 'NVIDIA ConnectX-7',
          iommu: ioSmmu,
          config: {
            vendorId: 0x15b3,
            deviceId: 0x1021,
            classCode: 0x020000,
            msixVectors: 64,
            link: { speed: 5, width: 16 },
            extended: [
              { kind: 'aer' },
              { kind: 'ari' },
              { kind: 'ats' },
              { kind: 'pasid', width: 20, exec: false, priv: false },
              { kind: 'sriov', totalVfs: 16, numVfs: 2, firstVfOffset: 1, vfStride: 1, vfDeviceId: 0x101e },
              { kind: 'dsn', serial: 0xb83fd20300a1b2c3n },
            ],
          },
        },
      ],
    );
  },
};

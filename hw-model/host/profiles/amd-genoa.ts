// An AMD EPYC Genoa server with SEV-SNP enabled: AMD-Vi with host dirty bits (HDSUP) but, as SNP
// hosts report, no guest translation (GT), so no PASID and no nesting.
import { AmdVi, GENOA_AMDVI } from '../../drivers/amd-vi.ts';
import { buildHost } from '../host-builder.ts';
import { aspeedBridge, aspeedVga, rootPort, samsungPm9a3 } from './common-devices.ts';
import type { HostProfile } from './profile.ts';

/**
 * Devices (behind ivhd0 unless noted):
 * - 0000:00:00.0 Genoa root complex 1022:14a4 (host bridge)
 * The IOMMU's own PCI function (0000:00:00.2, 1022:149e) is the Iommu ivhd0, not a Device: it has no
 * IOMMU group, so nothing can bind it and GET_HW_INFO has no answer for it.
 * - 0000:00:01.1 GPP bridge 1022:14ab (ACS) → 0000:01:00.0 Samsung PM9A3 NVMe 144d:a80a
 * - 0000:40:01.1 GPP bridge 1022:14ab (ACS) → 0000:41:00.0 ConnectX-6 Dx 15b3:101d, SR-IOV 2 of 8
 *   VFs (15b3:101e, First VF Offset 1, Stride 1 → 0000:41:00.1, 0000:41:00.2)
 * - 0000:c0:07.1 GPP bridge 1022:14ab (ACS) → 0000:c1:00.0 ASPEED AST1150 bridge 1a03:1150 (no ACS)
 *   → 0000:c2:00.0 ASPEED VGA 1a03:2000, in the bridge's group
 */
export const amdGenoa: HostProfile = {
  name: 'amd-genoa',
  description:
    'AMD EPYC Genoa (SEV-SNP on): AMD-Vi with dirty tracking, no PASID; NVMe, ConnectX-6 Dx with VFs, BMC VGA',
  build(hostName) {
    const ivhd0 = new AmdVi('ivhd0', { ...GENOA_AMDVI, bdf: '0000:00:00.2' });
    const gppBridge = (secondaryBus: number) => rootPort(0x1022, 0x14ab, secondaryBus);
    return buildHost(
      hostName,
      'amd-genoa',
      [ivhd0],
      [
        {
          bdf: '0000:00:00.0',
          name: 'Genoa root complex',
          iommu: ivhd0,
          config: {
            vendorId: 0x1022,
            deviceId: 0x14a4,
            classCode: 0x060000,
            portType: 'rcIntegratedEndpoint',
          },
        },
        { bdf: '0000:00:01.1', name: 'Genoa GPP bridge', iommu: ivhd0, config: gppBridge(0x01) },
        {
          bdf: '0000:01:00.0',
          name: 'Samsung PM9A3 NVMe SSD',
          iommu: ivhd0,
          config: samsungPm9a3(0x0025_3841_bbbb_0002n),
        },
        { bdf: '0000:40:01.1', name: 'Genoa GPP bridge', iommu: ivhd0, config: gppBridge(0x41) },
        {
          bdf: '0000:41:00.0',
          name: 'NVIDIA ConnectX-6 Dx',
          iommu: ivhd0,
          config: {
            vendorId: 0x15b3,
            deviceId: 0x101d,
            classCode: 0x020000,
            msixVectors: 64,
            link: { speed: 4, width: 16 },
            extended: [
              { kind: 'aer' },
              { kind: 'ari' },
              { kind: 'ats' },
              { kind: 'sriov', totalVfs: 8, numVfs: 2, firstVfOffset: 1, vfStride: 1, vfDeviceId: 0x101e },
              { kind: 'dsn', serial: 0x0c42a10300c0ffeen },
            ],
          },
        },
        { bdf: '0000:c0:07.1', name: 'Genoa GPP bridge', iommu: ivhd0, config: gppBridge(0xc1) },
        {
          bdf: '0000:c1:00.0',
          name: 'ASPEED AST1150 PCI-to-PCI bridge',
          iommu: ivhd0,
          config: aspeedBridge(0xc2),
        },
        { bdf: '0000:c2:00.0', name: 'ASPEED BMC VGA', iommu: ivhd0, config: aspeedVga },
      ],
    );
  },
};
